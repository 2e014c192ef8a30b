// DOT through Graphviz cgraph: we build an Agraph_t and let agwrite do the quoting, so any
// name comes out as valid DOT. Label values additionally go through DotLabel, because
// Graphviz interprets backslash escapes and HTML entities in labels when it renders.
#include <cmath>
#include <ostream>
#include <string>

#include <graphviz/cgraph.h>

#include "actorgraph/export/dot_escape.h"
#include "actorgraph/export/export_selection.h"
#include "actorgraph/export/xml_escape.h"
#include "actorgraph/graph/knowledge_graph.h"
#include "export/formats.h"

namespace actorgraph {
namespace {

// agwrite's output channel is the std::ostream* passed to it.
int PutString(void* channel, const char* text) {
  auto* out = static_cast<std::ostream*>(channel);
  *out << text;
  return out->good() ? 0 : EOF;
}

int Flush(void* channel) {
  auto* out = static_cast<std::ostream*>(channel);
  out->flush();
  return out->good() ? 0 : EOF;
}

const char* ShapeFor(ActorType type) {
  switch (type) {
    case ActorType::kCountry:
      return "box";
    case ActorType::kOrganization:
      return "hexagon";
    case ActorType::kPerson:
      return "ellipse";
    case ActorType::kGroup:
      return "octagon";
    case ActorType::kOther:
      break;
  }
  return "note";
}

// Cooperation green, conflict red, neutral and unknown dark grey.
const char* ColorFor(Category category) {
  switch (category) {
    case Category::kVerbalCooperation:
      return "#4d9221";
    case Category::kMaterialCooperation:
      return "#276419";
    case Category::kVerbalConflict:
      return "#d6604d";
    case Category::kMaterialConflict:
      return "#b2182b";
    case Category::kNeutral:
    case Category::kUnknown:
      break;
  }
  return "#404040";
}

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

// "1 document", "2 documents".
std::string Count(int64_t n, std::string_view noun) {
  return std::to_string(n) + " " + std::string(noun) + (n == 1 ? "" : "s");
}

// "Kessaria (country, KSR)", then "also: <aliases>" and "<n> mentions" lines.
std::string NodeTooltip(const ActorNode& node) {
  const Actor& actor = node.actor;
  std::string text = actor.name + " (" + std::string(ActorTypeName(actor.type));
  if (!actor.code.empty()) text += ", " + actor.code;
  text += ")";
  if (!actor.aliases.empty()) text += "\nalso: " + Join(actor.aliases, "; ");
  text += "\n" + Count(node.mentions, "mention");
  return text;
}

// "Kessaria not attack Valmoria", then "2 assertions in 1 document, <first> to <last>",
// then the first evidence sentence (if evidence is written at all).
std::string EdgeTooltip(const Actor& source, const Actor& target, const EdgeData& data,
                        size_t max_evidence) {
  std::string text = source.name + " " + RelationLabel(data.relation) + " " + target.name;
  text += "\n" + Count(data.weight, "assertion") + " in " +
          Count(static_cast<int64_t>(data.documents.size()), "document");
  if (!data.first_date.empty()) {
    text += ", " + data.first_date;
    if (data.last_date != data.first_date) text += " to " + data.last_date;
  }
  if (max_evidence > 0 && !data.evidence.empty() && !data.evidence[0].sentence.empty()) {
    text += "\n" + data.evidence[0].sentence;
  }
  return text;
}

// Owns an Agraph_t; cgraph takes char* everywhere, so values are copied into std::strings.
class DotGraph {
 public:
  DotGraph(const std::string& name, Agdisc_t* disc) {
    std::string copy = SanitizeXmlChars(name);
    graph_ = agopen(copy.data(), Agdirected, disc);
  }
  ~DotGraph() {
    if (graph_) agclose(graph_);
  }
  DotGraph(const DotGraph&) = delete;
  DotGraph& operator=(const DotGraph&) = delete;

  Agraph_t* get() const { return graph_; }

  // Declares an attribute of `kind` (AGRAPH, AGNODE, AGEDGE) with a default value.
  Agsym_t* Declare(int kind, const char* name, const char* default_value) {
    std::string n(name), d(default_value);
    return agattr(graph_, kind, n.data(), d.data());
  }
  // Sets a declared attribute; the value is made safe for the SVG Graphviz writes.
  static void Set(void* object, Agsym_t* symbol, std::string_view value) {
    std::string copy = SanitizeXmlChars(value);
    agxset(object, symbol, copy.data());
  }

 private:
  Agraph_t* graph_ = nullptr;
};

class DotExporter : public Exporter {
 public:
  explicit DotExporter(const ExportOptions& options) : options_(options) {}
  std::string_view name() const override { return "dot"; }
  std::string_view extension() const override { return "dot"; }
  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  ExportOptions options_;
};

Status DotExporter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  Agiodisc_t io = {AgIoDisc.afread, PutString, Flush};
  Agdisc_t disc = {&AgMemDisc, &AgIdDisc, &io};
  DotGraph dot(options_.graph_name, &disc);
  if (!dot.get()) return Status::Internal("cgraph could not create a graph");

