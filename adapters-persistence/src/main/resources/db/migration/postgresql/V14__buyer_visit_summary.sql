-- Every buyer's visit days in one row (registered or not), for buyer analytics over the whole mall: the 64-day masks
-- of buyer_visit from the buyer's first span to its last, gaps as zeros, as little-endian 64-bit words (bit i of word
-- k is the day (first_span + k) * 64 + i, days since 1900-01-01, Beijing time). RFM reads one row per buyer instead
-- of several. Kept by the scan writers in the transactions that write buyer_visit (posted scans), and rebuilt from
-- buyer_visit whenever the pending ranges of bulk writes are (before visits are next read).
CREATE TABLE buyer_visit_summary (
    mall_id    bigint NOT NULL,
    buyer_id   text COLLATE "C" NOT NULL,
    first_span bigint NOT NULL CHECK (first_span >= 0),
    days       bytea  NOT NULL,
    PRIMARY KEY (mall_id, buyer_id)
);

-- the backfill: the visit days of every mall's scans are rebuilt, and with them the summaries, before they are next
-- read (one transaction, from the stored scans and nothing else)
INSERT INTO buyer_visit_pending (mall_id, from_ns, to_ns)
SELECT mall_id, MIN(scanned_at_ns), MAX(scanned_at_ns) FROM scan WHERE kind = 'CHECKIN' GROUP BY mall_id;

-- Every buyer's spend per local day: the order amounts of its standing redemptions (reversals taken off), kept by the
-- coupon store in the transaction of each redemption and reversal. RFM's M over any window of days is a range of
-- this primary key, without reading the redemptions themselves.
CREATE TABLE buyer_spend_day (
    mall_id   bigint  NOT NULL,
    buyer_id  text COLLATE "C" NOT NULL,
    spent_on  date    NOT NULL,
    spend_fen bigint  NOT NULL,
    PRIMARY KEY (mall_id, buyer_id, spent_on)
);

-- the backfill, from the stored redemptions
INSERT INTO buyer_spend_day (mall_id, buyer_id, spent_on, spend_fen)
SELECT mall_id, buyer_id, redeemed_on, SUM(order_amount_fen) FROM redemption WHERE reversed_at IS NULL
GROUP BY mall_id, buyer_id, redeemed_on;
