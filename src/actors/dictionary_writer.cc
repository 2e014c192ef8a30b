#include "actorgraph/actors/dictionary_writer.h"

#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "actorgraph/actors/actor_dictionary.h"

namespace actorgraph {
namespace {

// `text` as a JSON string literal (quotes included); RapidJSON does the escaping.
std::string JsonString(std::string_view text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

// Appends `"key": value` to the entry being written in `line`.
void AddField(std::string* line, std::string_view key, const std::string& json_value) {
  *line += line->size() > 1 ? ", " : "";
  *line += JsonString(key) + ": " + json_value;
}

void AddString(std::string* line, std::string_view key, const std::string& value) {
  if (!value.empty()) AddField(line, key, JsonString(value));
}

void AddList(std::string* line, std::string_view key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  std::string list = "[";
  for (const std::string& value : values) {
    if (list.size() > 1) list += ", ";
    list += JsonString(value);
  }
  AddField(line, key, list + "]");
}

std::string Cell(std::string_view text) {
  std::string cell(text);
  for (char& c : cell) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return cell;
}

std::string Cell(const std::vector<std::string>& values) {
  std::string cell;
  for (const std::string& value : values) {
    if (!cell.empty()) cell += " | ";
    cell += Cell(value);
  }
  return cell;
}

}  // namespace

void WriteDictionaryJson(const ActorDictionary& dictionary, std::ostream& out) {
  out << "{\"format\": \"actorgraph-actors\", \"version\": 1, \"actors\": [";
  bool first = true;
  for (const DictionaryEntry& entry : dictionary.entries()) {
    std::string line = "{";
    AddString(&line, "id", entry.actor.id);
    AddString(&line, "name", entry.actor.name);
    AddString(&line, "type", std::string(ActorTypeName(entry.actor.type)));
    AddString(&line, "code", entry.actor.code);
    AddList(&line, "names", entry.names);
    AddList(&line, "acronyms", entry.acronyms);
    AddList(&line, "capitals", entry.capitals);
    AddList(&line, "demonyms", entry.demonyms);
    AddString(&line, "parent", entry.parent);
    AddList(&line, "members", entry.members);
    AddString(&line, "affiliation", entry.actor.affiliation);
    out << (first ? "\n" : ",\n") << line << "}";
    first = false;
  }
  out << "\n]}\n";
}

void WriteDictionaryTsv(const ActorDictionary& dictionary, std::ostream& out) {
  out << "id\tname\ttype\tcode\tparent\taffiliation\tmembers\tnames\tacronyms\tcapitals\t"
         "demonyms\n";
  for (const DictionaryEntry& entry : dictionary.entries()) {
    out << Cell(entry.actor.id) << '\t' << Cell(entry.actor.name) << '\t'
        << ActorTypeName(entry.actor.type) << '\t' << Cell(entry.actor.code) << '\t'
        << Cell(entry.parent) << '\t' << Cell(entry.actor.affiliation) << '\t'
        << Cell(entry.members) << '\t' << Cell(entry.names) << '\t' << Cell(entry.acronyms)
        << '\t' << Cell(entry.capitals) << '\t' << Cell(entry.demonyms) << '\n';
  }
}

}  // namespace actorgraph
