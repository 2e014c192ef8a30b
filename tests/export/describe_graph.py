#!/usr/bin/python3
"""Loads an actorgraph export with a real graph library and prints what it got.

Usage: describe_graph.py networkx-graphml|igraph-graphml|networkx-nodelink FILE

The output is one canonical line per fact, so that a test can compare it exactly:
  graph <class> directed=<bool> nodes=<n> edges=<m>
  node <id> <attr>=<repr(value)> ...          (attributes sorted by name)
  edge <source> <target> <key> <attr>=<repr(value)> ...
Nodes are sorted by id, edges by (source, target, key). Exits 1 (with the reason on stderr)
if the library refuses the file.
"""
import json
import sys


def attrs(mapping):
    return " ".join(f"{k}={mapping[k]!r}" for k in sorted(mapping))


def describe_networkx(graph):
    print(f"graph {type(graph).__name__} directed={graph.is_directed()} "
          f"nodes={graph.number_of_nodes()} edges={graph.number_of_edges()}")
    for node in sorted(graph.nodes):
        print(f"node {node} {attrs(graph.nodes[node])}".rstrip())
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    for source, target, key, data in edges:
        print(f"edge {source} {target} {key} {attrs(data)}".rstrip())


def networkx_graphml(path):
    import networkx
    describe_networkx(networkx.read_graphml(path))


def networkx_nodelink(path):
    import networkx
    from networkx.readwrite import json_graph
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    major, minor = (int(x) for x in networkx.__version__.split(".")[:2])
    if (major, minor) >= (3, 4):
        graph = json_graph.node_link_graph(data, edges="links")
    else:
        graph = json_graph.node_link_graph(data)  # "links" is the 2.x default
    describe_networkx(graph)


def igraph_graphml(path):
    import igraph
    graph = igraph.Graph.Read_GraphML(path)
    print(f"graph igraph.Graph directed={graph.is_directed()} "
          f"nodes={graph.vcount()} edges={graph.ecount()}")
    ids = graph.vs["id"]
    for vertex in sorted(graph.vs, key=lambda v: v["id"]):
        data = {k: v for k, v in vertex.attributes().items() if k != "id"}
        print(f"node {vertex['id']} {attrs(data)}".rstrip())
    edges = []
    for edge in graph.es:
        data = edge.attributes()
        key = data.pop("id", "-")
        edges.append((ids[edge.source], ids[edge.target], key, data))
    for source, target, key, data in sorted(edges, key=lambda e: (e[0], e[1], str(e[2]))):
        print(f"edge {source} {target} {key} {attrs(data)}".rstrip())


def main():
    modes = {"networkx-graphml": networkx_graphml, "igraph-graphml": igraph_graphml,
             "networkx-nodelink": networkx_nodelink}
    if len(sys.argv) != 3 or sys.argv[1] not in modes:
        sys.exit(__doc__)
    try:
        modes[sys.argv[1]](sys.argv[2])
    except Exception as error:  # any refusal by the library is the answer
        print(f"{sys.argv[1]}: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
