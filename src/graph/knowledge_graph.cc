#include "actorgraph/graph/knowledge_graph.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "actorgraph/spellcheck.h"

namespace actorgraph {
namespace {

// Sorts and removes duplicates (and, when given, one value that must not appear).
void SortUnique(std::vector<std::string>* values, const std::string* except = nullptr) {
  std::sort(values->begin(), values->end());
  values->erase(std::unique(values->begin(), values->end()), values->end());
  if (except != nullptr) {
    auto it = std::lower_bound(values->begin(), values->end(), *except);
    if (it != values->end() && *it == *except) values->erase(it);
  }
  // Empty strings are never useful as aliases, documents or extractor names.
  if (!values->empty() && values->front().empty()) values->erase(values->begin());
}

// Non-empty beats empty, then the smaller wins: a total, order-independent choice.
const std::string& PreferNonEmptySmaller(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return std::min(a, b);
}

// Every field settled so that Combine(a, b) == Combine(b, a) and Combine is associative.
Actor CombineActors(const Actor& a, const Actor& b) {
  Actor merged;
  merged.id = a.id;
  merged.name = PreferNonEmptySmaller(a.name, b.name);
  // kOther is the last enumerator, so the smaller type is the more specific one.
  merged.type = std::min(a.type, b.type);
  merged.code = PreferNonEmptySmaller(a.code, b.code);
  merged.affiliation = PreferNonEmptySmaller(a.affiliation, b.affiliation);
  merged.aliases = a.aliases;
  merged.aliases.insert(merged.aliases.end(), b.aliases.begin(), b.aliases.end());
  merged.aliases.push_back(a.name);
  merged.aliases.push_back(b.name);
  SortUnique(&merged.aliases, &merged.name);
  return merged;
}

Actor NormalizedActor(const Actor& actor) {
  Actor normalized = actor;
  if (normalized.id.empty()) normalized.id = MakeActorId(normalized.name);
  SortUnique(&normalized.aliases, &normalized.name);
  return normalized;
}

// Relation fields that are not part of the edge key, settled order-independently: a known
// value beats an unknown one, then the smaller wins; symmetric if any assertion says so;
// modality stays a hedge only while every assertion was hedged.
void CombineRelation(Relation* into, const Relation& from) {
  into->lemma = PreferNonEmptySmaller(into->lemma, from.lemma);
  if (into->category == Category::kUnknown ||
      (from.category != Category::kUnknown && from.category < into->category)) {
    into->category = from.category;
  }
  if (into->cameo_root == 0 || (from.cameo_root != 0 && from.cameo_root < into->cameo_root)) {
    into->cameo_root = from.cameo_root;
  }
  into->symmetric = into->symmetric || from.symmetric;
  into->modality = (into->modality.empty() || from.modality.empty())
                       ? std::string()
                       : std::min(into->modality, from.modality);
}

void NormalizeEdge(EdgeData* data, size_t max_evidence) {
  SortUnique(&data->documents);
  SortUnique(&data->extractors);
  std::sort(data->evidence.begin(), data->evidence.end());
  data->evidence.erase(std::unique(data->evidence.begin(), data->evidence.end()),
                       data->evidence.end());
  if (data->evidence.size() > max_evidence) data->evidence.resize(max_evidence);
}

// Adds the sorted, unique `from` to the sorted, unique *into, keeping it so and at most
// `limit` long. Linear, and logarithmic plus one insertion for the common single value, so
// that an edge asserted in thousands of documents does not cost a sort per assertion.
template <typename T>
void UnionSorted(std::vector<T>* into, const std::vector<T>& from,
                 size_t limit = static_cast<size_t>(-1)) {
  if (from.empty()) return;
  if (from.size() == 1) {
    const T& value = from.front();
    auto it = into->empty() || into->back() < value ? into->end()
                                                    : std::lower_bound(into->begin(), into->end(), value);
    if (it != into->end() && *it == value) return;
    if (static_cast<size_t>(it - into->begin()) >= limit) return;
    into->insert(it, value);
  } else {
    std::vector<T> merged;
    merged.reserve(into->size() + from.size());
    std::set_union(into->begin(), into->end(), from.begin(), from.end(),
                   std::back_inserter(merged));
    into->swap(merged);
  }
  if (into->size() > limit) into->resize(limit);
}

// `from` must be normalised (NormalizeEdge); *into stays so.
void CombineEdges(EdgeData* into, const EdgeData& from, size_t max_evidence) {
  CombineRelation(&into->relation, from.relation);
  into->weight += from.weight;
  UnionSorted(&into->documents, from.documents);
  UnionSorted(&into->extractors, from.extractors);
  UnionSorted(&into->evidence, from.evidence, max_evidence);
  if (!from.first_date.empty() &&
      (into->first_date.empty() || from.first_date < into->first_date)) {
    into->first_date = from.first_date;
  }
  into->last_date = std::max(into->last_date, from.last_date);
  into->confidence = std::max(into->confidence, from.confidence);
}

// The lookup key of a name: folded like an id ("U.S." and "u.s." give "u_s"), then without
// a leading "the" and without separators ("the US" and "U.S." give "us").
std::string FoldName(std::string_view name) {
  std::string folded = MakeActorId(name);
  if (folded.rfind("the_", 0) == 0 && folded.size() > 4) folded.erase(0, 4);
  std::erase(folded, '_');
  return folded;
}

}  // namespace

KnowledgeGraph::KnowledgeGraph(MergeOptions options)
    : options_(options), graph_(std::make_unique<Graph>()) {}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : options_(other.options_),
      graph_(std::make_unique<Graph>(*other.graph_)),
      by_id_(other.by_id_) {
  RebuildEdgeIndex();
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) *this = KnowledgeGraph(other);
  return *this;
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) noexcept
    : options_(other.options_),
      graph_(std::exchange(other.graph_, std::make_unique<Graph>())),
      by_id_(std::move(other.by_id_)),
      by_key_(std::move(other.by_key_)) {
  other.by_id_.clear();
  other.by_key_.clear();
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) noexcept {
  if (this != &other) {
    options_ = other.options_;
    graph_ = std::exchange(other.graph_, std::make_unique<Graph>());
    by_id_ = std::move(other.by_id_);
    by_key_ = std::move(other.by_key_);
    other.by_id_.clear();
    other.by_key_.clear();
  }
  return *this;
}

