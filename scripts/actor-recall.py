#!/usr/bin/env python3
"""Actor recall on gold triples: for each required gold triple, are both of its actors
found in its document by `actorgraph actors`?

Names are folded the way `actorgraph eval` folds them: a name the dictionary knows
(`actorgraph dictionary --lookup`) becomes its actor id, any other name its lower-cased
text without a leading "the". A side is found when the key of the subject (or one of
subject_alt) equals the key of some mention's actor in the document.

Usage: scripts/actor-recall.py ACTORGRAPH GOLD.jsonl DOCS.jsonl [GOLD DOCS ...] [--misses]
"""
import json
import subprocess
import sys


def normalize(name):
    name = " ".join(name.replace("\u2019", "'").replace("\u2018", "'").split()).lower()
    return name[4:] if name.startswith("the ") else name


def lookup(binary, names):
    """Maps each name the dictionary knows to its actor id."""
    ids = {}
    names = sorted(set(names))
    for start in range(0, len(names), 200):
        args = [binary, "dictionary"]
        for name in names[start:start + 200]:
            args += ["--lookup", name]
        out = subprocess.run(args, capture_output=True, text=True).stdout
        for line in out.splitlines():
            fields = line.split("\t")
            if len(fields) >= 2:
                ids[fields[0]] = fields[1]
    return ids


def main(argv):
    show_misses = "--misses" in argv
    argv = [a for a in argv if a != "--misses"]
    binary, pairs = argv[0], argv[1:]
    total = found = 0
    for gold_path, docs_path in zip(pairs[0::2], pairs[1::2]):
        gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
        out = subprocess.run([binary, "actors", "-q", docs_path], capture_output=True,
                             text=True, check=True).stdout
        mentions = [json.loads(l) for l in out.splitlines() if l.strip()]
        names = [m["name"] for m in mentions if m.get("name")]
        for g in gold:
            for side in ("subject", "object"):
                names.append(g[side])
                names.extend(g.get(side + "_alt", []))
        ids = lookup(binary, names)
        keys = {}
        for m in mentions:
            if not m.get("name"):
                continue
            key = ids.get(m["name"]) or ("name:" + normalize(m["name"]))
            keys.setdefault(m["doc"], set()).update({key, m["actor"]})

        def key_of(name):
            return ids.get(name) or ("name:" + normalize(name))

        for g in gold:
            if g.get("optional"):
                continue
            total += 1
            doc_keys = keys.get(g["doc"], set())
            missing = [g[side] for side in ("subject", "object")
                       if not any(key_of(n) in doc_keys
                                  for n in [g[side]] + g.get(side + "_alt", []))]
            if not missing:
                found += 1
            elif show_misses:
                print(f"miss {g['doc']}: {' / '.join(missing)}")
    print(f"both actors found: {found}/{total}")


if __name__ == "__main__":
    main(sys.argv[1:])
