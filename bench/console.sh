#!/bin/sh
# Benchmark: the staff console's pages on the demo mall, p50/p95/max per page (target p95 ≤ 100 ms).
#
#   bench/console.sh [RUNS]      (default 100 requests per page, after 20 to warm up)
#
# Builds the CLI, serves a freshly generated demo mall (bench-out/console.db) on 127.0.0.1, signs in with the staff
# sign-in serve --demo prints, and requests each page one after another, as a person clicking would.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/.mvn/find-jdk.sh"
mallcrm_find_jdk || exit 69
runs=${1:-100}
port=${MALLCRM_BENCH_PORT:-18690}

mkdir -p "$here/bench-out"
(cd "$here" && ./mvnw -q -B -pl cli -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$here/bench-out/cp.txt" -Dmdep.includeScope=test >/dev/null)

out="$here/bench-out"
mkdir -p "$out"
rm -f "$out"/console.db*
java="$JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED"
$java -jar "$here/cli/target/mallcrm.jar" --db "$out/console.db" serve --demo --port "$port" 2>"$out/console.err" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
i=0
until grep -q 'staff sign-in' "$out/console.err" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -gt 600 ] || ! kill -0 "$server" 2>/dev/null; then cat "$out/console.err" >&2; exit 70; fi
  sleep 1
done
password=$(sed -n 's/.*staff sign-in: admin \/ \([^ ]*\).*/\1/p' "$out/console.err")
cp="$here/cli/target/test-classes:$here/cli/target/classes:$(cat "$out/cp.txt")"
$java -cp "$cp" org.mallcrm.cli.bench.ConsolePagesBenchmark "http://127.0.0.1:$port" admin "$password" "$runs"
