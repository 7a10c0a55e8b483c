-- PostgreSQL's V19 puts the scan id first in the scan table's unique index, for the sort of a bulk index build (a
-- PostgreSQL-only way of loading). SQLite never builds that index in bulk and keeps (mall_id, scan_id): nothing changes
-- here; the file exists because both vendors have the same migrations.
SELECT 1;
