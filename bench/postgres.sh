#!/usr/bin/env bash
# PostgreSQL benchmarks (issue 11), runnable by anyone from the repository root:  bench/postgres.sh [SEED]
#
# Starts its own PostgreSQL cluster (Debian's `postgresql`, installed if missing) in a temp folder on 127.0.0.1,
# generates the month of ~10⁶ scans of bench/channels.sh, and times, in the same run, best of $RUNS (default 3):
#  (a) mallcrm --db-url … import scans   vs  psql \copy of the same file into a table without indexes  target ≤ 1.5
#      and, for scale, the server's own work for the same rows (binary COPY, then the scan table's indexes)
#  (b) mallcrm commissions reconcile     vs  bench/valid-heads-pg.sql (the analyst's SQL) on the same server,
#      the same valid heads checked                                                               target ≤ 1.0
#  (c) wrk POST /api/v1/scans on one serve on PostgreSQL  vs  the same on an SQLite file           target ≥ 0.5
#  (d) two serve processes on one PostgreSQL database under wrk at once, posting the same scan ids: no scan stored
#      twice, none acknowledged lost
# The cluster is stopped and removed at the end. Env: RUNS, WORK, WRK_SECONDS, WRK_CONNECTIONS, PG_PORT (18390),
# SERVE_PORT (18301; the next two are used too), PARTS (abcd: the parts to run, e.g. PARTS=a for the import only).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seed=${1:-1}
runs=${RUNS:-3}
work=${WORK:-$root/bench-out}
wrk_seconds=${WRK_SECONDS:-10}
conns=${WRK_CONNECTIONS:-32}
pg_port=${PG_PORT:-18390}
serve_port=${SERVE_PORT:-18301}
parts=${PARTS:-abcd}
part() { case "$parts" in *"$1"*) return 0 ;; *) return 1 ;; esac; }
mallcrm="$root/mallcrm"
mkdir -p "$work"

