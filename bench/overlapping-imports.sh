#!/usr/bin/env bash
# Two overlapping scan imports into one database (issue 14, defect 2), runnable from the repository root:
#   bench/overlapping-imports.sh [ROWS] [ROUNDS]
#
# Each round starts two `mallcrm import scans` of ROWS rows each (default 600,000; distinct scan ids) on a fresh
# database at the same moment: one writes while the other waits for the lock. Afterwards it checks every process
# against the contract: exit 0 and all its rows stored, or exit 75 ("busy, try again") and none of them stored.
# An exit 75 whose rows are stored is the defect: a retry would write twice. Prints a line per round and a summary;
# exits 1 if any round broke the contract. Env: WORK (scratch folder, default bench-out/overlap).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=${1:-600000}
rounds=${2:-10}
work=${WORK:-$root/bench-out/overlap}
mallcrm=${MALLCRM:-$root/mallcrm}   # MALLCRM=path runs another build
mkdir -p "$work"
command -v sqlite3 >/dev/null 2>&1 || { echo "needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 69; }
"$mallcrm" --help >/dev/null   # builds the jar if stale, outside the rounds
export MALLCRM_NO_PROGRESS=1

for who in A B; do
  f="$work/scans-$who-$rows.csv"
  [ -f "$f" ] || awk -v who="$who" -v n="$rows" 'BEGIN {
      print "scan_id,kind,code,buyer_id,scanned_at"
      for (i = 1; i <= n; i++) {
        s = i % 86400
        printf "%s-%07d,CHECKIN,GATE-1,B%06d,2026-03-01T%02d:%02d:%02d+08:00\n", who, i, i % 200000, int(s / 3600), int(s % 3600 / 60), s % 60
      }
    }' > "$f"
done

broken=0
for r in $(seq "$rounds"); do
  db="$work/overlap.db"
  rm -f "$db" "$db-wal" "$db-shm"
  "$mallcrm" --db "$db" commissions rules >/dev/null 2>&1   # creates and migrates the database
  "$mallcrm" --db "$db" import scans "$work/scans-A-$rows.csv" >"$work/A.out" 2>&1 & pa=$!
  "$mallcrm" --db "$db" import scans "$work/scans-B-$rows.csv" >"$work/B.out" 2>&1 & pb=$!
  set +e; wait $pa; ea=$?; wait $pb; eb=$?; set -e
  line="round $r:"
  for who in A B; do
    if [ $who = A ]; then e=$ea; else e=$eb; fi
    n=$(sqlite3 "$db" "select count(*) from scan where scan_id like '$who-%'")
    verdict=ok
    if [ "$e" = 0 ] && [ "$n" != "$rows" ]; then verdict="BROKEN (exit 0, $n of $rows stored)"; fi
    if [ "$e" = 75 ] && [ "$n" != 0 ]; then verdict="BROKEN (exit 75 after its $n rows were stored)"; fi
    if [ "$e" != 0 ] && [ "$e" != 75 ]; then verdict="exit $e: $(tail -n 1 "$work/$who.out")"; fi
    case "$verdict" in ok) ;; *) broken=$((broken + 1)) ;; esac
    line="$line $who exit $e, $n stored, $verdict;"
  done
  echo "$line"
done
echo "rounds: $rounds, processes that broke the contract: $broken"
[ "$broken" = 0 ]
