#include "actorgraph/graph/triple_io.h"

#include <cstdio>
#include <istream>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/json_fields.h"

namespace actorgraph {
namespace {

using json::FieldError;
using json::Trim;
using Value = rapidjson::Value;

constexpr std::string_view kWhitespace = " \t\r\n\f\v";

std::string ReadTripleJson(const Value& value, Triple* triple) {
  auto member = [&](const char* name) -> const Value* {
    auto it = value.FindMember(name);
    return it == value.MemberEnd() ? nullptr : &it->value;
  };
  constexpr std::pair<const char*, const char*> kRequired[] = {
      {"subject", "an object or a name"},
      {"relation", "an object or a relation text"},
      {"object", "an object or a name"},
      {"evidence", "an object"},
  };
  // The flat form (as the gold files use): no "evidence" object, but "doc" (and "sentence",
  // "date") at the top, and "symmetric"/"negated" beside a relation string.
  const bool flat = member("evidence") == nullptr && member("doc") != nullptr;
  for (const auto& [name, expected] : kRequired) {
    if (member(name) == nullptr && !(flat && std::string_view(name) == "evidence")) {
      return json::MissingField(name, expected);
    }
  }
  if (std::string e = json::ReadActor(*member("subject"), "subject", &triple->subject);
      !e.empty()) {
    return e;
  }
  if (std::string e = json::ReadRelation(*member("relation"), "relation", &triple->relation);
      !e.empty()) {
    return e;
  }
  if (std::string e = json::ReadActor(*member("object"), "object", &triple->object); !e.empty()) {
    return e;
  }
  if (const Value* confidence = member("confidence")) {
    if (!confidence->IsNumber() || confidence->GetDouble() < 0 || confidence->GetDouble() > 1) {
      return FieldError("confidence", "a number from 0 to 1", *confidence);
    }
    triple->confidence = confidence->GetDouble();
  }
  triple->extractor = "input";
  if (const Value* extractor = member("extractor")) {
    if (!extractor->IsString()) return FieldError("extractor", "a string", *extractor);
    triple->extractor.assign(extractor->GetString(), extractor->GetStringLength());
  }
  if (!flat) return json::ReadEvidence(*member("evidence"), "evidence", &triple->evidence);
  if (std::string e = json::ReadEvidence(value, "", &triple->evidence); !e.empty()) return e;
  std::string error;
  if (member("relation")->IsString() &&
      (!json::GetBool(value, "", "symmetric", &triple->relation.symmetric, &error) ||
       !json::GetBool(value, "", "negated", &triple->relation.negated, &error))) {
    return error;
  }
  return {};
}

std::string ParseJsonLine(std::string_view line, Triple* triple) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
  if (document.HasParseError()) {
    std::string error = std::string("expected a JSON object: ") +
                        rapidjson::GetParseError_En(document.GetParseError()) + " at column " +
                        std::to_string(document.GetErrorOffset() + 1);
    if (document.GetErrorOffset() == 0 && line.find('\t') != std::string_view::npos) {
      error += " (tab-separated triples? name the file .tsv or give --format tsv)";
    }
    return error;
  }
  if (!document.IsObject()) {
    return std::string("expected a JSON object, got ") + json::JsonTypeName(document);
  }
  return ReadTripleJson(document, triple);
}

// ---- TSV --------------------------------------------------------------------------------

constexpr size_t kMinColumns = 3;
constexpr size_t kMaxColumns = 8;
constexpr const char* kColumnNames[kMaxColumns] = {
    "subject", "relation", "object", "subject_type", "object_type", "doc", "sentence", "date"};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> columns;
  for (size_t start = 0;;) {
    size_t tab = line.find('\t', start);
    columns.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return columns;
}

// The 1-based column of the first byte that is not valid UTF-8, or 0.
size_t InvalidUtf8Column(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    size_t length = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (length == 0 || i + length > text.size() || (length == 2 && b < 0xC2)) return i + 1;
    for (size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i + 1;
    }
    i += length;
  }
  return 0;
}

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string ParseTsvLine(std::string_view line, Triple* triple) {
  if (size_t column = InvalidUtf8Column(line)) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(line[column - 1]));
    return "expected UTF-8 text, got byte " + std::string(hex) + " at column " +
           std::to_string(column);
  }
  std::vector<std::string_view> columns = SplitTabs(line);
  if (columns.size() < kMinColumns || columns.size() > kMaxColumns) {
    std::string error =
        "expected 3 to 8 tab-separated columns (subject, relation, object[, subject_type, "
        "object_type, doc, sentence, date]), got " +
        std::to_string(columns.size());
    if (Trim(line).starts_with("{")) error += " (JSONL triples? give --format jsonl)";
    return error;
  }
  auto column_error = [&](size_t i, std::string_view expected) {
    return "column " + std::to_string(i + 1) + " (" + kColumnNames[i] + "): expected " +
           std::string(expected) + ", got " + Quoted(columns[i]);
  };
  triple->subject.name = std::string(Trim(columns[0]));
  if (triple->subject.name.empty()) return column_error(0, "a name");
  json::ParseRelationString(columns[1], &triple->relation);
  if (triple->relation.text.empty()) return column_error(1, "a relation");
  triple->object.name = std::string(Trim(columns[2]));
  if (triple->object.name.empty()) return column_error(2, "a name");
  for (size_t i : {size_t{3}, size_t{4}}) {
    if (i >= columns.size() || Trim(columns[i]).empty()) continue;
    auto type = ParseActorType(Trim(columns[i]));
    if (!type) return column_error(i, "one of country, organization, person, group, other");
    (i == 3 ? triple->subject : triple->object).type = *type;
  }
  if (columns.size() > 5) triple->evidence.doc = std::string(Trim(columns[5]));
  if (columns.size() > 6) triple->evidence.sentence = std::string(Trim(columns[6]));
  if (columns.size() > 7 && !json::ParseDate(Trim(columns[7]), &triple->evidence.date)) {
    return column_error(7, "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  triple->extractor = "input";
  return {};
}

bool IsTsvHeader(std::string_view line) {
  return line.starts_with("subject\trelation\tobject");
}

}  // namespace

