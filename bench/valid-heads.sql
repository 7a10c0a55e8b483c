-- The analyst's way to the month's valid heads with the sqlite3 shell, from the files alone: after a plain
--   .import --csv trips.csv trips        .import --csv scans.csv scans        (every column TEXT, no key, no index)
-- and the rules file read into a one-row table  rules(j)  (INSERT INTO rules SELECT readfile('rules.json')),
-- the indexes the query needs, then valid heads per trip for the trips arriving in March 2025, by
-- domain-rules.md §5:
--   * a buyer's first scan of a trip's channel code (c); later scans of the same code are duplicates;
--   * the check-in used: the earliest k with window_start <= k <= window_end and c <= k + tolerance
--     (the tolerance of the trip's channel, from the rules JSON, else the default's);
--   * once per day (Beijing, UTC+8) of the check-in used: the earliest k wins, then the earlier c, then the
--     smaller trip number.
-- Times are compared as seconds since the epoch (unixepoch() reads the +08:00 offsets). Prints
-- trip_no|valid_heads for the trips with any.
CREATE INDEX scans_by_code ON scans (code, buyer_id) WHERE kind = 'CHANNEL';
CREATE INDEX scans_checkins ON scans (buyer_id, unixepoch(scanned_at)) WHERE kind = 'CHECKIN';
WITH
t AS (
    SELECT trip_no, channel_code, unixepoch(window_start) AS ws, unixepoch(window_end) AS we,
           COALESCE(json_extract(rules.j, '$.channels."' || channel || '".scan_order_tolerance_minutes'),
                    json_extract(rules.j, '$.default.scan_order_tolerance_minutes'),
                    0) * 60 AS tol
    FROM trips, rules
    WHERE arrival_date BETWEEN '2025-03-01' AND '2025-03-31'
),
first_channel_scan AS (
    SELECT t.trip_no, s.buyer_id, MIN(unixepoch(s.scanned_at)) AS c, t.ws, t.we, t.tol
    FROM t JOIN scans s ON s.code = t.channel_code AND s.kind = 'CHANNEL'
    GROUP BY t.trip_no, s.buyer_id
),
candidate AS MATERIALIZED (
    SELECT f.trip_no, f.buyer_id, f.c,
           (SELECT MIN(unixepoch(k.scanned_at)) FROM scans k
             WHERE k.buyer_id = f.buyer_id AND k.kind = 'CHECKIN'
               AND unixepoch(k.scanned_at) BETWEEN MAX(f.ws, f.c - f.tol) AND f.we) AS k
    FROM first_channel_scan f
),
ranked AS (
    SELECT trip_no,
           ROW_NUMBER() OVER (PARTITION BY buyer_id, (k + 28800) / 86400 ORDER BY k, c, trip_no) AS rank_of_day
    FROM candidate
    WHERE k IS NOT NULL
)
SELECT trip_no, COUNT(*) AS valid_heads
FROM ranked
WHERE rank_of_day = 1
GROUP BY trip_no
ORDER BY trip_no;
