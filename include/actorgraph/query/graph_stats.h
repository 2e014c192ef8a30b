// Summary figures of a graph: actors by type, edges by category, weights, documents, the
// best-connected actors and the weakly connected components.
#ifndef ACTORGRAPH_QUERY_GRAPH_STATS_H_
#define ACTORGRAPH_QUERY_GRAPH_STATS_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <utility>
#include <vector>

#include "actorgraph/graph/knowledge_graph.h"

namespace actorgraph {

struct StatsOptions {
  // Actors listed in GraphStats::top_actors. Default: 10.
  size_t top = 10;
  // Component sizes listed in GraphStats::largest_components. Default: 5.
  size_t components = 5;
};

struct CategoryCount {
  Category category = Category::kUnknown;
  size_t edges = 0;
  int64_t weight = 0;  // sum of the edge weights
};

struct ActorDegree {
  Vertex actor;
  size_t degree = 0;     // edges touching the actor, in or out (a self-loop counts once)
  size_t in = 0;         // edges into it from another actor, not symmetric
  size_t out = 0;        // edges out of it to another actor, not symmetric
  size_t symmetric = 0;  // symmetric edges between it and another actor
  size_t neighbors = 0;  // distinct other actors it shares an edge with
  int64_t weight = 0;    // sum of the weights of the edges touching it
};

struct GraphStats {
  size_t actors = 0;
  size_t edges = 0;
  std::vector<std::pair<ActorType, size_t>> actors_by_type;  // every type, in enum order
  std::vector<CategoryCount> edges_by_category;              // every category, in enum order
  size_t symmetric_edges = 0;
  size_t negated_edges = 0;
  size_t hedged_edges = 0;  // with a modality
  size_t self_loops = 0;
  int64_t total_weight = 0;  // number of assertions
  size_t documents = 0;      // distinct documents over all edges
  size_t evidence = 0;       // evidence records kept over all edges
  std::string first_date;    // smallest edge date; empty if none
  std::string last_date;     // largest edge date; empty if none
  size_t isolated_actors = 0;  // actors with no edge to another actor
  // The options.top actors of highest degree; ties by weight, then actor id.
  std::vector<ActorDegree> top_actors;
  // Components ignoring edge direction (an isolated actor is a component of its own).
  size_t components = 0;
  std::vector<size_t> largest_components;  // sizes, largest first, options.components of them
};

GraphStats ComputeGraphStats(const Graph& graph, const StatsOptions& options);

// A readable summary: one figure per line, then the top actors.
void WriteGraphStatsText(const Graph& graph, const GraphStats& stats, std::ostream& out);

// The same as JSON (fields described in docs/cli.md), ending with a newline.
void WriteGraphStatsJson(const Graph& graph, const GraphStats& stats, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_GRAPH_STATS_H_
