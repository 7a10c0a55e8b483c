#!/usr/bin/env bash
# Channel benchmarks (issue 6), runnable by anyone from the repository root:  bench/channels.sh [SEED]
#
# Generates a month of ~10⁶ scans over 20,000 trips (RandomMonth, Spec.benchmark) as CSV files, then times:
#  (a) mallcrm import scans   vs  the sqlite3 shell's .import --csv of the same file into an equivalent table
#      (same columns, same clustering key and unique scan_id index, WAL)                  target ratio ≤ 1.5
#  (b) mallcrm commissions reconcile  vs  bench/valid-heads.sql in the sqlite3 shell on the same database
#      (the same valid heads per trip; checked equal)                                         target ratio ≤ 1.0
#  (c) wrk: POST /api/v1/scans vs GET /health on 127.0.0.1 in the same run        target ratio ≥ 0.25, p99 ≤ 50 ms
# and checks that import and reconcile work with -Xmx256m. Each timing is the best of $RUNS runs (default 3),
# alternating ours and theirs, since the machine may be shared. Env: RUNS, WORK (scratch folder), WRK_SECONDS.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seed=${1:-1}
runs=${RUNS:-3}
work=${WORK:-$root/bench-out}
wrk_seconds=${WRK_SECONDS:-10}
mallcrm="$root/mallcrm"
mkdir -p "$work"

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $1 …" >&2; (apt-get install -y "$1" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$1" >/dev/null 2>&1; }) || { echo "cannot install $1" >&2; exit 69; }; }; }
need sqlite3
need wrk
need curl

. "$root/.mvn/find-jdk.sh"
mallcrm_find_jdk
if [ ! -f "$root/cli/target/test-classes/org/mallcrm/cli/bench/ChannelMonthFiles.class" ] || [ ! -f "$root/cli/target/mallcrm.jar" ]; then
  echo "building …" >&2
  (cd "$root" && ./mvnw -q -B -DskipTests install)
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

db="$work/mallcrm.db"
ref="$work/sqlite3.db"
export MALLCRM_NO_PROGRESS=1

# ---- (a) import -------------------------------------------------------------------------------------------
ours_import="" ; theirs_import=""
for i in $(seq "$runs"); do
  rm -f "$db" "$db-wal" "$db-shm"
  "$mallcrm" --db "$db" import trips "$month/trips.csv" 2>/dev/null
  timed ours_import "$mallcrm" --db "$db" import scans "$month/scans.csv" 2>/dev/null
  rm -f "$ref" "$ref-wal" "$ref-shm"
  sqlite3 "$ref" >/dev/null <<'SQL'
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
CREATE TABLE scan (
    scan_id    TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('CHANNEL', 'CHECKIN')),
    code       TEXT NOT NULL,
    buyer_id   TEXT NOT NULL,
    scanned_at TEXT NOT NULL,
    PRIMARY KEY (buyer_id, scanned_at, scan_id)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX scan_natural_key ON scan (scan_id);
SQL
  timed theirs_import sqlite3 "$ref" ".import --csv --skip 1 $month/scans.csv scan"
done
[ "$(sqlite3 "$db" 'select count(*) from scan')" = "$rows" ] || { echo "mallcrm imported a wrong count" >&2; exit 1; }
[ "$(sqlite3 "$ref" 'select count(*) from scan')" = "$rows" ] || { echo "sqlite3 imported a wrong count" >&2; exit 1; }
a_ours=$(min $ours_import); a_theirs=$(min $theirs_import)

# ---- (b) reconcile ------------------------------------------------------------------------------------------
"$mallcrm" --db "$db" commissions rules --set "$month/rules.json" >/dev/null 2>&1
ours_rec=""; theirs_rec=""
for i in $(seq "$runs"); do
  timed ours_rec "$mallcrm" --db "$db" commissions reconcile --from 2025-03-01 --to 2025-03-31 --format csv \
      > "$work/reconcile.csv"
  timed theirs_rec sh -c "sqlite3 '$db' < '$root/bench/valid-heads.sql' > '$work/valid-heads.txt'"
done
b_ours=$(min $ours_rec); b_theirs=$(min $theirs_rec)
# the same valid heads per trip: trip_no|valid_heads for the trips with any
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
         $col["valid_heads"] > 0 { print $col["trip_no"] "|" $col["valid_heads"] }' "$work/reconcile.csv" \
    | sort > "$work/ours.txt"
sort "$work/valid-heads.txt" > "$work/theirs.txt"
if cmp -s "$work/ours.txt" "$work/theirs.txt"; then
  same="the same valid heads for all $(wc -l < "$work/ours.txt") trips with any"
else
  echo "DIFFERENT valid heads per trip (see $work/ours.txt and $work/theirs.txt)" >&2; exit 1
fi
if command -v python3 >/dev/null 2>&1; then
  "$mallcrm" --db "$db" commissions reconcile --from 2025-03-01 --to 2025-03-31 --format json > "$work/reconcile.json"
  python3 -c "import json,sys; sys.exit(0 if json.load(open('$work/reconcile.json')) == json.load(open('$month/expected.json')) else 1)" \
    && same="$same; the whole JSON equals the generator fed straight to the reconciler" \
    || { echo "the reconcile JSON differs from $month/expected.json" >&2; exit 1; }
fi

# ---- bounded memory -----------------------------------------------------------------------------------------
small="$work/xmx.db"; rm -f "$small" "$small-wal" "$small-shm"
MALLCRM_JAVA_OPTS=-Xmx256m "$mallcrm" --db "$small" import trips "$month/trips.csv" 2>/dev/null
MALLCRM_JAVA_OPTS=-Xmx256m "$mallcrm" --db "$small" import scans "$month/scans.csv" 2>/dev/null
MALLCRM_JAVA_OPTS=-Xmx256m "$mallcrm" --db "$small" commissions rules --set "$month/rules.json" >/dev/null 2>&1
MALLCRM_JAVA_OPTS=-Xmx256m "$mallcrm" --db "$small" commissions reconcile --from 2025-03-01 --to 2025-03-31 \
    --format csv > "$work/reconcile-256m.csv"
cmp -s "$work/reconcile.csv" "$work/reconcile-256m.csv" && xmx="import and reconcile with -Xmx256m: same result" \
    || { echo "different result with -Xmx256m" >&2; exit 1; }
rm -f "$small" "$small-wal" "$small-shm"

# ---- (c) wrk --------------------------------------------------------------------------------------------------
c_line="(c) skipped"
if [ -z "${SKIP_WRK:-}" ] && [ -f "$root/bench/wrk-scans.sh" ]; then
  . "$root/bench/wrk-scans.sh"
fi

echo
echo "(a) import scans ($rows rows), best of $runs:  mallcrm ${a_ours}s  /  sqlite3 .import ${a_theirs}s  =  $(ratio "$a_ours" "$a_theirs")  (target ≤ 1.5)"
echo "    mallcrm --db DB import scans scans.csv   vs   sqlite3 REF \".import --csv --skip 1 scans.csv scan\""
echo "(b) reconcile the month, best of $runs:  mallcrm ${b_ours}s  /  sqlite3 valid-heads.sql ${b_theirs}s  =  $(ratio "$b_ours" "$b_theirs")  (target ≤ 1.0)"
echo "    mallcrm --db DB commissions reconcile --from 2025-03-01 --to 2025-03-31 --format csv   vs   sqlite3 DB < bench/valid-heads.sql"
echo "    $same"
echo "    $xmx"
echo "$c_line"
