#include "actorgraph/graph/graph_filter.h"

#include <algorithm>
#include <array>
#include <deque>
#include <optional>
#include <string>
#include <utility>

#include "actorgraph/spellcheck.h"

namespace actorgraph {
namespace {

struct CategoryShorthand {
  std::string_view name;
  std::vector<Category> categories;
};

const std::vector<CategoryShorthand>& CategoryTable() {
  static const std::vector<CategoryShorthand> table = {
      {"cooperation", {Category::kVerbalCooperation, Category::kMaterialCooperation}},
      {"conflict", {Category::kVerbalConflict, Category::kMaterialConflict}},
      {"verbal", {Category::kVerbalCooperation, Category::kVerbalConflict}},
      {"material", {Category::kMaterialCooperation, Category::kMaterialConflict}},
      {"verbal_cooperation", {Category::kVerbalCooperation}},
      {"material_cooperation", {Category::kMaterialCooperation}},
      {"verbal_conflict", {Category::kVerbalConflict}},
      {"material_conflict", {Category::kMaterialConflict}},
      {"neutral", {Category::kNeutral}},
      {"unknown", {Category::kUnknown}},
  };
  return table;
}

bool AllDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a plausible month and day.
bool IsDatePrefix(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
  if (!AllDigits(date.substr(0, 4))) return false;
  if (date.size() >= 7) {
    if (date[4] != '-' || !AllDigits(date.substr(5, 2))) return false;
    const int month = (date[5] - '0') * 10 + (date[6] - '0');
    if (month < 1 || month > 12) return false;
  }
  if (date.size() == 10) {
    if (date[7] != '-' || !AllDigits(date.substr(8, 2))) return false;
    const int day = (date[8] - '0') * 10 + (date[9] - '0');
    if (day < 1 || day > 31) return false;
  }
  return true;
}

// The first and the last day a date prefix can mean, as comparable strings. Evidence dates
// are not validated on input, so anything is compared by its first 10 bytes.
std::string FirstDay(std::string_view date) {
  std::string day(date.substr(0, 10));
  if (day.size() == 4) day += "-01-01";
  if (day.size() == 7) day += "-01";
  return day;
}
std::string LastDay(std::string_view date) {
  std::string day(date.substr(0, 10));
  if (day.size() == 4) day += "-12-31";
  if (day.size() == 7) day += "-31";
  return day;
}

class DateRange {
 public:
  DateRange(std::string_view since, std::string_view until)
      : since_(since.empty() ? "" : FirstDay(since)),
        until_(until.empty() ? "" : LastDay(until)) {}
  bool Contains(std::string_view date) const {
    if (!since_.empty() && LastDay(date) < since_) return false;
    if (!until_.empty() && FirstDay(date) > until_) return false;
    return true;
  }

 private:
  std::string since_;
  std::string until_;
};

// The edge's dates that the graph still knows: its first and last date and those of the
// evidence it kept (evidence beyond max_evidence is gone, its dates with it).
bool AnyDateIn(const EdgeData& data, const DateRange& range, bool* dated) {
  *dated = false;
  auto check = [&](const std::string& date) {
    if (date.empty()) return false;
    *dated = true;
    return range.Contains(date);
  };
  if (check(data.first_date) || check(data.last_date)) return true;
  for (const Evidence& evidence : data.evidence) {
    if (check(evidence.date)) return true;
  }
  return false;
}

bool KeepEdge(const EdgeData& data, const GraphFilter& filter, const DateRange& range) {
  if (data.weight < filter.min_weight) return false;
  if (!filter.categories.empty() &&
      !std::binary_search(filter.categories.begin(), filter.categories.end(),
                          data.relation.category)) {
    return false;
  }
  if (!filter.since.empty() || !filter.until.empty()) {
    bool dated = false;
    if (AnyDateIn(data, range, &dated)) return true;
    return !dated && filter.keep_undated;
  }
  return true;
}

Status CheckDate(std::string_view flag, std::string_view date) {
  if (date.empty() || IsDatePrefix(date)) return Status::OK();
  return Status::InvalidArgument(std::string(flag) +
                                 ": expected YYYY, YYYY-MM or YYYY-MM-DD, got '" +
                                 std::string(date) + "'");
}

// Vertices within `depth` undirected steps of `start` over the kept edges.
std::vector<bool> Neighbourhood(const Graph& g, Vertex start, int depth,
                                const std::vector<bool>& edge_kept,
                                const std::vector<Edge>& edges) {
  std::vector<std::vector<Vertex>> adjacent(boost::num_vertices(g));
  for (size_t i = 0; i < edges.size(); ++i) {
    if (!edge_kept[i]) continue;
    const Vertex s = boost::source(edges[i], g), t = boost::target(edges[i], g);
    adjacent[s].push_back(t);
    adjacent[t].push_back(s);
  }
  std::vector<int> distance(boost::num_vertices(g), -1);
  std::deque<Vertex> queue = {start};
  distance[start] = 0;
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    if (distance[v] == depth) continue;
    for (Vertex w : adjacent[v]) {
      if (distance[w] >= 0) continue;
      distance[w] = distance[v] + 1;
      queue.push_back(w);
    }
  }
  std::vector<bool> inside(distance.size());
  for (size_t v = 0; v < distance.size(); ++v) inside[v] = distance[v] >= 0;
  return inside;
}

}  // namespace

bool IsNoOp(const GraphFilter& filter) {
  return filter.min_weight <= 1 && filter.categories.empty() && filter.since.empty() &&
         filter.until.empty() && filter.actor.empty() && filter.top == 0 &&
         !filter.drop_isolated;
}

