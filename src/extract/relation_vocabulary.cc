#include "actorgraph/extract/relation_vocabulary.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "embedded_data.h"

namespace actorgraph {
namespace {

// Reads the fields of one array element; the first error wins and names the element.
class FieldReader {
 public:
  FieldReader(const rapidjson::Value& value, std::string place)
      : value_(value), place_(std::move(place)) {}

  std::string String(const char* name, bool required) {
    auto it = value_.FindMember(name);
    if (it == value_.MemberEnd()) {
      if (required) Fail(name, "expected a string, got nothing");
      return "";
    }
    if (!it->value.IsString()) {
      Fail(name, "expected a string");
      return "";
    }
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }
  bool Bool(const char* name) {
    auto it = value_.FindMember(name);
    if (it == value_.MemberEnd()) return false;
    if (!it->value.IsBool()) {
      Fail(name, "expected true or false");
      return false;
    }
    return it->value.GetBool();
  }
  int Cameo() {
    auto it = value_.FindMember("cameo");
    if (it == value_.MemberEnd()) return 0;
    if (!it->value.IsInt() || it->value.GetInt() < 1 || it->value.GetInt() > 20) {
      Fail("cameo", "expected a CAMEO root code 1..20");
      return 0;
    }
    return it->value.GetInt();
  }
  Category CategoryField(bool* present) {
    auto it = value_.FindMember("category");
    *present = it != value_.MemberEnd();
    if (!*present) return Category::kNeutral;
    std::string text = it->value.IsString() ? it->value.GetString() : "";
    auto category = ParseCategory(text);
    if (!category || text.empty()) {
      Fail("category",
           "expected one of neutral, verbal_cooperation, material_cooperation, "
           "verbal_conflict, material_conflict, got \"" + text + "\"");
      return Category::kNeutral;
    }
    return *category;
  }
  std::vector<std::string> Strings(const char* name) {
    std::vector<std::string> out;
    auto it = value_.FindMember(name);
    if (it == value_.MemberEnd()) return out;
    if (!it->value.IsArray()) {
      Fail(name, "expected an array of strings");
      return out;
    }
    for (const auto& v : it->value.GetArray()) {
      if (!v.IsString()) {
        Fail(name, "expected an array of strings");
        return {};
      }
      out.emplace_back(v.GetString(), v.GetStringLength());
    }
    return out;
  }
  // A CAMEO root fixes the category: its QuadClass (01-05 verbal cooperation, 06-08 material
  // cooperation, 09-13 verbal conflict, 14-20 material conflict). A relation with no root
  // (a state such as "tension") may carry any category.
  void CheckQuadClass(Category category, int cameo, bool has_category) {
    if (cameo == 0 || !has_category || category == QuadClassOf(cameo)) return;
    Fail("category", "CAMEO root " + std::to_string(cameo) + " is " +
                         std::string(CategoryName(QuadClassOf(cameo))) + ", got " +
                         std::string(CategoryName(category)));
  }
  const Status& status() const { return status_; }

 private:
  static Category QuadClassOf(int cameo) {
    if (cameo <= 5) return Category::kVerbalCooperation;
    if (cameo <= 8) return Category::kMaterialCooperation;
    if (cameo <= 13) return Category::kVerbalConflict;
    return Category::kMaterialConflict;
  }

  void Fail(const char* field, const std::string& what) {
    if (status_.ok())
      status_ = Status::InvalidArgument(place_ + ": field \"" + field + "\": " + what);
  }
  const rapidjson::Value& value_;
  std::string place_;
  Status status_;
};

template <typename Fn>
Status ForEachEntry(const rapidjson::Document& doc, const char* array, std::string_view source,
                    Fn&& fn) {
  auto it = doc.FindMember(array);
  if (it == doc.MemberEnd()) return Status::OK();
  if (!it->value.IsArray())
    return Status::InvalidArgument(std::string(source) + ": field \"" + array +
                                   "\": expected an array");
  size_t index = 0;
  for (const auto& entry : it->value.GetArray()) {
    std::string place = std::string(source) + ": " + array + "[" + std::to_string(index++) + "]";
    if (!entry.IsObject()) return Status::InvalidArgument(place + ": expected an object");
    FieldReader reader(entry, place);
    AG_RETURN_IF_ERROR(fn(reader, place));
  }
  return Status::OK();
}

Status Duplicate(const std::string& place, const std::string& key) {
  return Status::InvalidArgument(place + ": \"" + key + "\" is listed twice");
}

}  // namespace

Result<RelationVocabulary> RelationVocabulary::LoadDefault() {
  auto vocabulary = Parse(data::relation_vocabulary(), "relation_vocabulary.json");
  if (!vocabulary.ok())
    return Status::Internal("built-in relation vocabulary: " + vocabulary.status().message());
  return vocabulary;
}

Result<RelationVocabulary> RelationVocabulary::Parse(std::string_view json,
                                                     std::string_view source_name) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  std::string source(source_name);
  if (doc.HasParseError())
    return Status::InvalidArgument(source + ": byte " + std::to_string(doc.GetErrorOffset()) +
                                   ": invalid JSON: " +
                                   rapidjson::GetParseError_En(doc.GetParseError()));
  if (!doc.IsObject() || !doc.HasMember("format") || !doc["format"].IsString() ||
      std::string_view(doc["format"].GetString()) != "actorgraph-relation-vocabulary")
    return Status::InvalidArgument(
        source + ": not a relation vocabulary (no \"format\": \"actorgraph-relation-vocabulary\")");

