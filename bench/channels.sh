#!/usr/bin/env bash
# Channel benchmarks (issues 6 and 13), runnable by anyone from the repository root:  bench/channels.sh [SEED]
#
# Generates a month of ~10⁶ scans over 20,000 trips (RandomMonth, Spec.benchmark) as CSV files, shuffles the scans
# (gates' and coaches' exports concatenated come in no useful order), and the month before (other scan ids), then
# times, each side in the same run, $RUNS runs (default 3) alternating ours and theirs; every ratio is judged as the
# issue states it, the best of the runs' ratios, and printed with their median:
#  (a) mallcrm import scans (shuffled)  vs  the sqlite3 shell's plain .import --csv of the same file into a new
#      table (no key, no index)                                                               target ≤ 2.5
#  (b) from files to commission: mallcrm import trips + import scans + commissions rules --set + reconcile  vs  the
#      analyst's: sqlite3 .import of both files, the rules read in, bench/valid-heads.sql (its indexes and query);
#      the same valid heads per trip checked                                                  target ≤ 1.0
#  (c) the same import into a database that holds last month's scans  vs  the plain .import    target ≤ 3
#  (d) mallcrm demo --size small into an empty database, wall time                            target ≤ 5 s
#  (e) wrk: POST /api/v1/scans vs GET /health on 127.0.0.1 in the same run         target ratio ≥ 0.4, p99 ≤ 50 ms
# and checks that import and reconcile work with -Xmx256m. Prints the load average, since the machine may be shared.
# Env: RUNS, WORK (scratch folder), WRK_SECONDS, WRK_WARM (seconds of warm-up, 10), WRK_PORT, SKIP_WRK.
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

