// GraphML, written by hand (not boost::write_graphml) so that the keys suit the readers
// people load it with:
//   - every key typed with one of the six GraphML types, ids NMTOKENs, no XML-illegal
//     characters: valid against the GraphML XSD;
//   - NetworkX and igraph read attr.name/attr.type; parallel edges make NetworkX return a
//     MultiDiGraph keyed by edge id. NetworkX rejects directed="false" edges in a directed
//     graph, so symmetry is the `symmetric` attribute, not the edge's direction;
//   - TinkerPop's GraphMLReader takes the vertex label from key id "labelV" and the edge
//     label from key id "labelE";
//   - Neo4j APOC (apoc.import.graphml, readLabels) takes node labels from data key "labels"
//     (":Country") and the relationship type from data key "label" only when it is the
//     FIRST data child of the edge;
//   - Gephi takes the edge label from key id "label" and the edge weight from "weight";
//   - JanusGraph refuses the property names "label", "key", "vertex", "edge", "element" and
//     "property", so no attr.name is one of them (the "label" key is named relation_type).
#include <algorithm>
#include <ostream>
#include <string>

#include "actorgraph/export/export_selection.h"
#include "actorgraph/export/xml_escape.h"
#include "actorgraph/graph/knowledge_graph.h"
#include "export/formats.h"

namespace actorgraph {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;    // attr.name
  const char* type;    // attr.type
};

constexpr Key kKeys[] = {
    {"labelV", "node", "labelV", "string"},
    {"labels", "node", "labels", "string"},
    {"name", "node", "name", "string"},
    {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},
    {"code", "node", "code", "string"},
    {"affiliation", "node", "affiliation", "string"},
    {"mentions", "node", "mentions", "long"},
    {"label", "edge", "relation_type", "string"},
    {"labelE", "edge", "labelE", "string"},
    {"relation", "edge", "relation", "string"},
    {"lemma", "edge", "lemma", "string"},
    {"category", "edge", "category", "string"},
    {"cameo_root", "edge", "cameo_root", "int"},
    {"symmetric", "edge", "symmetric", "boolean"},
    {"negated", "edge", "negated", "boolean"},
    {"modality", "edge", "modality", "string"},
    {"weight", "edge", "weight", "long"},
    {"documents", "edge", "documents", "long"},
    {"first_date", "edge", "first_date", "string"},
    {"last_date", "edge", "last_date", "string"},
    {"confidence", "edge", "confidence", "double"},
    {"extractors", "edge", "extractors", "string"},
    {"evidence", "edge", "evidence", "string"},
};

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

// Appends <data key="key">value</data>. Empty strings are left out: absent means empty.
void Data(std::string& out, const char* key, std::string_view value) {
  if (value.empty()) return;
  out += "      <data key=\"";
  out += key;
  out += "\">";
  out += XmlEscapeText(value);
  out += "</data>\n";
}

void WriteHeader(std::string& out, const ExportOptions& options) {
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& key : kKeys) {
    out += "  <key id=\"";
    out += key.id;
    out += "\" for=\"";
    out += key.domain;
    out += "\" attr.name=\"";
    out += key.name;
    out += "\" attr.type=\"";
    out += key.type;
    out += "\"/>\n";
  }
  out += "  <graph id=\"" + NmtokenId(options.graph_name) + "\" edgedefault=\"directed\">\n";
}

void WriteNode(std::string& out, const ActorNode& node) {
  const Actor& actor = node.actor;
  const std::string label = ActorLabel(actor.type);
  out += "    <node id=\"" + NmtokenId(actor.id) + "\">\n";
  Data(out, "labelV", label);
  Data(out, "labels", ":" + label);
  Data(out, "name", actor.name);
  Data(out, "type", ActorTypeName(actor.type));
  Data(out, "aliases", Join(actor.aliases, "; "));
  Data(out, "code", actor.code);
  Data(out, "affiliation", actor.affiliation);
  Data(out, "mentions", std::to_string(node.mentions));
  out += "    </node>\n";
}

void WriteEdge(std::string& out, const Graph& g, Edge e, size_t index,
               const ExportOptions& options) {
  const EdgeData& data = g[e];
  const Relation& relation = data.relation;
  const std::string type_name = RelationTypeName(relation);
  out += "    <edge id=\"e" + std::to_string(index) + "\" source=\"" +
         NmtokenId(g[boost::source(e, g)].actor.id) + "\" target=\"" +
         NmtokenId(g[boost::target(e, g)].actor.id) + "\">\n";
  Data(out, "label", type_name);  // must stay the first data child (APOC)
  Data(out, "labelE", type_name);
  Data(out, "relation", relation.text);
  Data(out, "lemma", relation.lemma);
  Data(out, "category", CategoryName(relation.category));
  Data(out, "cameo_root", std::to_string(relation.cameo_root));
  Data(out, "symmetric", relation.symmetric ? "true" : "false");
  Data(out, "negated", relation.negated ? "true" : "false");
  Data(out, "modality", relation.modality);
  Data(out, "weight", std::to_string(data.weight));
  Data(out, "documents", std::to_string(data.documents.size()));
  Data(out, "first_date", data.first_date);
  Data(out, "last_date", data.last_date);
  Data(out, "confidence", FormatDouble(data.confidence));
  Data(out, "extractors", Join(data.extractors, "; "));
  std::string evidence;
  const size_t count = std::min(options.max_evidence, data.evidence.size());
  for (size_t i = 0; i < count; ++i) {
    if (i) evidence += '\n';
    evidence += data.evidence[i].sentence;
  }
  Data(out, "evidence", evidence);
  out += "    </edge>\n";
}

class GraphmlExporter : public Exporter {
 public:
  explicit GraphmlExporter(const ExportOptions& options) : options_(options) {}
  std::string_view name() const override { return "graphml"; }
  std::string_view extension() const override { return "graphml"; }
  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  ExportOptions options_;
};

Status GraphmlExporter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  const Graph& g = graph.graph();
  const ExportSelection selection = SelectForExport(graph, options_);
  std::string buffer;
  WriteHeader(buffer, options_);
  // Written in chunks so that a large graph is not held twice in memory.
  constexpr size_t kChunk = 1 << 16;
  const auto flush = [&] {
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
  };
  for (Vertex v : selection.actors) {
    WriteNode(buffer, g[v]);
    if (buffer.size() > kChunk) flush();
  }
  for (size_t i = 0; i < selection.edges.size(); ++i) {
    WriteEdge(buffer, g, selection.edges[i], i, options_);
    if (buffer.size() > kChunk) flush();
  }
  buffer += "  </graph>\n</graphml>\n";
  flush();
  out.flush();
  if (!out.good()) return Status::IOError("writing the GraphML output failed");
  return Status::OK();
}

}  // namespace

std::unique_ptr<Exporter> MakeGraphmlExporter(const ExportOptions& options) {
  return std::make_unique<GraphmlExporter>(options);
}

}  // namespace actorgraph
