-- Buyers (下游客户), what buyer analytics keeps at hand, campaigns (活动) with their sign-ups, coupons (优惠券), their
-- redemptions (核销) and the merchants' subsidy statements (营销补差). Money is INTEGER fen, percentages INTEGER
-- basis points (10 % is 1000), dates and instants ISO-8601 TEXT. Every unique key includes mall_id.

-- A registered buyer; a buyer seen only in scans has no row here (anonymous) and keeps its id when it registers.
-- province is the division's code (ZHEJIANG), transport_mode the mode's code, main_category a business type's name.
CREATE TABLE buyer (
    mall_id        INTEGER NOT NULL REFERENCES mall (id),
    buyer_id       TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    phone          TEXT    NOT NULL,
    main_category  TEXT,
    province       TEXT,
    transport_mode TEXT,
    registered_at_ns INTEGER NOT NULL,
    PRIMARY KEY (mall_id, buyer_id)
) STRICT, WITHOUT ROWID;

-- one phone per buyer in a mall, whatever the writers
CREATE UNIQUE INDEX buyer_phone ON buyer (mall_id, phone);
CREATE INDEX buyer_province ON buyer (mall_id, province, buyer_id);
CREATE INDEX buyer_category ON buyer (mall_id, main_category, buyer_id);

-- Visit days (local days, Asia/Shanghai, with a CHECKIN scan) of every buyer, registered or not, 64 days a row:
-- span is (days since 1900-01-01) / 64 and bit i of days is the day span * 64 + i. A year of visits is a few rows
-- per buyer instead of the scans themselves. Kept by the scan writers: posted scans set their bits as they are
-- written; a bulk write records its time range in buyer_visit_pending and the range is rebuilt from the scans
-- before the visits are next read.
CREATE TABLE buyer_visit (
    mall_id  INTEGER NOT NULL,
    buyer_id TEXT    NOT NULL,
    span     INTEGER NOT NULL CHECK (span >= 0),
    days     INTEGER NOT NULL,
    PRIMARY KEY (mall_id, buyer_id, span)
) STRICT, WITHOUT ROWID;

CREATE TABLE buyer_visit_pending (
    id      INTEGER PRIMARY KEY,
    mall_id INTEGER NOT NULL,
    from_ns INTEGER NOT NULL,
    to_ns   INTEGER NOT NULL,
    CHECK (to_ns >= from_ns)
) STRICT;

-- Bumped by every write of scans, trips or commission rules: the first channels below are those of the
-- generation they were computed at (buyer_first_channel_state), and are computed again when it moved on.
CREATE TABLE channel_data_generation (
    mall_id    INTEGER PRIMARY KEY,
    generation INTEGER NOT NULL
) STRICT;

-- Every buyer's first channel: the channel of the trip of its earliest valid head (a reconciliation of every trip
-- against every scan), kept for the shares of buyers by channel.
CREATE TABLE buyer_first_channel (
    mall_id       INTEGER NOT NULL,
    buyer_id      TEXT    NOT NULL,
    channel       TEXT    NOT NULL,
    trip_no       TEXT    NOT NULL,
    checkin_at_ns INTEGER NOT NULL,
    PRIMARY KEY (mall_id, buyer_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE buyer_first_channel_state (
    mall_id    INTEGER PRIMARY KEY,
    generation   INTEGER NOT NULL,
    refreshed_at TEXT    NOT NULL
) STRICT;

-- A campaign: its terms, and the stock used (claimed) and places taken, kept here so that a claim or a sign-up
-- is refused by one conditional UPDATE (… WHERE claimed < stock) whatever the number of writers. Lists
-- (audience, participating merchants or business types) are in campaign_item.
CREATE TABLE campaign (
    mall_id        INTEGER NOT NULL REFERENCES mall (id),
    campaign_no    TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('EVENT', 'COUPON')),
    starts_at      TEXT    NOT NULL,
    ends_at        TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('DRAFT', 'RUNNING', 'PAUSED', 'ENDED')),
    capacity       INTEGER CHECK (capacity >= 1),
    places_taken   INTEGER NOT NULL DEFAULT 0 CHECK (places_taken >= 0),
    face           TEXT    CHECK (face IN ('AMOUNT_OFF', 'PERCENT_OFF')),
    threshold_fen  INTEGER CHECK (threshold_fen >= 0),
    amount_fen     INTEGER CHECK (amount_fen > 0),
    percent_bp     INTEGER CHECK (percent_bp > 0 AND percent_bp <= 10000),
    cap_fen        INTEGER CHECK (cap_fen > 0),
    stock          INTEGER CHECK (stock >= 1),
    per_buyer      INTEGER CHECK (per_buyer >= 1),
    valid_days     INTEGER CHECK (valid_days >= 1),
    participation  TEXT    CHECK (participation IN ('ALL_OPERATING', 'LISTED', 'BUSINESS_TYPES')),
    mall_share_bp  INTEGER CHECK (mall_share_bp >= 0 AND mall_share_bp <= 10000),
    claimed        INTEGER NOT NULL DEFAULT 0 CHECK (claimed >= 0),
    CHECK (ends_at >= starts_at),
    PRIMARY KEY (mall_id, campaign_no)
) STRICT, WITHOUT ROWID;

