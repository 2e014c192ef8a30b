#include "actorgraph/actors/actor_dictionary.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "actorgraph/spellcheck.h"
#include "embedded_data.h"

namespace actorgraph {
namespace {

constexpr std::string_view kFormat = "actorgraph-actors";
constexpr int kVersion = 1;
constexpr std::array<std::string_view, 3> kTopFields = {"format", "version", "actors"};
constexpr std::array<std::string_view, 11> kEntryFields = {
    "id",       "name",     "type",    "code",   "names",      "acronyms",
    "capitals", "demonyms", "parent",  "members", "affiliation"};

std::string Quote(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string JoinFields(const auto& fields) {
  std::string joined;
  for (std::string_view field : fields) {
    if (!joined.empty()) joined += ", ";
    joined += field;
  }
  return joined;
}

// What a JSON value is, for "expected ..., got ..." messages.
std::string Describe(const rapidjson::Value& value) {
  switch (value.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType:
    case rapidjson::kTrueType: return "a boolean";
    case rapidjson::kObjectType: return "an object";
    case rapidjson::kArrayType: return "an array";
    case rapidjson::kStringType:
      return Quote(std::string_view(value.GetString(), value.GetStringLength()));
    case rapidjson::kNumberType: return value.IsInt() ? std::to_string(value.GetInt()) : "a number";
  }
  return "a value";
}

std::string_view View(const rapidjson::Value& value) {
  return std::string_view(value.GetString(), value.GetStringLength());
}

std::string UnknownField(std::string_view field, const auto& known) {
  std::vector<std::string> candidates(known.begin(), known.end());
  std::string message = "unknown field " + Quote(field);
  if (auto close = ClosestMatches(field, candidates, 1); !close.empty()) {
    message += " (did you mean " + Quote(close.front()) + "?)";
  }
  return message + "; expected one of " + JoinFields(known);
}

// `text` without the ASCII spaces, tabs and line breaks around it.
std::string Trimmed(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return "";
  return std::string(text.substr(begin, text.find_last_not_of(kSpace) - begin + 1));
}

// An id as MakeActorId writes it: what MakeActorId leaves unchanged.
bool IsCanonicalId(std::string_view id) { return !id.empty() && MakeActorId(id) == id; }

bool IsAlpha3(std::string_view code) {
  return code.size() == 3 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// One entry of the file as written, before it is merged into the dictionary.
struct ParsedEntry {
  std::optional<std::string> id, name, code, parent, affiliation;
  std::optional<ActorType> type;
  std::optional<std::vector<std::string>> members;
  std::vector<std::string> names, acronyms, capitals, demonyms;
};

// Parses the fields of one entry; errors are returned without the "source: entry N" prefix.
class EntryParser {
 public:
  explicit EntryParser(const rapidjson::Value& object) : object_(object) {}

  Status Parse(ParsedEntry* entry) {
    std::set<std::string_view> seen;
    for (auto it = object_.MemberBegin(); it != object_.MemberEnd(); ++it) {
      std::string_view field = View(it->name);
      if (std::find(kEntryFields.begin(), kEntryFields.end(), field) == kEntryFields.end()) {
        return Status::InvalidArgument(UnknownField(field, kEntryFields));
      }
      // RapidJSON keeps both copies of a repeated key; which one counts would be a guess.
      if (!seen.insert(field).second) {
        return Status::InvalidArgument("field " + Quote(field) + " given twice");
      }
    }
    AG_RETURN_IF_ERROR(String("id", &entry->id));
    AG_RETURN_IF_ERROR(String("name", &entry->name));
    AG_RETURN_IF_ERROR(String("code", &entry->code));
    AG_RETURN_IF_ERROR(String("parent", &entry->parent));
    AG_RETURN_IF_ERROR(String("affiliation", &entry->affiliation));
    AG_RETURN_IF_ERROR(Type(&entry->type));
    AG_RETURN_IF_ERROR(Strings("names", &entry->names));
    AG_RETURN_IF_ERROR(Strings("acronyms", &entry->acronyms));
    AG_RETURN_IF_ERROR(Strings("capitals", &entry->capitals));
    AG_RETURN_IF_ERROR(Strings("demonyms", &entry->demonyms));
    if (object_.HasMember("members")) {
      entry->members.emplace();
      AG_RETURN_IF_ERROR(Strings("members", &*entry->members));
    }
    const std::array<std::pair<std::string_view, const std::optional<std::string>*>, 3> ids = {
        {{"id", &entry->id}, {"parent", &entry->parent}, {"affiliation", &entry->affiliation}}};
    for (const auto& [field, id] : ids) {
      if (*id && !IsCanonicalId(**id)) return BadId(field, **id);
    }
    if (entry->members) {
      for (const std::string& member : *entry->members) {
        if (!IsCanonicalId(member)) return BadId("members", member);
      }
    }
    return Status::OK();
  }

 private:
  static Status Expected(std::string_view field, std::string_view expected, std::string got) {
    return Status::InvalidArgument("field " + Quote(field) + ": expected " + std::string(expected) +
                                   ", got " + got);
  }

  static Status BadId(std::string_view field, std::string_view id) {
    return Expected(field, "an id such as \"united_states\" (lower-case letters, digits and '_')",
                    Quote(id));
  }

  Status String(const char* field, std::optional<std::string>* out) const {
    auto it = object_.FindMember(field);
    if (it == object_.MemberEnd()) return Status::OK();
    if (!it->value.IsString() || it->value.GetStringLength() == 0) {
      return Expected(field, "a non-empty string", Describe(it->value));
    }
    *out = Trimmed(View(it->value));
    if (out->value().empty()) return Expected(field, "a non-empty string", Describe(it->value));
    return Status::OK();
  }

  Status Strings(const char* field, std::vector<std::string>* out) const {
    auto it = object_.FindMember(field);
    if (it == object_.MemberEnd()) return Status::OK();
    if (!it->value.IsArray()) return Expected(field, "an array of strings", Describe(it->value));
    size_t item = 0;
    for (const auto& value : it->value.GetArray()) {
      ++item;
      std::string text = value.IsString() ? Trimmed(View(value)) : "";
      if (text.empty()) {
        return Status::InvalidArgument("field " + Quote(field) + ": item " + std::to_string(item) +
                                       ": expected a non-empty string, got " + Describe(value));
      }
      if (std::find(out->begin(), out->end(), text) == out->end()) out->push_back(std::move(text));
    }
    return Status::OK();
  }

  Status Type(std::optional<ActorType>* out) const {
    auto it = object_.FindMember("type");
    if (it == object_.MemberEnd()) return Status::OK();
    std::optional<ActorType> type;
    if (it->value.IsString()) type = ParseActorType(View(it->value));
    if (!type) {
      return Expected("type", "one of country, organization, person, group, other",
                      Describe(it->value));
    }
    *out = type;
    return Status::OK();
  }

  const rapidjson::Value& object_;
};

// The key under which a name is unique across the dictionary: names, capitals and demonyms
// match case-insensitively, so they collide when equal but for ASCII case; acronyms match
// exactly and live in their own namespace. Punctuation counts: "OPEC+" is not "OPEC".
std::string NameKey(NameKind kind, std::string_view text) {
  if (kind == NameKind::kAcronym) return "A:" + std::string(text);
  std::string key = "N:";
  for (char c : text) key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return key;
}

std::vector<std::string>* NameList(DictionaryEntry* entry, NameKind kind) {
  switch (kind) {
    case NameKind::kName: return &entry->names;
    case NameKind::kAcronym: return &entry->acronyms;
    case NameKind::kCapital: return &entry->capitals;
    case NameKind::kDemonym: return &entry->demonyms;
  }
  return &entry->names;
}

const std::vector<std::string>& NameList(const DictionaryEntry& entry, NameKind kind) {
  return *NameList(const_cast<DictionaryEntry*>(&entry), kind);  // same lists, read only
}

constexpr std::array<NameKind, 4> kKinds = {NameKind::kName, NameKind::kAcronym,
                                            NameKind::kCapital, NameKind::kDemonym};

// Merges the entries of one file into a copy of the dictionary, so that a failure leaves the
// dictionary as it was.
class Merger {
 public:
  Merger(std::vector<DictionaryEntry> entries, std::string_view source)
      : entries_(std::move(entries)), source_(source) {
    for (size_t i = 0; i < entries_.size(); ++i) {
      index_[entries_[i].actor.id] = i;
      DictionaryEntry& entry = entries_[i];
      owners_[NameKey(NameKind::kName, entry.actor.name)] = {i, 0};
      for (NameKind kind : kKinds) {
        for (const std::string& text : NameList(entry, kind)) owners_[NameKey(kind, text)] = {i, 0};
      }
    }
  }

  // Merges entry `number` (1-based) of the file.
  Status Add(size_t number, const rapidjson::Value& value) {
    if (!value.IsObject()) {
      return Status::InvalidArgument(std::string(source_) + ": entry " + std::to_string(number) +
                                     ": expected an object, got " + Describe(value));
    }
    ParsedEntry parsed;
    if (Status status = EntryParser(value).Parse(&parsed); !status.ok()) {
      return Error(number, Label(value), status.message());
    }
    std::string label = Label(value);
    if (!parsed.id && !parsed.name) {
      return Error(number, label, "expected field \"name\" or \"id\", got neither");
    }
    std::string id = parsed.id ? *parsed.id : MakeActorId(*parsed.name);
    if (auto seen = file_ids_.find(id); seen != file_ids_.end()) {
      return Error(number, label,
                   "id " + Quote(id) + " already used by " + FileEntryLabel(seen->second));
    }
    auto found = index_.find(id);
    size_t position;
    if (found == index_.end()) {
      if (!parsed.name) {
        return Error(number, label,
                     "field \"name\": expected a name for the new actor " + Quote(id) +
                         ", got nothing");
      }
      position = entries_.size();
      entries_.emplace_back();
      entries_.back().actor.id = id;
      index_[id] = position;
    } else {
      position = found->second;
    }
    file_ids_[id] = number;
    file_labels_[number] = label;
    file_order_.push_back(id);
    DictionaryEntry& entry = entries_[position];
    if (parsed.name && *parsed.name != entry.actor.name) {
      // The old canonical name stays a name of the actor, so text using it still resolves.
      if (!entry.actor.name.empty()) parsed.names.insert(parsed.names.begin(), entry.actor.name);
      AG_RETURN_IF_ERROR(Claim(number, label, position, NameKind::kName, *parsed.name));
      entry.actor.name = *parsed.name;
      std::erase(entry.names, entry.actor.name);
    }
    if (parsed.type) entry.actor.type = *parsed.type;
    if (parsed.code) entry.actor.code = *parsed.code;
    if (parsed.affiliation) entry.actor.affiliation = *parsed.affiliation;
    if (parsed.parent && *parsed.parent == id) {
      return Error(number, label, "field \"parent\": an actor cannot be an organ of itself");
    }
    if (parsed.parent) entry.parent = *parsed.parent;
    if (parsed.members) entry.members = *parsed.members;
    if (entry.actor.type == ActorType::kCountry && !entry.actor.code.empty() &&
        !IsAlpha3(entry.actor.code)) {
      return Error(number, label,
                   "field \"code\": expected an ISO 3166-1 alpha-3 code (3 capital letters) for "
                   "a country, got " + Quote(entry.actor.code));
    }
    const std::array<std::pair<NameKind, const std::vector<std::string>*>, 4> lists = {{
        {NameKind::kName, &parsed.names},
        {NameKind::kAcronym, &parsed.acronyms},
        {NameKind::kCapital, &parsed.capitals},
        {NameKind::kDemonym, &parsed.demonyms},
    }};
    for (const auto& [kind, texts] : lists) {
      for (const std::string& text : *texts) {
        AG_RETURN_IF_ERROR(Claim(number, label, position, kind, text));
        if (kind == NameKind::kName && text == entries_[position].actor.name) continue;
        std::vector<std::string>* list = NameList(&entries_[position], kind);
        if (std::find(list->begin(), list->end(), text) == list->end()) list->push_back(text);
      }
    }
    return Status::OK();
  }

  // Checks that every id the file refers to exists, now that all its entries are in.
  Status CheckReferences() const {
    for (const auto& [number, label] : file_labels_) {
      const DictionaryEntry& entry = entries_[index_.at(file_order_[number - 1])];
      std::vector<std::pair<std::string_view, const std::string*>> references = {
          {"parent", &entry.parent}, {"affiliation", &entry.actor.affiliation}};
      for (const std::string& member : entry.members) references.emplace_back("members", &member);
      for (const auto& [field, target] : references) {
        if (target->empty() || index_.count(*target)) continue;
        std::string message = "field " + Quote(field) + ": no actor has the id " + Quote(*target);
        std::vector<std::string> ids;
        for (const auto& [known, unused] : index_) ids.push_back(known);
        std::sort(ids.begin(), ids.end());
        if (auto close = ClosestMatches(*target, ids, 1); !close.empty()) {
          message += " (did you mean " + Quote(close.front()) + "?)";
        }
        return Error(number, label, message);
      }
    }
    return Status::OK();
  }

  std::vector<DictionaryEntry> Finish() && {
    for (DictionaryEntry& entry : entries_) {
      std::set<std::string> aliases(entry.names.begin(), entry.names.end());
      aliases.insert(entry.acronyms.begin(), entry.acronyms.end());
      aliases.erase(entry.actor.name);
      entry.actor.aliases.assign(aliases.begin(), aliases.end());
    }
    return std::move(entries_);
  }

 private:
  struct Owner {
    size_t position;  // in entries_
    size_t number;    // entry number in this file; 0 if it came from an earlier source
  };

  static std::string Label(const rapidjson::Value& value) {
    for (const char* field : {"name", "id"}) {
      auto it = value.FindMember(field);
      if (it != value.MemberEnd() && it->value.IsString()) {
        if (std::string text = Trimmed(View(it->value)); !text.empty()) return Quote(text);
      }
    }
    return "";
  }

  std::string FileEntryLabel(size_t number) const {
    const std::string& label = file_labels_.at(number);
    return "entry " + std::to_string(number) + (label.empty() ? "" : " (" + label + ")");
  }

  Status Error(size_t number, const std::string& label, std::string_view message) const {
    return Status::InvalidArgument(std::string(source_) + ": entry " + std::to_string(number) +
                                   (label.empty() ? "" : " (" + label + ")") + ": " +
                                   std::string(message));
  }

  // Gives `text` to the entry at `position`: an error if another entry of this file has it, or
  // if it is another actor's canonical name; taken away from an actor of an earlier source.
  Status Claim(size_t number, const std::string& label, size_t position, NameKind kind,
               const std::string& text) {
    std::string key = NameKey(kind, text);
    auto it = owners_.find(key);
    if (it != owners_.end() && it->second.position != position) {
      DictionaryEntry& other = entries_[it->second.position];
      std::string what = std::string(NameKindName(kind)) + " " + Quote(text);
      if (it->second.number != 0) {
        return Error(number, label, what + " already names " + FileEntryLabel(it->second.number));
      }
      if (NameKey(kind, other.actor.name) == key) {
        return Error(number, label,
                     what + " is the canonical name of the actor " + Quote(other.actor.id) +
                         "; to change that actor, give its \"id\"");
      }
      for (NameKind other_kind : kKinds) {
        std::erase_if(*NameList(&other, other_kind), [&](const std::string& old) {
          return NameKey(other_kind, old) == key;
        });
      }
    }
    owners_[key] = {position, number};
    return Status::OK();
  }

  std::vector<DictionaryEntry> entries_;
  std::string_view source_;
  std::map<std::string, size_t> index_;           // id -> position
  std::map<std::string, Owner> owners_;           // NameKey -> who has it
  std::map<std::string, size_t> file_ids_;        // id -> entry number in this file
  std::map<size_t, std::string> file_labels_;     // entry number -> "\"Iran\"" or ""
  std::vector<std::string> file_order_;           // entry number - 1 -> id
};

// The 1-based line of byte `offset` in `text`.
size_t LineOf(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + std::count(text.begin(), text.begin() + offset, '\n');
}

}  // namespace

std::string_view NameKindName(NameKind kind) {
  switch (kind) {
    case NameKind::kName: return "name";
    case NameKind::kAcronym: return "acronym";
    case NameKind::kCapital: return "capital";
    case NameKind::kDemonym: return "demonym";
  }
  return "name";
}

Result<ActorDictionary> ActorDictionary::LoadDefault() {
  ActorDictionary dictionary;
  if (Status status = dictionary.AddJson(data::default_actors(), "default_actors.json");
      !status.ok()) {
    return Status::Internal("built-in actor dictionary is broken: " + status.message());
  }
  // A second file so the states can be reviewed (and left out) apart from the sovereign
  // ones; its entries point at their country through "affiliation".
  if (Status status = dictionary.AddJson(data::regions(), "regions.json"); !status.ok()) {
    return Status::Internal("built-in region dictionary is broken: " + status.message());
  }
  return dictionary;
}

Status ActorDictionary::AddJson(std::string_view json, std::string_view source_name) {
  const std::string source(source_name);
  // Editors on Windows save UTF-8 with a byte order mark; it is not part of the JSON.
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  size_t skipped = json.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  rapidjson::Document document;
  document.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag>(
      json.data() + skipped, json.size() - skipped);
  if (document.HasParseError()) {
    size_t offset = document.GetErrorOffset() + skipped;
    return Status::InvalidArgument(source + ":" + std::to_string(LineOf(json, offset)) +
                                   ": byte " + std::to_string(offset) + ": malformed JSON: " +
                                   rapidjson::GetParseError_En(document.GetParseError()));
  }
  if (!document.IsObject()) {
    return Status::InvalidArgument(source + ": expected an object {\"format\": \"" +
                                   std::string(kFormat) + "\", ...}, got " + Describe(document));
  }
  for (auto it = document.MemberBegin(); it != document.MemberEnd(); ++it) {
    std::string_view field = View(it->name);
    if (std::find(kTopFields.begin(), kTopFields.end(), field) == kTopFields.end()) {
      return Status::InvalidArgument(source + ": " + UnknownField(field, kTopFields));
    }
  }
  auto format = document.FindMember("format");
  if (format == document.MemberEnd() || !format->value.IsString() ||
      View(format->value) != kFormat) {
    return Status::InvalidArgument(
        source + ": field \"format\": expected \"" + std::string(kFormat) + "\", got " +
        (format == document.MemberEnd() ? std::string("nothing") : Describe(format->value)));
  }
  auto version = document.FindMember("version");
  if (version == document.MemberEnd() || !version->value.IsInt() ||
      version->value.GetInt() != kVersion) {
    return Status::InvalidArgument(
        source + ": field \"version\": expected " + std::to_string(kVersion) + ", got " +
        (version == document.MemberEnd() ? std::string("nothing") : Describe(version->value)));
  }
  auto actors = document.FindMember("actors");
  if (actors == document.MemberEnd() || !actors->value.IsArray()) {
    return Status::InvalidArgument(
        source + ": field \"actors\": expected an array of actor entries, got " +
        (actors == document.MemberEnd() ? std::string("nothing") : Describe(actors->value)));
  }
  Merger merger(entries_, source);
  size_t number = 0;
  for (const auto& value : actors->value.GetArray()) {
    AG_RETURN_IF_ERROR(merger.Add(++number, value));
  }
  AG_RETURN_IF_ERROR(merger.CheckReferences());
  entries_ = std::move(merger).Finish();
  index_.clear();
  names_.clear();
  for (size_t i = 0; i < entries_.size(); ++i) {
    DictionaryEntry& entry = entries_[i];
    index_[entry.actor.id] = i;
    names_[NameKey(NameKind::kName, entry.actor.name)] = {i, NameKind::kName};
    for (NameKind kind : kKinds) {
      for (const std::string& text : NameList(entry, kind)) {
        names_[NameKey(kind, text)] = {i, kind};
      }
    }
  }
  return Status::OK();
}

std::vector<std::string> ActorDictionary::SpellcheckName(std::string_view text,
                                                         size_t max) const {
  std::vector<std::string> candidates;
  for (const DictionaryEntry& entry : entries_) {
    candidates.push_back(entry.actor.name);
    for (NameKind kind : kKinds) {
      const auto& list = NameList(entry, kind);
      candidates.insert(candidates.end(), list.begin(), list.end());
    }
  }
  return ClosestMatches(Trimmed(text), candidates, max);
}

const DictionaryEntry* ActorDictionary::LookupName(std::string_view text, NameKind* kind) const {
  std::string trimmed = Trimmed(text);
  std::vector<std::string> keys = {NameKey(NameKind::kAcronym, trimmed),
                                   NameKey(NameKind::kName, trimmed)};
  if (trimmed.size() > 4 && NameKey(NameKind::kName, trimmed.substr(0, 4)) == "N:the ") {
    keys.push_back(NameKey(NameKind::kName, trimmed.substr(4)));
  }
  for (const std::string& key : keys) {
    if (auto it = names_.find(key); it != names_.end()) {
      if (kind) *kind = it->second.kind;
      return &entries_[it->second.position];
    }
  }
  return nullptr;
}

const DictionaryEntry* ActorDictionary::FindById(std::string_view id) const {
  auto it = index_.find(std::string(id));
  return it == index_.end() ? nullptr : &entries_[it->second];
}

}  // namespace actorgraph

