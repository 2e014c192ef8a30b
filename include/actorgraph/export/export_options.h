// ExportOptions: what every exporter is told, filled by `actorgraph export` from its flags.
#ifndef ACTORGRAPH_EXPORT_EXPORT_OPTIONS_H_
#define ACTORGRAPH_EXPORT_EXPORT_OPTIONS_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>

namespace actorgraph {

struct ExportOptions {
  // Which part of the graph is written (SelectForExport applies these; every exporter sees
  // the same selection). An edge is kept when its weight is at least this. Default: 1 (all).
  int64_t min_weight = 1;
  // Leave out actors that have no edge left after the edge filters. Default: false.
  bool drop_isolated = false;

  // Evidence sentences written per edge (GraphML `evidence`, JSON `evidence`), the first
  // ones in canonical order; the graph itself keeps at most MergeOptions::max_evidence.
  // 0 writes none. Default: all the graph keeps.
  size_t max_evidence = std::numeric_limits<size_t>::max();

  // Name of the graph: the DOT graph name, the GraphML <graph id> (made an NMTOKEN), the
  // JSON graph attribute "name". Default: "actorgraph".
  std::string graph_name = "actorgraph";

  // JSON: indent with two spaces and one field per line instead of one line. Default: true.
  bool pretty = true;

  // DOT: the Graphviz rankdir ("LR" left to right, "TB" top to bottom, "RL", "BT").
  // Default: "LR".
  std::string rankdir = "LR";
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EXPORT_OPTIONS_H_
