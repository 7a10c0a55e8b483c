-- Accounts for the web pages, their sessions, the sign-in log and the operation log.
-- A login is unique across the database, so a sign-in finds its account (and so its mall) by the login alone.
-- Sessions are kept here, not in a server's memory, so several server processes answer as one; the token is
-- stored only as its SHA-256 hash. Session times are epoch milliseconds (compared in SQL to forget old ones);
-- other instants are ISO-8601 TEXT.

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