CREATE INDEX campaign_running ON campaign (mall_id, status, ends_at);

-- item_kind: PROVINCE (code), CATEGORY, SEGMENT, CHANNEL (the audience), MERCHANT, BUSINESS_TYPE (who takes the
-- coupons)
CREATE TABLE campaign_item (
    mall_id     INTEGER NOT NULL,
    campaign_no TEXT    NOT NULL,
    item_kind   TEXT    NOT NULL CHECK (item_kind IN ('PROVINCE', 'CATEGORY', 'SEGMENT', 'CHANNEL', 'MERCHANT',
                                                      'BUSINESS_TYPE')),
    item        TEXT    NOT NULL,
    PRIMARY KEY (mall_id, campaign_no, item_kind, item),
    FOREIGN KEY (mall_id, campaign_no) REFERENCES campaign (mall_id, campaign_no)
) STRICT, WITHOUT ROWID;

-- a buyer's place at an event; one row per buyer and event, a cancelled place taken anew replaces it
CREATE TABLE signup (
    mall_id      INTEGER NOT NULL,
    campaign_no  TEXT    NOT NULL,
    buyer_id     TEXT    NOT NULL,
    signed_up_at TEXT    NOT NULL,
    cancelled_at TEXT,
    attended_at  TEXT,
    CHECK (cancelled_at IS NULL OR attended_at IS NULL),
    PRIMARY KEY (mall_id, campaign_no, buyer_id),
    FOREIGN KEY (mall_id, campaign_no) REFERENCES campaign (mall_id, campaign_no)
) STRICT, WITHOUT ROWID;

CREATE INDEX signup_buyer ON signup (mall_id, buyer_id);

-- A claimed coupon. Its code is unique in the mall (64 random bits); status is ISSUED or REDEEMED (EXPIRED is
-- derived from the validity), redemptions counts its redemptions (a reversal makes it usable again).
CREATE TABLE coupon (
    mall_id       INTEGER NOT NULL,
    code          TEXT    NOT NULL,
    campaign_no   TEXT    NOT NULL,
    buyer_id      TEXT    NOT NULL,
    claimed_at    TEXT    NOT NULL,
    valid_from_at TEXT    NOT NULL,
    valid_last_on TEXT    NOT NULL,
    status        TEXT    NOT NULL CHECK (status IN ('ISSUED', 'REDEEMED')),
    redemptions   INTEGER NOT NULL CHECK (redemptions >= 0),
    PRIMARY KEY (mall_id, code),
    FOREIGN KEY (mall_id, campaign_no) REFERENCES campaign (mall_id, campaign_no)
) STRICT, WITHOUT ROWID;

CREATE INDEX coupon_campaign ON coupon (mall_id, campaign_no, code);
CREATE INDEX coupon_buyer ON coupon (mall_id, buyer_id, code);

