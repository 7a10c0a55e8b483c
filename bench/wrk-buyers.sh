#!/usr/bin/env bash
# (c) of bench/buyers.sh, sourced by it (or run alone: bench/wrk-buyers.sh): wrk against POST /api/v1/redemptions (a
# distinct code per request) and POST /api/v1/campaigns/C-WRK/claims of one `mallcrm serve` on 127.0.0.1, with
# GET /health of the same server for scale, in one run. Sets c_line.
# Env: WORK (scratch folder, default bench-out), WRK_SECONDS (10), WRK_CONNECTIONS (32), WRK_CODES (coupons issued,
# 200000), WRK_WARM (seconds of warm-up per route, 10), WRK_PORT (default: a random port from 20000).
set -euo pipefail
if [ -z "${root:-}" ]; then
  root=$(cd "$(dirname "$0")/.." && pwd)
  work=${WORK:-$root/bench-out}
  wrk_seconds=${WRK_SECONDS:-10}
  conns=${WRK_CONNECTIONS:-32}
  mallcrm="$root/mallcrm"
  mkdir -p "$work"
  for tool in sqlite3 wrk curl; do
    command -v "$tool" >/dev/null || { apt-get install -y "$tool" >/dev/null 2>&1 \
      || { apt-get update >/dev/null && apt-get install -y "$tool" >/dev/null; }; }
  done
  . "$root/.mvn/find-jdk.sh"
  mallcrm_find_jdk
  "$mallcrm" --help >/dev/null   # builds the jar (and its start-up cache) if stale, outside the timings
  if [ ! -f "$root/cli/target/test-classes/org/mallcrm/cli/bench/BuyerWrkData.class" ]; then
    echo "building the benchmark's generator …" >&2
    (cd "$root" && ./mvnw -q -B -pl cli -am package -DskipTests)
  fi
  cp="$root/cli/target/test-classes:$root/cli/target/mallcrm.jar:$root/cli/target/lib/*:$root/domain/target/mallcrm-domain-0.1.0-SNAPSHOT-tests.jar"
  java_run() { "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$cp" "$@"; }
  ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }
fi
wdir="$work/wrk-buyers"; rm -rf "$wdir"; mkdir -p "$wdir"
codes=${WRK_CODES:-200000}
tokens=$(MALLCRM_NO_PROGRESS=1 java_run org.mallcrm.cli.bench.BuyerWrkData "$wdir/mall.db" "$codes" 2>/dev/null)
mtoken=$(echo "$tokens" | sed -n 's/^merchant_token=//p'); btoken=$(echo "$tokens" | sed -n 's/^buyer_token=//p')
port=${WRK_PORT:-$((20000 + RANDOM % 20000))}
MALLCRM_JAVA_OPTS="-Dmallcrm.now=2026-10-15T10:00:00+08:00" "$mallcrm" --db "$wdir/mall.db" serve --host 127.0.0.1 \
    --port "$port" > "$wdir/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for i in $(seq 100); do curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "the server did not start (see $wdir/serve.log)" >&2; exit 1; }
url="http://127.0.0.1:$port"
lua="$root/bench/redeem-codes.lua"
half=$((codes / 2))
warm=${WRK_WARM:-10}
# the server's CPU seconds (user + system) so far: a figure per request that a busy machine disturbs less than req/s
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$server/stat"; }
# warm up (the JIT needs a while on a shared machine) on the first half of the codes, measure on the rest
WRK_TOKEN=$mtoken WRK_CODES="$wdir/codes.txt" WRK_OFFSET=0 WRK_THREADS=2 wrk -t2 -c"$conns" -d"${warm}s" -s "$lua" "$url" >/dev/null
WRK_TOKEN=$btoken WRK_PATH=/api/v1/campaigns/C-WRK/claims WRK_THREADS=2 wrk -t2 -c"$conns" -d"${warm}s" -s "$lua" "$url" >/dev/null
wrk -t2 -c"$conns" -d3s "$url/health" >/dev/null
cpu0=$(cpu)
WRK_TOKEN=$mtoken WRK_CODES="$wdir/codes.txt" WRK_OFFSET=$half WRK_THREADS=2 wrk -t2 -c"$conns" -d"${wrk_seconds}s" \
    --latency -s "$lua" "$url" > "$wdir/wrk-redeem.txt"
cpu1=$(cpu)
WRK_TOKEN=$btoken WRK_PATH=/api/v1/campaigns/C-WRK/claims WRK_THREADS=2 wrk -t2 -c"$conns" -d"${wrk_seconds}s" \
    --latency -s "$lua" "$url" > "$wdir/wrk-claims.txt"
cpu2=$(cpu)
wrk -t2 -c"$conns" -d"${wrk_seconds}s" --latency "$url/health" > "$wdir/wrk-health.txt"
cpu3=$(cpu)
kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; trap - EXIT
rps() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
p99() { sed -n 's/^ *99% *\([0-9.]*[a-z]*\).*/\1/p' "$1"; }
p99ms() { p99 "$1" | awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v += 0; else if ($1 ~ /s$/) v *= 1000; print v }'; }
errs() { sed -n 's/^non-2xx or socket errors: //p' "$1"; }
verdict() { awk "BEGIN { exit !($(rps "$1") >= 5000 && $(p99ms "$1") <= 50 && $(errs "$1") == 0) }" && echo ok || echo MISSED; }
# server CPU microseconds per request of a run: CPU seconds between two marks over the run's requests
cpu_us() { awk "BEGIN { printf \"%.0f\", ($2 - $1) * 1000000 / ($(rps "$3") * $wrk_seconds) }"; }
redeemed=$(sqlite3 "$wdir/mall.db" "select count(*) from redemption")
claimed=$(sqlite3 "$wdir/mall.db" "select count(*) from coupon")
health=$(rps "$wdir/wrk-health.txt")
c_line="(c) wrk -t2 -c$conns -d${wrk_seconds}s on 127.0.0.1 after ${warm}s of warm-up per route, in one run:
    POST /api/v1/redemptions $(rps "$wdir/wrk-redeem.txt") req/s (p99 $(p99 "$wdir/wrk-redeem.txt"), $(errs "$wdir/wrk-redeem.txt") errors; $redeemed redemptions stored in all)  target ≥ 5000 req/s, p99 ≤ 50 ms  $(verdict "$wdir/wrk-redeem.txt")
    POST /api/v1/campaigns/C-WRK/claims $(rps "$wdir/wrk-claims.txt") req/s (p99 $(p99 "$wdir/wrk-claims.txt"), $(errs "$wdir/wrk-claims.txt") errors; $claimed coupons in all)  target ≥ 5000 req/s, p99 ≤ 50 ms  $(verdict "$wdir/wrk-claims.txt")
    for scale: GET /health $health req/s (p99 $(p99 "$wdir/wrk-health.txt")); redemptions $(ratio "$(rps "$wdir/wrk-redeem.txt")" "$health") and claims $(ratio "$(rps "$wdir/wrk-claims.txt")" "$health") of it
    server CPU per request (user + system, JIT included): redemption $(cpu_us "$cpu0" "$cpu1" "$wdir/wrk-redeem.txt") µs, claim $(cpu_us "$cpu1" "$cpu2" "$wdir/wrk-claims.txt") µs, health $(cpu_us "$cpu2" "$cpu3" "$wdir/wrk-health.txt") µs
    WRK_TOKEN=… WRK_CODES=codes.txt wrk -t2 -c$conns -d${wrk_seconds}s --latency -s bench/redeem-codes.lua http://127.0.0.1:PORT"
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "$c_line"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
