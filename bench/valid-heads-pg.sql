-- bench/valid-heads.sql for PostgreSQL: the analyst's query, the same rules, on a mallcrm server database
-- (dates are date, the rules a JSON text, instants bigint nanoseconds). Prints trip_no|valid_heads.
WITH
rules AS (SELECT rules_json::jsonb AS j FROM commission_rules),
t AS (
    SELECT trip_no, channel_code, window_start_ns AS ws, window_end_ns AS we,
           COALESCE(((SELECT j FROM rules) -> 'channels' -> channel ->> 'scan_order_tolerance_minutes')::bigint,
                    ((SELECT j FROM rules) -> 'default' ->> 'scan_order_tolerance_minutes')::bigint,
                    0) * 60000000000 AS tol
    FROM trip
    WHERE arrival_date BETWEEN '2025-03-01' AND '2025-03-31'
),
first_channel_scan AS (
    SELECT t.trip_no, s.buyer_id, MIN(s.scanned_at_ns) AS c, t.ws, t.we, t.tol
    FROM scan s JOIN t ON t.channel_code = s.code
    WHERE s.kind = 'CHANNEL'
    GROUP BY t.trip_no, s.buyer_id, t.ws, t.we, t.tol
),
candidate AS MATERIALIZED (
    SELECT f.trip_no, f.buyer_id, f.c,
           (SELECT MIN(k.scanned_at_ns) FROM scan k
             WHERE k.mall_id = (SELECT id FROM mall) AND k.buyer_id = f.buyer_id AND k.kind = 'CHECKIN'
               AND k.scanned_at_ns BETWEEN GREATEST(f.ws, f.c - f.tol) AND f.we) AS k
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
