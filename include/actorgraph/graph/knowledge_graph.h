// KnowledgeGraph: every relation assertion merged into one Boost.Graph of actors.
//
//   actorgraph::KnowledgeGraph graph;
//   graph.AddTriple(triple);              // one assertion
//   graph.Merge(other_graph);             // another shard; order does not matter
//   for (auto e : graph.EdgesInOrder()) { const EdgeData& d = graph.graph()[e]; ... }
//
// One edge per (subject, relation text, object, negated); a symmetric relation is one edge
// whatever the direction it was stated in (stored from the smaller actor id to the larger).
// Adding and merging are associative and commutative on everything the graph keeps, so
// shards built apart and merged give exactly the graph built from all the triples at once.
#ifndef ACTORGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
#define ACTORGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "actorgraph/graph/actor.h"
#include "actorgraph/graph/evidence.h"
#include "actorgraph/graph/relation.h"
#include "actorgraph/graph/triple.h"

namespace actorgraph {

struct ActorNode {
  Actor actor;
  int64_t mentions = 0;  // times the actor stood as subject or object of an assertion
};

struct EdgeData {
  Relation relation;      // for an edge: modality is "" unless every assertion was hedged
  int64_t weight = 0;     // number of assertions
  std::vector<std::string> documents;   // distinct document ids; sorted
  std::string first_date;               // smallest non-empty evidence date; may be empty
  std::string last_date;                // largest non-empty evidence date; may be empty
  double confidence = 0;                // the highest confidence of its assertions
  std::vector<std::string> extractors;  // distinct extractor names; sorted
  std::vector<Evidence> evidence;       // the first max_evidence in Evidence order; unique
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    ActorNode, EdgeData>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

struct MergeOptions {
  // Evidence kept per edge (the first ones in canonical order). Default: 10.
  size_t max_evidence = 10;
};

class KnowledgeGraph {
 public:
  explicit KnowledgeGraph(MergeOptions options = {});
  // Copies are deep; moves are cheap and keep edge descriptors valid.
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&& other) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&& other) noexcept;
  ~KnowledgeGraph();

  // Adds one assertion: creates or updates both actors and the edge. An actor with an empty
  // id gets MakeActorId(name). Conflicting actor fields (name, type, code, affiliation) are
  // settled by a fixed rule independent of order: a specific type beats kOther, then the
  // smaller value wins; the losing names become aliases. Relation fields outside the edge key
  // likewise: a known lemma/category/cameo_root beats an unknown one, then the smaller wins;
  // the edge is symmetric if any assertion said so. An all-default evidence is not kept.
  void AddTriple(const Triple& triple);

  // Adds every actor and edge of `other`, as if its triples had been added here.
  void Merge(const KnowledgeGraph& other);

  // Adds an actor with no edges (or merges it into the existing one with its id).
  Vertex AddActor(const Actor& actor, int64_t mentions = 0);

  // Adds an already aggregated edge (as read back from a graph file), merging it with an
  // existing edge of the same key. The endpoints must exist. A symmetric edge from the larger
  // id to the smaller is turned round, its evidence's subject and object spans swapped.
  void AddEdge(Vertex source, Vertex target, const EdgeData& data);

  const Graph& graph() const { return *graph_; }
  const MergeOptions& options() const { return options_; }
  size_t num_actors() const { return boost::num_vertices(*graph_); }
  size_t num_edges() const { return boost::num_edges(*graph_); }

  // The actor with this exact id; nullopt if none.
  std::optional<Vertex> FindActorById(std::string_view id) const;
  // The actor whose id, canonical name or an alias equals `name`, compared case-insensitively
  // after folding punctuation, spacing and a leading "the" ("the US" and "u.s." find an actor
  // aliased "U.S."). Strongest match first: exact id, exact name, folded id or name, exact
  // alias, folded alias. nullopt if none, or if two actors tie at the strongest level.
  // Linear in the number of actors.
  std::optional<Vertex> LookupActor(std::string_view name) const;
  // Up to `max` actor names closest to `name` (edit distance over names and aliases), best
  // first; for "did you mean". Empty when nothing is reasonably close.
  std::vector<std::string> SpellcheckActor(std::string_view name, size_t max = 3) const;

  // Vertices sorted by actor id; edges sorted by (source id, target id, relation text,
  // negated). Output writers use these so that equal content gives equal bytes.
  std::vector<Vertex> ActorsInOrder() const;
  std::vector<Edge> EdgesInOrder() const;

  // One line per edge in canonical order, for tests:
  //   "Iran -[support]-> Syria x2", "Iran -[talk with]- United States x1" (symmetric),
  //   "Iran -[not attack]-> Iraq x1" (negated); then one line per isolated actor: "Chad".
  std::string DebugString() const;

 private:
  using EdgeKey = std::tuple<std::string, std::string, std::string, bool>;
  static EdgeKey KeyOf(const std::string& source_id, const std::string& target_id,
                       const Relation& relation);
  Vertex GetActor(const Actor& actor);  // finds or creates, merging fields
  void RebuildEdgeIndex();              // by_key_ from graph_, after a copy

  MergeOptions options_;
  // Behind a pointer because adjacency_list has no move constructor: moving the
  // KnowledgeGraph must not move the edge properties that by_key_'s descriptors point to.
  std::unique_ptr<Graph> graph_;
  std::map<std::string, Vertex, std::less<>> by_id_;
  std::map<EdgeKey, Edge> by_key_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
