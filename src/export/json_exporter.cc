// NetworkX node-link JSON: {"directed", "multigraph", "graph", "nodes": [{"id", ...}],
// "links": [{"source", "target", "key", ...}]}, the shape networkx.node_link_graph reads.
#include <algorithm>
#include <ostream>
#include <string>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include "actorgraph/export/export_selection.h"
#include "actorgraph/graph/knowledge_graph.h"
#include "export/formats.h"
#include "export/utf8.h"

namespace actorgraph {
namespace {

template <typename Writer>
void String(Writer& w, std::string_view text) {
  // RapidJSON copies bytes as they are; malformed UTF-8 would make the file unreadable.
  const std::string clean = utf8::Sanitize(text);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

template <typename Writer>
void Field(Writer& w, const char* name, std::string_view value) {
  w.Key(name);
  String(w, value);
}

template <typename Writer>
void StringList(Writer& w, const char* name, const std::vector<std::string>& items) {
  w.Key(name);
  w.StartArray();
  for (const std::string& item : items) String(w, item);
  w.EndArray();
}

template <typename Writer>
void SpanField(Writer& w, const char* name, const Span& span) {
  w.Key(name);
  w.StartArray();
  w.Uint(span.begin);
  w.Uint(span.end);
  w.EndArray();
}

template <typename Writer>
void WriteActor(Writer& w, const ActorNode& node) {
  const Actor& actor = node.actor;
  w.StartObject();
  Field(w, "id", actor.id);
  Field(w, "name", actor.name);
  Field(w, "type", ActorTypeName(actor.type));
  StringList(w, "aliases", actor.aliases);
  Field(w, "code", actor.code);
  Field(w, "affiliation", actor.affiliation);
  w.Key("mentions");
  w.Int64(node.mentions);
  w.EndObject();
}

template <typename Writer>
void WriteEvidence(Writer& w, const Evidence& evidence) {
  w.StartObject();
  Field(w, "doc", evidence.doc);
  Field(w, "date", evidence.date);
  w.Key("sentence_index");
  w.Int(evidence.sentence_index);
  Field(w, "sentence", evidence.sentence);
  SpanField(w, "subject", evidence.subject);
  SpanField(w, "relation", evidence.relation);
  SpanField(w, "object", evidence.object);
  w.EndObject();
}

template <typename Writer>
void WriteLink(Writer& w, const Graph& g, Edge e, size_t index, size_t max_evidence) {
  const EdgeData& data = g[e];
  const Relation& relation = data.relation;
  w.StartObject();
  Field(w, "source", g[boost::source(e, g)].actor.id);
  Field(w, "target", g[boost::target(e, g)].actor.id);
  Field(w, "key", "e" + std::to_string(index));
  Field(w, "label", RelationLabel(relation));
  Field(w, "relation", relation.text);
  Field(w, "lemma", relation.lemma);
  Field(w, "category", CategoryName(relation.category));
  w.Key("cameo_root");
  w.Int(relation.cameo_root);
  w.Key("symmetric");
  w.Bool(relation.symmetric);
  w.Key("negated");
  w.Bool(relation.negated);
  Field(w, "modality", relation.modality);
  w.Key("weight");
  w.Int64(data.weight);
  StringList(w, "documents", data.documents);
  Field(w, "first_date", data.first_date);
  Field(w, "last_date", data.last_date);
  w.Key("confidence");
  w.Double(data.confidence);
  StringList(w, "extractors", data.extractors);
  w.Key("evidence");
  w.StartArray();
  const size_t count = std::min(max_evidence, data.evidence.size());
  for (size_t i = 0; i < count; ++i) WriteEvidence(w, data.evidence[i]);
  w.EndArray();
  w.EndObject();
}

template <typename Writer>
void WriteNodeLink(Writer& w, const KnowledgeGraph& graph, const ExportOptions& options) {
  const Graph& g = graph.graph();
  const ExportSelection selection = SelectForExport(graph, options);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  Field(w, "name", options.graph_name);
  w.EndObject();
  w.Key("nodes");
  w.StartArray();
  for (Vertex v : selection.actors) WriteActor(w, g[v]);
  w.EndArray();
  w.Key("links");
  w.StartArray();
  for (size_t i = 0; i < selection.edges.size(); ++i) {
    WriteLink(w, g, selection.edges[i], i, options.max_evidence);
  }
  w.EndArray();
  w.EndObject();
}

class JsonExporter : public Exporter {
 public:
  explicit JsonExporter(const ExportOptions& options) : options_(options) {}
  std::string_view name() const override { return "json"; }
  std::string_view extension() const override { return "json"; }

  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    rapidjson::OStreamWrapper stream(out);
    if (options_.pretty) {
      rapidjson::PrettyWriter<rapidjson::OStreamWrapper> writer(stream);
      writer.SetIndent(' ', 2);
      WriteNodeLink(writer, graph, options_);
    } else {
      rapidjson::Writer<rapidjson::OStreamWrapper> writer(stream);
      WriteNodeLink(writer, graph, options_);
    }
    out << '\n';
    out.flush();
    if (!out.good()) return Status::IOError("writing the JSON output failed");
    return Status::OK();
  }

 private:
  ExportOptions options_;
};

}  // namespace

std::unique_ptr<Exporter> MakeJsonExporter(const ExportOptions& options) {
  return std::make_unique<JsonExporter>(options);
}

}  // namespace actorgraph
