#!/usr/bin/env bash
# Scores extraction on an unseen-news set (tests/extract/unseen/README.md), read from
# ../shared/corpus. SET=dev (default): the 24-article dev set in the world sample;
# SET=check: the 8-article check set, labelled later and never used to choose work;
# SET=dev2: a second, 16-article dev set labelled blind in session 4; SET=check2: an
# 8-article check set labelled with it and held back (only its scores were read);
# SET=dev3 / SET=check3: 30 and 18 articles labelled blind in session 5 (check3 held back).
# SET=check4: 18 articles labelled blind in session 7, held back.
# Extra arguments go to `actorgraph eval` (--show, --json, --no-link-grammar, ...).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
set_name=${SET:-dev}
wikinews=$root/../shared/corpus/wikinews-2019-2020
case $set_name in
  # The dev set was drawn from the world sample; the later sets from the whole file.
  dev) default_corpus=$wikinews/wikinews-2019-2020.world-sample.jsonl ;;
  check | dev2 | check2 | dev3 | check3 | check4) default_corpus=$wikinews/wikinews-2019-2020.jsonl ;;
  *) echo "eval-unseen: SET must be dev, check, dev2, check2, dev3, check3 or check4, not '$set_name'" >&2; exit 1 ;;
esac
gold=$root/tests/extract/unseen/wikinews-$set_name-gold.jsonl
corpus=${CORPUS:-$default_corpus}
if [[ ! -f $corpus ]]; then
  echo "eval-unseen: $corpus not found (set CORPUS= to the Wikinews corpus file)" >&2
  exit 1
fi
[[ -x $build_dir/actorgraph ]] || "$root/scripts/build.sh"
exec "$build_dir/actorgraph" eval -q --gold "$gold" "$corpus" "$@"
