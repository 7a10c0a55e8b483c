-- RFM (domain-rules.md §6) as an analyst writes it for the sqlite3 shell, straight from the stored rows: visit
-- days from the check-in scans (a Beijing day: UTC+8), spend from the standing redemptions, lower medians by
-- OFFSET, segments by CASE. bench/buyers.sh sets the parameters with .parameter set:
--   :as_of    the as-of day as days since 1970-01-01     :window  the window in days (365)
--   :from_on  the window's first day (ISO)               :to_on   the as-of day (ISO)
-- Prints buyer_id,recency_days,frequency,monetary,r,f,m,segment in id order, as `mallcrm buyers rfm --format csv`.
.mode csv
.headers on
WITH v AS (
    SELECT buyer_id, (scanned_at_ns / 1000000000 + 28800) / 86400 AS d
    FROM scan
    WHERE mall_id = 1 AND kind = 'CHECKIN'
      AND scanned_at_ns >= ((:as_of - :window + 1) * 86400 - 28800) * 1000000000
      AND scanned_at_ns < ((:as_of + 1) * 86400 - 28800) * 1000000000),
f AS (
    SELECT buyer_id, :as_of - MAX(d) AS r, COUNT(DISTINCT d) AS f FROM v GROUP BY buyer_id),
m AS (
    SELECT buyer_id, SUM(order_amount_fen) AS m FROM redemption
    WHERE mall_id = 1 AND reversed_at IS NULL AND redeemed_on BETWEEN :from_on AND :to_on
    GROUP BY buyer_id),
a AS MATERIALIZED (
    SELECT f.buyer_id, f.r, f.f, COALESCE(m.m, 0) AS m
    FROM f JOIN buyer b ON b.mall_id = 1 AND b.buyer_id = f.buyer_id
    LEFT JOIN m ON m.buyer_id = f.buyer_id),
k AS (SELECT (COUNT(*) + 1) / 2 - 1 AS k FROM a),
t AS (
    SELECT (SELECT r FROM a ORDER BY r LIMIT 1 OFFSET (SELECT k FROM k)) AS tr,
           (SELECT f FROM a ORDER BY f LIMIT 1 OFFSET (SELECT k FROM k)) AS tf,
           (SELECT m FROM a ORDER BY m LIMIT 1 OFFSET (SELECT k FROM k)) AS tm),
s AS (
    SELECT a.*, CASE WHEN a.r <= t.tr THEN 'H' ELSE 'L' END AS rh, CASE WHEN a.f >= t.tf THEN 'H' ELSE 'L' END AS fh,
           CASE WHEN a.m >= t.tm AND a.m > 0 THEN 'H' ELSE 'L' END AS mh
    FROM a, t)
SELECT buyer_id, r AS recency_days, f AS frequency, (m / 100) || '.' || printf('%02d', m % 100) AS monetary,
       rh AS r, fh AS f, mh AS m,
       CASE rh || fh || mh
           WHEN 'HHH' THEN 'IMPORTANT_VALUE' WHEN 'HLH' THEN 'IMPORTANT_DEVELOP'
           WHEN 'LHH' THEN 'IMPORTANT_RETAIN' WHEN 'LLH' THEN 'IMPORTANT_WINBACK'
           WHEN 'HHL' THEN 'GENERAL_VALUE' WHEN 'HLL' THEN 'GENERAL_DEVELOP'
           WHEN 'LHL' THEN 'GENERAL_RETAIN' ELSE 'GENERAL_WINBACK' END AS segment
FROM s ORDER BY buyer_id;
