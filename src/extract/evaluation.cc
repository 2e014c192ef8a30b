#include "actorgraph/extract/evaluation.h"

#include <algorithm>
#include <cstdio>
#include <istream>
#include <map>
#include <ostream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "actorgraph/spellcheck.h"

namespace actorgraph {
namespace {

// ---------------------------------------------------------------------------------------
// Gold reading

const char* JsonTypeName(const rapidjson::Value& value) {
  switch (value.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return "boolean";
    case rapidjson::kObjectType: return "object";
    case rapidjson::kArrayType: return "array";
    case rapidjson::kStringType: return "string";
    case rapidjson::kNumberType: return "number";
  }
  return "value";
}

Status FieldError(std::string_view where, std::string_view field, std::string_view expected,
                  const rapidjson::Value& got) {
  return Status::InvalidArgument(std::string(where) + ": field \"" + std::string(field) +
                                 "\": expected " + std::string(expected) + ", got " +
                                 JsonTypeName(got));
}

Status ReadString(const rapidjson::Value& value, std::string_view where, std::string_view field,
                  bool allow_empty, std::string* out) {
  if (!value.IsString() || (!allow_empty && value.GetStringLength() == 0)) {
    return FieldError(where, field, allow_empty ? "a string" : "a non-empty string", value);
  }
  out->assign(value.GetString(), value.GetStringLength());
  return Status::OK();
}

// A list of strings; a single string is accepted as a list of one.
Status ReadStringList(const rapidjson::Value& value, std::string_view where,
                      std::string_view field, bool require_non_empty,
                      std::vector<std::string>* out) {
  const char* expected =
      require_non_empty ? "a non-empty array of strings" : "an array of strings";
  if (value.IsString() && value.GetStringLength() > 0) {
    out->emplace_back(value.GetString(), value.GetStringLength());
    return Status::OK();
  }
  if (!value.IsArray() || (require_non_empty && value.Empty())) {
    return FieldError(where, field, expected, value);
  }
  for (const auto& item : value.GetArray()) {
    if (!item.IsString() || item.GetStringLength() == 0) {
      return FieldError(where, field, expected, item);
    }
    out->emplace_back(item.GetString(), item.GetStringLength());
  }
  return Status::OK();
}

Status ReadBool(const rapidjson::Value& value, std::string_view where, std::string_view field,
                bool* out) {
  if (!value.IsBool()) return FieldError(where, field, "true or false", value);
  *out = value.GetBool();
  return Status::OK();
}

const std::vector<std::string>& GoldFieldNames() {
  static const std::vector<std::string> kNames = {
      "doc",     "sentence",   "subject", "subject_alt", "relation", "object",
      "object_alt", "heads",   "symmetric", "optional",  "coref"};
  return kNames;
}

Status ReadGoldField(std::string_view name, const rapidjson::Value& value,
                     std::string_view where, GoldTriple* gold) {
  if (name == "doc") return ReadString(value, where, name, false, &gold->doc);
  if (name == "sentence") return ReadString(value, where, name, true, &gold->sentence);
  if (name == "subject") return ReadString(value, where, name, false, &gold->subject);
  if (name == "relation") return ReadString(value, where, name, false, &gold->relation);
  if (name == "object") return ReadString(value, where, name, false, &gold->object);
  if (name == "subject_alt") return ReadStringList(value, where, name, false, &gold->subject_alt);
  if (name == "object_alt") return ReadStringList(value, where, name, false, &gold->object_alt);
  if (name == "heads") return ReadStringList(value, where, name, true, &gold->heads);
  if (name == "symmetric") return ReadBool(value, where, name, &gold->symmetric);
  if (name == "optional") return ReadBool(value, where, name, &gold->optional);
  if (name == "coref") return ReadBool(value, where, name, &gold->coref);
  std::string message = std::string(where) + ": unknown field \"" + std::string(name) + "\"";
  auto suggestions = ClosestMatches(name, GoldFieldNames(), 1);
  if (!suggestions.empty()) message += " (did you mean \"" + suggestions[0] + "\"?)";
  return Status::InvalidArgument(message);
}

// ---------------------------------------------------------------------------------------
// Name folding

// Lower-cases ASCII, turns curly apostrophes into straight ones, collapses whitespace, trims
// and drops a leading "the ".
std::string NormalizeName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool pending_space = false;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    // U+2018 and U+2019 (E2 80 98 / E2 80 99) are apostrophes in names like "Côte d’Ivoire".
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(name[i + 2]) == 0x98 ||
         static_cast<unsigned char>(name[i + 2]) == 0x99)) {
      out += '\'';
      i += 2;
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  if (out.starts_with("the ")) out.erase(0, 4);
  return out;
}

