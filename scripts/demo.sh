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
echo "demo: wrote $root/graphs/example.{dot,graphml} and example-nodelink.json" >&2

# Diagrams, laid out and drawn in-process: the whole graph, one actor's neighbourhood, and
# the page to explore it in a browser. tests/export/example_renders_test.cc checks that
# these are what `actorgraph render` makes of example.json today.
"$actorgraph" render "$root/graphs/example.json" -o "$root/graphs/example.svg"
"$actorgraph" render "$root/graphs/example.json" --actor "Ostrel Pact" --depth 1 \
  -o "$root/graphs/example-ostrel-pact.svg"
"$actorgraph" render "$root/graphs/example.json" --name "Serin river dispute (example)" \
  -o "$root/graphs/example.html"
echo "demo: wrote $root/graphs/example.svg, example-ostrel-pact.svg and example.html" >&2
