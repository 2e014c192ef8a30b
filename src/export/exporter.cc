#include "actorgraph/export/exporter.h"

#include <array>
#include <charconv>
#include <ostream>
#include <sstream>
#include <string>

#include "actorgraph/spellcheck.h"
#include "export/formats.h"

namespace actorgraph {
namespace {

struct Format {
  std::string_view name;
  std::unique_ptr<Exporter> (*make)(const ExportOptions&);
};

// Sorted by name.
constexpr std::array kFormats = {
    Format{"dot", MakeDotExporter},
    Format{"graphml", MakeGraphmlExporter},
    Format{"json", MakeJsonExporter},
    Format{"neo4j", MakeNeo4jExporter},
    Format{"sql", MakeSqlExporter},
};

}  // namespace

Status Exporter::WriteFiles(const KnowledgeGraph& graph, ExportSink& sink) const {
  auto out = sink.OpenFile("graph." + std::string(extension()));
  if (!out.ok()) return out.status();
  return Write(graph, **out);
}

std::vector<std::string_view> ExporterNames() {
  std::vector<std::string_view> names;
  for (const Format& format : kFormats) names.push_back(format.name);
  return names;
}

Result<std::unique_ptr<Exporter>> MakeExporter(std::string_view name,
                                               const ExportOptions& options) {
  std::vector<std::string> names;
  for (const Format& format : kFormats) {
    if (format.name == name) return format.make(options);
    names.emplace_back(format.name);
  }
  std::string message = "unknown export format '" + std::string(name) + "' (expected one of: ";
  message += Join(names, ", ") + ")";
  auto suggestions = ClosestMatches(name, names, 1);
  if (!suggestions.empty()) message += "; did you mean '" + suggestions[0] + "'?";
  return Status::InvalidArgument(message);
}

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

std::string RelationLabel(const Relation& relation) {
  return relation.negated ? "not " + relation.text : relation.text;
}

std::string RelationTypeName(const Relation& relation) {
  std::string out;
  bool pending_separator = false;
  for (char c : RelationLabel(relation)) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) {
      pending_separator = !out.empty();
      continue;
    }
    if (pending_separator) out += '_';
    pending_separator = false;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out.empty() ? "RELATED_TO" : out;
}

std::string ActorLabel(ActorType type) {
  std::string name(ActorTypeName(type));
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

std::string FullIsoDate(std::string_view date) {
  const auto digits = [&](size_t pos, size_t count, int* value) {
    if (pos + count > date.size()) return false;
    *value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
      if (date[i] < '0' || date[i] > '9') return false;
      *value = *value * 10 + (date[i] - '0');
    }
    return true;
  };
  int year = 0, month = 1, day = 1;
  if (!digits(0, 4, &year)) return "";
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return "";
  if (date.size() >= 7 && (date[4] != '-' || !digits(5, 2, &month))) return "";
  if (date.size() == 10 && (date[7] != '-' || !digits(8, 2, &day))) return "";
  if (month < 1 || month > 12 || day < 1) return "";
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[month - 1] || (month == 2 && day == 29 && !leap)) return "";
  const auto two = [](int value) {
    return std::string{static_cast<char>('0' + value / 10), static_cast<char>('0' + value % 10)};
  };
  return std::string(date.substr(0, 4)) + "-" + two(month) + "-" + two(day);
}

std::string FormatDouble(double value) {
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  if (error != std::errc()) return "0";
  return std::string(buffer, end);
}

}  // namespace actorgraph
