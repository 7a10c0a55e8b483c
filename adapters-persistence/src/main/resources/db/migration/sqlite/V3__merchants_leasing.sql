-- Merchants (the register leases point to), leases with their versions, installments and postings, receipts,
-- earnest money, security deposits, placements, exit requests, and HTTP idempotency keys.
-- Money is INTEGER fen, areas INTEGER hundredths of m², dates ISO-8601 TEXT (they compare as text).

CREATE TABLE merchant (
    id            INTEGER PRIMARY KEY,
    mall_id       INTEGER NOT NULL REFERENCES mall (id),
    merchant_no   TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    lead_source   TEXT,
    grade         TEXT    CHECK (grade IN ('A', 'B', 'C', 'D')),
    business_type TEXT,
    province      TEXT,
    stage         TEXT    NOT NULL CHECK (stage IN ('PROSPECT', 'NEGOTIATING', 'QUALIFIED', 'PLACED', 'SIGNED',
                                                    'OPERATING', 'EXITING', 'EXITED')),
    version       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (mall_id, merchant_no)
) STRICT;

-- the merchant's contacts in order; the first is the primary one (the import's contact_name, phone)
CREATE TABLE merchant_contact (
    merchant_id INTEGER NOT NULL REFERENCES merchant (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    phone       TEXT,
    role        TEXT,
    PRIMARY KEY (merchant_id, position)
) STRICT;

-- every stay in a stage, oldest first; only the last has no left_on
CREATE TABLE merchant_stage (
    merchant_id INTEGER NOT NULL REFERENCES merchant (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    stage       TEXT    NOT NULL,
    entered_on  TEXT    NOT NULL,
    left_on     TEXT,
    PRIMARY KEY (merchant_id, position)
) STRICT;

CREATE TABLE lease (
    id            INTEGER PRIMARY KEY,
    mall_id       INTEGER NOT NULL REFERENCES mall (id),
    lease_no      TEXT    NOT NULL,
    merchant_no   TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('NEW', 'RENEWAL', 'RELOCATION')),
    start_on      TEXT    NOT NULL,
    end_on        TEXT    NOT NULL,
    version       INTEGER NOT NULL CHECK (version >= 1),
    credit_fen    INTEGER NOT NULL DEFAULT 0 CHECK (credit_fen >= 0),
    terminated_on TEXT,
    created_at    TEXT    NOT NULL,
    UNIQUE (mall_id, lease_no)
) STRICT;

CREATE INDEX lease_merchant ON lease (mall_id, merchant_no);

-- the terms of every version (a line-per-field text, see LeaseTermsText); version 1 has no amendment
CREATE TABLE lease_version (
    lease_id   INTEGER NOT NULL REFERENCES lease (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    terms      TEXT    NOT NULL,
    amendment  TEXT,
    PRIMARY KEY (lease_id, version)
) STRICT;

-- which stalls a lease occupies and when (end_on is the lease end, or the exit day once terminated)
CREATE TABLE lease_stall (
    mall_id  INTEGER NOT NULL REFERENCES mall (id),
    lease_id INTEGER NOT NULL REFERENCES lease (id) ON DELETE CASCADE,
    stall_no TEXT    NOT NULL,
    start_on TEXT    NOT NULL,
    end_on   TEXT    NOT NULL,
    CHECK (end_on >= start_on),
    PRIMARY KEY (lease_id, stall_no)
) STRICT;

CREATE INDEX lease_stall_by_stall ON lease_stall (mall_id, stall_no, start_on);

-- leases of one stall never overlap in time: the database refuses it, whatever the application checked
CREATE TRIGGER lease_stall_no_overlap_on_insert BEFORE INSERT ON lease_stall
WHEN EXISTS (SELECT 1 FROM lease_stall o
             WHERE o.mall_id = NEW.mall_id AND o.stall_no = NEW.stall_no AND o.lease_id <> NEW.lease_id
               AND o.start_on <= NEW.end_on AND NEW.start_on <= o.end_on)
BEGIN
    SELECT RAISE(ABORT, 'lease_overlap: another lease holds the stall in that time');
END;

CREATE TRIGGER lease_stall_no_overlap_on_update BEFORE UPDATE OF start_on, end_on ON lease_stall
WHEN EXISTS (SELECT 1 FROM lease_stall o
             WHERE o.mall_id = NEW.mall_id AND o.stall_no = NEW.stall_no AND o.lease_id <> NEW.lease_id
               AND o.start_on <= NEW.end_on AND NEW.start_on <= o.end_on)
BEGIN
    SELECT RAISE(ABORT, 'lease_overlap: another lease holds the stall in that time');
END;

CREATE TABLE installment (
    lease_id           INTEGER NOT NULL REFERENCES lease (id) ON DELETE CASCADE,
    seq                INTEGER NOT NULL CHECK (seq >= 1),
    period_start       TEXT    NOT NULL,
    period_end         TEXT    NOT NULL,
    due_on             TEXT    NOT NULL,
    reminder_on        TEXT    NOT NULL,
    rent_fen           INTEGER NOT NULL CHECK (rent_fen >= 0),
    management_fee_fen INTEGER NOT NULL CHECK (management_fee_fen >= 0),
    PRIMARY KEY (lease_id, seq)
) STRICT;

CREATE TABLE receipt (
    id          INTEGER PRIMARY KEY,
    mall_id     INTEGER NOT NULL REFERENCES mall (id),
    receipt_no  TEXT    NOT NULL,
    lease_id    INTEGER NOT NULL REFERENCES lease (id) ON DELETE CASCADE,
    received_on TEXT    NOT NULL,
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    method      TEXT    NOT NULL,
    credit_fen  INTEGER NOT NULL CHECK (credit_fen >= 0),
    UNIQUE (mall_id, receipt_no)
) STRICT;

CREATE INDEX receipt_lease ON receipt (lease_id);

-- money put against one charge of one installment; source is a receipt number, EARNEST:no or CREDIT
CREATE TABLE posting (
    lease_id   INTEGER NOT NULL REFERENCES lease (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    posted_on  TEXT    NOT NULL,
    seq        INTEGER NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('LATE_FEE', 'RENT', 'MANAGEMENT_FEE')),
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    source     TEXT    NOT NULL,
    PRIMARY KEY (lease_id, position)
) STRICT;

CREATE TABLE security_deposit (
    lease_id                INTEGER PRIMARY KEY REFERENCES lease (id) ON DELETE CASCADE,
    agreed_fen              INTEGER NOT NULL CHECK (agreed_fen >= 0),
    received_fen            INTEGER NOT NULL CHECK (received_fen >= 0),
    applied_at_exit_fen     INTEGER NOT NULL CHECK (applied_at_exit_fen >= 0),
    refunded_at_exit_fen    INTEGER NOT NULL CHECK (refunded_at_exit_fen >= 0),
    settled                 INTEGER NOT NULL CHECK (settled IN (0, 1)),
    CHECK (applied_at_exit_fen + refunded_at_exit_fen <= received_fen)
) STRICT;

CREATE TABLE earnest_money (
    id                 INTEGER PRIMARY KEY,
    mall_id            INTEGER NOT NULL REFERENCES mall (id),
    deposit_no         TEXT    NOT NULL,
    merchant_no        TEXT    NOT NULL,
    kind               TEXT    NOT NULL CHECK (kind IN ('PREPAYMENT', 'EARNEST')),
    received_fen       INTEGER NOT NULL CHECK (received_fen > 0),
    held_on            TEXT    NOT NULL,
    locked_through     TEXT    NOT NULL,
    contract_value_fen INTEGER CHECK (contract_value_fen >= 0),
    status             TEXT    NOT NULL CHECK (status IN ('HELD', 'EXPIRED', 'APPLIED', 'REFUNDED', 'FORFEITED',
                                                          'DOUBLE_RETURNED')),
    offset_fen         INTEGER NOT NULL CHECK (offset_fen >= 0),
    refunded_fen       INTEGER NOT NULL CHECK (refunded_fen >= 0),
    forfeited_fen      INTEGER NOT NULL CHECK (forfeited_fen >= 0),
    converted_fen      INTEGER NOT NULL CHECK (converted_fen >= 0),
    held_fen           INTEGER NOT NULL CHECK (held_fen >= 0),
    penalty_paid_fen   INTEGER NOT NULL CHECK (penalty_paid_fen >= 0),
    applied_to         TEXT,
    -- the invariant of section 3, kept by the database too
    CHECK (received_fen = offset_fen + refunded_fen + forfeited_fen + converted_fen + held_fen),
    UNIQUE (mall_id, deposit_no)
) STRICT;

CREATE TABLE earnest_stall (
    earnest_id INTEGER NOT NULL REFERENCES earnest_money (id) ON DELETE CASCADE,
    mall_id    INTEGER NOT NULL REFERENCES mall (id),
    stall_no   TEXT    NOT NULL,
    live       INTEGER NOT NULL CHECK (live IN (0, 1)),
    PRIMARY KEY (earnest_id, stall_no)
) STRICT;

-- at most one live lock per stall: two holds racing for one stall cannot both be stored
CREATE UNIQUE INDEX earnest_stall_one_live_lock ON earnest_stall (mall_id, stall_no) WHERE live = 1;

CREATE TABLE placement (
    id                       INTEGER PRIMARY KEY,
    mall_id                  INTEGER NOT NULL REFERENCES mall (id),
    placement_no             TEXT    NOT NULL,
    merchant_no              TEXT    NOT NULL,
    stall_nos                TEXT    NOT NULL,
    leasable_area_hundredths INTEGER NOT NULL CHECK (leasable_area_hundredths >= 0),
    agreed_rent_fen          INTEGER NOT NULL CHECK (agreed_rent_fen >= 0),
    grade                    TEXT    NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
    status                   TEXT    NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    UNIQUE (mall_id, placement_no)
) STRICT;

CREATE TABLE placement_step (
    placement_id INTEGER NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    from_status  TEXT,
    to_status    TEXT    NOT NULL,
    by_whom      TEXT    NOT NULL,
    at           TEXT    NOT NULL,
    note         TEXT    NOT NULL,
    PRIMARY KEY (placement_id, position)
) STRICT;

CREATE TABLE exit_request (
    id                INTEGER PRIMARY KEY,
    mall_id           INTEGER NOT NULL REFERENCES mall (id),
    exit_no           TEXT    NOT NULL,
    lease_no          TEXT    NOT NULL,
    merchant_no       TEXT    NOT NULL,
    stall_nos         TEXT    NOT NULL,
    type              TEXT    NOT NULL CHECK (type IN ('SURRENDER', 'RELOCATION', 'SUBLET', 'ASSIGNMENT')),
    initiator         TEXT    NOT NULL CHECK (initiator IN ('MERCHANT', 'MALL')),
    timing            TEXT    NOT NULL CHECK (timing IN ('AT_EXPIRY', 'EARLY')),
    requested_on      TEXT    NOT NULL,
    exit_on           TEXT    NOT NULL,
    reason            TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'SETTLED', 'WITHDRAWN')),
    s_deposit_held_fen INTEGER,
    s_credit_fen       INTEGER,
    s_arrears_fen      INTEGER,
    s_late_fees_fen    INTEGER,
    s_damages_fen      INTEGER,
    UNIQUE (mall_id, exit_no)
) STRICT;

-- the first response to a write sent with an Idempotency-Key, returned again on a replay
CREATE TABLE idempotent_reply (
    mall_id    INTEGER NOT NULL REFERENCES mall (id),
    principal  TEXT    NOT NULL,
    idem_key   TEXT    NOT NULL,
    request    TEXT    NOT NULL,
    status     INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (mall_id, principal, idem_key)
) STRICT;
