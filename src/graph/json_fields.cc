#include "graph/json_fields.h"

#include <climits>
#include <cstdio>

namespace actorgraph::json {
namespace {

constexpr std::string_view kWhitespace = " \t\r\n\f\v";

const Value* Member(const Value& object, const char* name) {
  auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string ReadSpan(const Value& spans, std::string_view path, const char* name, Span* span) {
  const Value* v = Member(spans, name);
  if (v == nullptr) return {};
  if (!v->IsArray() || v->Size() != 2 || !(*v)[0].IsUint() || !(*v)[1].IsUint() ||
      (*v)[0].GetUint() > (*v)[1].GetUint()) {
    return FieldError(Join(path, name), "[begin, end] with 0 <= begin <= end", *v);
  }
  span->begin = (*v)[0].GetUint();
  span->end = (*v)[1].GetUint();
  return {};
}

void WriteSpan(Writer& w, const char* name, Span span) {
  w.Key(name);
  w.StartArray();
  w.Uint(span.begin);
  w.Uint(span.end);
  w.EndArray();
}

}  // namespace

std::string_view Trim(std::string_view text) {
  size_t begin = text.find_first_not_of(kWhitespace);
  if (begin == std::string_view::npos) return {};
  size_t end = text.find_last_not_of(kWhitespace);
  return text.substr(begin, end - begin + 1);
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : Trim(text)) {
    if (kWhitespace.find(c) != std::string_view::npos) {
      pending_space = true;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

void ParseRelationString(std::string_view text, Relation* relation) {
  std::string collapsed = CollapseSpaces(text);
  std::string_view rest = collapsed;
  for (bool changed = true; changed;) {
    changed = false;
    if (rest.starts_with("~")) {
      relation->symmetric = changed = true;
      rest = Trim(rest.substr(1));
    }
    if (rest.starts_with("not ")) {
      relation->negated = changed = true;
      rest = Trim(rest.substr(4));
    }
  }
  relation->text = std::string(rest);
  relation->lemma = relation->text.substr(0, relation->text.find(' '));
}

bool ParseDate(std::string_view text, std::string* date) {
  auto digits = [&](size_t pos, size_t n) {
    if (text.size() < pos + n) return false;
    for (size_t i = pos; i < pos + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  if (text.empty()) {
    date->clear();
    return true;
  }
  size_t length = 0;
  if (digits(0, 4)) length = 4;
  if (length == 4 && text.size() > 4 && text[4] == '-' && digits(5, 2)) length = 7;
  if (length == 7 && text.size() > 7 && text[7] == '-' && digits(8, 2)) length = 10;
  if (length == 0) return false;
  if (length < text.size() && !(length == 10 && (text[10] == 'T' || text[10] == ' '))) {
    return false;
  }
  *date = std::string(text.substr(0, length));
  return true;
}

const char* JsonTypeName(const Value& value) {
  switch (value.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return "boolean";
    case rapidjson::kNumberType: return "number";
    case rapidjson::kStringType: return "string";
    case rapidjson::kArrayType: return "array";
    case rapidjson::kObjectType: return "object";
  }
  return "value";
}

std::string Join(std::string_view parent, std::string_view name) {
  if (parent.empty()) return std::string(name);
  return std::string(parent) + "." + std::string(name);
}

std::string FieldError(std::string_view path, std::string_view expected, const Value& got) {
  std::string shown = got.IsString()
                          ? "\"" + std::string(got.GetString(), got.GetStringLength()) + "\""
                          : JsonTypeName(got);
  return "field \"" + std::string(path) + "\": expected " + std::string(expected) + ", got " +
         shown;
}

std::string MissingField(std::string_view path, std::string_view expected) {
  return "missing field \"" + std::string(path) + "\" (expected " + std::string(expected) + ")";
}

bool GetString(const Value& object, std::string_view parent, const char* name, bool required,
               std::string* out, std::string* error) {
  const Value* v = Member(object, name);
  if (v == nullptr) {
    if (required) *error = MissingField(Join(parent, name), "a string");
    return !required;
  }
  if (!v->IsString()) {
    *error = FieldError(Join(parent, name), "a string", *v);
    return false;
  }
  out->assign(v->GetString(), v->GetStringLength());
  return true;
}

bool GetBool(const Value& object, std::string_view parent, const char* name, bool* out,
             std::string* error) {
  const Value* v = Member(object, name);
  if (v == nullptr) return true;
  if (!v->IsBool()) {
    *error = FieldError(Join(parent, name), "true or false", *v);
    return false;
  }
  *out = v->GetBool();
  return true;
}

bool GetInt(const Value& object, std::string_view parent, const char* name, int64_t min,
            int64_t max, bool required, int64_t* out, std::string* error) {
  const Value* v = Member(object, name);
  std::string expected =
      "an integer from " + std::to_string(min) + " to " + std::to_string(max);
  if (v == nullptr) {
    if (required) *error = MissingField(Join(parent, name), expected);
    return !required;
  }
  if (!v->IsInt64() || v->GetInt64() < min || v->GetInt64() > max) {
    *error = FieldError(Join(parent, name), expected, *v);
    if (v->IsNumber()) {  // show the number itself rather than "number"
      char shown[32];
      if (v->IsInt64()) {
        std::snprintf(shown, sizeof shown, "%lld", static_cast<long long>(v->GetInt64()));
      } else {
        std::snprintf(shown, sizeof shown, "%g", v->GetDouble());
      }
      *error = error->substr(0, error->rfind("number")) + shown;
    }
    return false;
  }
  *out = v->GetInt64();
  return true;
}

bool GetStringArray(const Value& object, std::string_view parent, const char* name,
                    std::vector<std::string>* out, std::string* error) {
  const Value* v = Member(object, name);
  if (v == nullptr) return true;
  if (!v->IsArray()) {
    *error = FieldError(Join(parent, name), "an array of strings", *v);
    return false;
  }
  out->clear();
  for (rapidjson::SizeType i = 0; i < v->Size(); ++i) {
    const Value& item = (*v)[i];
    if (!item.IsString()) {
      *error = FieldError(Join(parent, name) + "[" + std::to_string(i) + "]", "a string", item);
      return false;
    }
    out->emplace_back(item.GetString(), item.GetStringLength());
  }
  return true;
}

std::string ReadActor(const Value& value, std::string_view path, Actor* actor) {
  if (value.IsString()) {  // shorthand: "subject": "Valmoria"
    actor->name = std::string(Trim(value.GetString()));
    if (actor->name.empty()) return FieldError(path, "a non-empty name", value);
    return {};
  }
  if (!value.IsObject()) return FieldError(path, "an object or a name", value);
  std::string error;
  std::string name;
  if (!GetString(value, path, "name", /*required=*/true, &name, &error)) return error;
  actor->name = std::string(Trim(name));
  if (actor->name.empty()) return FieldError(Join(path, "name"), "a non-empty string", value["name"]);
  if (!GetString(value, path, "id", false, &actor->id, &error)) return error;
  std::string type;
  if (!GetString(value, path, "type", false, &type, &error)) return error;
  if (const Value* v = Member(value, "type")) {
    auto parsed = ParseActorType(type);
    if (!parsed) {
      return FieldError(Join(path, "type"), "one of country, organization, person, group, other",
                        *v);
    }
    actor->type = *parsed;
  }
  if (!GetStringArray(value, path, "aliases", &actor->aliases, &error)) return error;
  if (!GetString(value, path, "code", false, &actor->code, &error)) return error;
  if (!GetString(value, path, "affiliation", false, &actor->affiliation, &error)) return error;
  return {};
}

std::string ReadRelation(const Value& value, std::string_view path, Relation* relation) {
  if (value.IsString()) {  // shorthand: "relation": "not attack"
    ParseRelationString(value.GetString(), relation);
    if (relation->text.empty()) return FieldError(path, "a non-empty relation", value);
    return {};
  }
  if (!value.IsObject()) return FieldError(path, "an object or a relation text", value);
  std::string error;
  std::string text;
  if (!GetString(value, path, "text", true, &text, &error)) return error;
  relation->text = CollapseSpaces(text);
  if (relation->text.empty()) {
    return FieldError(Join(path, "text"), "a non-empty string", value["text"]);
  }
  relation->lemma = relation->text.substr(0, relation->text.find(' '));
  if (!GetString(value, path, "lemma", false, &relation->lemma, &error)) return error;
  if (!GetBool(value, path, "symmetric", &relation->symmetric, &error)) return error;
  if (!GetBool(value, path, "negated", &relation->negated, &error)) return error;
  std::string category;
  if (!GetString(value, path, "category", false, &category, &error)) return error;
  if (auto parsed = ParseCategory(category)) {
    relation->category = *parsed;
  } else {
    return FieldError(Join(path, "category"),
                      "one of \"\", neutral, verbal_cooperation, material_cooperation, "
                      "verbal_conflict, material_conflict",
                      value["category"]);
  }
  int64_t cameo = 0;
  if (!GetInt(value, path, "cameo", 0, 20, false, &cameo, &error)) return error;
  relation->cameo_root = static_cast<int>(cameo);
  if (!GetString(value, path, "modality", false, &relation->modality, &error)) return error;
  return {};
}

std::string ReadEvidence(const Value& value, std::string_view path, Evidence* evidence) {
  if (!value.IsObject()) return FieldError(path, "an object", value);
  std::string error;
  if (!GetString(value, path, "doc", true, &evidence->doc, &error)) return error;
  if (!GetString(value, path, "sentence", false, &evidence->sentence, &error)) return error;
  std::string date;
  if (!GetString(value, path, "date", false, &date, &error)) return error;
  if (!ParseDate(date, &evidence->date)) {
    return FieldError(Join(path, "date"), "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
                      value["date"]);
  }
  int64_t index = -1;
  if (!GetInt(value, path, "sentence_index", -1, INT32_MAX, false, &index, &error)) return error;
  evidence->sentence_index = static_cast<int>(index);
  if (const Value* spans = Member(value, "spans")) {
    std::string spans_path = Join(path, "spans");
    if (!spans->IsObject()) return FieldError(spans_path, "an object", *spans);
    if (std::string e = ReadSpan(*spans, spans_path, "subject", &evidence->subject); !e.empty()) {
      return e;
    }
    if (std::string e = ReadSpan(*spans, spans_path, "relation", &evidence->relation);
        !e.empty()) {
      return e;
    }
    if (std::string e = ReadSpan(*spans, spans_path, "object", &evidence->object); !e.empty()) {
      return e;
    }
  }
  return {};
}

void WriteString(Writer& w, std::string_view text) {
  w.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void WriteActorFields(Writer& w, const Actor& actor, bool all_fields) {
  w.Key("id");
  WriteString(w, actor.id.empty() ? MakeActorId(actor.name) : actor.id);
  w.Key("name");
  WriteString(w, actor.name);
  w.Key("type");
  WriteString(w, ActorTypeName(actor.type));
  if (all_fields || !actor.aliases.empty()) {
    w.Key("aliases");
    w.StartArray();
    for (const std::string& alias : actor.aliases) WriteString(w, alias);
    w.EndArray();
  }
  if (all_fields || !actor.code.empty()) {
    w.Key("code");
    WriteString(w, actor.code);
  }
  if (all_fields || !actor.affiliation.empty()) {
    w.Key("affiliation");
    WriteString(w, actor.affiliation);
  }
}

void WriteRelationFields(Writer& w, const Relation& r) {
  w.Key("text");
  WriteString(w, r.text);
  w.Key("lemma");
  WriteString(w, r.lemma);
  w.Key("category");
  WriteString(w, CategoryName(r.category));
  w.Key("cameo");
  w.Int(r.cameo_root);
  w.Key("symmetric");
  w.Bool(r.symmetric);
  w.Key("negated");
  w.Bool(r.negated);
  w.Key("modality");
  WriteString(w, r.modality);
}

void WriteEvidenceFields(Writer& w, const Evidence& e) {
  w.Key("doc");
  WriteString(w, e.doc);
  w.Key("date");
  WriteString(w, e.date);
  w.Key("sentence_index");
  w.Int(e.sentence_index);
  w.Key("sentence");
  WriteString(w, e.sentence);
  w.Key("spans");
  w.StartObject();
  WriteSpan(w, "subject", e.subject);
  WriteSpan(w, "relation", e.relation);
  WriteSpan(w, "object", e.object);
  w.EndObject();
}

}  // namespace actorgraph::json
