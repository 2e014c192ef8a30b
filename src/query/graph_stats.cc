#include "actorgraph/query/graph_stats.h"

#include <algorithm>
#include <numeric>
#include <ostream>
#include <string_view>

#include "query/report_util.h"

namespace actorgraph {
namespace {

constexpr ActorType kTypes[] = {ActorType::kCountry, ActorType::kOrganization,
                                ActorType::kPerson, ActorType::kGroup, ActorType::kOther};
constexpr Category kCategories[] = {
    Category::kUnknown,           Category::kNeutral,         Category::kVerbalCooperation,
    Category::kMaterialCooperation, Category::kVerbalConflict, Category::kMaterialConflict};

// Union-find over vertices, for components that ignore edge direction (Boost's
// connected_components wants an undirected graph).
class DisjointSets {
 public:
  explicit DisjointSets(size_t n) : parent_(n), size_(n, 1) {
    std::iota(parent_.begin(), parent_.end(), size_t{0});
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (size_[a] < size_[b]) std::swap(a, b);
    parent_[b] = a;
    size_[a] += size_[b];
  }
  size_t SizeOfRoot(size_t root) const { return size_[root]; }

 private:
  std::vector<size_t> parent_;
  std::vector<size_t> size_;
};

std::string_view CategoryLabel(Category category) {
  return category == Category::kUnknown ? std::string_view("unknown") : CategoryName(category);
}

std::string Plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

GraphStats ComputeGraphStats(const Graph& graph, const StatsOptions& options) {
  GraphStats stats;
  const size_t n = boost::num_vertices(graph);
  stats.actors = n;
  stats.edges = boost::num_edges(graph);
  for (ActorType type : kTypes) stats.actors_by_type.push_back({type, 0});
  for (Category category : kCategories) stats.edges_by_category.push_back({category, 0, 0});
  for (size_t v = 0; v < n; ++v) {
    for (auto& [type, count] : stats.actors_by_type) count += graph[v].actor.type == type;
  }

  std::vector<ActorDegree> degrees(n);
  for (size_t v = 0; v < n; ++v) degrees[v].actor = v;
  std::vector<std::vector<Vertex>> neighbors(n);
  std::vector<std::string_view> documents;
  DisjointSets sets(n);
  for (auto [it, end] = boost::edges(graph); it != end; ++it) {
    const EdgeData& data = graph[*it];
    Vertex s = boost::source(*it, graph);
    Vertex t = boost::target(*it, graph);
    for (auto& count : stats.edges_by_category) {
      if (count.category != data.relation.category) continue;
      ++count.edges;
      count.weight += data.weight;
    }
    stats.symmetric_edges += data.relation.symmetric;
    stats.negated_edges += data.relation.negated;
    stats.hedged_edges += !data.relation.modality.empty();
    stats.total_weight += data.weight;
    stats.evidence += data.evidence.size();
    documents.insert(documents.end(), data.documents.begin(), data.documents.end());
    if (!data.first_date.empty() &&
        (stats.first_date.empty() || data.first_date < stats.first_date)) {
      stats.first_date = data.first_date;
    }
    if (data.last_date > stats.last_date) stats.last_date = data.last_date;
    ++degrees[s].degree;
    degrees[s].weight += data.weight;
    if (s == t) {
      ++stats.self_loops;
      continue;
    }
    ++degrees[t].degree;
    degrees[t].weight += data.weight;
    if (data.relation.symmetric) {
      ++degrees[s].symmetric;
      ++degrees[t].symmetric;
    } else {
      ++degrees[s].out;
      ++degrees[t].in;
    }
    neighbors[s].push_back(t);
    neighbors[t].push_back(s);
    sets.Union(s, t);
  }
  std::sort(documents.begin(), documents.end());
  stats.documents = static_cast<size_t>(std::unique(documents.begin(), documents.end()) -
                                        documents.begin());

  std::vector<size_t> sizes;
  for (size_t v = 0; v < n; ++v) {
    auto& list = neighbors[v];
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    degrees[v].neighbors = list.size();
    stats.isolated_actors += degrees[v].neighbors == 0;
    if (sets.Find(v) == v) sizes.push_back(sets.SizeOfRoot(v));
  }
  stats.components = sizes.size();
  std::sort(sizes.begin(), sizes.end(), std::greater<>());
  sizes.resize(std::min(sizes.size(), options.components));
  stats.largest_components = std::move(sizes);

  auto higher = [&](const ActorDegree& a, const ActorDegree& b) {
    if (a.degree != b.degree) return a.degree > b.degree;
    if (a.weight != b.weight) return a.weight > b.weight;
    return graph[a.actor].actor.id < graph[b.actor].actor.id;
  };
  const size_t top = std::min(options.top, n);
  std::partial_sort(degrees.begin(), degrees.begin() + static_cast<ptrdiff_t>(top),
                    degrees.end(), higher);
  degrees.resize(top);
  stats.top_actors = std::move(degrees);
  return stats;
}

void WriteGraphStatsText(const Graph& graph, const GraphStats& stats, std::ostream& out) {
  out << "actors: " << stats.actors << "\n";
  for (const auto& [type, count] : stats.actors_by_type) {
    if (count > 0) out << "  " << ActorTypeName(type) << ": " << count << "\n";
  }
  out << "edges: " << stats.edges << "\n";
  for (const auto& count : stats.edges_by_category) {
    if (count.edges == 0) continue;
    out << "  " << CategoryLabel(count.category) << ": " << count.edges << " (weight "
        << count.weight << ")\n";
  }
  out << "  symmetric: " << stats.symmetric_edges << ", negated: " << stats.negated_edges
      << ", hedged: " << stats.hedged_edges << ", self-loops: " << stats.self_loops << "\n";
  out << "total weight: " << stats.total_weight << "\n";
  out << "documents: " << stats.documents << "\n";
  out << "evidence kept: " << stats.evidence << "\n";
  if (!stats.first_date.empty()) {
    out << "dates: " << stats.first_date << " to " << stats.last_date << "\n";
  }
  out << "isolated actors: " << stats.isolated_actors << "\n";
  out << "weakly connected components: " << stats.components;
  if (!stats.largest_components.empty()) {
    out << " (largest: ";
    for (size_t i = 0; i < stats.largest_components.size(); ++i) {
      out << (i > 0 ? ", " : "") << stats.largest_components[i];
    }
    out << ")";
  }
  out << "\n";
  if (stats.top_actors.empty()) return;
  out << "top actors by degree:\n";
  for (size_t i = 0; i < stats.top_actors.size(); ++i) {
    const ActorDegree& d = stats.top_actors[i];
    const Actor& actor = graph[d.actor].actor;
    out << "  " << i + 1 << ". " << actor.name << " (" << ActorTypeName(actor.type)
        << "): " << Plural(d.degree, "edge", "edges") << " (" << d.out << " out, " << d.in
        << " in, " << d.symmetric << " symmetric), "
        << Plural(d.neighbors, "neighbour", "neighbours") << ", weight "
        << d.weight << "\n";
  }
}

void WriteGraphStatsJson(const Graph& graph, const GraphStats& stats, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  report::JsonWriter writer(buffer);
  writer.SetIndent(' ', 2);
  writer.StartObject();
  writer.Key("actors");
  writer.Uint64(stats.actors);
  writer.Key("actors_by_type");
  writer.StartObject();
  for (const auto& [type, count] : stats.actors_by_type) {
    report::String(writer, std::string(ActorTypeName(type)));
    writer.Uint64(count);
  }
  writer.EndObject();
  writer.Key("edges");
  writer.Uint64(stats.edges);
  writer.Key("edges_by_category");
  writer.StartObject();
  for (const auto& count : stats.edges_by_category) {
    report::String(writer, std::string(CategoryLabel(count.category)));
    writer.StartObject();
    writer.Key("edges");
    writer.Uint64(count.edges);
    writer.Key("weight");
    writer.Int64(count.weight);
    writer.EndObject();
  }
  writer.EndObject();
  const std::pair<const char*, size_t> counts[] = {
      {"symmetric_edges", stats.symmetric_edges}, {"negated_edges", stats.negated_edges},
      {"hedged_edges", stats.hedged_edges},       {"self_loops", stats.self_loops}};
  for (const auto& [key, value] : counts) {
    writer.Key(key);
    writer.Uint64(value);
  }
  writer.Key("total_weight");
  writer.Int64(stats.total_weight);
  writer.Key("documents");
  writer.Uint64(stats.documents);
  writer.Key("evidence");
  writer.Uint64(stats.evidence);
  writer.Key("first_date");
  report::String(writer, stats.first_date);
  writer.Key("last_date");
  report::String(writer, stats.last_date);
  writer.Key("isolated_actors");
  writer.Uint64(stats.isolated_actors);
  writer.Key("components");
  writer.Uint64(stats.components);
  writer.Key("largest_components");
  writer.StartArray();
  for (size_t size : stats.largest_components) writer.Uint64(size);
  writer.EndArray();
  writer.Key("top_actors");
  writer.StartArray();
  for (const ActorDegree& d : stats.top_actors) {
    const Actor& actor = graph[d.actor].actor;
    writer.StartObject();
    writer.Key("name");
    report::String(writer, actor.name);
    writer.Key("id");
    report::String(writer, actor.id);
    writer.Key("type");
    report::String(writer, std::string(ActorTypeName(actor.type)));
    const std::pair<const char*, size_t> fields[] = {
        {"degree", d.degree},       {"out", d.out},
        {"in", d.in},               {"symmetric", d.symmetric},
        {"neighbors", d.neighbors}};
    for (const auto& [key, value] : fields) {
      writer.Key(key);
      writer.Uint64(value);
    }
    writer.Key("weight");
    writer.Int64(d.weight);
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  out << buffer.GetString() << "\n";
}

}  // namespace actorgraph