  RelationVocabulary vocabulary;
  AG_RETURN_IF_ERROR(ForEachEntry(doc, "verbs", source, [&](FieldReader& r, const std::string& place) {
    VerbEntry e;
    e.lemma = r.String("lemma", true);
    e.normal = r.String("normal", false);
    if (e.normal.empty()) e.normal = e.lemma;
    bool has_category = false;
    e.category = r.CategoryField(&has_category);
    e.cameo_root = r.Cameo();
    r.CheckQuadClass(e.category, e.cameo_root, has_category);
    e.symmetric = r.Bool("symmetric");
    e.that_complement = r.Bool("that");
    AG_RETURN_IF_ERROR(r.status());
    if (!vocabulary.verbs_.emplace(e.lemma, e).second) return Duplicate(place, e.lemma);
    return Status::OK();
  }));
  AG_RETURN_IF_ERROR(ForEachEntry(doc, "nouns", source, [&](FieldReader& r, const std::string& place) {
    NounEntry e;
    e.noun = r.String("noun", true);
    e.verb = r.String("verb", false);
    e.preps = r.Strings("prep");
    if (e.verb.empty()) {
      e.lemma = r.String("lemma", true);
      e.text = r.String("text", true);
      bool has_category = false;
      e.category = r.CategoryField(&has_category);
      e.cameo_root = r.Cameo();
      r.CheckQuadClass(e.category, e.cameo_root, has_category);
      e.symmetric = r.Bool("symmetric");
      if (e.preps.empty()) e.preps = {"with"};
    } else if (e.preps.empty()) {
      return Status::InvalidArgument(place + ": field \"prep\": expected the prepositions of \"" +
                                     e.noun + "\"");
    }
    AG_RETURN_IF_ERROR(r.status());
    if (!vocabulary.nouns_.emplace(e.noun, e).second) return Duplicate(place, e.noun);
    return Status::OK();
  }));
  AG_RETURN_IF_ERROR(ForEachEntry(doc, "adjectives", source, [&](FieldReader& r, const std::string& place) {
    AdjectiveEntry e;
    e.phrase = r.String("phrase", true);
    e.lemma = r.String("lemma", true);
    bool has_category = false;
    e.category = r.CategoryField(&has_category);
    e.cameo_root = r.Cameo();
    r.CheckQuadClass(e.category, e.cameo_root, has_category);
    e.symmetric = r.Bool("symmetric");
    AG_RETURN_IF_ERROR(r.status());
    if (!vocabulary.adjectives_.emplace(e.phrase, e).second) return Duplicate(place, e.phrase);
    return Status::OK();
  }));
  AG_RETURN_IF_ERROR(ForEachEntry(doc, "light_verbs", source, [&](FieldReader& r, const std::string& place) {
    LightVerbEntry e;
    e.verb = r.String("verb", true);
    e.normal = r.String("normal", false);
    if (e.normal.empty()) e.normal = e.verb;
    e.category = r.CategoryField(&e.overrides);
    if (!e.overrides) e.category = Category::kUnknown;
    e.cameo_root = r.Cameo();
    r.CheckQuadClass(e.category, e.cameo_root, e.overrides);
    e.modality = r.String("modality", false);
    AG_RETURN_IF_ERROR(r.status());
    if (!vocabulary.light_verbs_.emplace(e.verb, e).second) return Duplicate(place, e.verb);
    return Status::OK();
  }));
  for (const auto& [noun, entry] : vocabulary.nouns_) {
    if (!entry.verb.empty() && !vocabulary.FindVerb(entry.verb))
      return Status::InvalidArgument(source + ": noun \"" + noun + "\": verb \"" + entry.verb +
                                     "\" is not in \"verbs\"");
  }
  return vocabulary;
}

const VerbEntry* RelationVocabulary::FindVerb(std::string_view lemma) const {
  auto it = verbs_.find(lemma);
  return it == verbs_.end() ? nullptr : &it->second;
}
const NounEntry* RelationVocabulary::FindNoun(std::string_view noun) const {
  auto it = nouns_.find(noun);
  return it == nouns_.end() ? nullptr : &it->second;
}
const AdjectiveEntry* RelationVocabulary::FindAdjective(std::string_view phrase) const {
  auto it = adjectives_.find(phrase);
  return it == adjectives_.end() ? nullptr : &it->second;
}
const LightVerbEntry* RelationVocabulary::FindLightVerb(std::string_view lemma) const {
  auto it = light_verbs_.find(lemma);
  return it == light_verbs_.end() ? nullptr : &it->second;
}

}  // namespace actorgraph
