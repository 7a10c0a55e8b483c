#!/usr/bin/env bash
# Buyer benchmarks (issue 9), runnable by anyone from the repository root:  bench/buyers.sh [SEED] [BUYERS]
#
# Generates (once per seed) 100,000 buyers with ≈2×10⁶ check-in scans over the year ending 2026-10-31 and 200,000
# redemptions (BuyerBenchData, through the use cases and the coupon store), then times, best of $RUNS runs:
#  (a) mallcrm buyers rfm   vs  bench/buyers-rfm.sql in the sqlite3 shell on the same database
#      (the same segments for every buyer; checked equal)                                    target ratio ≤ 0.5
#  (b) mallcrm buyers stats --by category over the year  vs  bench/buyers-stats.sql (the same shares)   ≤ 0.5
#  (a) and (b) are printed twice: on the database, and with its scans keyed buyer first as before migration V21
#  (c) wrk: POST /api/v1/redemptions (a distinct code per request) and POST /api/v1/campaigns/{no}/claims on
#      127.0.0.1                                                          target ≥ 5,000 req/s, p99 ≤ 50 ms
# Env: RUNS (default 3), WORK (scratch folder, default bench-out), WRK_SECONDS (10), WRK_CONNECTIONS (32),
# WRK_CODES (coupons issued for (c), 200000), WRK_WARM (seconds of warm-up per route, 10), WRK_PORT, SKIP_WRK.
# (c) runs alone as bench/wrk-buyers.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seed=${1:-1}
buyers=${2:-100000}
runs=${RUNS:-3}
work=${WORK:-$root/bench-out}
wrk_seconds=${WRK_SECONDS:-10}
conns=${WRK_CONNECTIONS:-32}
mallcrm="$root/mallcrm"
mkdir -p "$work"

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $1 …" >&2; (apt-get install -y "$1" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$1" >/dev/null 2>&1; }) || { echo "cannot install $1" >&2; exit 69; }; }; }
need sqlite3
need wrk
need curl

. "$root/.mvn/find-jdk.sh"
mallcrm_find_jdk
"$mallcrm" --help >/dev/null   # builds the jar (and its start-up cache) if stale, outside the timings
if [ ! -f "$root/cli/target/test-classes/org/mallcrm/cli/bench/BuyerBenchData.class" ]; then
  echo "building the benchmark's generator …" >&2
  (cd "$root" && ./mvnw -q -B -pl cli -am package -DskipTests)
fi
cp="$root/cli/target/test-classes:$root/cli/target/mallcrm.jar:$root/cli/target/lib/*:$root/domain/target/mallcrm-domain-0.1.0-SNAPSHOT-tests.jar"
java_run() { "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp" "$@"; }

data="$work/buyers-$seed-$buyers"
db="$data/mall.db"
if [ ! -f "$data/done" ]; then
  rm -rf "$data"; mkdir -p "$data"
  java_run org.mallcrm.cli.bench.BuyerBenchData "$db" "$seed" "$buyers"
  touch "$data/done"
fi
export MALLCRM_NO_PROGRESS=1
# the benchmark's year ends on 2026-10-31; the process runs as of that evening
export MALLCRM_JAVA_OPTS="-Dmallcrm.now=2026-10-31T20:00:00+08:00 ${MALLCRM_JAVA_OPTS:-}"
echo "data: $(sqlite3 "$db" 'select count(*) from buyer') buyers, $(sqlite3 "$db" "select count(*) from scan where kind = 'CHECKIN'") check-in scans, $(sqlite3 "$db" 'select count(*) from redemption') redemptions ($data)"

now() { date +%s.%N; }
timed() {  # timed VAR command…: runs it, adds the seconds to the list in VAR
  local t0 t1; t0=$(now); "${@:2}"; t1=$(now)
  printf -v "$1" '%s %s' "${!1:-}" "$(awk "BEGIN { printf \"%.3f\", $t1 - $t0 }")"
}
min() { echo "$@" | tr ' ' '\n' | grep -v '^$' | sort -g | head -n 1; }
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }

as_of=$(( $(date -u -d 2026-10-31 +%s) / 86400 ))
from_on=$(date -u -d "2026-10-31 - 364 days" +%F)
lo_ns=$(( ($(date -u -d "$from_on" +%s) - 28800) * 1000000000 ))
hi_ns=$(( ($(date -u -d 2026-11-01 +%s) - 28800) * 1000000000 ))
# the analyst's SQL with its parameters set, as typed into the shell
{ echo ".parameter set :as_of $as_of"; echo ".parameter set :window 365"
  echo ".parameter set :from_on \"'$from_on'\""; echo ".parameter set :to_on \"'2026-10-31'\""
  cat "$root/bench/buyers-rfm.sql"; } > "$work/rfm.sql"
{ echo ".parameter set :lo_ns $lo_ns"; echo ".parameter set :hi_ns $hi_ns"
  cat "$root/bench/buyers-stats.sql"; } > "$work/stats.sql"

# one untimed run each: mallcrm keeps visit days and first channels in tables it brings up to date before a read
"$mallcrm" --db "$db" buyers rfm --as-of 2026-10-31 --format csv > "$work/rfm-ours.csv"
"$mallcrm" --db "$db" buyers stats --by category --from "$from_on" --to 2026-10-31 --format csv > "$work/stats-ours.csv"

