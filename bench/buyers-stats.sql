-- Shares of registered buyers with a visit in a range, by main category (domain-rules.md §6), as an analyst writes
-- it for the sqlite3 shell: the active buyers from the check-in scans of the range, counts per category, and
-- percentages with two decimals that sum to 100.00 by largest remainder (ties to the larger count, then the name).
-- bench/buyers.sh sets :lo_ns and :hi_ns (the range's first instant and the instant after it, epoch nanoseconds).
-- Prints key,buyers,share_pct largest first, as `mallcrm buyers stats --by category --format csv`.
.mode csv
.headers on
WITH active AS (
    SELECT DISTINCT buyer_id FROM scan
    WHERE mall_id = 1 AND kind = 'CHECKIN' AND scanned_at_ns >= :lo_ns AND scanned_at_ns < :hi_ns),
c AS (
    SELECT COALESCE(b.main_category, '') AS key, COUNT(*) AS n
    FROM buyer b JOIN active a ON a.buyer_id = b.buyer_id
    WHERE b.mall_id = 1 GROUP BY 1),
total AS (SELECT SUM(n) AS total FROM c),
p AS (SELECT key, n, n * 10000 / total AS fl, n * 10000 % total AS rem FROM c, total),
r AS (SELECT key, n, fl, ROW_NUMBER() OVER (ORDER BY rem DESC, n DESC, key) AS rk FROM p),
x AS (SELECT key, n, fl + (rk <= 10000 - (SELECT SUM(fl) FROM p)) AS h FROM r)
SELECT key, n AS buyers, (h / 100) || '.' || printf('%02d', h % 100) AS share_pct
FROM x ORDER BY n DESC, key;
