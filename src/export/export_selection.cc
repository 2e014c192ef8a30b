#include "actorgraph/export/export_selection.h"


namespace actorgraph {

ExportSelection SelectForExport(const KnowledgeGraph& graph, const ExportOptions& options) {
  const Graph& g = graph.graph();
  ExportSelection selection;
  std::vector<bool> has_edge(boost::num_vertices(g), false);
  for (Edge e : graph.EdgesInOrder()) {
    if (g[e].weight < options.min_weight) continue;
    selection.edges.push_back(e);
    has_edge[boost::source(e, g)] = true;
    has_edge[boost::target(e, g)] = true;
  }
  for (Vertex v : graph.ActorsInOrder()) {
    if (options.drop_isolated && !has_edge[v]) continue;
    selection.actors.push_back(v);
  }
  return selection;
}

}  // namespace actorgraph