install() { (apt-get install -y "$@" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$@" >/dev/null 2>&1; }) \
  || { echo "cannot install $*" >&2; exit 69; }; }
command -v wrk >/dev/null 2>&1 || install wrk
command -v curl >/dev/null 2>&1 || install curl
command -v sqlite3 >/dev/null 2>&1 || install sqlite3
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "installing postgresql …" >&2; install postgresql; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# ---- a cluster of our own -------------------------------------------------------------------------------------
cluster=$(mktemp -d /tmp/mallcrm-bench-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$cluster"
servers=()
cleanup() {
  for p in "${servers[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  as_pg "$pgbin/pg_ctl" -D "$cluster/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$cluster"
}
trap cleanup EXIT
as_pg "$pgbin/initdb" -D "$cluster/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
# the same settings serve both sides of every comparison
as_pg "$pgbin/pg_ctl" -D "$cluster/data" -l "$cluster/log" -w -o "-p $pg_port -k $cluster \
  -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c work_mem=64MB -c maintenance_work_mem=256MB \
  -c max_wal_size=4GB -c checkpoint_timeout=30min" start >/dev/null
export PGOPTIONS='-c client_min_messages=warning'
psql() { "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
fresh_db() { psql -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"; }
url() { echo "jdbc:postgresql://127.0.0.1:$pg_port/$1"; }
export MALLCRM_DB_USER=postgres MALLCRM_NO_PROGRESS=1
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($cluster)"

# ---- the month ------------------------------------------------------------------------------------------------
. "$root/.mvn/find-jdk.sh"
mallcrm_find_jdk
if [ ! -f "$root/cli/target/test-classes/org/mallcrm/cli/bench/ChannelMonthFiles.class" ] || [ ! -f "$root/cli/target/mallcrm.jar" ]; then
  echo "building …" >&2
  (cd "$root" && ./mvnw -q -B -DskipTests package)
fi
"$mallcrm" --help >/dev/null   # builds the jar (and its start-up cache) if stale, outside the timings
cp="$root/cli/target/test-classes:$root/cli/target/mallcrm.jar:$root/cli/target/lib/*:$root/domain/target/mallcrm-domain-0.1.0-SNAPSHOT-tests.jar"
month="$work/month-$seed"
if [ ! -f "$month/scans.csv" ]; then
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp" org.mallcrm.cli.bench.ChannelMonthFiles "$month" "$seed" benchmark
fi
rows=$(($(wc -l < "$month/scans.csv") - 1))
echo "month: $rows scans, $(($(wc -l < "$month/trips.csv") - 1)) trips ($month)"

now() { date +%s.%N; }
timed() {  # timed VAR command…: runs it, adds the seconds to the list in VAR
  local t0 t1; t0=$(now); "${@:2}"; t1=$(now)
  printf -v "$1" '%s %s' "${!1:-}" "$(awk "BEGIN { printf \"%.2f\", $t1 - $t0 }")"
}
min() { echo "$@" | tr ' ' '\n' | grep -v '^$' | sort -g | head -n 1; }
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }

# ---- (a) import -----------------------------------------------------------------------------------------------
if part a || part b; then
ours_import=""; theirs_import=""
for i in $(seq "$runs"); do
  fresh_db mall
  "$mallcrm" --db-url "$(url mall)" import trips "$month/trips.csv" 2>/dev/null
  timed ours_import "$mallcrm" --db-url "$(url mall)" import scans "$month/scans.csv" 2>/dev/null
  fresh_db ref
  psql -d ref -c "CREATE TABLE scan_raw (scan_id text, kind text, code text, buyer_id text, scanned_at text)"
  timed theirs_import psql -d ref -c "\\copy scan_raw FROM '$month/scans.csv' WITH (FORMAT csv, HEADER true)"
done
[ "$(psql -d mall -At -c 'select count(*) from scan')" = "$rows" ] || { echo "mallcrm imported a wrong count" >&2; exit 1; }
[ "$(psql -d ref -At -c 'select count(*) from scan_raw')" = "$rows" ] || { echo "psql imported a wrong count" >&2; exit 1; }
a_ours=$(min $ours_import); a_theirs=$(min $theirs_import)
# the server's own share of our import, whatever the client does: the same rows in COPY's binary form into a copy of
# the table without indexes, then the table's indexes built (their definitions read from the catalog), in one
# transaction rolled back; what no client can go below while the table keeps its keys
psql -d mall -c "\\copy scan TO '$work/pg-scan.bin' WITH (FORMAT binary)"
floor_sql="$work/pg-floor.sql"
{
  echo "BEGIN;"
  echo "SET LOCAL maintenance_work_mem = '256MB';"
  echo "CREATE TABLE scan_floor (LIKE scan INCLUDING CONSTRAINTS);"
  echo "\\copy scan_floor FROM '$work/pg-scan.bin' WITH (FORMAT binary)"
  psql -d mall -At -c "select replace(replace(indexdef, ' ON public.scan ', ' ON public.scan_floor '), 'INDEX ', 'INDEX floor_') || ';' from pg_indexes where schemaname = 'public' and tablename = 'scan'"
  echo "ROLLBACK;"
} > "$floor_sql"
floor=""
for i in $(seq "$runs"); do
  timed floor psql -d mall -f "$floor_sql"
done
a_floor=$(min $floor)
rm -f "$work/pg-scan.bin"
fi

# ---- (b) reconcile --------------------------------------------------------------------------------------------
if part b; then
"$mallcrm" --db-url "$(url mall)" commissions rules --set "$month/rules.json" >/dev/null 2>&1
psql -d mall -c "ANALYZE"
ours_rec=""; theirs_rec=""
for i in $(seq "$runs"); do
  timed ours_rec sh -c "'$mallcrm' --db-url '$(url mall)' commissions reconcile --from 2025-03-01 --to 2025-03-31 \
      --format csv > '$work/pg-reconcile.csv'"
  timed theirs_rec sh -c "'$pgbin/psql' -h 127.0.0.1 -p $pg_port -U postgres -X -q -At -d mall \
      -f '$root/bench/valid-heads-pg.sql' > '$work/pg-valid-heads.txt'"
done
b_ours=$(min $ours_rec); b_theirs=$(min $theirs_rec)
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
         $col["valid_heads"] > 0 { print $col["trip_no"] "|" $col["valid_heads"] }' "$work/pg-reconcile.csv" \
    | sort > "$work/pg-ours.txt"
sort "$work/pg-valid-heads.txt" > "$work/pg-theirs.txt"
if cmp -s "$work/pg-ours.txt" "$work/pg-theirs.txt"; then
  same="the same valid heads for all $(wc -l < "$work/pg-ours.txt") trips with any"
else
  echo "DIFFERENT valid heads per trip (see $work/pg-ours.txt and $work/pg-theirs.txt)" >&2; exit 1
fi
fi

# ---- (c) POST /api/v1/scans: PostgreSQL vs SQLite ---------------------------------------------------------------
if part c || part d; then
trips="$work/pg-wrk-trips.csv"
cat > "$trips" <<'CSV'
trip_no,channel,channel_name,channel_code,coach_plate,arrival_date,window_start,window_end,reported_headcount
T000001,CH001,渠道 1,QR-T000001,浙A·00001,2025-03-10,2025-03-10T09:00:00+08:00,2025-03-10T11:00:00+08:00,40
CSV
seed="$work/pg-wrk-seed-scans.csv"
printf 'scan_id,kind,code,buyer_id,scanned_at\nWseed-1,CHECKIN,GATE-1,B-WRK,2025-03-10T09:00:00+08:00\n' > "$seed"
prepare() {  # prepare DB-OPTIONS…: a trip and a buyer token; prints the token
  "$mallcrm" "$@" import trips "$trips" >/dev/null 2>&1
  # a BUYER token is issued only for a buyer the mall knows: one check-in makes B-WRK known
  "$mallcrm" "$@" import scans "$seed" >/dev/null 2>&1
  "$mallcrm" "$@" tokens create --role BUYER --buyer B-WRK --name "wrk-$RANDOM" --format json 2>/dev/null \
    | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p'
}
serve() {  # serve PORT DB-OPTIONS…: starts a server, waits for it, adds its pid to $servers
  local port=$1; shift
  "$mallcrm" "$@" serve --host 127.0.0.1 --port "$port" >"$work/pg-serve-$port.log" 2>&1 &
  servers+=($!)
  for _ in $(seq 150); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "the server on $port did not start (see $work/pg-serve-$port.log)" >&2; exit 1
}
stop_servers() { for p in "${servers[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; servers=(); }
rps() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
p99() { sed -n 's/^ *99% *\([0-9.]*[a-z]*\).*/\1/p' "$1"; }
non2xx() { sed -n 's/^non-2xx or socket errors: //p' "$1"; }
post_scans() {  # post_scans PORT TOKEN RUN OUT [SECONDS]
  WRK_TOKEN=$2 WRK_RUN=$3 wrk -t2 -c"$conns" -d"${5:-$wrk_seconds}s" --latency -s "$root/bench/post-scans.lua" \
    "http://127.0.0.1:$1" > "$4"
}
sdb="$work/pg-wrk.db"; rm -f "$sdb" "$sdb-wal" "$sdb-shm"
fresh_db wrk
pg_token=$(prepare --db-url "$(url wrk)")
sq_token=$(prepare --db "$sdb")
[ -n "$pg_token" ] && [ -n "$sq_token" ] || { echo "no token" >&2; exit 1; }
pg_rps=""; sq_rps=""
for i in $(seq "$runs"); do
  serve "$serve_port" --db-url "$(url wrk)"
  post_scans "$serve_port" "$pg_token" "warm$i" /dev/null 3
  post_scans "$serve_port" "$pg_token" "pg$i" "$work/pg-wrk-pg-$i.txt"
  stop_servers
  serve "$serve_port" --db "$sdb"
  post_scans "$serve_port" "$sq_token" "warm$i" /dev/null 3
  post_scans "$serve_port" "$sq_token" "sq$i" "$work/pg-wrk-sqlite-$i.txt"
  stop_servers
  pg_rps="$pg_rps $(rps "$work/pg-wrk-pg-$i.txt")"; sq_rps="$sq_rps $(rps "$work/pg-wrk-sqlite-$i.txt")"
done
best() { echo "$@" | tr ' ' '\n' | grep -v '^$' | sort -g | tail -n 1; }
c_pg=$(best $pg_rps); c_sq=$(best $sq_rps)
pg_errors=0; for i in $(seq "$runs"); do pg_errors=$((pg_errors + $(non2xx "$work/pg-wrk-pg-$i.txt"))); done
fi

# ---- (d) two servers on one PostgreSQL database, the same scan ids posted to both -------------------------------
if part d; then
serve "$serve_port" --db-url "$(url wrk)"
serve "$((serve_port + 1))" --db-url "$(url wrk)"
post_scans "$serve_port" "$pg_token" "two" "$work/pg-wrk-two-a.txt" &
wa=$!
post_scans "$((serve_port + 1))" "$pg_token" "two" "$work/pg-wrk-two-b.txt" &
wb=$!
wait "$wa" "$wb"
stop_servers
acked() { awk '/requests in/ { print $1 }' "$1"; }
two_a=$(($(acked "$work/pg-wrk-two-a.txt") - $(non2xx "$work/pg-wrk-two-a.txt")))
two_b=$(($(acked "$work/pg-wrk-two-b.txt") - $(non2xx "$work/pg-wrk-two-b.txt")))
stored=$(psql -d wrk -At -c "select count(*) from scan where scan_id like 'Wtwo-%'")
distinct=$(psql -d wrk -At -c "select count(distinct scan_id) from scan where scan_id like 'Wtwo-%'")
longer=$(( two_a > two_b ? two_a : two_b ))
if [ "$stored" = "$distinct" ] && [ "$stored" -ge "$longer" ] && [ "$stored" -le $((two_a + two_b)) ]; then
  d_verdict="no scan stored twice ($stored rows, $distinct ids), none acknowledged lost (≥ $longer)"
else
  echo "two servers: $stored rows, $distinct ids, acknowledged $two_a + $two_b" >&2; exit 1
fi
fi

echo
part a && echo "(a) import scans ($rows rows), best of $runs:  mallcrm ${a_ours}s  /  psql \\copy ${a_theirs}s  =  $(ratio "$a_ours" "$a_theirs")  (target ≤ 1.5)"
part a && echo "    mallcrm --db-url jdbc:postgresql://… import scans scans.csv   vs   psql -c \"\\copy scan_raw FROM scans.csv (FORMAT csv, HEADER)\" (no index)"
part a && echo "    the server's own work for the same rows, no client parsing at all (binary COPY into the table without indexes, then its $(grep -c 'CREATE .*INDEX' "$floor_sql") indexes built), best of $runs: ${a_floor}s  =  $(ratio "$a_floor" "$a_theirs") of psql \\copy"
part b && echo "(b) reconcile the month, best of $runs:  mallcrm ${b_ours}s  /  psql valid-heads-pg.sql ${b_theirs}s  =  $(ratio "$b_ours" "$b_theirs")  (target ≤ 1.0)"
part b && echo "    mallcrm --db-url … commissions reconcile --from 2025-03-01 --to 2025-03-31   vs   psql -f bench/valid-heads-pg.sql; $same"
part c && echo "(c) wrk -t2 -c$conns -d${wrk_seconds}s POST /api/v1/scans, best of $runs:  PostgreSQL $c_pg req/s (p99 $(p99 "$work/pg-wrk-pg-$runs.txt"), $pg_errors errors)  /  SQLite $c_sq req/s (p99 $(p99 "$work/pg-wrk-sqlite-$runs.txt"))  =  $(ratio "$c_pg" "$c_sq")  (target ≥ 0.5)"
part d && echo "(d) two serve processes on one PostgreSQL database, wrk on both at once with the same scan ids: $two_a + $two_b acknowledged; $d_verdict"
exit 0