Result<KnowledgeGraph> FilterGraph(const KnowledgeGraph& graph, const GraphFilter& filter) {
  AG_RETURN_IF_ERROR(CheckDate("--since", filter.since));
  AG_RETURN_IF_ERROR(CheckDate("--until", filter.until));
  if (!filter.since.empty() && !filter.until.empty() &&
      FirstDay(filter.since) > LastDay(filter.until)) {
    return Status::InvalidArgument("--since " + filter.since + " is after --until " +
                                   filter.until);
  }
  if (filter.depth < 0) {
    return Status::InvalidArgument("--depth: expected 0 or more, got " +
                                   std::to_string(filter.depth));
  }
  const Graph& g = graph.graph();
  std::optional<Vertex> ego;
  if (!filter.actor.empty()) {
    ego = graph.LookupActor(filter.actor);
    if (!ego) {
      std::string message = "no actor '" + filter.actor + "' in the graph";
      const std::vector<std::string> close = graph.SpellcheckActor(filter.actor);
      for (size_t i = 0; i < close.size(); ++i) {
        message += (i == 0 ? "; did you mean '" : "', '") + close[i];
      }
      if (!close.empty()) message += "'?";
      return Status::NotFound(message);
    }
  }

  // Stage 1: edge filters.
  const std::vector<Edge> edges = graph.EdgesInOrder();
  const DateRange range(filter.since, filter.until);
  std::vector<bool> edge_kept(edges.size());
  std::vector<bool> had_edge(boost::num_vertices(g), false);
  for (size_t i = 0; i < edges.size(); ++i) {
    edge_kept[i] = KeepEdge(g[edges[i]], filter, range);
    had_edge[boost::source(edges[i], g)] = had_edge[boost::target(edges[i], g)] = true;
  }
  std::vector<bool> actor_kept(boost::num_vertices(g), true);
  auto drop_edges_outside = [&] {
    for (size_t i = 0; i < edges.size(); ++i) {
      if (!actor_kept[boost::source(edges[i], g)] || !actor_kept[boost::target(edges[i], g)]) {
        edge_kept[i] = false;
      }
    }
  };

  // Stage 2: the ego network.
  if (ego) {
    actor_kept = Neighbourhood(g, *ego, filter.depth, edge_kept, edges);
    drop_edges_outside();
  }

  // Stage 3: the most connected actors.
  if (filter.top > 0) {
    std::vector<int64_t> degree(boost::num_vertices(g), 0);
    for (size_t i = 0; i < edges.size(); ++i) {
      if (!edge_kept[i]) continue;
      const Vertex s = boost::source(edges[i], g), t = boost::target(edges[i], g);
      degree[s] += g[edges[i]].weight;
      if (t != s) degree[t] += g[edges[i]].weight;
    }
    std::vector<Vertex> ranked;
    for (Vertex v : graph.ActorsInOrder()) {
      if (actor_kept[v]) ranked.push_back(v);
    }
    // ActorsInOrder is by id, so a stable sort breaks ties by id.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&](Vertex a, Vertex b) { return degree[a] > degree[b]; });
    std::fill(actor_kept.begin(), actor_kept.end(), false);
    for (size_t i = 0; i < ranked.size() && i < filter.top; ++i) actor_kept[ranked[i]] = true;
    drop_edges_outside();
  }

  std::vector<bool> has_edge(boost::num_vertices(g), false);
  for (size_t i = 0; i < edges.size(); ++i) {
    if (edge_kept[i]) has_edge[boost::source(edges[i], g)] = has_edge[boost::target(edges[i], g)] = true;
  }
  KnowledgeGraph out(graph.options());
  std::vector<std::optional<Vertex>> copied(boost::num_vertices(g));
  for (Vertex v : graph.ActorsInOrder()) {
    if (!actor_kept[v]) continue;
    if (!has_edge[v] && (had_edge[v] || filter.drop_isolated) && !(ego && v == *ego)) continue;
    copied[v] = out.AddActor(g[v].actor, g[v].mentions);
  }
  for (size_t i = 0; i < edges.size(); ++i) {
    if (!edge_kept[i]) continue;
    out.AddEdge(*copied[boost::source(edges[i], g)], *copied[boost::target(edges[i], g)],
                g[edges[i]]);
  }
  return out;
}

Result<std::vector<Category>> ParseCategoryList(std::string_view list) {
  std::vector<Category> categories;
  std::vector<std::string> names = CategoryFilterNames();
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = list.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    start = comma + 1;
    if (item.empty()) {
      if (list.find_first_not_of(" ,") == std::string_view::npos) break;
      return Status::InvalidArgument("empty category in list '" + std::string(list) + "'");
    }
    const CategoryShorthand* found = nullptr;
    for (const CategoryShorthand& entry : CategoryTable()) {
      if (entry.name == item) found = &entry;
    }
    if (!found) {
      std::string message = "unknown category '" + std::string(item) + "' (expected one of: ";
      for (size_t i = 0; i < names.size(); ++i) message += (i ? ", " : "") + names[i];
      message += ")";
      auto close = ClosestMatches(item, names, 1);
      if (!close.empty()) message += "; did you mean '" + close[0] + "'?";
      return Status::InvalidArgument(message);
    }
    categories.insert(categories.end(), found->categories.begin(), found->categories.end());
  }
  if (categories.empty()) {
    return Status::InvalidArgument("expected a comma-separated list of categories, got '" +
                                   std::string(list) + "'");
  }
  std::sort(categories.begin(), categories.end());
  categories.erase(std::unique(categories.begin(), categories.end()), categories.end());
  return categories;
}

std::vector<std::string> CategoryFilterNames() {
  std::vector<std::string> names;
  for (const CategoryShorthand& entry : CategoryTable()) names.emplace_back(entry.name);
  return names;
}

}  // namespace actorgraph
