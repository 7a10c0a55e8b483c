-- A registered buyer's first and last visit days (day numbers as in buyer_visit; NULL without a visit), kept on its
-- row beside the attributes buyer analytics counts by, so that counting the buyers active in a range of days reads
-- one index entry per buyer: a buyer whose first or last visit day falls in the range was there, one whose visits all
-- lie before or after it was not, and only one whose visits surround the range has its visit days looked at. Kept in
-- the transactions that write buyer_visit_summary (posted scans, the rebuild after bulk writes) and when a buyer
-- registers after its visits.
ALTER TABLE buyer ADD COLUMN first_visit_day INTEGER;
ALTER TABLE buyer ADD COLUMN last_visit_day INTEGER;

-- the counts by category and by province read these indexes alone (the list's order by id within a value is kept)
DROP INDEX buyer_category;
CREATE INDEX buyer_category ON buyer (mall_id, main_category, buyer_id, last_visit_day, first_visit_day);
DROP INDEX buyer_province;
CREATE INDEX buyer_province ON buyer (mall_id, province, buyer_id, last_visit_day, first_visit_day);
CREATE INDEX buyer_transport_mode ON buyer (mall_id, transport_mode, buyer_id, last_visit_day, first_visit_day);

-- the backfill: every mall's visit days are rebuilt from its check-ins before they are next read, and the rebuild
-- sets these columns
INSERT INTO buyer_visit_pending (mall_id, from_ns, to_ns)
SELECT mall_id, MIN(scanned_at_ns), MAX(scanned_at_ns) FROM scan WHERE kind = 'CHECKIN' GROUP BY mall_id;
