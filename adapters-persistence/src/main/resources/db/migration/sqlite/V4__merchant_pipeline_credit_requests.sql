-- The merchant pipeline and what hangs off a merchant: follow-up notes, the operations log, credit (the
-- behaviour catalogue, each merchant's credit file with its records, the audit trail of credit events, the
-- overdue rule) and the merchant app's requests (overtime, repair, feedback) with their trails.
-- Dates and instants are ISO-8601 TEXT; every row names its mall and, where it has one, its merchant.

CREATE TABLE merchant_follow_up (
    id            INTEGER PRIMARY KEY,
    mall_id       INTEGER NOT NULL REFERENCES mall (id),
    merchant_no   TEXT    NOT NULL,
    note          TEXT    NOT NULL,
    on_day        TEXT    NOT NULL,
    next_visit_on TEXT    CHECK (next_visit_on IS NULL OR next_visit_on >= on_day),
    agent         TEXT    NOT NULL,
    FOREIGN KEY (mall_id, merchant_no) REFERENCES merchant (mall_id, merchant_no)
) STRICT;

CREATE INDEX merchant_follow_up_by_merchant ON merchant_follow_up (mall_id, merchant_no, id);

CREATE TABLE operations_log (
    id          INTEGER PRIMARY KEY,
    mall_id     INTEGER NOT NULL REFERENCES mall (id),
    merchant_no TEXT    NOT NULL,
    staff       TEXT    NOT NULL,
    note        TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    FOREIGN KEY (mall_id, merchant_no) REFERENCES merchant (mall_id, merchant_no)
) STRICT;

CREATE INDEX operations_log_by_merchant ON operations_log (mall_id, merchant_no, id);

-- the mall's catalogue of behaviours, in the order given
CREATE TABLE behaviour_type (
    mall_id           INTEGER NOT NULL REFERENCES mall (id),
    code              TEXT    NOT NULL,
    position          INTEGER NOT NULL,
    name              TEXT    NOT NULL,
    points            INTEGER NOT NULL,
    severity          TEXT    NOT NULL CHECK (severity IN ('NORMAL', 'SEVERE')),
    evidence_required INTEGER NOT NULL CHECK (evidence_required IN (0, 1)),
    PRIMARY KEY (mall_id, code)
) STRICT;

-- a merchant's credit file, opened on its first record
CREATE TABLE credit_file (
    mall_id        INTEGER NOT NULL REFERENCES mall (id),
    merchant_no    TEXT    NOT NULL,
    assessed_since TEXT    NOT NULL,
    PRIMARY KEY (mall_id, merchant_no),
    FOREIGN KEY (mall_id, merchant_no) REFERENCES merchant (mall_id, merchant_no)
) STRICT;

-- behaviour records keep the type as it was when recorded (points, severity), never rewritten by the catalogue
CREATE TABLE behaviour_record (
    id                INTEGER PRIMARY KEY,
    mall_id           INTEGER NOT NULL REFERENCES mall (id),
    record_id         TEXT    NOT NULL,
    merchant_no       TEXT    NOT NULL,
    type_code         TEXT    NOT NULL,
    type_name         TEXT    NOT NULL,
    points            INTEGER NOT NULL,
    severity          TEXT    NOT NULL CHECK (severity IN ('NORMAL', 'SEVERE')),
    evidence_required INTEGER NOT NULL CHECK (evidence_required IN (0, 1)),
    stall_no          TEXT,
    on_day            TEXT    NOT NULL,
    note              TEXT,
    evidence          TEXT,
    appeal            TEXT    NOT NULL CHECK (appeal IN ('NONE', 'UNDER_APPEAL', 'UPHELD', 'WITHDRAWN')),
    source_key        TEXT,
    UNIQUE (mall_id, record_id),
    FOREIGN KEY (mall_id, merchant_no) REFERENCES credit_file (mall_id, merchant_no)
) STRICT;

CREATE INDEX behaviour_record_by_merchant ON behaviour_record (mall_id, merchant_no, id);
-- an automatic record exists once per cause (e.g. one overdue installment), whatever runs the check
CREATE UNIQUE INDEX behaviour_record_source ON behaviour_record (mall_id, merchant_no, source_key)
    WHERE source_key IS NOT NULL;

-- every change of a merchant's credit: append only
CREATE TABLE credit_event (
    id                       INTEGER PRIMARY KEY,
    mall_id                  INTEGER NOT NULL REFERENCES mall (id),
    merchant_no              TEXT    NOT NULL,
    cause                    TEXT    NOT NULL,
    record_id                TEXT,
    effective_on             TEXT    NOT NULL,
    at                       TEXT    NOT NULL,
    score_before             INTEGER NOT NULL,
    grade_before             TEXT    NOT NULL,
    score_after              INTEGER NOT NULL,
    grade_after              TEXT    NOT NULL,
    blacklisted_until_before TEXT,
    blacklisted_until_after  TEXT,
    FOREIGN KEY (mall_id, merchant_no) REFERENCES credit_file (mall_id, merchant_no)
) STRICT;

CREATE INDEX credit_event_by_merchant ON credit_event (mall_id, merchant_no, id);

CREATE TRIGGER credit_event_append_only_update BEFORE UPDATE ON credit_event
BEGIN
    SELECT RAISE(ABORT, 'credit events are append-only');
END;

CREATE TRIGGER credit_event_append_only_delete BEFORE DELETE ON credit_event
BEGIN
    SELECT RAISE(ABORT, 'credit events are append-only');
END;

CREATE TABLE credit_setting (
    mall_id         INTEGER PRIMARY KEY REFERENCES mall (id),
    overdue_enabled INTEGER NOT NULL CHECK (overdue_enabled IN (0, 1)),
    overdue_days    INTEGER NOT NULL CHECK (overdue_days >= 0),
    overdue_code    TEXT    NOT NULL
) STRICT;

-- the merchant app's requests; the columns a kind does not use stay NULL
CREATE TABLE merchant_request (
    id           INTEGER PRIMARY KEY,
    mall_id      INTEGER NOT NULL REFERENCES mall (id),
    request_no   TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('OVERTIME', 'REPAIR', 'FEEDBACK')),
    merchant_no  TEXT    NOT NULL,
    stall_no     TEXT,
    status       TEXT    NOT NULL,
    on_day       TEXT,
    from_time    TEXT,
    to_time      TEXT,
    category     TEXT,
    body         TEXT    NOT NULL,
    urgency      TEXT,
    assignee     TEXT,
    outcome_note TEXT,
    UNIQUE (mall_id, request_no),
    FOREIGN KEY (mall_id, merchant_no) REFERENCES merchant (mall_id, merchant_no)
) STRICT;

CREATE INDEX merchant_request_by_kind ON merchant_request (mall_id, kind, merchant_no, request_no);

CREATE TABLE merchant_request_trail (
    request_id INTEGER NOT NULL REFERENCES merchant_request (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    actor_kind TEXT    NOT NULL CHECK (actor_kind IN ('STAFF', 'MERCHANT')),
    actor      TEXT    NOT NULL,
    what       TEXT    NOT NULL,
    at         TEXT    NOT NULL,
    PRIMARY KEY (request_id, position)
) STRICT;
