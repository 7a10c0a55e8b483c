#!/bin/sh
# Benchmark: validating a 5,000-stall floor import, `mallcrm import stalls FLOOR.csv --dry-run`, through the real
# CLI and use case (parse every row, check it against the database, check that no two stalls on the floor overlap).
#
#   bench/floor-import.sh [STALLS] [RUNS]      (defaults 5000 and 5)
#
# Builds the CLI (and its test classes, where the generator lives), writes one floor of STALLS stalls to
# bench-out/floor-STALLS.csv, then times RUNS cold runs of the packaged CLI on a fresh database each (what an
# operator sees), and RUNS warm runs in one JVM with the overlap check timed on its own.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/.mvn/find-jdk.sh"
mallcrm_find_jdk || exit 69
n=${1:-5000}
runs=${2:-5}

(cd "$here" && ./mvnw -q -B -pl cli -am package -DskipTests)

out="$here/bench-out"
mkdir -p "$out"
csv="$out/floor-$n.csv"
java="$JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED"
cp="$here/cli/target/test-classes:$here/cli/target/mallcrm.jar:$here/cli/target/lib/*"
$java -cp "$cp" org.mallcrm.cli.bench.FloorImportBenchmark --write "$csv" "$n"

echo "cold: java -jar cli/target/mallcrm.jar --db bench-out/bench.db import stalls $csv --dry-run"
i=1
while [ "$i" -le "$runs" ]; do
  rm -f "$out"/bench.db*
  start=$(date +%s%N)
  $java -XX:TieredStopAtLevel=1 -jar "$here/cli/target/mallcrm.jar" --db "$out/bench.db" \
      import stalls "$csv" --dry-run 2>"$out/last.err"
  end=$(date +%s%N)
  echo "  run $i: $(( (end - start) / 1000000 )) ms  ($(tail -n 1 "$out/last.err"))"
  i=$((i + 1))
done

echo "warm, in one JVM:"
$java -cp "$cp" org.mallcrm.cli.bench.FloorImportBenchmark "$n" "$runs" | sed 's/^/  /'
