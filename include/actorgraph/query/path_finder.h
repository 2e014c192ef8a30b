// Shortest paths between two actors, counted in hops, over an ActorWalk: one by breadth-first
// search, or the k shortest simple paths by Yen's algorithm.
//
//   actorgraph::ActorWalk walk(graph, {});
//   auto paths = actorgraph::FindShortestPaths(walk, russia, usa, {.k = 3, .max_hops = 4});
//
// Paths are ordered by hops, then by the sequence of actor ids (compared actor by actor), so
// among paths of equal length the one through the smaller ids comes first and the answer is
// the same on every run. The k paths returned are exactly the first k simple paths from
// `from` to `to` in that order.
#ifndef ACTORGRAPH_QUERY_PATH_FINDER_H_
#define ACTORGRAPH_QUERY_PATH_FINDER_H_

#include <cstddef>
#include <vector>

#include "actorgraph/graph/knowledge_graph.h"
#include "actorgraph/query/actor_walk.h"

namespace actorgraph {

struct PathOptions {
  // Number of paths wanted. Fewer are returned when fewer exist. Default: 1.
  size_t k = 1;
  // Paths longer than this many hops are not returned; 0 means no limit. Default: 0.
  size_t max_hops = 0;
};

// A simple path: the actors from the start to the end, none twice. Hops = actors.size() - 1.
struct ActorPath {
  std::vector<Vertex> actors;
  size_t hops() const { return actors.empty() ? 0 : actors.size() - 1; }
  friend bool operator==(const ActorPath&, const ActorPath&) = default;
};

// The first options.k simple paths from `from` to `to` (see the order above); empty when
// `to` cannot be reached within options.max_hops. From an actor to itself: the one path of
// zero hops.
std::vector<ActorPath> FindShortestPaths(const ActorWalk& walk, Vertex from, Vertex to,
                                         const PathOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_PATH_FINDER_H_
