-- Channels (渠道), trips (报备), scans (扫码记录), commission rules, statements (佣金结算单) and their traces.
-- Money is INTEGER fen. Instants of scans and trip windows are INTEGER nanoseconds since the epoch (UTC):
-- exact (the domain keeps nanoseconds), sorted and compared as numbers, 8 bytes a value; they are shown as
-- ISO-8601 with the Beijing offset. Calendar dates and months stay ISO TEXT.

CREATE TABLE channel (
    mall_id INTEGER NOT NULL REFERENCES mall (id),
    code    TEXT    NOT NULL,
    name    TEXT    NOT NULL,
    PRIMARY KEY (mall_id, code)
) STRICT;

-- channel is the operator's code; channel_code is the trip's own QR code (渠道码), unique in the mall
CREATE TABLE trip (
    id                 INTEGER PRIMARY KEY,
    mall_id            INTEGER NOT NULL REFERENCES mall (id),
    trip_no            TEXT    NOT NULL,
    channel            TEXT    NOT NULL,
    channel_code       TEXT    NOT NULL,
    coach_plate        TEXT    NOT NULL,
    arrival_date       TEXT    NOT NULL,
    window_start_ns    INTEGER NOT NULL,
    window_end_ns      INTEGER NOT NULL,
    reported_headcount INTEGER NOT NULL CHECK (reported_headcount >= 0),
    CHECK (window_end_ns >= window_start_ns),
    UNIQUE (mall_id, trip_no),
    UNIQUE (mall_id, channel_code),
    FOREIGN KEY (mall_id, channel) REFERENCES channel (mall_id, code)
) STRICT;

CREATE INDEX trip_arrival ON trip (mall_id, arrival_date);
CREATE INDEX trip_channel ON trip (mall_id, channel, trip_no);
CREATE INDEX trip_window ON trip (mall_id, window_start_ns);

-- Clustered by buyer then time: reconciliation reads the scans in exactly this order (ORDER BY buyer_id,
-- scanned_at_ns) with a forward-only cursor and no sort. The scan id is the natural key (idempotent imports
-- and posts). A code naming no trip is kept as it came (UNKNOWN_CODE when reconciled).
CREATE TABLE scan (
    mall_id       INTEGER NOT NULL REFERENCES mall (id),
    buyer_id      TEXT    NOT NULL,
    scanned_at_ns INTEGER NOT NULL,
    scan_id       TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('CHANNEL', 'CHECKIN')),
    code          TEXT    NOT NULL,
    PRIMARY KEY (mall_id, buyer_id, scanned_at_ns, scan_id)
) STRICT, WITHOUT ROWID;

CREATE UNIQUE INDEX scan_natural_key ON scan (mall_id, scan_id);

-- the rules JSON of contract.md ("default" and per-channel overrides, resolved), one document per mall
CREATE TABLE commission_rules (
    mall_id    INTEGER PRIMARY KEY REFERENCES mall (id),
    rules_json TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;

-- Only closed statements are stored: a draft is recomputed from the scans whenever it is asked for.
-- A closed statement keeps the policy it was computed with, each trip as settled, and every valid head.
CREATE TABLE commission_statement (
    id                    INTEGER PRIMARY KEY,
    mall_id               INTEGER NOT NULL REFERENCES mall (id),
    channel               TEXT    NOT NULL,
    month                 TEXT    NOT NULL,
    policy_json           TEXT    NOT NULL,
    valid_heads           INTEGER NOT NULL,
    paid_heads            INTEGER NOT NULL,
    lines_total_fen       INTEGER NOT NULL,
    adjustments_total_fen INTEGER NOT NULL,
    total_fen             INTEGER NOT NULL,
    closed_at             TEXT    NOT NULL,
    UNIQUE (mall_id, channel, month)
) STRICT;

CREATE TABLE statement_line (
    statement_id       INTEGER NOT NULL REFERENCES commission_statement (id),
    trip_no            TEXT    NOT NULL,
    channel_code       TEXT    NOT NULL,
    coach_plate        TEXT    NOT NULL,
    arrival_date       TEXT    NOT NULL,
    window_start_ns    INTEGER NOT NULL,
    window_end_ns      INTEGER NOT NULL,
    reported_headcount INTEGER NOT NULL,
    valid_heads        INTEGER NOT NULL,
    paid_heads         INTEGER NOT NULL,
    flagged            INTEGER NOT NULL CHECK (flagged IN (0, 1)),
    commission_fen     INTEGER NOT NULL,
    PRIMARY KEY (statement_id, trip_no)
) STRICT;

-- every valid head of a closed statement, traced to its two scans; paid = 1 for the heads paid for
CREATE TABLE paid_head (
    statement_id       INTEGER NOT NULL REFERENCES commission_statement (id),
    trip_no            TEXT    NOT NULL,
    buyer_id           TEXT    NOT NULL,
    channel_scan_id    TEXT    NOT NULL,
    channel_scan_at_ns INTEGER NOT NULL,
    checkin_scan_id    TEXT    NOT NULL,
    checkin_at_ns      INTEGER NOT NULL,
    paid               INTEGER NOT NULL CHECK (paid IN (0, 1)),
    PRIMARY KEY (statement_id, trip_no, buyer_id)
) STRICT;

-- A correction of a closed month (corrected_month) posted on a later statement (posted_month).
CREATE TABLE commission_adjustment (
    id               INTEGER PRIMARY KEY,
    mall_id          INTEGER NOT NULL REFERENCES mall (id),
    channel          TEXT    NOT NULL,
    corrected_month  TEXT    NOT NULL,
    posted_month     TEXT    NOT NULL,
    trip_no          TEXT    NOT NULL,
    paid_heads_delta INTEGER NOT NULL,
    amount_fen       INTEGER NOT NULL,
    reason           TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    CHECK (posted_month > corrected_month)
) STRICT;

CREATE INDEX commission_adjustment_posted ON commission_adjustment (mall_id, channel, posted_month);
CREATE INDEX commission_adjustment_corrected ON commission_adjustment (mall_id, channel, corrected_month);

CREATE TABLE adjustment_head (
    adjustment_id      INTEGER NOT NULL REFERENCES commission_adjustment (id),
    buyer_id           TEXT    NOT NULL,
    channel_scan_id    TEXT    NOT NULL,
    channel_scan_at_ns INTEGER NOT NULL,
    checkin_scan_id    TEXT    NOT NULL,
    checkin_at_ns      INTEGER NOT NULL,
    paid               INTEGER NOT NULL CHECK (paid IN (0, 1)),
    PRIMARY KEY (adjustment_id, buyer_id)
) STRICT;
