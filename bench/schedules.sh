#!/bin/sh
# Generates the payment plans of N leases (default 100,000) and reports leases/s.
# Usage: bench/schedules.sh [N] [SEED]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
./mvnw -q -B -pl domain test-compile exec:java -Dexec.mainClass=org.mallcrm.bench.ScheduleBenchmark \
  -Dexec.classpathScope=test -Dexec.args="${1:-100000} ${2:-2026}"
