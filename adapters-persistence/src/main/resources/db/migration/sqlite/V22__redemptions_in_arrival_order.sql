-- Redemptions stored in the order they arrive: the table becomes a row-id table, its number (RD-<code>-<n>, the code
-- 64 random bits) a unique key beside it instead of the key the rows are clustered by. Keyed by the number, every
-- redemption went into a random leaf of the table and again into a random place of the campaign index (whose
-- entries ended with the number); now the rows and a campaign's entries are appended, and a redemption writes two
-- random leaves fewer (the number's unique index, the buyer and spend indexes stay random, the coupon row too).
-- The indexes are the same as before. mallcrm reads a buyer's spend from buyer_spend_day (V14); the spend index
-- stays for the SQL an analyst writes over the redemptions themselves (bench/buyers-rfm.sql reads it).
CREATE TABLE redemption_by_arrival (
    mall_id            INTEGER NOT NULL,
    redemption_no      TEXT    NOT NULL,
    code               TEXT    NOT NULL,
    campaign_no        TEXT    NOT NULL,
    buyer_id           TEXT    NOT NULL,
    merchant_no        TEXT    NOT NULL,
    order_amount_fen   INTEGER NOT NULL CHECK (order_amount_fen > 0),
    order_no           TEXT,
    redeemed_at        TEXT    NOT NULL,
    redeemed_on        TEXT    NOT NULL,
    discount_fen       INTEGER NOT NULL CHECK (discount_fen >= 0),
    mall_share_fen     INTEGER NOT NULL,
    merchant_share_fen INTEGER NOT NULL,
    reversed_at        TEXT,
    reversed_by_kind   TEXT    CHECK (reversed_by_kind IN ('MERCHANT', 'STAFF')),
    reversed_by        TEXT,
    CHECK (mall_share_fen + merchant_share_fen = discount_fen),
    CHECK ((reversed_at IS NULL) = (reversed_by IS NULL)),
    UNIQUE (mall_id, redemption_no),
    FOREIGN KEY (mall_id, code) REFERENCES coupon (mall_id, code)
) STRICT;

INSERT INTO redemption_by_arrival (mall_id, redemption_no, code, campaign_no, buyer_id, merchant_no, order_amount_fen,
    order_no, redeemed_at, redeemed_on, discount_fen, mall_share_fen, merchant_share_fen, reversed_at,
    reversed_by_kind, reversed_by)
SELECT mall_id, redemption_no, code, campaign_no, buyer_id, merchant_no, order_amount_fen, order_no, redeemed_at,
    redeemed_on, discount_fen, mall_share_fen, merchant_share_fen, reversed_at, reversed_by_kind, reversed_by
FROM redemption
ORDER BY redeemed_at, redemption_no;

DROP TABLE redemption;
ALTER TABLE redemption_by_arrival RENAME TO redemption;
CREATE INDEX redemption_merchant ON redemption (mall_id, merchant_no, redeemed_on);
CREATE INDEX redemption_campaign ON redemption (mall_id, campaign_no);
CREATE INDEX redemption_buyer ON redemption (mall_id, buyer_id, redemption_no);
CREATE INDEX redemption_spend ON redemption (mall_id, buyer_id, redeemed_on, order_amount_fen)
    WHERE reversed_at IS NULL;
