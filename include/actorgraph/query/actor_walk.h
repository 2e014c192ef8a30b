// ActorWalk: the actors one step away from each actor, as the path and neighbour queries walk
// them. Parallel edges between two actors collapse into one step that lists them all, so a
// path is a sequence of actors and each hop names every relation between its two actors.
//
//   actorgraph::ActorWalk walk(graph, {.undirected = true});
//   for (const auto& step : walk.StepsFrom(v)) { step.to; step.edges.front().edge; ... }
#ifndef ACTORGRAPH_QUERY_ACTOR_WALK_H_
#define ACTORGRAPH_QUERY_ACTOR_WALK_H_

#include <string_view>
#include <vector>

#include "actorgraph/graph/knowledge_graph.h"

namespace actorgraph {

// How an edge is walked from one actor to the next.
enum class HopDirection {
  kForward,    // along the arrow: the walk goes from the edge's subject to its object
  kBackward,   // against the arrow (only with WalkOptions::undirected)
  kSymmetric,  // a symmetric relation, walkable both ways
};

// "forward", "backward", "symmetric".
std::string_view HopDirectionName(HopDirection direction);

struct WalkOptions {
  // Walk every edge both ways, not only along its arrow. Symmetric edges are walkable both
  // ways whatever this says. Default: false.
  bool undirected = false;
};

// One edge as walked from an actor to a neighbour.
struct WalkedEdge {
  Edge edge;
  HopDirection direction = HopDirection::kForward;
};

// All the edges that lead from one actor to one neighbour.
struct Step {
  Vertex to;
  // Strongest first: weight descending, asserted before negated, then relation text, then
  // direction (forward, symmetric, backward). Never empty.
  std::vector<WalkedEdge> edges;
};

class ActorWalk {
 public:
  // Indexes `graph`, which must outlive the walk and stay unchanged. Self-loops are left
  // out: a walk never returns to an actor it has visited.
  ActorWalk(const Graph& graph, WalkOptions options);

  // The steps out of `from`, sorted by the actor id of the neighbour.
  const std::vector<Step>& StepsFrom(Vertex from) const { return steps_[from]; }
  // The actors with a step into `to`, sorted by actor id.
  const std::vector<Vertex>& StepsInto(Vertex to) const { return predecessors_[to]; }
  // The step from `from` to `to`; nullptr if there is none.
  const Step* FindStep(Vertex from, Vertex to) const;

  // Position of the actor in actor-id order: comparing ranks compares ids.
  int Rank(Vertex v) const { return rank_[v]; }
  size_t num_actors() const { return rank_.size(); }
  const Graph& graph() const { return *graph_; }
  const WalkOptions& options() const { return options_; }

 private:
  const Graph* graph_;
  WalkOptions options_;
  std::vector<int> rank_;
  std::vector<std::vector<Step>> steps_;
  std::vector<std::vector<Vertex>> predecessors_;
};

// Sum of the weights of the step's edges.
int64_t StepWeight(const Graph& graph, const Step& step);

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_ACTOR_WALK_H_