std::string_view StripThe(std::string_view name) {
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  if (name.starts_with("the ") || name.starts_with("The ")) name.remove_prefix(4);
  return name;
}

// ---------------------------------------------------------------------------------------
// Matching

// Kuhn's augmenting path from system vertex `s`. `allowed` filters the edges usable.
bool Augment(size_t s, const std::vector<std::vector<std::pair<size_t, bool>>>& edges,
             bool required_only, std::vector<char>* visited, std::vector<long>* match_of_gold,
             std::vector<long>* match_of_system) {
  for (const auto& [g, required] : edges[s]) {
    if (required_only && !required) continue;
    if ((*visited)[g]) continue;
    (*visited)[g] = 1;
    long holder = (*match_of_gold)[g];
    if (holder < 0 || Augment(static_cast<size_t>(holder), edges, required_only, visited,
                              match_of_gold, match_of_system)) {
      (*match_of_gold)[g] = static_cast<long>(s);
      (*match_of_system)[s] = static_cast<long>(g);
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// Reports

std::string FormatRatio(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  return buffer;
}

std::string RelationShown(const Relation& relation) {
  if (relation.negated && !relation.text.starts_with("not ")) return "not " + relation.text;
  return relation.text;
}

std::string SystemTripleShown(const Triple& triple) {
  return triple.subject.name + (triple.relation.symmetric ? " <-[" : " -[") +
         RelationShown(triple.relation) + "]-> " + triple.object.name;
}

std::string GoldTripleShown(const GoldTriple& gold) {
  return gold.subject + (gold.symmetric ? " <-[" : " -[") + gold.relation + "]-> " +
         gold.object;
}

std::string GoldPlace(const GoldTriple& gold) {
  if (gold.line == 0) return gold.source;
  return (gold.source.empty() ? std::string("gold") : gold.source) + ":" +
         std::to_string(gold.line);
}

void WriteCounts(rapidjson::Writer<rapidjson::StringBuffer>& w, const EvaluationCounts& c) {
  w.Key("precision");
  w.Double(c.precision());
  w.Key("recall");
  w.Double(c.recall());
  w.Key("f1");
  w.Double(c.f1());
  w.Key("true_positives");
  w.Uint64(c.true_positives);
  w.Key("false_positives");
  w.Uint64(c.false_positives);
  w.Key("false_negatives");
  w.Uint64(c.false_negatives);
  w.Key("optional_matched");
  w.Uint64(c.optional_matched);
}

void WriteString(rapidjson::Writer<rapidjson::StringBuffer>& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

}  // namespace

bool GoldTriple::negated() const { return relation.starts_with("not "); }

Result<GoldTriple> ParseGoldLine(std::string_view line, std::string_view where) {
  rapidjson::Document json;
  json.Parse(line.data(), line.size());
  if (json.HasParseError()) {
    return Status::InvalidArgument(
        std::string(where) + ": expected a JSON object: " +
        rapidjson::GetParseError_En(json.GetParseError()) + " at column " +
        std::to_string(json.GetErrorOffset() + 1));
  }
  if (!json.IsObject()) {
    return Status::InvalidArgument(std::string(where) + ": expected a JSON object, got " +
                                   JsonTypeName(json));
  }
  GoldTriple gold;
  for (const auto& member : json.GetObject()) {
    std::string_view name(member.name.GetString(), member.name.GetStringLength());
    AG_RETURN_IF_ERROR(ReadGoldField(name, member.value, where, &gold));
  }
  for (const char* required : {"doc", "subject", "relation", "object", "heads"}) {
    if (!json.HasMember(required)) {
      return Status::InvalidArgument(std::string(where) + ": missing field \"" + required +
                                     "\"");
    }
  }
  return gold;
}

Status ReadGoldTriples(std::istream& in, std::string_view source_name,
                       std::vector<GoldTriple>* out) {
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string where = std::string(source_name) + ":" + std::to_string(line_number);
    Result<GoldTriple> gold = ParseGoldLine(line, where);
    if (!gold.ok()) return gold.status();
    gold->source = std::string(source_name);
    gold->line = line_number;
    out->push_back(std::move(gold).value());
  }
  if (in.bad()) {
    return Status::IOError(std::string(source_name) + ": read failed after line " +
                           std::to_string(line_number));
  }
  return Status::OK();
}

ActorFolder::ActorFolder(const std::vector<DictionaryEntry>& entries) {
  // The first actor to claim a name keeps it, so the result does not depend on hash order.
  for (const auto& entry : entries) {
    const std::string& id = entry.actor.id;
    if (id.empty()) continue;
    ids_.emplace(id, id);
    names_.emplace(NormalizeName(entry.actor.name), id);
    for (const auto& name : entry.names) names_.emplace(NormalizeName(name), id);
    for (const auto& capital : entry.capitals) names_.emplace(NormalizeName(capital), id);
    for (const auto& acronym : entry.acronyms) acronyms_.emplace(std::string(StripThe(acronym)), id);
  }
}

std::string ActorFolder::LookupName(std::string_view name) const {
  if (auto it = acronyms_.find(std::string(StripThe(name))); it != acronyms_.end()) {
    return it->second;
  }
  if (auto it = names_.find(NormalizeName(name)); it != names_.end()) return it->second;
  return "";
}

std::string ActorFolder::KeyOfName(std::string_view name) const {
  std::string id = LookupName(name);
  if (!id.empty()) return "id:" + id;
  return "name:" + NormalizeName(name);
}

std::string ActorFolder::KeyOfActor(const Actor& actor) const {
  std::string id = LookupName(actor.name);
  if (!id.empty()) return "id:" + id;
  if (ids_.count(actor.id)) return "id:" + actor.id;
  return "name:" + NormalizeName(actor.name);
}

bool RelationMatchesHeads(std::string_view relation_text,
                          const std::vector<std::string>& heads) {
  std::vector<std::string> stems;
  for (const auto& head : heads) {
    if (head == "*") return true;
    stems.push_back(NormalizeName(head));
  }
  auto is_word_byte = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '\'' || c >= 0x80;
  };
  size_t i = 0;
  while (i < relation_text.size()) {
    while (i < relation_text.size() && !is_word_byte(relation_text[i])) ++i;
    size_t start = i;
    while (i < relation_text.size() && is_word_byte(relation_text[i])) ++i;
    if (i == start) break;
    std::string word = NormalizeName(relation_text.substr(start, i - start));
    for (const auto& stem : stems) {
      if (!stem.empty() && word.starts_with(stem)) return true;
    }
  }
  return false;
}

bool TripleMatchesGold(const Triple& triple, const GoldTriple& gold,
                       const ActorFolder& folder) {
  bool negated = triple.relation.negated || triple.relation.text.starts_with("not ");
  if (negated != gold.negated()) return false;
  if (!RelationMatchesHeads(triple.relation.text, gold.heads)) return false;
  auto accepts = [&](const std::string& name, const std::vector<std::string>& alts,
                     const std::string& key) {
    if (folder.KeyOfName(name) == key) return true;
    for (const auto& alt : alts) {
      if (folder.KeyOfName(alt) == key) return true;
    }
    return false;
  };
  std::string subject = folder.KeyOfActor(triple.subject);
  std::string object = folder.KeyOfActor(triple.object);
  if (accepts(gold.subject, gold.subject_alt, subject) &&
      accepts(gold.object, gold.object_alt, object)) {
    return true;
  }
  return gold.symmetric && accepts(gold.subject, gold.subject_alt, object) &&
         accepts(gold.object, gold.object_alt, subject);
}

double EvaluationCounts::precision() const {
  size_t counted = true_positives + false_positives;
  return counted == 0 ? 0.0 : static_cast<double>(true_positives) / counted;
}

double EvaluationCounts::recall() const {
  size_t required = true_positives + false_negatives;
  return required == 0 ? 0.0 : static_cast<double>(true_positives) / required;
}

double EvaluationCounts::f1() const {
  double p = precision();
  double r = recall();
  return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

Evaluation Evaluate(const std::vector<GoldTriple>& gold, const std::vector<Triple>& system,
                    const ActorFolder& folder) {
  Evaluation result;
  result.match_of_system.assign(system.size(), -1);
  std::map<std::string, std::pair<std::vector<size_t>, std::vector<size_t>>> by_doc;
  for (size_t g = 0; g < gold.size(); ++g) by_doc[gold[g].doc].first.push_back(g);
  for (size_t s = 0; s < system.size(); ++s) {
    auto it = by_doc.find(system[s].evidence.doc);
    if (it == by_doc.end()) {
      ++result.unscored;
      continue;
    }
    it->second.second.push_back(s);
  }

  std::vector<long> match_of_gold(gold.size(), -1);
  for (const auto& [doc, members] : by_doc) {
    const auto& [gold_ids, system_ids] = members;
    // Local indices: system i -> system_ids[i], gold j -> gold_ids[j].
    std::vector<std::vector<std::pair<size_t, bool>>> edges(system_ids.size());
    for (size_t i = 0; i < system_ids.size(); ++i) {
      for (size_t j = 0; j < gold_ids.size(); ++j) {
        const GoldTriple& g = gold[gold_ids[j]];
        if (TripleMatchesGold(system[system_ids[i]], g, folder)) {
          edges[i].emplace_back(j, !g.optional);
        }
      }
    }
    std::vector<long> local_gold(gold_ids.size(), -1);
    std::vector<long> local_system(system_ids.size(), -1);
    std::vector<char> visited(gold_ids.size());
    // Augmenting never unmatches a vertex, so the required gold covered in the first pass
    // stays covered while the second pass adds the optional matches.
    for (bool required_only : {true, false}) {
      for (size_t i = 0; i < system_ids.size(); ++i) {
        if (local_system[i] >= 0) continue;
        std::fill(visited.begin(), visited.end(), 0);
        Augment(i, edges, required_only, &visited, &local_gold, &local_system);
      }
    }

    DocumentEvaluation doc_eval;
    doc_eval.doc = doc;
    for (size_t i = 0; i < system_ids.size(); ++i) {
      if (local_system[i] < 0) {
        ++doc_eval.counts.false_positives;
        continue;
      }
      size_t g = gold_ids[static_cast<size_t>(local_system[i])];
      result.match_of_system[system_ids[i]] = static_cast<long>(g);
      match_of_gold[g] = static_cast<long>(system_ids[i]);
      if (gold[g].optional) {
        ++doc_eval.counts.optional_matched;
      } else {
        ++doc_eval.counts.true_positives;
      }
    }
    for (size_t j = 0; j < gold_ids.size(); ++j) {
      if (!gold[gold_ids[j]].optional && local_gold[j] < 0) ++doc_eval.counts.false_negatives;
    }
    result.total.true_positives += doc_eval.counts.true_positives;
    result.total.false_positives += doc_eval.counts.false_positives;
    result.total.false_negatives += doc_eval.counts.false_negatives;
    result.total.optional_matched += doc_eval.counts.optional_matched;
    result.documents.push_back(std::move(doc_eval));
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (!gold[g].optional && match_of_gold[g] < 0) result.misses.push_back(g);
  }
  for (size_t s = 0; s < system.size(); ++s) {
    if (result.match_of_system[s] < 0 && by_doc.count(system[s].evidence.doc)) {
      result.false_positives.push_back(s);
    }
  }
  return result;
}

void WriteEvaluationText(const Evaluation& evaluation, const std::vector<GoldTriple>& gold,
                         const std::vector<Triple>& system, bool show, std::ostream& out) {
  const EvaluationCounts& t = evaluation.total;
  out << "precision " << FormatRatio(t.precision()) << "  recall " << FormatRatio(t.recall())
      << "  F1 " << FormatRatio(t.f1()) << "\n";
  out << "true positives " << t.true_positives << ", false positives " << t.false_positives
      << ", false negatives " << t.false_negatives << ", optional matched "
      << t.optional_matched << "\n";
  if (evaluation.unscored > 0) {
    out << "unscored " << evaluation.unscored
        << " (system triples of documents without gold)\n";
  }
  out << "documents " << evaluation.documents.size() << ":\n";
  for (const auto& doc : evaluation.documents) {
    const EvaluationCounts& c = doc.counts;
    out << "  " << doc.doc << "  P " << FormatRatio(c.precision()) << "  R "
        << FormatRatio(c.recall()) << "  F1 " << FormatRatio(c.f1()) << "  TP "
        << c.true_positives << " FP " << c.false_positives << " FN " << c.false_negatives
        << "\n";
  }
  if (!show) return;
  out << "\nmisses (" << evaluation.misses.size() << "):\n";
  for (size_t g : evaluation.misses) {
    out << "  " << GoldPlace(gold[g]) << " [" << gold[g].doc << "] "
        << GoldTripleShown(gold[g]) << "\n";
    if (!gold[g].sentence.empty()) out << "      \"" << gold[g].sentence << "\"\n";
  }
  out << "\nfalse positives (" << evaluation.false_positives.size() << "):\n";
  for (size_t s : evaluation.false_positives) {
    const Triple& triple = system[s];
    out << "  [" << triple.evidence.doc << "] " << SystemTripleShown(triple) << "\n";
    if (!triple.evidence.sentence.empty()) {
      out << "      \"" << triple.evidence.sentence << "\"\n";
    }
  }
}

void WriteEvaluationJson(const Evaluation& evaluation, const std::vector<GoldTriple>& gold,
                         const std::vector<Triple>& system, bool show, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  WriteCounts(w, evaluation.total);
  w.Key("unscored");
  w.Uint64(evaluation.unscored);
  w.Key("documents");
  w.StartArray();
  for (const auto& doc : evaluation.documents) {
    w.StartObject();
    w.Key("doc");
    WriteString(w, doc.doc);
    WriteCounts(w, doc.counts);
    w.EndObject();
  }
  w.EndArray();
  if (show) {
    w.Key("misses");
    w.StartArray();
    for (size_t g : evaluation.misses) {
      const GoldTriple& triple = gold[g];
      w.StartObject();
      w.Key("doc");
      WriteString(w, triple.doc);
      w.Key("line");
      w.Int(triple.line);
      w.Key("subject");
      WriteString(w, triple.subject);
      w.Key("relation");
      WriteString(w, triple.relation);
      w.Key("object");
      WriteString(w, triple.object);
      w.Key("sentence");
      WriteString(w, triple.sentence);
      w.EndObject();
    }
    w.EndArray();
    w.Key("false_positive_triples");
    w.StartArray();
    for (size_t s : evaluation.false_positives) {
      const Triple& triple = system[s];
      w.StartObject();
      w.Key("doc");
      WriteString(w, triple.evidence.doc);
      w.Key("subject");
      WriteString(w, triple.subject.name);
      w.Key("relation");
      WriteString(w, triple.relation.text);
      w.Key("negated");
      w.Bool(triple.relation.negated);
      w.Key("object");
      WriteString(w, triple.object.name);
      w.Key("sentence");
      WriteString(w, triple.evidence.sentence);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  out << buffer.GetString() << "\n";
}

}  // namespace actorgraph
