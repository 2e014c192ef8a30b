#include "actorgraph/query/neighborhood.h"

#include <algorithm>
#include <limits>
#include <ostream>
#include <string>

#include "query/report_util.h"

namespace actorgraph {
namespace {

constexpr size_t kUnreached = std::numeric_limits<size_t>::max();

// "out", "in", "sym" (text) or "out", "in", "symmetric" (JSON), seen from `via`.
std::string_view LinkDirection(HopDirection direction, bool json) {
  switch (direction) {
    case HopDirection::kForward: return "out";
    case HopDirection::kBackward: return "in";
    case HopDirection::kSymmetric: return json ? "symmetric" : "sym";
  }
  return "out";
}

}  // namespace

Neighborhood FindNeighborhood(const ActorWalk& walk, Vertex center,
                              const NeighborhoodOptions& options) {
  const Graph& graph = walk.graph();
  Neighborhood result{center, std::max<size_t>(options.depth, 1), {}, {}};
  std::vector<size_t> distance(walk.num_actors(), kUnreached);
  std::vector<size_t> index(walk.num_actors(), 0);  // into result.neighbors
  distance[center] = 0;
  std::vector<Vertex> frontier = {center};
  for (size_t d = 1; d <= result.depth && !frontier.empty(); ++d) {
    const size_t first = result.neighbors.size();
    for (Vertex via : frontier) {
      for (const Step& step : walk.StepsFrom(via)) {
        if (distance[step.to] < d) continue;
        if (distance[step.to] == kUnreached) {
          distance[step.to] = d;
          index[step.to] = result.neighbors.size();
          result.neighbors.push_back({step.to, d, {}, 0});
        }
        Neighbor& neighbor = result.neighbors[index[step.to]];
        for (const WalkedEdge& walked : step.edges) {
          neighbor.links.push_back({via, walked});
          neighbor.weight += graph[walked.edge].weight;
        }
      }
    }
    auto begin = result.neighbors.begin() + static_cast<ptrdiff_t>(first);
    for (auto it = begin; it != result.neighbors.end(); ++it) {
      // Links arrive by `via` in id order, each step's edges strongest first already.
      std::stable_sort(it->links.begin(), it->links.end(),
                       [&](const NeighborLink& a, const NeighborLink& b) {
                         return graph[a.edge.edge].weight > graph[b.edge.edge].weight;
                       });
    }
    std::sort(begin, result.neighbors.end(), [&](const Neighbor& a, const Neighbor& b) {
      if (a.weight != b.weight) return a.weight > b.weight;
      return walk.Rank(a.actor) < walk.Rank(b.actor);
    });
    const size_t found = result.neighbors.size() - first;
    const size_t kept = options.limit == 0 ? found : std::min(found, options.limit);
    // Left-out actors keep their distance so that they are not found again further out.
    result.neighbors.resize(first + kept);
    result.left_out.push_back(found - kept);
    begin = result.neighbors.begin() + static_cast<ptrdiff_t>(first);
    frontier.clear();
    for (auto it = begin; it != result.neighbors.end(); ++it) frontier.push_back(it->actor);
    std::sort(frontier.begin(), frontier.end(),
              [&](Vertex a, Vertex b) { return walk.Rank(a) < walk.Rank(b); });
  }
  return result;
}

void WriteNeighborhoodText(const ActorWalk& walk, const Neighborhood& neighborhood,
                           std::ostream& out) {
  const Graph& graph = walk.graph();
  auto name = [&](Vertex v) -> const std::string& { return graph[v].actor.name; };
  const size_t count = neighborhood.neighbors.size();
  size_t total = count;
  for (size_t n : neighborhood.left_out) total += n;
  out << name(neighborhood.center) << ": " << total << (total == 1 ? " actor" : " actors")
      << " within " << neighborhood.depth << (neighborhood.depth == 1 ? " hop" : " hops")
      << "\n";
  size_t i = 0;
  while (i < count) {
    const size_t d = neighborhood.neighbors[i].distance;
    size_t end = i;
    while (end < count && neighborhood.neighbors[end].distance == d) ++end;
    const size_t left_out = d - 1 < neighborhood.left_out.size() ? neighborhood.left_out[d - 1] : 0;
    out << "\n"
        << d << (d == 1 ? " hop" : " hops") << " (" << end - i + left_out
        << (end - i + left_out == 1 ? " actor" : " actors");
    if (left_out > 0) out << ", the " << end - i << " strongest shown";
    out << ")\n";
    for (; i < end; ++i) {
      const Neighbor& neighbor = neighborhood.neighbors[i];
      out << "  " << name(neighbor.actor);
      if (d > 1) {
        std::vector<Vertex> vias;
        for (const auto& link : neighbor.links) {
          if (std::find(vias.begin(), vias.end(), link.via) == vias.end()) {
            vias.push_back(link.via);
          }
        }
        out << " (via ";
        for (size_t v = 0; v < vias.size(); ++v) out << (v > 0 ? ", " : "") << name(vias[v]);
        out << ")";
      }
      out << "\n";
      for (const NeighborLink& link : neighbor.links) {
        // The relation in its own direction: an "in" link is neighbour -> via.
        bool in = link.edge.direction == HopDirection::kBackward;
        WalkedEdge shown{link.edge.edge,
                         in ? HopDirection::kForward : link.edge.direction};
        std::string_view tag = LinkDirection(link.edge.direction, false);
        out << "    " << tag << std::string(5 - tag.size(), ' ')
            << report::Arrow(name(in ? neighbor.actor : link.via), shown, graph,
                             name(in ? link.via : neighbor.actor))
            << "   " << report::WeightAndDocuments(graph[link.edge.edge]) << "\n";
      }
    }
  }
}

void WriteNeighborhoodJson(const ActorWalk& walk, const Neighborhood& neighborhood,
                           std::ostream& out) {
  const Graph& graph = walk.graph();
  rapidjson::StringBuffer buffer;
  report::JsonWriter writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("actor");
  report::String(writer, graph[neighborhood.center].actor.name);
  writer.Key("depth");
  writer.Uint64(neighborhood.depth);
  writer.Key("distances");
  writer.StartArray();
  const auto& neighbors = neighborhood.neighbors;
  for (size_t i = 0; i < neighbors.size();) {
    const size_t d = neighbors[i].distance;
    writer.StartObject();
    writer.Key("distance");
    writer.Uint64(d);
    writer.Key("left_out");
    writer.Uint64(d - 1 < neighborhood.left_out.size() ? neighborhood.left_out[d - 1] : 0);
    writer.Key("actors");
    writer.StartArray();
    for (; i < neighbors.size() && neighbors[i].distance == d; ++i) {
      const Neighbor& neighbor = neighbors[i];
      const Actor& actor = graph[neighbor.actor].actor;
      writer.StartObject();
      writer.Key("name");
      report::String(writer, actor.name);
      writer.Key("id");
      report::String(writer, actor.id);
      writer.Key("type");
      report::String(writer, std::string(ActorTypeName(actor.type)));
      writer.Key("weight");
      writer.Int64(neighbor.weight);
      writer.Key("links");
      writer.StartArray();
      for (const NeighborLink& link : neighbor.links) {
        writer.StartObject();
        writer.Key("via");
        report::String(writer, graph[link.via].actor.name);
        report::EdgeFields(writer, link.edge, graph, LinkDirection(link.edge.direction, true));
        writer.EndObject();
      }
      writer.EndArray();
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  out << buffer.GetString() << "\n";
}

}  // namespace actorgraph
