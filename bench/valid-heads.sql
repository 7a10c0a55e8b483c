-- The analyst's query: valid heads per trip for the trips arriving in March 2025, straight from the mallcrm
-- database, by domain-rules.md §5:
--   * a buyer's first scan of a trip's channel code (c); later scans of the same code are duplicates;
--   * the check-in used: the earliest k with window_start <= k <= window_end and c <= k + tolerance
--     (the tolerance of the trip's channel, from the stored rules JSON, else the default's);
--   * once per day (Beijing, UTC+8) of the check-in used: the earliest k wins, then the earlier c, then the
--     smaller trip number.
-- Instants are INTEGER nanoseconds since the epoch. Prints trip_no|valid_heads for trips with any.
WITH
rules AS (SELECT rules_json AS j FROM commission_rules),
t AS (
    SELECT trip_no, channel_code, window_start_ns AS ws, window_end_ns AS we,
           COALESCE(json_extract((SELECT j FROM rules), '$.channels."' || channel || '".scan_order_tolerance_minutes'),
                    json_extract((SELECT j FROM rules), '$.default.scan_order_tolerance_minutes'),
                    0) * 60000000000 AS tol
    FROM trip
    WHERE arrival_date BETWEEN '2025-03-01' AND '2025-03-31'
),
first_channel_scan AS (
    SELECT t.trip_no, s.buyer_id, MIN(s.scanned_at_ns) AS c, t.ws, t.we, t.tol
    FROM scan s JOIN t ON t.channel_code = s.code
    WHERE s.kind = 'CHANNEL'
    GROUP BY t.trip_no, s.buyer_id
),
candidate AS MATERIALIZED (
    SELECT f.trip_no, f.buyer_id, f.c,
           (SELECT MIN(k.scanned_at_ns) FROM scan k
             WHERE k.mall_id = (SELECT id FROM mall) AND k.buyer_id = f.buyer_id AND k.kind = 'CHECKIN'
               AND k.scanned_at_ns BETWEEN MAX(f.ws, f.c - f.tol) AND f.we) AS k
    FROM first_channel_scan f
),
ranked AS (
    SELECT trip_no,
           ROW_NUMBER() OVER (PARTITION BY buyer_id, (k / 1000000000 + 28800) / 86400
                              ORDER BY k, c, trip_no) AS rank_of_day
    FROM candidate
    WHERE k IS NOT NULL
)
SELECT trip_no, COUNT(*) AS valid_heads
FROM ranked
WHERE rank_of_day = 1
GROUP BY trip_no
ORDER BY trip_no;
