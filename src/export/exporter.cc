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
  for (size_t i = 0; i < names.size(); ++i) message += (i ? ", " : "") + names[i];
  message += ")";
  auto suggestions = ClosestMatches(name, names, 1);
  if (!suggestions.empty()) message += "; did you mean '" + suggestions[0] + "'?";
  return Status::InvalidArgument(message);
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

std::string FormatDouble(double value) {
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  if (error != std::errc()) return "0";
  return std::string(buffer, end);
}

}  // namespace actorgraph
