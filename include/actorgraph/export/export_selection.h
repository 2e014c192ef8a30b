// ExportSelection: the actors and edges an export writes, after ExportOptions' filters, in
// canonical order. Exporters write exactly this, so filters added to ExportOptions apply to
// every format at once.
#ifndef ACTORGRAPH_EXPORT_EXPORT_SELECTION_H_
#define ACTORGRAPH_EXPORT_EXPORT_SELECTION_H_

#include <vector>

#include "actorgraph/export/export_options.h"
#include "actorgraph/graph/knowledge_graph.h"

namespace actorgraph {

struct ExportSelection {
  std::vector<Vertex> actors;  // sorted by actor id (KnowledgeGraph::ActorsInOrder)
  std::vector<Edge> edges;     // in KnowledgeGraph::EdgesInOrder order; both ends in `actors`
};

// The actors and edges of `graph` that `options` keeps: edges of weight >= min_weight, and
// every actor unless drop_isolated is set (then only actors with a kept edge).
ExportSelection SelectForExport(const KnowledgeGraph& graph, const ExportOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EXPORT_SELECTION_H_