# The same SQL, also timed on a copy whose scans are keyed buyer first as before migration V21 (SQLite's scans are
# keyed month first since, for imports into a database holding earlier months): the analyst's DISTINCT over the
# scans streamed in buyer order there and needs a sort now, so the ratios on the database itself flatter mallcrm;
# both are printed.
prev="$work/buyer-first.db"
rm -f "$prev" "$prev-wal" "$prev-shm"
sqlite3 "$db" ".backup '$prev'"
sqlite3 "$prev" "CREATE TABLE scan_by_buyer (mall_id INTEGER NOT NULL, month INTEGER NOT NULL, buyer_id TEXT NOT NULL,
  scanned_at_ns INTEGER NOT NULL, scan_id TEXT NOT NULL, kind TEXT NOT NULL, code TEXT NOT NULL,
  PRIMARY KEY (mall_id, buyer_id, scanned_at_ns, scan_id)) STRICT, WITHOUT ROWID;
  INSERT INTO scan_by_buyer SELECT mall_id, month, buyer_id, scanned_at_ns, scan_id, kind, code FROM scan
  ORDER BY mall_id, buyer_id, scanned_at_ns, scan_id;
  DROP TABLE scan; ALTER TABLE scan_by_buyer RENAME TO scan; CREATE UNIQUE INDEX scan_natural_key ON scan (mall_id, scan_id);"

ours_rfm=""; theirs_rfm=""; ours_stats=""; theirs_stats=""; prev_rfm=""; prev_stats=""
for i in $(seq "$runs"); do
  timed ours_rfm sh -c "'$mallcrm' --db '$db' buyers rfm --as-of 2026-10-31 --format csv > '$work/rfm-ours.csv'"
  timed theirs_rfm sh -c "sqlite3 '$db' < '$work/rfm.sql' > '$work/rfm-theirs.csv'"
  timed ours_stats sh -c "'$mallcrm' --db '$db' buyers stats --by category --from '$from_on' --to 2026-10-31 --format csv > '$work/stats-ours.csv'"
  timed theirs_stats sh -c "sqlite3 '$db' < '$work/stats.sql' > '$work/stats-theirs.csv'"
  timed prev_rfm sh -c "sqlite3 '$prev' < '$work/rfm.sql' > /dev/null"
  timed prev_stats sh -c "sqlite3 '$prev' < '$work/stats.sql' > /dev/null"
done
rm -f "$prev" "$prev-wal" "$prev-shm"
# sqlite3 quotes some text in CSV, mallcrm does not: compare without quotes
tr -d '\r"' < "$work/rfm-ours.csv" | cut -d, -f1-8 > "$work/rfm-ours-8.csv"
tr -d '\r"' < "$work/rfm-theirs.csv" > "$work/rfm-theirs-8.csv"
if cmp -s "$work/rfm-ours-8.csv" "$work/rfm-theirs-8.csv"; then
  rfm_same="the same R, F, M, H/L and segment for all $(($(wc -l < "$work/rfm-ours-8.csv") - 1)) buyers"
else
  echo "DIFFERENT RFM (see $work/rfm-ours-8.csv and $work/rfm-theirs-8.csv)" >&2; exit 1
fi
tr -d '\r"' < "$work/stats-ours.csv" | tail -n +2 | sort > "$work/stats-ours.sorted"
tr -d '\r"' < "$work/stats-theirs.csv" | tail -n +2 | sort > "$work/stats-theirs.sorted"
if cmp -s "$work/stats-ours.sorted" "$work/stats-theirs.sorted"; then
  stats_same="the same counts and shares for all $(wc -l < "$work/stats-ours.sorted") categories"
else
  echo "DIFFERENT shares (see $work/stats-ours.sorted and $work/stats-theirs.sorted)" >&2; exit 1
fi
a_ours=$(min $ours_rfm); a_theirs=$(min $theirs_rfm); b_ours=$(min $ours_stats); b_theirs=$(min $theirs_stats)
a_prev=$(min $prev_rfm); b_prev=$(min $prev_stats)

# ---- (c) wrk --------------------------------------------------------------------------------------------------
c_line="(c) skipped"
if [ -z "${SKIP_WRK:-}" ]; then
  . "$root/bench/wrk-buyers.sh"   # sets c_line; runs alone too: bench/wrk-buyers.sh
fi

echo
echo "(a) buyers rfm (as of 2026-10-31, 365 days), best of $runs:  mallcrm ${a_ours}s  /  sqlite3 buyers-rfm.sql ${a_theirs}s  =  $(ratio "$a_ours" "$a_theirs")  (target ≤ 0.5)"
echo "    mallcrm --db DB buyers rfm --as-of 2026-10-31 --format csv   vs   sqlite3 DB < bench/buyers-rfm.sql"
echo "    $rfm_same"
echo "    the same SQL with the scans keyed buyer first (as before V21): ${a_prev}s  =  $(ratio "$a_ours" "$a_prev")"
echo "(b) buyers stats --by category ($from_on..2026-10-31), best of $runs:  mallcrm ${b_ours}s  /  sqlite3 buyers-stats.sql ${b_theirs}s  =  $(ratio "$b_ours" "$b_theirs")  (target ≤ 0.5)"
echo "    mallcrm --db DB buyers stats --by category --from $from_on --to 2026-10-31 --format csv   vs   sqlite3 DB < bench/buyers-stats.sql"
echo "    $stats_same"
echo "    the same SQL with the scans keyed buyer first (as before V21): ${b_prev}s  =  $(ratio "$b_ours" "$b_prev")"
echo "$c_line"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
