#include "actorgraph/query/path_report.h"

#include <algorithm>
#include <ostream>
#include <string>

#include "query/report_util.h"

namespace actorgraph {
namespace {

// Relations listed on a hop's "also:" line; the JSON answer has them all.
constexpr size_t kMaxOtherRelations = 5;

const std::string& Name(const Graph& graph, Vertex v) { return graph[v].actor.name; }

void WriteHopText(const ActorWalk& walk, size_t index, Vertex from, Vertex to,
                  std::ostream& out) {
  const Graph& graph = walk.graph();
  const Step* step = walk.FindStep(from, to);
  if (step == nullptr) return;  // cannot happen for a path the walk produced
  const WalkedEdge& best = step->edges.front();
  out << "  " << index << ". "
      << report::Arrow(Name(graph, from), best, graph, Name(graph, to)) << "   "
      << report::WeightAndDocuments(graph[best.edge]) << "\n";
  std::string evidence = report::EvidenceLine(graph[best.edge]);
  if (!evidence.empty()) out << "     " << evidence << "\n";
  if (step->edges.size() > 1) {
    out << "     also:";
    const size_t shown = std::min(step->edges.size(), kMaxOtherRelations + 1);
    for (size_t i = 1; i < shown; ++i) {
      out << (i > 1 ? "; " : " ") << report::Arrow("", step->edges[i], graph, "") << " x"
          << graph[step->edges[i].edge].weight;
    }
    if (shown < step->edges.size()) out << "; " << step->edges.size() - shown << " more";
    out << "\n";
  }
}

}  // namespace

void WritePathsText(const ActorWalk& walk, const PathQuery& query,
                    const std::vector<ActorPath>& paths, std::ostream& out) {
  const Graph& graph = walk.graph();
  if (paths.empty()) {
    out << "no path from " << Name(graph, query.from) << " to " << Name(graph, query.to);
    if (query.options.max_hops != 0) {
      out << " within " << query.options.max_hops
          << (query.options.max_hops == 1 ? " hop" : " hops");
    }
    if (!walk.options().undirected) out << " (--undirected also walks edges backward)";
    out << "\n";
    return;
  }
  for (size_t p = 0; p < paths.size(); ++p) {
    const ActorPath& path = paths[p];
    if (p > 0) out << "\n";
    if (query.options.k > 1) out << "Path " << p + 1 << ": ";
    for (size_t i = 0; i < path.actors.size(); ++i) {
      out << (i > 0 ? " -> " : "") << Name(graph, path.actors[i]);
    }
    out << " (" << path.hops() << (path.hops() == 1 ? " hop)" : " hops)") << "\n";
    for (size_t i = 0; i + 1 < path.actors.size(); ++i) {
      WriteHopText(walk, i + 1, path.actors[i], path.actors[i + 1], out);
    }
  }
}

void WritePathsJson(const ActorWalk& walk, const PathQuery& query,
                    const std::vector<ActorPath>& paths, std::ostream& out) {
  const Graph& graph = walk.graph();
  rapidjson::StringBuffer buffer;
  report::JsonWriter writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("from");
  report::String(writer, Name(graph, query.from));
  writer.Key("to");
  report::String(writer, Name(graph, query.to));
  writer.Key("paths");
  writer.StartArray();
  for (const ActorPath& path : paths) {
    writer.StartObject();
    writer.Key("actors");
    writer.StartArray();
    for (Vertex v : path.actors) report::String(writer, Name(graph, v));
    writer.EndArray();
    writer.Key("hops");
    writer.StartArray();
    for (size_t i = 0; i + 1 < path.actors.size(); ++i) {
      const Step* step = walk.FindStep(path.actors[i], path.actors[i + 1]);
      if (step == nullptr) continue;  // cannot happen for a path the walk produced
      writer.StartObject();
      writer.Key("from");
      report::String(writer, Name(graph, path.actors[i]));
      writer.Key("to");
      report::String(writer, Name(graph, path.actors[i + 1]));
      report::EdgeFields(writer, step->edges.front(), graph,
                         HopDirectionName(step->edges.front().direction));
      writer.Key("other_relations");
      writer.StartArray();
      for (size_t j = 1; j < step->edges.size(); ++j) {
        writer.StartObject();
        report::EdgeFields(writer, step->edges[j], graph,
                           HopDirectionName(step->edges[j].direction));
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