  DotGraph::Set(dot.get(), dot.Declare(AGRAPH, "rankdir", ""), options_.rankdir);
  Agsym_t* node_label = dot.Declare(AGNODE, "label", "");
  Agsym_t* node_shape = dot.Declare(AGNODE, "shape", "");
  Agsym_t* node_type = dot.Declare(AGNODE, "type", "");
  Agsym_t* node_code = dot.Declare(AGNODE, "code", "");
  Agsym_t* node_aliases = dot.Declare(AGNODE, "aliases", "");
  Agsym_t* node_mentions = dot.Declare(AGNODE, "mentions", "0");
  Agsym_t* node_tooltip = dot.Declare(AGNODE, "tooltip", "");
  Agsym_t* edge_label = dot.Declare(AGEDGE, "label", "");
  Agsym_t* edge_dir = dot.Declare(AGEDGE, "dir", "forward");
  Agsym_t* edge_style = dot.Declare(AGEDGE, "style", "");
  Agsym_t* edge_color = dot.Declare(AGEDGE, "color", "");
  Agsym_t* edge_penwidth = dot.Declare(AGEDGE, "penwidth", "1");
  Agsym_t* edge_weight = dot.Declare(AGEDGE, "weight", "1");
  Agsym_t* edge_relation = dot.Declare(AGEDGE, "relation", "");
  Agsym_t* edge_category = dot.Declare(AGEDGE, "category", "");
  Agsym_t* edge_modality = dot.Declare(AGEDGE, "modality", "");
  Agsym_t* edge_negated = dot.Declare(AGEDGE, "negated", "false");
  Agsym_t* edge_symmetric = dot.Declare(AGEDGE, "symmetric", "false");
  Agsym_t* edge_documents = dot.Declare(AGEDGE, "documents", "0");
  Agsym_t* edge_tooltip = dot.Declare(AGEDGE, "tooltip", "");

  const Graph& g = graph.graph();
  const ExportSelection selection = SelectForExport(graph, options_);
  std::vector<Agnode_t*> nodes(boost::num_vertices(g), nullptr);
  for (Vertex v : selection.actors) {
    const ActorNode& node = g[v];
    std::string id = SanitizeXmlChars(node.actor.id);
    Agnode_t* n = agnode(dot.get(), id.data(), 1);
    if (!n) return Status::Internal("cgraph could not create node '" + id + "'");
    nodes[v] = n;
    DotGraph::Set(n, node_label, DotLabel(node.actor.name));
    DotGraph::Set(n, node_shape, ShapeFor(node.actor.type));
    DotGraph::Set(n, node_type, ActorTypeName(node.actor.type));
    DotGraph::Set(n, node_code, node.actor.code);
    DotGraph::Set(n, node_aliases, Join(node.actor.aliases, "; "));
    DotGraph::Set(n, node_mentions, std::to_string(node.mentions));
    DotGraph::Set(n, node_tooltip, DotTooltip(NodeTooltip(node)));
  }
  for (Edge e : selection.edges) {
    const EdgeData& data = g[e];
    Agnode_t* tail = nodes[boost::source(e, g)];
    Agnode_t* head = nodes[boost::target(e, g)];
    // A null name makes a new anonymous edge each time: parallel relations survive.
    Agedge_t* edge = agedge(dot.get(), tail, head, nullptr, 1);
    if (!edge) return Status::Internal("cgraph could not create an edge");
    const Relation& relation = data.relation;
    DotGraph::Set(edge, edge_label, DotLabel(RelationLabel(relation)));
    if (relation.symmetric) DotGraph::Set(edge, edge_dir, "none");
    if (relation.negated) {
      DotGraph::Set(edge, edge_style, "dashed");
    } else if (!relation.modality.empty()) {
      DotGraph::Set(edge, edge_style, "dotted");
    }
    DotGraph::Set(edge, edge_color, ColorFor(relation.category));
    const double width = 1 + std::log2(static_cast<double>(std::max<int64_t>(data.weight, 1)));
    DotGraph::Set(edge, edge_penwidth, FormatDouble(std::round(width * 10) / 10));
    DotGraph::Set(edge, edge_weight, std::to_string(std::max<int64_t>(data.weight, 0)));
    DotGraph::Set(edge, edge_relation, relation.text);
    DotGraph::Set(edge, edge_category, CategoryName(relation.category));
    DotGraph::Set(edge, edge_modality, relation.modality);
    DotGraph::Set(edge, edge_negated, relation.negated ? "true" : "false");
    DotGraph::Set(edge, edge_symmetric, relation.symmetric ? "true" : "false");
    DotGraph::Set(edge, edge_documents, std::to_string(data.documents.size()));
    DotGraph::Set(edge, edge_tooltip,
                  DotTooltip(EdgeTooltip(g[boost::source(e, g)].actor, g[boost::target(e, g)].actor,
                                       data, options_.max_evidence)));
  }
  if (agwrite(dot.get(), &out) == EOF || !out.good()) {
    return Status::IOError("writing the DOT output failed");
  }
  return Status::OK();
}

}  // namespace

std::unique_ptr<Exporter> MakeDotExporter(const ExportOptions& options) {
  return std::make_unique<DotExporter>(options);
}

}  // namespace actorgraph