-- how many coupons of a campaign a buyer holds: the per-buyer limit is one conditional UPDATE of this row
CREATE TABLE coupon_holding (
    mall_id     INTEGER NOT NULL,
    campaign_no TEXT    NOT NULL,
    buyer_id    TEXT    NOT NULL,
    held        INTEGER NOT NULL CHECK (held >= 1),
    PRIMARY KEY (mall_id, campaign_no, buyer_id)
) STRICT, WITHOUT ROWID;

-- A redemption (核销), numbered RD-<code>-<n>; redeemed_on is its local day (Asia/Shanghai), the day its month and
-- an RFM window go by. A reversal fills the reversed_* columns, once.
CREATE TABLE redemption (
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
    PRIMARY KEY (mall_id, redemption_no),
    FOREIGN KEY (mall_id, code) REFERENCES coupon (mall_id, code)
) STRICT, WITHOUT ROWID;

CREATE INDEX redemption_merchant ON redemption (mall_id, merchant_no, redeemed_on);
CREATE INDEX redemption_campaign ON redemption (mall_id, campaign_no);
CREATE INDEX redemption_buyer ON redemption (mall_id, buyer_id, redemption_no);
-- a buyer's spend (RFM's M): the standing redemptions, read in buyer order without touching the table
CREATE INDEX redemption_spend ON redemption (mall_id, buyer_id, redeemed_on, order_amount_fen)
    WHERE reversed_at IS NULL;

-- A closed subsidy statement (drafts are recomputed, never stored), settled by paying out or by an offset on rent.
CREATE TABLE subsidy_statement (
    id                    INTEGER PRIMARY KEY,
    mall_id               INTEGER NOT NULL REFERENCES mall (id),
    merchant_no           TEXT    NOT NULL,
    month                 TEXT    NOT NULL,
    closed_at             TEXT    NOT NULL,
    method                TEXT    NOT NULL CHECK (method IN ('PAY_OUT', 'OFFSET_RENT')),
    lines_total_fen       INTEGER NOT NULL,
    adjustments_total_fen INTEGER NOT NULL,
    total_fen             INTEGER NOT NULL,
    offset_lease_no       TEXT,
    offset_receipt_no     TEXT,
    offset_amount_fen     INTEGER,
    offset_applied_fen    INTEGER,
    offset_held_fen       INTEGER,
    CHECK (total_fen = lines_total_fen + adjustments_total_fen),
    CHECK ((offset_lease_no IS NULL) OR method = 'OFFSET_RENT'),
    UNIQUE (mall_id, merchant_no, month)
) STRICT;

CREATE TABLE subsidy_line (
    statement_id     INTEGER NOT NULL REFERENCES subsidy_statement (id),
    redemption_no    TEXT    NOT NULL,
    code             TEXT    NOT NULL,
    campaign_no      TEXT    NOT NULL,
    redeemed_at      TEXT    NOT NULL,
    order_amount_fen INTEGER NOT NULL,
    discount_fen     INTEGER NOT NULL,
    mall_share_fen   INTEGER NOT NULL,
    PRIMARY KEY (statement_id, redemption_no)
) STRICT;

-- A change to a closed month (corrected_month) posted on a later one (posted_month); statement_id is the closed
-- statement that carries it, once its month is closed.
CREATE TABLE subsidy_adjustment (
    id              INTEGER PRIMARY KEY,
    mall_id         INTEGER NOT NULL REFERENCES mall (id),
    merchant_no     TEXT    NOT NULL,
    corrected_month TEXT    NOT NULL,
    posted_month    TEXT    NOT NULL,
    redemption_no   TEXT    NOT NULL,
    amount_fen      INTEGER NOT NULL,
    reason          TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    statement_id    INTEGER REFERENCES subsidy_statement (id),
    CHECK (posted_month > corrected_month)
) STRICT;

CREATE INDEX subsidy_adjustment_posted ON subsidy_adjustment (mall_id, merchant_no, posted_month);

-- a row per merchant and month that closing and changing the month lock first (SELECT … FOR UPDATE on PostgreSQL)
CREATE TABLE subsidy_month_lock (
    mall_id     INTEGER NOT NULL,
    merchant_no TEXT    NOT NULL,
    month       TEXT    NOT NULL,
    PRIMARY KEY (mall_id, merchant_no, month)
) STRICT, WITHOUT ROWID;
