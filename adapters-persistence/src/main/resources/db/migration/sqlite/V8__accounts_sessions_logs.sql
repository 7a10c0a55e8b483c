-- Accounts for the web pages, their sessions, the sign-in log and the operation log.
-- A login is unique across the database, so a sign-in finds its account (and so its mall) by the login alone.
-- Sessions are kept here, not in a server's memory, so several server processes answer as one; the token is
-- stored only as its SHA-256 hash. Session times are epoch milliseconds (compared in SQL to forget old ones);
-- other instants are ISO-8601 TEXT (jOOQ's Instant binding: columns named *_at, at, locked_until).
-- The PostgreSQL twin is postgresql/V8__accounts_sessions_logs.sql.

CREATE TABLE account (
    id              INTEGER PRIMARY KEY,
    mall_id         INTEGER NOT NULL REFERENCES mall (id),
    login           TEXT    NOT NULL UNIQUE,
    role            TEXT    NOT NULL CHECK (role IN ('STAFF', 'MERCHANT', 'BUYER', 'CHANNEL')),
    department      TEXT,
    subject         TEXT,
    password_hash   TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
    failed_sign_ins INTEGER NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    locked_until    TEXT,
    created_at      TEXT    NOT NULL,
    last_sign_in_at TEXT,
    CHECK ((role = 'STAFF') = (department IS NOT NULL)),
    CHECK ((role = 'STAFF') = (subject IS NULL))
) STRICT;

CREATE INDEX account_by_mall ON account (mall_id, login);

CREATE TABLE web_session (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES account (id),
    token_hash   TEXT    NOT NULL UNIQUE,
    csrf_token   TEXT    NOT NULL,
    created_ms   INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL CHECK (last_seen_ms >= created_ms)
) STRICT;

CREATE INDEX web_session_by_account ON web_session (account_id);
CREATE INDEX web_session_by_last_seen ON web_session (last_seen_ms);

CREATE TABLE sign_in_log (
    id      INTEGER PRIMARY KEY,
    mall_id INTEGER NOT NULL REFERENCES mall (id),
    at      TEXT    NOT NULL,
    login   TEXT    NOT NULL,
    kind    TEXT    NOT NULL CHECK (kind IN ('SIGNED_IN', 'WRONG_PASSWORD', 'LOCKED_NOW', 'LOCKED', 'DISABLED',
                                             'UNKNOWN_LOGIN', 'SIGNED_OUT')),
    remote  TEXT    NOT NULL,
    agent   TEXT    NOT NULL
) STRICT;

CREATE INDEX sign_in_log_by_mall ON sign_in_log (mall_id, id);

CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    mall_id INTEGER NOT NULL REFERENCES mall (id),
    at      TEXT    NOT NULL,
    actor   TEXT    NOT NULL,
    via     TEXT    NOT NULL CHECK (via IN ('WEB', 'API', 'CLI')),
    action  TEXT    NOT NULL,
    subject TEXT    NOT NULL,
    detail  TEXT    NOT NULL
) STRICT;

CREATE INDEX audit_log_by_mall ON audit_log (mall_id, id);

-- Change counters: every change to a kind of record moves its counter in the writer's transaction, so a reader in
-- any process can tell whether a figure it computed (the dashboard's, a lease report's) still holds. The triggers
-- insert a missing counter row (an emptied table) rather than count nothing.
CREATE TABLE change_counter (
    kind    TEXT    PRIMARY KEY CHECK (kind IN ('STALLS', 'MERCHANTS', 'LEASES')),
    version INTEGER NOT NULL
) STRICT;

INSERT INTO change_counter (kind, version) VALUES ('STALLS', 0), ('MERCHANTS', 0), ('LEASES', 0);
CREATE TRIGGER stall_insert_counted AFTER INSERT ON stall BEGIN INSERT INTO change_counter (kind, version) VALUES ('STALLS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER stall_update_counted AFTER UPDATE ON stall BEGIN INSERT INTO change_counter (kind, version) VALUES ('STALLS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER stall_delete_counted AFTER DELETE ON stall BEGIN INSERT INTO change_counter (kind, version) VALUES ('STALLS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER stall_lineage_insert_counted AFTER INSERT ON stall_lineage BEGIN INSERT INTO change_counter (kind, version) VALUES ('STALLS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER stall_lineage_update_counted AFTER UPDATE ON stall_lineage BEGIN INSERT INTO change_counter (kind, version) VALUES ('STALLS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER stall_lineage_delete_counted AFTER DELETE ON stall_lineage BEGIN INSERT INTO change_counter (kind, version) VALUES ('STALLS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER merchant_insert_counted AFTER INSERT ON merchant BEGIN INSERT INTO change_counter (kind, version) VALUES ('MERCHANTS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER merchant_update_counted AFTER UPDATE ON merchant BEGIN INSERT INTO change_counter (kind, version) VALUES ('MERCHANTS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER merchant_delete_counted AFTER DELETE ON merchant BEGIN INSERT INTO change_counter (kind, version) VALUES ('MERCHANTS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER merchant_stage_insert_counted AFTER INSERT ON merchant_stage BEGIN INSERT INTO change_counter (kind, version) VALUES ('MERCHANTS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER merchant_stage_update_counted AFTER UPDATE ON merchant_stage BEGIN INSERT INTO change_counter (kind, version) VALUES ('MERCHANTS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER merchant_stage_delete_counted AFTER DELETE ON merchant_stage BEGIN INSERT INTO change_counter (kind, version) VALUES ('MERCHANTS', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER lease_insert_counted AFTER INSERT ON lease BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER lease_update_counted AFTER UPDATE ON lease BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER lease_delete_counted AFTER DELETE ON lease BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER lease_version_insert_counted AFTER INSERT ON lease_version BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER lease_version_update_counted AFTER UPDATE ON lease_version BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER lease_version_delete_counted AFTER DELETE ON lease_version BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER installment_insert_counted AFTER INSERT ON installment BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER installment_update_counted AFTER UPDATE ON installment BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER installment_delete_counted AFTER DELETE ON installment BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER posting_insert_counted AFTER INSERT ON posting BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER posting_update_counted AFTER UPDATE ON posting BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER posting_delete_counted AFTER DELETE ON posting BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER receipt_insert_counted AFTER INSERT ON receipt BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER receipt_update_counted AFTER UPDATE ON receipt BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
CREATE TRIGGER receipt_delete_counted AFTER DELETE ON receipt BEGIN INSERT INTO change_counter (kind, version) VALUES ('LEASES', 1) ON CONFLICT (kind) DO UPDATE SET version = version + 1; END;
