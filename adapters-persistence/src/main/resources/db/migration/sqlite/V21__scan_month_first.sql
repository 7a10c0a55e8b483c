-- The scan table clustered by month first: its key becomes (mall_id, month, buyer_id, scanned_at_ns, scan_id), month
-- being the scan's local month (UTC+8, the day buyer analytics counts) as yyyymm (ScanMonths.of computes the same).
-- A month's import then goes in after the months before it instead of into the middle of every buyer's earlier scans
-- (each leaf page of last month split and written again): on a database holding last month's 10⁶ scans the month's
-- import takes about two thirds of the time. A reconcile reads its months apart and merges them by buyer; a buyer's
-- scans are read with a seek a month (ScanMonths.ofBuyer). The rows are copied in the new key's order.
CREATE TABLE scan_by_month (
    mall_id       INTEGER NOT NULL REFERENCES mall (id),
    month         INTEGER NOT NULL,
    buyer_id      TEXT    NOT NULL,
    scanned_at_ns INTEGER NOT NULL,
    scan_id       TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('CHANNEL', 'CHECKIN')),
    code          TEXT    NOT NULL,
    PRIMARY KEY (mall_id, month, buyer_id, scanned_at_ns, scan_id)
) STRICT, WITHOUT ROWID;

INSERT INTO scan_by_month (mall_id, month, buyer_id, scanned_at_ns, scan_id, kind, code)
SELECT mall_id,
       CAST(strftime('%Y%m', (scanned_at_ns - (scanned_at_ns % 1000000000 + 1000000000) % 1000000000) / 1000000000
           + 28800, 'unixepoch') AS INTEGER),
       buyer_id, scanned_at_ns, scan_id, kind, code
FROM scan
ORDER BY 1, 2, buyer_id, scanned_at_ns, scan_id;

DROP TABLE scan;
ALTER TABLE scan_by_month RENAME TO scan;
CREATE UNIQUE INDEX scan_natural_key ON scan (mall_id, scan_id);
