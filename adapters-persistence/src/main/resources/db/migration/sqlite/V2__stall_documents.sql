-- Stall documents (拆分单 split, 合并单 merge, 变更单 change) with their approval trail. A document keeps the
-- stall numbers of its day; stall_lineage holds today's numbers (a renumbering rewrites it, never a document).
-- Instants are ISO-8601 UTC TEXT with nine fraction digits, so that text order is time order.

CREATE TABLE stall_document (
    id                         INTEGER PRIMARY KEY,
    mall_id                    INTEGER NOT NULL REFERENCES mall (id),
    document_no                TEXT    NOT NULL,
    kind                       TEXT    NOT NULL CHECK (kind IN ('SPLIT', 'MERGE', 'CHANGE')),
    effective_on               TEXT    NOT NULL,
    requested_by               TEXT    NOT NULL,
    requested_at               TEXT    NOT NULL,
    approved_by                TEXT    NOT NULL,
    approved_at                TEXT    NOT NULL,
    -- a split made by a straight cut: x = cut_at_mm or y = cut_at_mm
    cut_axis                   TEXT    CHECK (cut_axis IN ('X', 'Y')),
    cut_at_mm                  INTEGER,
    -- a merge: how the new stall's base rent was set, and the rent (fen per m² per month)
    price_rule                 TEXT    CHECK (price_rule IN ('WEIGHTED_AVERAGE', 'MAX', 'MIN', 'MANUAL')),
    base_rent_fen              INTEGER CHECK (base_rent_fen >= 0),
    -- a change: the leasable area before and after (hundredths of m²)
    leasable_before_hundredths INTEGER CHECK (leasable_before_hundredths > 0),
    leasable_after_hundredths  INTEGER CHECK (leasable_after_hundredths > 0),
    UNIQUE (mall_id, document_no),
    CHECK ((cut_axis IS NULL) = (cut_at_mm IS NULL)),
    CHECK (kind = 'SPLIT' OR cut_axis IS NULL),
    CHECK ((kind = 'MERGE') = (price_rule IS NOT NULL AND base_rent_fen IS NOT NULL)),
    CHECK ((kind = 'CHANGE') = (leasable_before_hundredths IS NOT NULL AND leasable_after_hundredths IS NOT NULL))
) STRICT;

CREATE INDEX stall_document_order ON stall_document (mall_id, effective_on, approved_at, id);

-- The stall numbers a document names: side FROM (a split's parent, a merge's parents, a change's old number)
-- and TO (a split's children with their leasable areas, the merged stall, a change's new number), in order.
CREATE TABLE stall_document_stall (
    mall_id                  INTEGER NOT NULL REFERENCES mall (id),
    document_id              INTEGER NOT NULL REFERENCES stall_document (id),
    side                     TEXT    NOT NULL CHECK (side IN ('FROM', 'TO')),
    seq                      INTEGER NOT NULL CHECK (seq >= 1),
    stall_no                 TEXT    NOT NULL,
    leasable_area_hundredths INTEGER CHECK (leasable_area_hundredths > 0),
    PRIMARY KEY (document_id, side, seq)
) STRICT;

CREATE INDEX stall_document_stall_no ON stall_document_stall (mall_id, stall_no);
