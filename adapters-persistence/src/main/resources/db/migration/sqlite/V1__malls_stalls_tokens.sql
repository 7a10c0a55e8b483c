-- Money is INTEGER fen, areas INTEGER hundredths of m², dates and instants ISO-8601 TEXT.
-- STRICT tables refuse values of the wrong type instead of storing them silently.

CREATE TABLE mall (
    id         INTEGER PRIMARY KEY,
    code       TEXT    NOT NULL UNIQUE,
    name       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
) STRICT;

CREATE TABLE stall (
    id                       INTEGER PRIMARY KEY,
    mall_id                  INTEGER NOT NULL REFERENCES mall (id),
    stall_no                 TEXT    NOT NULL,
    floor                    TEXT    NOT NULL,
    zone                     TEXT    NOT NULL,
    business_type            TEXT    NOT NULL,
    outline_wkt              TEXT    NOT NULL,
    min_x                    INTEGER NOT NULL,
    min_y                    INTEGER NOT NULL,
    max_x                    INTEGER NOT NULL,
    max_y                    INTEGER NOT NULL,
    leasable_area_hundredths INTEGER NOT NULL CHECK (leasable_area_hundredths > 0),
    base_rent_fen            INTEGER NOT NULL CHECK (base_rent_fen >= 0),
    status                   TEXT    NOT NULL CHECK (status IN ('VACANT', 'RESERVED', 'LEASED', 'RENOVATING', 'SPLIT', 'MERGED')),
    version                  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (mall_id, stall_no)
) STRICT;

CREATE INDEX stall_floor ON stall (mall_id, floor, status);

-- parent → child; a split has one parent and several children, a merge several parents and one child
CREATE TABLE stall_lineage (
    mall_id  INTEGER NOT NULL REFERENCES mall (id),
    parent_no TEXT   NOT NULL,
    child_no  TEXT   NOT NULL,
    PRIMARY KEY (mall_id, parent_no, child_no)
) STRICT;

CREATE INDEX stall_lineage_child ON stall_lineage (mall_id, child_no);

CREATE TABLE access_token (
    id         INTEGER PRIMARY KEY,
    mall_id    INTEGER NOT NULL REFERENCES mall (id),
    name       TEXT    NOT NULL,
    token_hash TEXT    NOT NULL UNIQUE,
    role       TEXT    NOT NULL CHECK (role IN ('STAFF', 'MERCHANT', 'BUYER', 'CHANNEL')),
    subject    TEXT,
    department TEXT,
    created_at TEXT    NOT NULL,
    revoked_at TEXT,
    UNIQUE (mall_id, name)
) STRICT;
