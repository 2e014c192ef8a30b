#!/usr/bin/env bash
# The demo: installs what is missing, builds actorgraph, and runs the main job on the bundled
# example articles (graphs/sources/articles/, written for this project): articles -> the
# merged graph graphs/quenta.json -> DOT, GraphML, node-link JSON and an SVG. It also builds
# graphs/example.json from the hand-made triples in graphs/sources/example-triples.tsv.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
actorgraph="$build_dir/actorgraph"
# Document ids are the paths as given: run from the repository root so they stay relative.
cd "$root"

# Writes graphs/NAME.{dot,graphml} and NAME-nodelink.json from graphs/NAME.json, and the
# diagram NAME.svg and the page NAME.html (titled TITLE), laid out and drawn in-process.
# tests/export/example_renders_test.cc checks the diagrams are what `render` makes today.
export_all() {
  local name=$1 title=$2
  "$actorgraph" export "graphs/$name.json" --to dot -o "graphs/$name.dot"
  "$actorgraph" export "graphs/$name.json" --to graphml -o "graphs/$name.graphml"
  "$actorgraph" export "graphs/$name.json" --to json -o "graphs/$name-nodelink.json"
  "$actorgraph" render -q "graphs/$name.json" -o "graphs/$name.svg"
  "$actorgraph" render -q "graphs/$name.json" --name "$title" -o "graphs/$name.html"
  echo "demo: wrote graphs/$name.{json,dot,graphml,svg,html} and graphs/$name-nodelink.json" >&2
}

# The main job: articles straight to the merged graph.
"$actorgraph" build -q graphs/sources/articles -o graphs/quenta.json
export_all quenta "Quenta example articles"
"$actorgraph" stats graphs/quenta.json --top 5

# Hand-made triples (the format users' own extractors can write).
"$actorgraph" build -q --triples graphs/sources/example-triples.tsv -o graphs/example.json
export_all example "Serin river dispute (example)"
# One actor's neighbourhood, through the graph filters.
"$actorgraph" render -q graphs/example.json --actor "Ostrel Pact" --depth 1 \
  -o graphs/example-ostrel-pact.svg
echo "demo: wrote graphs/example-ostrel-pact.svg" >&2