TripleFormat TripleFormatForPath(std::string_view path) {
  return path.ends_with(".tsv") || path.ends_with(".tab") ? TripleFormat::kTsv
                                                          : TripleFormat::kJsonl;
}

Status ReadTriples(std::istream& in, std::string_view source_name, TripleFormat format,
                   const std::function<Status(Triple&&)>& sink) {
  std::string line;
  bool first_data_line = true;
  for (size_t line_number = 1; std::getline(in, line); ++line_number) {
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (Trim(line).empty()) continue;
    std::string error;
    Triple triple;
    if (format == TripleFormat::kJsonl) {
      error = ParseJsonLine(line, &triple);
    } else {
      if (line.starts_with("#")) continue;
      bool header = first_data_line && IsTsvHeader(line);
      first_data_line = false;
      if (header) continue;
      error = ParseTsvLine(line, &triple);
    }
    if (!error.empty()) {
      return Status::InvalidArgument(std::string(source_name) + ":" +
                                     std::to_string(line_number) + ": " + error);
    }
    AG_RETURN_IF_ERROR(sink(std::move(triple)));
  }
  if (in.bad()) return Status::IOError(std::string(source_name) + ": read failed");
  return Status::OK();
}

std::string TripleToJsonLine(const Triple& triple) {
  rapidjson::StringBuffer buffer;
  json::Writer w(buffer);
  w.StartObject();
  w.Key("subject");
  w.StartObject();
  json::WriteActorFields(w, triple.subject, /*all_fields=*/false);
  w.EndObject();
  w.Key("relation");
  w.StartObject();
  json::WriteRelationFields(w, triple.relation);
  w.EndObject();
  w.Key("object");
  w.StartObject();
  json::WriteActorFields(w, triple.object, /*all_fields=*/false);
  w.EndObject();
  w.Key("confidence");
  w.Double(triple.confidence);
  w.Key("extractor");
  json::WriteString(w, triple.extractor);
  w.Key("evidence");
  w.StartObject();
  json::WriteEvidenceFields(w, triple.evidence);
  w.EndObject();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace actorgraph
