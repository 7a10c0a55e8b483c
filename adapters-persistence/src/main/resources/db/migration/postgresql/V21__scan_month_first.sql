-- Every scan carries its local month (UTC+8, as yyyymm; ScanMonths.of computes the same), as on SQLite, whose V21
-- clusters its scan table by month first so that a month's import goes in after the months before it. PostgreSQL
-- stores rows in a heap and keeps its key (mall_id, buyer_id, scanned_at_ns, scan_id); the column is here so that
-- both vendors have the same columns (a database copies from one to the other as it is).
ALTER TABLE scan ADD COLUMN month bigint;
UPDATE scan SET month = CAST(to_char(timestamp '1970-01-01 00:00:00'
    + make_interval(secs => (scanned_at_ns - (scanned_at_ns % 1000000000 + 1000000000) % 1000000000) / 1000000000
        + 28800), 'YYYYMM') AS bigint);
ALTER TABLE scan ALTER COLUMN month SET NOT NULL;
