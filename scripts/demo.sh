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

# The same graph for other programs: Graphviz, Gephi/NetworkX/igraph/Neo4j, NetworkX JSON.
"$actorgraph" export "$root/graphs/example.json" --to dot -o "$root/graphs/example.dot"
"$actorgraph" export "$root/graphs/example.json" --to graphml -o "$root/graphs/example.graphml"
"$actorgraph" export "$root/graphs/example.json" --to json \
  -o "$root/graphs/example-nodelink.json"
dot -Tsvg "$root/graphs/example.dot" -o "$root/graphs/example.svg.tmp"
mv "$root/graphs/example.svg.tmp" "$root/graphs/example.svg"
echo "demo: wrote $root/graphs/example.{dot,graphml,svg} and example-nodelink.json" >&2
