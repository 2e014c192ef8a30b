#!/usr/bin/env bash
# Benchmarks `actorgraph actors` on the Reuters-21578 corpus (24 MB of JSONL, 21,578
# stories): prints MB/s, documents/s, sentences/s and peak memory. Run it once, not in a
# loop: the machine is shared.
#   scripts/bench-actors.sh [CORPUS] [-j N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${ACTORGRAPH:-$root/build/actorgraph}
corpus=${1:-/work/shared/corpus/reuters21578/reuters21578.jsonl}
shift || true
[[ -x "$bin" ]] || { echo "bench-actors: $bin not built (run scripts/build.sh)" >&2; exit 2; }
[[ -r "$corpus" ]] || { echo "bench-actors: cannot read $corpus" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/time -v "$bin" actors -q --stats "$@" "$corpus" >"$tmp/mentions.jsonl" \
  2>"$tmp/stderr.txt"

bytes=$(stat -c %s "$corpus")
stats=$(grep '^actors: ' "$tmp/stderr.txt")
elapsed=$(sed -n 's/^actors: .* bytes, \([0-9.e+-]*\) seconds$/\1/p' <<<"$stats")
sentences=$(sed -n 's/^actors: [0-9]* documents, \([0-9]*\) sentences.*/\1/p' <<<"$stats")
documents=$(sed -n 's/^actors: \([0-9]*\) documents.*/\1/p' <<<"$stats")
peak_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$tmp/stderr.txt")
wall=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/stderr.txt")
cpu=$(sed -n 's/^[[:space:]]*Percent of CPU this job got: //p' "$tmp/stderr.txt")

echo "corpus:      $corpus ($bytes bytes, $documents documents, $sentences sentences)"
echo "mentions:    $(wc -l <"$tmp/mentions.jsonl")"
echo "time:        ${elapsed}s in the pipeline, $wall wall clock, CPU $cpu"
awk -v b="$bytes" -v s="$sentences" -v d="$documents" -v t="$elapsed" 'BEGIN {
  printf "throughput:  %.2f MB/s, %.0f documents/s, %.0f sentences/s\n",
         b / 1e6 / t, d / t, s / t }'
echo "peak memory: $((peak_kb / 1024)) MB"
