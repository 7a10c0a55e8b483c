-- Malls as data: each mall's settings (参数设置) with their audit trail, the rules each lease was signed under,
-- and group-level staff tokens. The PostgreSQL twin is postgresql/V7__mall_settings.sql.

-- a value for each key a mall has set (canonical text, e.g. '30', 'true', 'ANCHORED'); keys never set read as their
-- default, so a new mall starts with every default
CREATE TABLE mall_setting (
    mall_id       INTEGER NOT NULL REFERENCES mall (id),
    setting_key   TEXT    NOT NULL,
    setting_value TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    updated_by    TEXT    NOT NULL,
    PRIMARY KEY (mall_id, setting_key)
) STRICT;

-- every change of a setting: who, when, key, old → new; append only
CREATE TABLE mall_setting_change (
    id          INTEGER PRIMARY KEY,
    mall_id     INTEGER NOT NULL REFERENCES mall (id),
    setting_key TEXT    NOT NULL,
    old_value   TEXT    NOT NULL,
    new_value   TEXT    NOT NULL,
    changed_by  TEXT    NOT NULL,
    changed_at  TEXT    NOT NULL
) STRICT;

CREATE INDEX mall_setting_change_by_key ON mall_setting_change (mall_id, setting_key, id);

CREATE TRIGGER mall_setting_change_append_only_update BEFORE UPDATE ON mall_setting_change
BEGIN
    SELECT RAISE(ABORT, 'setting changes are append-only');
END;

CREATE TRIGGER mall_setting_change_append_only_delete BEFORE DELETE ON mall_setting_change
BEGIN
    SELECT RAISE(ABORT, 'setting changes are append-only');
END;

-- the schedule rules and late-fee terms a lease was signed under (key=value;… text, see LeaseRulesText): a later
-- change of the mall's settings never rewrites a lease's plan or its late fees. Leases signed before settings
-- existed were signed under the rules' defaults.
ALTER TABLE lease ADD COLUMN signed_under TEXT;

UPDATE lease SET signed_under = 'period_alignment=ANCHORED;first_due=LEASE_START;advance_days=30;reminder_days=7;'
    || 'proration=ACTUAL_DAYS;rent_free_waives_management_fee=false;escalation_anchor=START;'
    || 'escalation_method=COMPOUND;late_fee_rate_pct_per_day=0.05;late_fee_grace_days=0';

-- a group-level STAFF token reads every mall of the database (the group) besides its own
ALTER TABLE access_token ADD COLUMN group_level INTEGER NOT NULL DEFAULT 0 CHECK (group_level IN (0, 1));