KnowledgeGraph::~KnowledgeGraph() = default;

void KnowledgeGraph::RebuildEdgeIndex() {
  by_key_.clear();
  for (auto [it, end] = boost::edges(*graph_); it != end; ++it) {
    const Graph& g = *graph_;
    by_key_.emplace(KeyOf(g[boost::source(*it, g)].actor.id, g[boost::target(*it, g)].actor.id,
                          g[*it].relation),
                    *it);
  }
}

KnowledgeGraph::EdgeKey KnowledgeGraph::KeyOf(const std::string& source_id,
                                              const std::string& target_id,
                                              const Relation& relation) {
  return EdgeKey(source_id, target_id, relation.text, relation.negated);
}

Vertex KnowledgeGraph::GetActor(const Actor& actor) {
  Actor normalized = NormalizedActor(actor);
  if (auto it = by_id_.find(normalized.id); it != by_id_.end()) {
    Actor& existing = (*graph_)[it->second].actor;
    existing = CombineActors(existing, normalized);
    return it->second;
  }
  Vertex v = boost::add_vertex(ActorNode{normalized, 0}, *graph_);
  by_id_.emplace(normalized.id, v);
  return v;
}

Vertex KnowledgeGraph::AddActor(const Actor& actor, int64_t mentions) {
  Vertex v = GetActor(actor);
  (*graph_)[v].mentions += mentions;
  return v;
}

void KnowledgeGraph::AddTriple(const Triple& triple) {
  Vertex subject = AddActor(triple.subject, 1);
  Vertex object = AddActor(triple.object, 1);
  EdgeData data;
  data.relation = triple.relation;
  data.weight = 1;
  data.confidence = triple.confidence;
  if (!triple.extractor.empty()) data.extractors.push_back(triple.extractor);
  const Evidence& evidence = triple.evidence;
  if (!evidence.doc.empty()) data.documents.push_back(evidence.doc);
  data.first_date = data.last_date = evidence.date;
  if (evidence != Evidence{}) data.evidence.push_back(evidence);
  AddEdge(subject, object, data);
}

void KnowledgeGraph::AddEdge(Vertex source, Vertex target, const EdgeData& data) {
  Graph& g = *graph_;
  EdgeData incoming = data;
  // A symmetric relation is stored from the smaller id to the larger; the spans are swapped
  // with it, so that an evidence's subject span always marks the edge's source.
  if (incoming.relation.symmetric && g[target].actor.id < g[source].actor.id) {
    std::swap(source, target);
    for (Evidence& e : incoming.evidence) std::swap(e.subject, e.object);
  }
  NormalizeEdge(&incoming, options_.max_evidence);
  EdgeKey key = KeyOf(g[source].actor.id, g[target].actor.id, incoming.relation);
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    CombineEdges(&g[it->second], incoming, options_.max_evidence);
    return;
  }
  auto [edge, added] = boost::add_edge(source, target, std::move(incoming), g);
  by_key_.emplace(std::move(key), edge);
}

