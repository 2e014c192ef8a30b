// The actors around one actor: everything within a number of hops, walking edges both ways,
// with the relations that connect each actor to the ones a hop closer.
//
//   actorgraph::ActorWalk walk(graph, {.undirected = true});
//   auto around = actorgraph::FindNeighborhood(walk, iran, {.depth = 2});
#ifndef ACTORGRAPH_QUERY_NEIGHBORHOOD_H_
#define ACTORGRAPH_QUERY_NEIGHBORHOOD_H_

#include <cstdint>
#include <iosfwd>
#include <vector>

#include "actorgraph/query/actor_walk.h"

namespace actorgraph {

struct NeighborhoodOptions {
  // Hops from the centre; at least 1. Default: 1.
  size_t depth = 1;
  // Neighbours kept per distance, the strongest; 0 keeps all. Only the kept ones lead on to
  // the next distance. Default: 0.
  size_t limit = 0;
};

// One edge between a neighbour and an actor one hop closer to the centre (`via`), as walked
// from `via` to the neighbour: kForward is an edge via -> neighbour ("out"), kBackward an
// edge neighbour -> via ("in").
struct NeighborLink {
  Vertex via;
  WalkedEdge edge;
};

struct Neighbor {
  Vertex actor;
  size_t distance = 0;              // hops from the centre, 1..depth
  std::vector<NeighborLink> links;  // strongest first, then by actor id of `via`
  int64_t weight = 0;               // sum of the weights of `links`
};

struct Neighborhood {
  Vertex center;
  size_t depth = 0;
  // By distance, then by weight descending, then by actor id.
  std::vector<Neighbor> neighbors;
  // Per distance (index 0 is distance 1), the neighbours left out by options.limit.
  std::vector<size_t> left_out;
};

// The actors within options.depth hops of `center` in `walk` (which should be undirected to
// see both incoming and outgoing relations). The centre itself is not a neighbour.
Neighborhood FindNeighborhood(const ActorWalk& walk, Vertex center,
                              const NeighborhoodOptions& options);

// Readable listing grouped by distance: one line per neighbour ("(via X)" past one hop),
// then one line per link marked "out", "in" or "sym" relative to the actor it is reached
// from, the relation written in its own direction.
void WriteNeighborhoodText(const ActorWalk& walk, const Neighborhood& neighborhood,
                           std::ostream& out);

// {"actor", "depth", "distances": [{"distance", "actors": [{"name", "id", "type", "weight",
// "links": [{"via", "direction": "out"|"in"|"symmetric", "relation", ...}]}]}]}, as in
// docs/cli.md, ending with a newline.
void WriteNeighborhoodJson(const ActorWalk& walk, const Neighborhood& neighborhood,
                           std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_NEIGHBORHOOD_H_
