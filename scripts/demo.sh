#!/usr/bin/env bash
# The demo: installs what is missing, builds actorgraph, and builds graphs/example.json from
# the hand-made triples in graphs/sources/example-triples.tsv.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
actorgraph="$build_dir/actorgraph"

"$actorgraph" build --triples "$root/graphs/sources/example-triples.tsv" \
  -o "$root/graphs/example.json"
echo "demo: wrote $root/graphs/example.json" >&2
