// GraphFilter: the part of a KnowledgeGraph a diagram or an export shows, as a new graph.
//
//   actorgraph::GraphFilter filter;
//   filter.categories = *actorgraph::ParseCategoryList("conflict");
//   filter.actor = "Iran";
//   filter.depth = 2;
//   auto part = actorgraph::FilterGraph(graph, filter);   // NotFound names close actors
//
// Stages, in this order: edge filters (min_weight, categories, since/until), then the ego
// network of `actor`, then the `top` most connected actors. Each stage sees what the one
// before left. An actor that had relations and lost them all to a filter is left out; an
// actor that had none in the input is kept unless drop_isolated is set.
#ifndef ACTORGRAPH_GRAPH_GRAPH_FILTER_H_
#define ACTORGRAPH_GRAPH_GRAPH_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/graph/knowledge_graph.h"
#include "actorgraph/graph/relation.h"
#include "actorgraph/status.h"

namespace actorgraph {

struct GraphFilter {
  // Keep relations asserted at least this many times. Default: 1 (all).
  int64_t min_weight = 1;
  // Keep relations of these categories only (Category::kUnknown selects uncategorised
  // ones). Default: empty, all categories.
  std::vector<Category> categories;
  // Keep relations with an evidence date in [since, until], both inclusive, each "YYYY",
  // "YYYY-MM" or "YYYY-MM-DD" ("" leaves that side open). A date that is itself a prefix
  // ("2020-03") is in range if any day of it is. Default: "" (no date filter).
  std::string since;
  std::string until;
  // With since or until set: keep relations that have no date at all. Default: false, an
  // undated relation cannot be shown to fall in the range and is left out.
  bool keep_undated = false;
  // Keep only the actors within `depth` relations of this actor (either direction) and the
  // relations among them. Looked up with KnowledgeGraph::LookupActor. Default: "" (all).
  std::string actor;
  // Distance for `actor`; 0 keeps the actor alone. Default: 1.
  int depth = 1;
  // Keep the `top` actors of largest weighted degree (the summed weight of their relations,
  // a self-loop counted once), ties broken by actor id, and the relations among them.
  // Default: 0 (all).
  size_t top = 0;
  // Leave out every actor with no relation left. Default: false.
  bool drop_isolated = false;
};

// True when `filter` leaves every graph as it is.
bool IsNoOp(const GraphFilter& filter);

// The part of `graph` that `filter` keeps, with the same MergeOptions; actors and edges are
// copied unchanged (weights, evidence and dates are not recomputed). InvalidArgument for a
// malformed date or a negative depth ("--since: expected YYYY, YYYY-MM or YYYY-MM-DD, got
// '2020/01'"); NotFound when `actor` matches no actor: "no actor 'Irn' in the graph; did
// you mean 'Iran'?".
Result<KnowledgeGraph> FilterGraph(const KnowledgeGraph& graph, const GraphFilter& filter);

// Categories from a comma-separated list of CategoryName values, "unknown", and the
// shorthands "cooperation" (verbal and material), "conflict" (verbal and material),
// "verbal" and "material" (both sides). Sorted, unique. InvalidArgument naming the bad item,
// the valid names and a close one: "unknown category 'cooperaton' (expected one of: ...);
// did you mean 'cooperation'?". An empty list is InvalidArgument too.
Result<std::vector<Category>> ParseCategoryList(std::string_view list);

// The names ParseCategoryList accepts, in the order help text lists them.
std::vector<std::string> CategoryFilterNames();

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_GRAPH_FILTER_H_
