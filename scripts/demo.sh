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

# Writes graphs/NAME.{dot,graphml,svg} and NAME-nodelink.json from graphs/NAME.json.
export_all() {
  local name=$1
  "$actorgraph" export "graphs/$name.json" --to dot -o "graphs/$name.dot"
  "$actorgraph" export "graphs/$name.json" --to graphml -o "graphs/$name.graphml"
  "$actorgraph" export "graphs/$name.json" --to json -o "graphs/$name-nodelink.json"
  dot -Tsvg "graphs/$name.dot" -o "graphs/$name.svg.tmp"
  mv "graphs/$name.svg.tmp" "graphs/$name.svg"
  echo "demo: wrote graphs/$name.{json,dot,graphml,svg} and graphs/$name-nodelink.json" >&2
}

# The main job: articles straight to the merged graph.
"$actorgraph" build -q graphs/sources/articles -o graphs/quenta.json
export_all quenta
"$actorgraph" stats graphs/quenta.json --top 5

# Hand-made triples (the format users' own extractors can write).
"$actorgraph" build -q --triples graphs/sources/example-triples.tsv -o graphs/example.json
export_all example
