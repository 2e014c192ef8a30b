#include "actorgraph/query/actor_walk.h"

#include <algorithm>
#include <numeric>

namespace actorgraph {

std::string_view HopDirectionName(HopDirection direction) {
  switch (direction) {
    case HopDirection::kForward: return "forward";
    case HopDirection::kBackward: return "backward";
    case HopDirection::kSymmetric: return "symmetric";
  }
  return "forward";
}

namespace {

int DirectionOrder(HopDirection direction) {
  switch (direction) {
    case HopDirection::kForward: return 0;
    case HopDirection::kSymmetric: return 1;
    case HopDirection::kBackward: return 2;
  }
  return 0;
}

}  // namespace

ActorWalk::ActorWalk(const Graph& graph, WalkOptions options)
    : graph_(&graph), options_(options) {
  const size_t n = boost::num_vertices(graph);
  std::vector<Vertex> by_id(n);
  std::iota(by_id.begin(), by_id.end(), Vertex{0});
  std::sort(by_id.begin(), by_id.end(), [&](Vertex a, Vertex b) {
    const std::string& ia = graph[a].actor.id;
    const std::string& ib = graph[b].actor.id;
    return ia != ib ? ia < ib : a < b;
  });
  rank_.resize(n);
  for (size_t i = 0; i < n; ++i) rank_[by_id[i]] = static_cast<int>(i);

  // Every (from, to, edge) once, then sorted by from, the id of to and strength: one sort
  // instead of a map per actor, which matters on graphs of a million edges.
  struct Entry {
    Vertex from;
    Vertex to;
    WalkedEdge walked;
  };
  std::vector<Entry> entries;
  entries.reserve(boost::num_edges(graph) * (options.undirected ? 2 : 1));
  auto add = [&](Vertex from, Vertex to, Edge e, HopDirection direction) {
    entries.push_back({from, to, {e, direction}});
  };
  for (auto [it, end] = boost::edges(graph); it != end; ++it) {
    Vertex s = boost::source(*it, graph);
    Vertex t = boost::target(*it, graph);
    if (s == t) continue;
    if (graph[*it].relation.symmetric) {
      add(s, t, *it, HopDirection::kSymmetric);
      add(t, s, *it, HopDirection::kSymmetric);
    } else {
      add(s, t, *it, HopDirection::kForward);
      if (options.undirected) add(t, s, *it, HopDirection::kBackward);
    }
  }

  auto stronger = [&](const WalkedEdge& a, const WalkedEdge& b) {
    const EdgeData& da = graph[a.edge];
    const EdgeData& db = graph[b.edge];
    if (da.weight != db.weight) return da.weight > db.weight;
    if (da.relation.negated != db.relation.negated) return !da.relation.negated;
    if (da.relation.text != db.relation.text) return da.relation.text < db.relation.text;
    return DirectionOrder(a.direction) < DirectionOrder(b.direction);
  };
  std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    if (a.from != b.from) return a.from < b.from;
    if (a.to != b.to) return rank_[a.to] < rank_[b.to];
    return stronger(a.walked, b.walked);
  });
  steps_.resize(n);
  predecessors_.resize(n);
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& entry = entries[i];
    auto& steps = steps_[entry.from];
    if (i == 0 || entries[i - 1].from != entry.from || entries[i - 1].to != entry.to) {
      steps.push_back({entry.to, {}});
      predecessors_[entry.to].push_back(entry.from);
    }
    steps.back().edges.push_back(entry.walked);
  }
  for (auto& list : predecessors_) {
    std::sort(list.begin(), list.end(),
              [&](Vertex a, Vertex b) { return rank_[a] < rank_[b]; });
  }
}

const Step* ActorWalk::FindStep(Vertex from, Vertex to) const {
  const auto& steps = steps_[from];
  auto it = std::lower_bound(steps.begin(), steps.end(), rank_[to],
                             [&](const Step& s, int rank) { return rank_[s.to] < rank; });
  if (it == steps.end() || it->to != to) return nullptr;
  return &*it;
}

int64_t StepWeight(const Graph& graph, const Step& step) {
  int64_t total = 0;
  for (const auto& walked : step.edges) total += graph[walked.edge].weight;
  return total;
}

}  // namespace actorgraph
