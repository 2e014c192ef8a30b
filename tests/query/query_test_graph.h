// Small hand-built graphs for the query tests, made directly on the Boost graph so that the
// algorithms are tested apart from how KnowledgeGraph merges triples.
#ifndef ACTORGRAPH_TESTS_QUERY_QUERY_TEST_GRAPH_H_
#define ACTORGRAPH_TESTS_QUERY_QUERY_TEST_GRAPH_H_

#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "actorgraph/graph/knowledge_graph.h"

namespace actorgraph::testing {

class TestGraph {
 public:
  // Adds (or finds) the actor with this id; its name is the id upper-cased unless given.
  Vertex Actor(const std::string& id, const std::string& name = "",
               ActorType type = ActorType::kCountry) {
    auto it = by_id_.find(id);
    if (it != by_id_.end()) return it->second;
    ActorNode node;
    node.actor.id = id;
    node.actor.name = name.empty() ? Upper(id) : name;
    node.actor.type = type;
    Vertex v = boost::add_vertex(node, graph_);
    by_id_[id] = v;
    return v;
  }

  // Adds an edge from `from` to `to` (actors created as needed).
  Edge Relate(const std::string& from, const std::string& relation, const std::string& to,
              int64_t weight = 1, bool symmetric = false, bool negated = false) {
    EdgeData data;
    data.relation.text = relation;
    data.relation.lemma = relation.substr(0, relation.find(' '));
    data.relation.symmetric = symmetric;
    data.relation.negated = negated;
    data.weight = weight;
    Vertex s = Actor(from);
    Vertex t = Actor(to);
    return boost::add_edge(s, t, data, graph_).first;
  }

  Vertex operator[](const std::string& id) const { return by_id_.at(id); }
  Graph& graph() { return graph_; }
  const Graph& graph() const { return graph_; }

  // "a b c" for a sequence of vertices, by actor id.
  std::string Ids(const std::vector<Vertex>& actors) const {
    std::string out;
    for (Vertex v : actors) {
      if (!out.empty()) out += ' ';
      out += graph_[v].actor.id;
    }
    return out;
  }

 private:
  static std::string Upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  }
  Graph graph_;
  std::map<std::string, Vertex> by_id_;
};

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_QUERY_QUERY_TEST_GRAPH_H_
