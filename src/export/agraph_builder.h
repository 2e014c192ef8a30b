// Internal: the one place that turns a KnowledgeGraph into a Graphviz Agraph_t, for the DOT
// exporter (plain attributes a program reads back) and for rendered diagrams (the same plus
// colours, fills, tooltips, element ids and a legend).
#ifndef ACTORGRAPH_SRC_EXPORT_AGRAPH_BUILDER_H_
#define ACTORGRAPH_SRC_EXPORT_AGRAPH_BUILDER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include <graphviz/cgraph.h>

#include "actorgraph/export/export_options.h"
#include "actorgraph/graph/knowledge_graph.h"
#include "actorgraph/status.h"

namespace actorgraph {

enum class AgraphStyle {
  kData,     // DOT export: shapes, edge colours and the data attributes, nothing else
  kDiagram,  // rendering: kData plus fills, fonts, tooltips, ids "a<i>"/"r<i>", a legend
};

struct AgraphOptions {
  AgraphStyle style = AgraphStyle::kData;
  // kDiagram: the layout engine the graph is made for ("dot", "neato", ...); decides the
  // layout attributes (overlap removal, splines). Default: "dot".
  std::string layout = "dot";
  // kDiagram: draw the legend (the graph label, so that every layout shows it).
  // Default: true.
  bool legend = true;
  // kDiagram: write the relation as the edge label. Default: true.
  bool edge_labels = true;
  // kDiagram: evidence sentences listed in an edge's tooltip. Default: 5.
  size_t tooltip_evidence = 5;
};

// Owns an Agraph_t (closed on destruction).
class AgraphHandle {
 public:
  explicit AgraphHandle(Agraph_t* graph) : graph_(graph) {}
  ~AgraphHandle();
  AgraphHandle(const AgraphHandle&) = delete;
  AgraphHandle& operator=(const AgraphHandle&) = delete;
  Agraph_t* get() const { return graph_; }

 private:
  Agraph_t* graph_;
};

// The Agraph_t for SelectForExport(graph, export_options), built with discipline `disc`
// (nullptr: cgraph's default), which must outlive the result. The i-th actor of the
// selection gets the SVG id "a<i>", the i-th edge "r<i>" (kDiagram). Internal if cgraph fails.
Result<std::unique_ptr<AgraphHandle>> BuildAgraph(const KnowledgeGraph& graph,
                                                  const ExportOptions& export_options,
                                                  const AgraphOptions& options,
                                                  Agdisc_t* disc = nullptr);

// The pen width of an edge of `weight` assertions: style.h's EdgeLineWidth in diagrams,
// EdgeDataLineWidth (uncapped, as the DOT export always wrote it) in kData.
double EdgePenWidth(int64_t weight, AgraphStyle style);

// The font size of an actor's name in diagrams: 10 + 1.5 log2(mentions), in half points,
// at most 20.
double NodeFontSize(int64_t mentions);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SRC_EXPORT_AGRAPH_BUILDER_H_
