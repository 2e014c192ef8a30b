#!/usr/bin/env bash
# Times `actorgraph build` over the Reuters-21578 corpus (articles straight to the merged
# graph) and prints sentences/s, MB/s and peak memory. Run it rarely: the machine is shared.
# Usage: scripts/bench-extract.sh [CORPUS.jsonl] [THREADS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-/work/shared/corpus/reuters21578/reuters21578.jsonl}
threads=${2:-0}
bin=${ACTORGRAPH:-$root/build/actorgraph}
out=$(mktemp --suffix=.json)
log=$(mktemp)
trap 'rm -f "$out" "$log"' EXIT
/usr/bin/time -v "$bin" build "$corpus" -o "$out" -j "$threads" -q --stats 2>"$log" ||
  { cat "$log" >&2; exit 1; }
grep '^actorgraph build:' "$log" >&2
bytes=$(stat -c %s "$corpus")
sentences=$(sed -n 's/^actorgraph build: [0-9]* documents, \([0-9]*\) sentences.*/\1/p' "$log")
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
awk -v s="$sentences" -v b="$bytes" -v t="$secs" -v m="$peak_kb" -v th="$threads" 'BEGIN {
  printf "corpus: %.1f MB, %d sentences; threads: %s\n", b/1e6, s, (th==0 ? "all cores" : th)
  printf "wall: %.2f s  sentences/s: %.0f  MB/s: %.2f  peak memory: %.0f MB\n", t, s/t, b/1e6/t, m/1024
}'
