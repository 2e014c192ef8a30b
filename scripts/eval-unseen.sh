#!/usr/bin/env bash
# Scores extraction on the unseen-news dev set (tests/extract/unseen/README.md): the 24
# Wikinews articles are read from ../shared/corpus. Extra arguments go to `actorgraph eval`
# (--show, --json, --no-link-grammar, ...).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
corpus=${CORPUS:-$root/../shared/corpus/wikinews-2019-2020/wikinews-2019-2020.world-sample.jsonl}
if [[ ! -f $corpus ]]; then
  echo "eval-unseen: $corpus not found (set CORPUS= to the Wikinews world sample)" >&2
  exit 1
fi
[[ -x $build_dir/actorgraph ]] || "$root/scripts/build.sh"
exec "$build_dir/actorgraph" eval -q --gold "$root/tests/extract/unseen/wikinews-dev-gold.jsonl" \
  "$corpus" "$@"