void KnowledgeGraph::Merge(const KnowledgeGraph& other) {
  const Graph& og = *other.graph_;
  std::vector<Vertex> mapped(boost::num_vertices(og));
  for (auto [it, end] = boost::vertices(og); it != end; ++it) {
    mapped[*it] = AddActor(og[*it].actor, og[*it].mentions);
  }
  for (auto [it, end] = boost::edges(og); it != end; ++it) {
    AddEdge(mapped[boost::source(*it, og)], mapped[boost::target(*it, og)], og[*it]);
  }
}

std::optional<Vertex> KnowledgeGraph::FindActorById(std::string_view id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::optional<Vertex> KnowledgeGraph::LookupActor(std::string_view name) const {
  if (auto v = FindActorById(name)) return v;
  // Match strength per actor, smaller is stronger: 0 exact name, 1 folded id or name,
  // 2 exact alias, 3 folded alias. The strongest level decides; a tie there is ambiguous.
  constexpr int kNoMatch = 4;
  const std::string folded = FoldName(name);
  int best_level = kNoMatch;
  std::vector<Vertex> best;
  for (auto [it, end] = boost::vertices(*graph_); it != end; ++it) {
    const Actor& actor = (*graph_)[*it].actor;
    int level = kNoMatch;
    if (actor.name == name) {
      level = 0;
    } else if (!folded.empty() && (FoldName(actor.name) == folded || FoldName(actor.id) == folded)) {
      level = 1;
    } else {
      for (const std::string& alias : actor.aliases) {
        if (alias == name) {
          level = 2;
          break;
        }
        if (!folded.empty() && FoldName(alias) == folded) level = 3;
      }
    }
    if (level < best_level) {
      best_level = level;
      best.assign(1, *it);
    } else if (level == best_level && level != kNoMatch) {
      best.push_back(*it);
    }
  }
  if (best.size() != 1) return std::nullopt;
  return best.front();
}

std::vector<std::string> KnowledgeGraph::SpellcheckActor(std::string_view name,
                                                         size_t max) const {
  std::vector<std::string> candidates;
  std::vector<Vertex> owners;
  for (Vertex v : ActorsInOrder()) {
    const Actor& actor = (*graph_)[v].actor;
    candidates.push_back(actor.name);
    owners.push_back(v);
    for (const std::string& alias : actor.aliases) {
      candidates.push_back(alias);
      owners.push_back(v);
    }
  }
  std::vector<std::string> matches = ClosestMatches(name, candidates, candidates.size());
  std::vector<std::string> result;
  for (const std::string& match : matches) {
    if (result.size() >= max) break;
    // The first candidate with this text names the actor that suggests it.
    size_t index = std::find(candidates.begin(), candidates.end(), match) - candidates.begin();
    const std::string& canonical = (*graph_)[owners[index]].actor.name;
    if (std::find(result.begin(), result.end(), canonical) == result.end()) {
      result.push_back(canonical);
    }
  }
  return result;
}

std::vector<Vertex> KnowledgeGraph::ActorsInOrder() const {
  std::vector<Vertex> result;
  result.reserve(by_id_.size());
  for (const auto& [id, v] : by_id_) result.push_back(v);
  return result;
}

std::vector<Edge> KnowledgeGraph::EdgesInOrder() const {
  std::vector<Edge> result;
  result.reserve(by_key_.size());
  for (const auto& [key, e] : by_key_) result.push_back(e);
  return result;
}

std::string KnowledgeGraph::DebugString() const {
  const Graph& g = *graph_;
  std::string out;
  for (Edge e : EdgesInOrder()) {
    const EdgeData& data = g[e];
    out += g[boost::source(e, g)].actor.name;
    out += " -[";
    if (data.relation.negated) out += "not ";
    out += data.relation.text;
    out += data.relation.symmetric ? "]- " : "]-> ";
    out += g[boost::target(e, g)].actor.name;
    out += " x" + std::to_string(data.weight) + "\n";
  }
  for (Vertex v : ActorsInOrder()) {
    if (boost::in_degree(v, g) == 0 && boost::out_degree(v, g) == 0) {
      out += g[v].actor.name + "\n";
    }
  }
  return out;
}

}  // namespace actorgraph