median() { echo "$@" | tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
sum() { awk "BEGIN { printf \"%.2f\", $(echo "$@" | sed 's/ / + /g') }"; }

# the shuffled month, and last month's scans (other ids)
shuffled="$month/scans-shuffled.csv"
if [ ! -f "$shuffled" ]; then
  { head -n 1 "$month/scans.csv"; tail -n +2 "$month/scans.csv" | shuf --random-source=<(yes "$seed"); } > "$shuffled"
fi
previous="$work/month-$seed-2025-02"
if [ ! -f "$previous/scans.csv" ]; then
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp" org.mallcrm.cli.bench.ChannelMonthFiles "$previous" \
      "$seed" benchmark 2025-02
fi

db="$work/mallcrm.db"
ref="$work/sqlite3.db"
second="$work/second.db"
last="$work/last-month.db"
export MALLCRM_NO_PROGRESS=1
fresh() { for f; do rm -f "$f" "$f-wal" "$f-shm" "$f-journal"; done; }

# a database holding last month's scans (and this month's trips), made once, copied for each run
fresh "$last"
"$mallcrm" --db "$last" import trips "$month/trips.csv" 2>/dev/null
"$mallcrm" --db "$last" import scans "$previous/scans.csv" 2>/dev/null
last_rows=$(sqlite3 "$last" 'select count(*) from scan')

ra=""; rb=""; rc=""; oa=""; ta=""; ob=""; tb=""; oc=""; tc=""
for i in $(seq "$runs"); do
  # theirs: the plain import of the scans, then the rest of the analyst's way
  fresh "$ref"
  t_imp=""; timed t_imp sqlite3 "$ref" ".import --csv $shuffled scans"
  # ours: files to commission, step by step
  fresh "$db"
  t_trips=""; timed t_trips "$mallcrm" --db "$db" import trips "$month/trips.csv" 2>/dev/null
  t_scans=""; timed t_scans "$mallcrm" --db "$db" import scans "$shuffled" 2>/dev/null
  t_rules=""; timed t_rules sh -c "'$mallcrm' --db '$db' commissions rules --set '$month/rules.json' >/dev/null 2>&1"
  t_rec="";   timed t_rec sh -c "'$mallcrm' --db '$db' commissions reconcile --from 2025-03-01 --to 2025-03-31 \
      --format csv > '$work/reconcile.csv'"
  t_an="";    timed t_an sh -c "sqlite3 '$ref' '.import --csv $month/trips.csv trips' 'CREATE TABLE rules (j TEXT)' \
      \"INSERT INTO rules SELECT readfile('$month/rules.json')\" && sqlite3 '$ref' < '$root/bench/valid-heads.sql' \
      > '$work/valid-heads.txt'"
  # ours again, into a database that holds last month's scans; then the plain import again beside it
  fresh "$second"; cp "$last" "$second"
  t_second=""; timed t_second "$mallcrm" --db "$second" import scans "$shuffled" 2>/dev/null
  fresh "$ref.2"
  t_imp2=""; timed t_imp2 sqlite3 "$ref.2" ".import --csv $shuffled scans"
  fresh "$ref.2"
  ours_b=$(sum $t_trips $t_scans $t_rules $t_rec); theirs_b=$(sum $t_imp $t_an)
  ra="$ra $(ratio $t_scans $t_imp)"; rb="$rb $(ratio $ours_b $theirs_b)"; rc="$rc $(ratio $t_second $t_imp2)"
  oa="$oa $t_scans"; ta="$ta $t_imp"; ob="$ob $ours_b"; tb="$tb $theirs_b"; oc="$oc $t_second"; tc="$tc $t_imp2"
  echo "  run $i: (a) ${t_scans}s / ${t_imp}s   (b) ${ours_b}s [trips $t_trips, scans $t_scans, rules $t_rules, reconcile $t_rec] / ${theirs_b}s [.import $t_imp, trips + valid-heads.sql $t_an]   (c) ${t_second}s / ${t_imp2}s   load $(cut -d' ' -f1-3 /proc/loadavg)"
done
[ "$(sqlite3 "$db" 'select count(*) from scan')" = "$rows" ] || { echo "mallcrm imported a wrong count" >&2; exit 1; }
[ "$(sqlite3 "$ref" 'select count(*) from scans')" = "$rows" ] || { echo "sqlite3 imported a wrong count" >&2; exit 1; }
[ "$(sqlite3 "$second" 'select count(*) from scan')" = "$((rows + last_rows))" ] \
  || { echo "the second month: a wrong count" >&2; exit 1; }
fresh "$second"
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

# ---- (d) demo -------------------------------------------------------------------------------------------------
demo_db="$work/demo.db"; td=""
for i in $(seq "$runs"); do
  fresh "$demo_db"; rm -f "$demo_db.demo-token"
  timed td sh -c "'$mallcrm' --db '$demo_db' demo --size small >/dev/null 2>&1"
done
fresh "$demo_db"; rm -f "$demo_db.demo-token"

# ---- bounded memory -----------------------------------------------------------------------------------------
small="$work/xmx.db"; rm -f "$small" "$small-wal" "$small-shm"
MALLCRM_JAVA_OPTS=-Xmx256m "$mallcrm" --db "$small" import trips "$month/trips.csv" 2>/dev/null
MALLCRM_JAVA_OPTS=-Xmx256m "$mallcrm" --db "$small" import scans "$shuffled" 2>/dev/null
MALLCRM_JAVA_OPTS=-Xmx256m "$mallcrm" --db "$small" commissions rules --set "$month/rules.json" >/dev/null 2>&1
MALLCRM_JAVA_OPTS=-Xmx256m "$mallcrm" --db "$small" commissions reconcile --from 2025-03-01 --to 2025-03-31 \
    --format csv > "$work/reconcile-256m.csv"
cmp -s "$work/reconcile.csv" "$work/reconcile-256m.csv" && xmx="import and reconcile with -Xmx256m: same result" \
    || { echo "different result with -Xmx256m" >&2; exit 1; }
rm -f "$small" "$small-wal" "$small-shm"

# ---- (e) wrk --------------------------------------------------------------------------------------------------
c_line="(e) skipped"
if [ -z "${SKIP_WRK:-}" ] && [ -f "$root/bench/wrk-scans.sh" ]; then
  . "$root/bench/wrk-scans.sh"
fi

echo
verdict() { awk "BEGIN { exit !($1 <= $2) }" && echo ok || echo MISSED; }
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; best of $runs runs, medians beside them (per-run ratios: a$ra, b$rb, c$rc)"
echo "(a) import scans, shuffled month ($rows rows):  medians mallcrm $(median $oa)s  /  sqlite3 .import $(median $ta)s  =  best $(min $ra), median $(median $ra)  (target ≤ 2.5)  $(verdict "$(min $ra)" 2.5)"
echo "    mallcrm --db DB import scans scans-shuffled.csv   vs   sqlite3 NEW.db \".import --csv scans-shuffled.csv scans\""
echo "(b) files to commission:  medians mallcrm $(median $ob)s  /  analyst $(median $tb)s  =  best $(min $rb), median $(median $rb)  (target ≤ 1.0)  $(verdict "$(min $rb)" 1.0)"
echo "    mallcrm import trips, import scans, commissions rules --set, commissions reconcile   vs   sqlite3 .import both files + rules + bench/valid-heads.sql"
echo "    $same"
echo "(c) import scans into a database holding last month's $last_rows:  medians mallcrm $(median $oc)s  /  sqlite3 .import $(median $tc)s  =  best $(min $rc), median $(median $rc)  (target ≤ 3)  $(verdict "$(min $rc)" 3)"
echo "(d) mallcrm demo --size small into an empty database: best $(min $td)s, median $(median $td)s (runs:$td)  (target ≤ 5 s)  $(verdict "$(min $td)" 5)"
echo "    $xmx"
echo "$c_line"
