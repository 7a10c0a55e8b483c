#!/bin/sh
# Benchmark: a floor of many stalls in headless Chromium — drawn, then a stall selected (target ≤ 1 s for 5,000).
#
#   bench/floor-browser.sh [STALLS] [RUNS]      (defaults 5000 and 5)
#
# Needs Debian's chromium (apt-get install -y chromium fonts-noto-cjk). Writes one floor of STALLS stalls (the
# generator of bench/floor-import.sh), imports it into bench-out/floor-browser.db, creates a staff account, serves it
# on 127.0.0.1 and times the plan page in Chromium through Playwright.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/.mvn/find-jdk.sh"
mallcrm_find_jdk || exit 69
n=${1:-5000}
runs=${2:-5}
port=${MALLCRM_BENCH_PORT:-18691}

mkdir -p "$here/bench-out"
(cd "$here" && ./mvnw -q -B -pl cli -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$here/bench-out/cp.txt" -Dmdep.includeScope=test >/dev/null)

out="$here/bench-out"
mkdir -p "$out"
db="$out/floor-browser.db"
rm -f "$db"*
java="$JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED"
cp="$here/cli/target/test-classes:$here/cli/target/classes:$(cat "$out/cp.txt")"
$java -cp "$cp" org.mallcrm.cli.bench.FloorImportBenchmark --write "$out/floor-$n.csv" "$n"
mallcrm="$java -jar $here/cli/target/mallcrm.jar --db $db"
$mallcrm import stalls "$out/floor-$n.csv" 2>&1 | tail -n 1
password=$($mallcrm users create bench.admin --role STAFF --department ADMIN --format json 2>/dev/null \
    | sed -n 's/.*"password" : "\([^"]*\)".*/\1/p')
$mallcrm serve --port "$port" 2>"$out/floor-browser.err" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
i=0
until grep -q 'serving' "$out/floor-browser.err" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -gt 120 ] || ! kill -0 "$server" 2>/dev/null; then cat "$out/floor-browser.err" >&2; exit 70; fi
  sleep 1
done
$java -cp "$cp" org.mallcrm.cli.bench.FloorPlanBrowserBenchmark "http://127.0.0.1:$port" bench.admin "$password" 1F \
    "$n" "$runs"
