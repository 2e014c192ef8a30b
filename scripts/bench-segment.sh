#!/usr/bin/env bash
# Measures the segmenter's speed on a corpus (default: the Reuters-21578 JSONL).
# Builds the library, compiles tests/bench/segment_bench.cc against it, runs it once.
# Usage: scripts/bench-segment.sh [INPUT...] [--repeat N] [--dump]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build_dir" --target actorgraph -j "${JOBS:-2}" >/dev/null
mkdir -p "$build_dir/bench"
bench="$build_dir/bench/segment_bench"
if [[ ! -x "$bench" || "$root/tests/bench/segment_bench.cc" -nt "$bench" || "$build_dir/libactorgraph.a" -nt "$bench" ]]; then
  # shellcheck disable=SC2046
  c++ -std=c++20 -O2 -Wall -Wextra -I"$root/include" "$root/tests/bench/segment_bench.cc" \
    "$build_dir/libactorgraph.a" $(pkg-config --libs icu-uc icu-i18n) -o "$bench"
fi
have_input=0
for arg in "$@"; do
  [[ $arg == --* || $arg =~ ^[0-9]+$ ]] || have_input=1
done
if ((!have_input)); then
  set -- /work/shared/corpus/reuters21578/reuters21578.jsonl "$@"
fi
exec "$bench" "$@"
