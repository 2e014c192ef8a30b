#include "export/agraph_builder.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "actorgraph/export/dot_escape.h"
#include "actorgraph/export/export_selection.h"
#include "actorgraph/export/style.h"
#include "actorgraph/export/xml_escape.h"
#include "export/formats.h"

namespace actorgraph {
namespace {

// cgraph takes char* everywhere, so names and values are copied into std::strings first.
Agsym_t* Declare(Agraph_t* graph, int kind, const char* name, const char* default_value) {
  std::string n(name), d(default_value);
  return agattr(graph, kind, n.data(), d.data());
}

// Sets a declared attribute; the value is made safe for the SVG Graphviz writes.
void Set(void* object, Agsym_t* symbol, std::string_view value) {
  std::string copy = SanitizeXmlChars(value);
  agxset(object, symbol, copy.data());
}

// Sets the root graph attribute `name`, declaring it with an empty default.
void SetGraph(Agraph_t* graph, const char* name, std::string_view value) {
  Set(graph, Declare(graph, AGRAPH, name, ""), value);
}

// The style table's label, but "uncategorised" for kUnknown in the legend.
std::string_view CategoryLegendName(Category category) {
  return category == Category::kUnknown ? "uncategorised" : StyleForCategory(category).label;
}

// The edge colour of a category in `style` (the DOT export's is darker).
std::string_view CategoryColor(Category category, AgraphStyle style) {
  const CategoryStyle& category_style = StyleForCategory(category);
  return style == AgraphStyle::kData ? category_style.data_line : category_style.line;
}

std::string_view ShapeLegendName(ActorType type) {
  switch (type) {
    case ActorType::kCountry:
      return "rounded box";
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

// What a diagram shows: used to keep the legend to what is on the page.
struct Present {
  std::set<ActorType> types;
  std::set<Category> categories;
  bool negated = false;
  bool hedged = false;
  bool symmetric = false;
  bool translucent = false;
};

// A line drawn with table cells (text dashes would look dashed): `pieces` 1 is solid, more
// pieces with gaps between them look dashed (4) or dotted (9).
std::string LineSample(std::string_view colour, int pieces) {
  const int width = 36;
  const int gap = pieces == 1 ? 0 : (pieces > 5 ? 2 : 4);
  const int piece = (width - gap * (pieces - 1)) / pieces;
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>";
  for (int i = 0; i < pieces; ++i) {
    if (i) html += "<TD WIDTH=\"" + std::to_string(gap) + "\" HEIGHT=\"3\" FIXEDSIZE=\"TRUE\"></TD>";
    html += "<TD WIDTH=\"" + std::to_string(piece) + "\" HEIGHT=\"3\" FIXEDSIZE=\"TRUE\" BGCOLOR=\"" +
            std::string(colour) + "\"></TD>";
  }
  return html + "</TR></TABLE>";
}

// The legend as an HTML-like table (the graph label, so that every layout draws it).
std::string LegendHtml(const Present& present) {
  std::string html =
      "<TABLE BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" CELLSPACING=\"1\" "
      "CELLPADDING=\"3\" BGCOLOR=\"#fafafa\">";
  html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>";
  for (ActorType type : present.types) {
    const ActorStyle& style = StyleForActor(type);
    html += "<TR><TD BGCOLOR=\"" + std::string(style.fill) + "\" BORDER=\"1\" COLOR=\"" +
            std::string(style.border) + "\">" + std::string(ActorTypeName(type)) +
            "</TD><TD ALIGN=\"LEFT\">shape: " + std::string(ShapeLegendName(type)) +
            "</TD></TR>";
  }
  for (Category category : present.categories) {
    html += "<TR><TD>" + LineSample(StyleForCategory(category).line, 1) +
            "</TD><TD ALIGN=\"LEFT\">" + std::string(CategoryLegendName(category)) +
            "</TD></TR>";
  }
  if (present.negated) {
    html += "<TR><TD>" + LineSample("#555555", 4) +
            "</TD><TD ALIGN=\"LEFT\">negated (&#8220;not &#8230;&#8221;)</TD></TR>";
  }
  if (present.hedged) {
    html += "<TR><TD>" + LineSample("#555555", 9) +
            "</TD><TD ALIGN=\"LEFT\">hedged (may, could, &#8230;)</TD></TR>";
  }
  if (present.symmetric) {
    html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">no arrowhead: symmetric (talks, "
            "relations)</TD></TR>";
  }
  html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">thicker line: more assertions (&#215;N)"
          "</TD></TR>";
  html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">larger name: more mentions</TD></TR>";
  if (present.translucent) {
    html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">translucent lines: darker where many "
            "relations overlap</TD></TR>";
  }
  html += "</TABLE>";
  return html;
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
// then evidence: in kData the first sentence (if evidence is exported at all), in kDiagram
// up to `diagram_evidence` sentences, each with its document and date.
std::string EdgeTooltip(const Actor& source, const Actor& target, const EdgeData& data,
                        AgraphStyle style, size_t max_evidence, size_t diagram_evidence) {
  std::string text = source.name + " " + RelationLabel(data.relation) + " " + target.name;
  text += "\n" + Count(data.weight, "assertion") + " in " +
          Count(static_cast<int64_t>(data.documents.size()), "document");
  if (!data.first_date.empty()) {
    text += ", " + data.first_date;
    if (data.last_date != data.first_date) text += " to " + data.last_date;
  }
  if (style == AgraphStyle::kData) {
    if (max_evidence > 0 && !data.evidence.empty() && !data.evidence[0].sentence.empty()) {
      text += "\n" + data.evidence[0].sentence;
    }
    return text;
  }
  const size_t shown = std::min({data.evidence.size(), max_evidence, diagram_evidence});
  for (size_t i = 0; i < shown; ++i) {
    const Evidence& evidence = data.evidence[i];
    text += "\n\u2022 " + evidence.sentence + " [" + evidence.doc;
    if (!evidence.date.empty()) text += ", " + evidence.date;
    text += "]";
  }
  if (data.evidence.size() > shown && shown > 0) {
    text += "\n(" + std::to_string(data.evidence.size() - shown) + " more)";
  }
  return text;
}

std::string EdgeLabel(const EdgeData& data, AgraphStyle style) {
  std::string label = RelationLabel(data.relation);
  if (style == AgraphStyle::kData) return label;
  if (!data.relation.modality.empty()) label += " (" + data.relation.modality + ")";
  if (data.weight > 1) label += " \u00d7" + std::to_string(data.weight);
  return label;
}

struct LayoutInput {
  std::string_view layout;
  size_t actors = 0;
  size_t edges = 0;
  bool edge_labels = true;
};

void SetDiagramGraphAttributes(Agraph_t* graph, const LayoutInput& options) {
  SetGraph(graph, "fontname", "Helvetica,Arial,sans-serif");
  // The graph font is the legend's: larger in large drawings, so that it stays readable
  // when the whole drawing is scaled to fit a screen.
  const double scale = options.actors > 40 ? std::log2(static_cast<double>(options.actors) / 40) : 0;
  SetGraph(graph, "fontsize", FormatDouble(std::min(10 + std::round(3 * scale), 20.0)));
  SetGraph(graph, "bgcolor", "white");
  SetGraph(graph, "pad", "0.3");
  SetGraph(graph, "outputorder", "edgesfirst");
  if (options.layout == "dot") {
    SetGraph(graph, "nodesep", "0.4");
    SetGraph(graph, "ranksep", "0.7");
  } else if (options.layout == "circo") {
    SetGraph(graph, "mindist", "1.2");
  } else {
    SetGraph(graph, "overlap", options.layout == "sfdp" ? "prism" : "false");
    SetGraph(graph, "sep", "+8");
    // Spline routing around nodes costs seconds to minutes on a few hundred edges
    // ("curved" in Graphviz 2.42 worst of all); sfdp is for large graphs, so straight lines.
    SetGraph(graph, "splines", options.layout == "sfdp" || options.edges > 200 ? "line" : "true");
    if (options.layout == "neato" || options.layout == "fdp") SetGraph(graph, "esep", "+4");
  }
  // Labels sit at the middle of an edge: labelled edges need the room.
  if (options.layout == "sfdp") SetGraph(graph, "K", options.edge_labels ? "2" : "1.2");
}

// More edges than this make a diagram dense: edges are drawn translucent.
constexpr size_t kDenseEdges = 120;

}  // namespace

double NodeFontSize(int64_t mentions) {
  const double size = 10 + 1.5 * std::log2(static_cast<double>(std::max<int64_t>(mentions, 1)));
  return std::round(std::min(size, 20.0) * 2) / 2;
}

AgraphHandle::~AgraphHandle() {
  if (graph_) agclose(graph_);
}

double EdgePenWidth(int64_t weight, AgraphStyle style) {
  return style == AgraphStyle::kDiagram ? EdgeLineWidth(weight) : EdgeDataLineWidth(weight);
}

Result<std::unique_ptr<AgraphHandle>> BuildAgraph(const KnowledgeGraph& graph,
                                                  const ExportOptions& export_options,
                                                  const AgraphOptions& options,
                                                  Agdisc_t* disc) {
  std::string name = DotData(export_options.graph_name);
  auto handle = std::make_unique<AgraphHandle>(agopen(name.data(), Agdirected, disc));
  Agraph_t* dot = handle->get();
  if (!dot) return Status::Internal("cgraph could not create a graph");
  const bool diagram = options.style == AgraphStyle::kDiagram;

  Set(dot, Declare(dot, AGRAPH, "rankdir", ""), export_options.rankdir);
  const ExportSelection selection = SelectForExport(graph, export_options);
  if (diagram) SetDiagramGraphAttributes(
        dot, {options.layout, selection.actors.size(), selection.edges.size(), options.edge_labels});
  Agsym_t* node_label = Declare(dot, AGNODE, "label", "");
  Agsym_t* node_shape = Declare(dot, AGNODE, "shape", "");
  Agsym_t* node_type = Declare(dot, AGNODE, "type", "");
  Agsym_t* node_code = Declare(dot, AGNODE, "code", "");
  Agsym_t* node_aliases = Declare(dot, AGNODE, "aliases", "");
  Agsym_t* node_mentions = Declare(dot, AGNODE, "mentions", "0");
  Agsym_t* node_tooltip = Declare(dot, AGNODE, "tooltip", "");
  Agsym_t* node_id = nullptr;
  Agsym_t* node_fill = nullptr;
  Agsym_t* node_fontsize = nullptr;
  Agsym_t* node_style = nullptr;
  Agsym_t* node_border = nullptr;
  if (diagram) {
    Declare(dot, AGNODE, "fontname", "Helvetica,Arial,sans-serif");
    node_fontsize = Declare(dot, AGNODE, "fontsize", "11");
    node_border = Declare(dot, AGNODE, "color", "");
    Declare(dot, AGNODE, "margin", "0.12,0.05");
    Declare(dot, AGNODE, "height", "0.4");
    node_id = Declare(dot, AGNODE, "id", "");
    node_fill = Declare(dot, AGNODE, "fillcolor", "");
    node_style = Declare(dot, AGNODE, "style", "filled");
  }
  Agsym_t* edge_label = Declare(dot, AGEDGE, "label", "");
  Agsym_t* edge_dir = Declare(dot, AGEDGE, "dir", "forward");
  Agsym_t* edge_style = Declare(dot, AGEDGE, "style", "");
  Agsym_t* edge_color = Declare(dot, AGEDGE, "color", "");
  Agsym_t* edge_penwidth = Declare(dot, AGEDGE, "penwidth", "1");
  Agsym_t* edge_weight = Declare(dot, AGEDGE, "weight", "1");
  Agsym_t* edge_relation = Declare(dot, AGEDGE, "relation", "");
  Agsym_t* edge_category = Declare(dot, AGEDGE, "category", "");
  Agsym_t* edge_modality = Declare(dot, AGEDGE, "modality", "");
  Agsym_t* edge_negated = Declare(dot, AGEDGE, "negated", "false");
  Agsym_t* edge_symmetric = Declare(dot, AGEDGE, "symmetric", "false");
  Agsym_t* edge_documents = Declare(dot, AGEDGE, "documents", "0");
  Agsym_t* edge_tooltip = Declare(dot, AGEDGE, "tooltip", "");
  Agsym_t* edge_id = nullptr;
  Agsym_t* edge_label_tooltip = nullptr;
  Agsym_t* edge_fontcolor = nullptr;
  if (diagram) {
    Declare(dot, AGEDGE, "fontname", "Helvetica,Arial,sans-serif");
    Declare(dot, AGEDGE, "fontsize", "9");
    Declare(dot, AGEDGE, "arrowsize", "0.7");
    edge_id = Declare(dot, AGEDGE, "id", "");
    edge_label_tooltip = Declare(dot, AGEDGE, "labeltooltip", "");
    edge_fontcolor = Declare(dot, AGEDGE, "fontcolor", "black");
  }

  const Graph& g = graph.graph();
  const bool dense = diagram && selection.edges.size() > kDenseEdges;
  Present present;
  present.translucent = dense;
  std::vector<Agnode_t*> nodes(boost::num_vertices(g), nullptr);
  for (size_t i = 0; i < selection.actors.size(); ++i) {
    const ActorNode& node = g[selection.actors[i]];
    std::string id = SanitizeXmlChars(node.actor.id);
    Agnode_t* n = agnode(dot, id.data(), 1);
    if (!n) return Status::Internal("cgraph could not create node '" + id + "'");
    nodes[selection.actors[i]] = n;
    const ActorStyle& style = StyleForActor(node.actor.type);
    Set(n, node_label, DotLabel(node.actor.name));
    Set(n, node_shape, style.dot_shape);
    Set(n, node_type, ActorTypeName(node.actor.type));
    Set(n, node_code, DotData(node.actor.code));
    Set(n, node_aliases, DotData(Join(node.actor.aliases, "; ")));
    Set(n, node_mentions, std::to_string(node.mentions));
    Set(n, node_tooltip, DotTooltip(NodeTooltip(node)));
    if (diagram) {
      Set(n, node_fontsize, FormatDouble(NodeFontSize(node.mentions)));
      present.types.insert(node.actor.type);
      Set(n, node_id, "a" + std::to_string(i));
      Set(n, node_fill, style.fill);
      Set(n, node_border, style.border);
      if (node.actor.type == ActorType::kCountry) Set(n, node_style, "filled,rounded");
    }
  }
  for (size_t i = 0; i < selection.edges.size(); ++i) {
    const Edge e = selection.edges[i];
    const EdgeData& data = g[e];
    Agnode_t* tail = nodes[boost::source(e, g)];
    Agnode_t* head = nodes[boost::target(e, g)];
    // A null name makes a new anonymous edge each time: parallel relations survive.
    Agedge_t* edge = agedge(dot, tail, head, nullptr, 1);
    if (!edge) return Status::Internal("cgraph could not create an edge");
    const Relation& relation = data.relation;
    if (!diagram || options.edge_labels) Set(edge, edge_label, DotLabel(EdgeLabel(data, options.style)));
    if (relation.symmetric) Set(edge, edge_dir, "none");
    if (relation.negated) {
      Set(edge, edge_style, "dashed");
    } else if (!relation.modality.empty()) {
      Set(edge, edge_style, "dotted");
    }
    // Translucent edges in a dense diagram, so that where they pile up shows as darker.
    Set(edge, edge_color,
        std::string(CategoryColor(relation.category, options.style)) + (dense ? "a0" : ""));
    Set(edge, edge_penwidth, FormatDouble(EdgePenWidth(data.weight, options.style)));
    Set(edge, edge_weight, std::to_string(std::max<int64_t>(data.weight, 0)));
    Set(edge, edge_relation, DotData(relation.text));
    Set(edge, edge_category, CategoryName(relation.category));
    Set(edge, edge_modality, DotData(relation.modality));
    Set(edge, edge_negated, relation.negated ? "true" : "false");
    Set(edge, edge_symmetric, relation.symmetric ? "true" : "false");
    Set(edge, edge_documents, std::to_string(data.documents.size()));
    const std::string tooltip =
        DotTooltip(EdgeTooltip(g[boost::source(e, g)].actor, g[boost::target(e, g)].actor, data,
                               options.style, export_options.max_evidence,
                               options.tooltip_evidence));
    Set(edge, edge_tooltip, tooltip);
    if (diagram) {
      present.categories.insert(relation.category);
      present.negated |= relation.negated;
      present.hedged |= !relation.negated && !relation.modality.empty();
      present.symmetric |= relation.symmetric;
      Set(edge, edge_id, "r" + std::to_string(i));
      Set(edge, edge_label_tooltip, tooltip);
      Set(edge, edge_fontcolor, relation.category == Category::kUnknown ||
                                        relation.category == Category::kNeutral
                                    ? "#555555"
                                    : CategoryColor(relation.category, options.style));
    }
  }
  if (diagram && options.legend && !selection.actors.empty()) {
    std::string legend = LegendHtml(present);
    char* html = agstrdup_html(dot, legend.data());
    Agsym_t* label = Declare(dot, AGRAPH, "label", "");
    agxset(dot, label, html);
    agstrfree(dot, html);
    SetGraph(dot, "labelloc", "b");
    SetGraph(dot, "labeljust", "l");
  }
  return handle;
}

}  // namespace actorgraph
