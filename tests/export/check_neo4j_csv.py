#!/usr/bin/python3
"""Reads a Neo4j import directory (actorgraph export --to neo4j) the way neo4j-admin
database import reads it with its defaults: delimiter ',', array delimiter ';', quote '"'
(doubled inside a field), no multi-line fields. Checks the headers, the typed values and
that every relationship end is a node id, then prints one line per node and relationship
with the values as typed JSON, for the test to compare. Exits 1 with a message on any error.

Usage: check_neo4j_csv.py DIR
"""
import csv
import datetime
import json
import re
import sys

TYPES = {"int", "long", "short", "byte", "boolean", "double", "float", "string", "date"}
INT_RANGES = {"int": 2**31, "long": 2**63, "short": 2**15, "byte": 2**7}


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def parse_header(path, header):
    """[(name, kind, type, is_array)]; kind is ID, LABEL, START_ID, END_ID, TYPE or ''."""
    columns = []
    for field in header:
        name, _, spec = field.partition(":")
        if spec in ("ID", "LABEL", "START_ID", "END_ID", "TYPE"):
            columns.append((name, spec, "string", False))
            continue
        spec = spec or "string"
        is_array = spec.endswith("[]")
        base = spec[:-2] if is_array else spec
        if base not in TYPES:
            fail(f"{path}: header field {field!r} has unknown type {base!r}")
        columns.append((name, "", base, is_array))
    return columns


def convert(path, line, name, base, text):
    if base in INT_RANGES:
        if not re.fullmatch(r"-?[0-9]+", text):
            fail(f"{path}:{line}: {name}: expected an integer, got {text!r}")
        value = int(text)
        if not -INT_RANGES[base] <= value < INT_RANGES[base]:
            fail(f"{path}:{line}: {name}: {value} out of range for {base}")
        return value
    if base == "boolean":
        if text not in ("true", "false"):
            fail(f"{path}:{line}: {name}: expected true or false, got {text!r}")
        return text == "true"
    if base in ("double", "float"):
        try:
            return float(text)
        except ValueError:
            fail(f"{path}:{line}: {name}: expected a number, got {text!r}")
    if base == "date":
        try:
            return datetime.date.fromisoformat(text).isoformat()
        except ValueError:
            fail(f"{path}:{line}: {name}: expected a date, got {text!r}")
    return text


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        data = f.read()
    if "\r" in data:
        fail(f"{path}: carriage return in the file")
    if not data.endswith("\n"):
        fail(f"{path}: does not end in a newline")
    # One record per line: neo4j-admin without --multiline-fields reads no line breaks
    # inside quotes, so a field that spans lines is an error here too.
    try:
        rows = [next(csv.reader([line], strict=True)) for line in data.split("\n")[:-1]]
    except (csv.Error, StopIteration) as error:
        fail(f"{path}: {error}")
    if not rows:
        fail(f"{path}: no header")
    columns = parse_header(path, rows[0])
    records = []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(columns):
            fail(f"{path}:{line}: expected {len(columns)} fields, got {len(row)}")
        record = {}
        for (name, kind, base, is_array), text in zip(columns, row):
            key = ":" + kind if kind else name
            if kind == "ID":
                key = name + ":ID"
            if text == "" and not kind:
                continue  # no value: the property is not set
            if kind == "LABEL":
                record[key] = text.split(";")
            elif is_array:
                record[key] = [convert(path, line, name, base, item) for item in text.split(";")]
            else:
                record[key] = convert(path, line, name, base, text) if not kind else text
        records.append(record)
    return records


def main():
    directory = sys.argv[1]
    nodes = read(directory + "/actors.csv")
    relationships = read(directory + "/relations.csv")
    ids = set()
    for node in nodes:
        node_id = node.get("id:ID", "")
        if node_id == "" or node_id in ids:
            fail(f"actors.csv: empty or duplicate id {node_id!r}")
        ids.add(node_id)
        for label in node[":LABEL"]:
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", label):
                fail(f"actors.csv: bad label {label!r}")
    for rel in relationships:
        for end in (":START_ID", ":END_ID"):
            if rel[end] not in ids:
                fail(f"relations.csv: {end} {rel[end]!r} is not an actor id")
        if not re.fullmatch(r"[A-Z0-9_]+", rel[":TYPE"]):
            fail(f"relations.csv: bad type {rel[':TYPE']!r}")
    for node in nodes:
        print("node " + json.dumps(node, ensure_ascii=False, sort_keys=True))
    for rel in relationships:
        print("rel " + json.dumps(rel, ensure_ascii=False, sort_keys=True))


main()
