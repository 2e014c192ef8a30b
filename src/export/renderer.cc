// Layout and rendering in-process through Graphviz's gvc library: the Agraph_t comes from
// BuildAgraph (the one the DOT exporter writes, with the diagram style), gvLayout lays it
// out and gvRenderData renders it into memory, so a failure never leaves partial output.
#include "actorgraph/export/renderer.h"

#include <array>
#include <ostream>
#include <string>

#include <graphviz/gvc.h>

#include "actorgraph/export/export_selection.h"
#include "actorgraph/graph/knowledge_graph.h"
#include "export/agraph_builder.h"
#include "export/html_page.h"

namespace actorgraph {
namespace {

constexpr std::array<std::string_view, 5> kLayouts = {"dot", "neato", "fdp", "sfdp", "circo"};
constexpr std::array<std::string_view, 4> kFormatNames = {"svg", "png", "pdf", "html"};

// Graphviz reports problems through agerr; we collect them for the error message instead of
// letting them go to stderr. Rendering is not reentrant anyway (Graphviz has globals).
std::string& GraphvizErrors() {
  static std::string errors;
  return errors;
}

int CollectError(char* message) {
  GraphvizErrors() += message;
  return 0;
}

std::string TrimmedErrors() {
  std::string errors = GraphvizErrors();
  while (!errors.empty() && (errors.back() == '\n' || errors.back() == ' ')) errors.pop_back();
  return errors.empty() ? "" : ": " + errors;
}

class GvcContext {
 public:
  GvcContext() : gvc_(gvContext()) {}
  ~GvcContext() {
    if (gvc_) gvFreeContext(gvc_);
  }
  GvcContext(const GvcContext&) = delete;
  GvcContext& operator=(const GvcContext&) = delete;
  GVC_t* get() const { return gvc_; }

 private:
  GVC_t* gvc_;
};

// A laid-out graph; the layout is freed before the graph is.
class Layout {
 public:
  Layout(GVC_t* gvc, Agraph_t* graph) : gvc_(gvc), graph_(graph) {}
  ~Layout() { gvFreeLayout(gvc_, graph_); }
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* graph_;
};

}  // namespace

std::string_view RenderFormatName(RenderFormat format) {
  return kFormatNames[static_cast<size_t>(format)];
}

Result<RenderFormat> ParseRenderFormat(std::string_view name) {
  for (size_t i = 0; i < kFormatNames.size(); ++i) {
    if (kFormatNames[i] == name) return static_cast<RenderFormat>(i);
  }
  return Status::InvalidArgument("unknown render format '" + std::string(name) +
                                 "' (expected one of: svg, png, pdf, html)");
}

std::vector<std::string_view> LayoutNames() { return {kLayouts.begin(), kLayouts.end()}; }

std::string_view DefaultLayout(const KnowledgeGraph& graph) {
  return graph.num_actors() <= kMaxDotActors && graph.num_edges() <= kMaxDotEdges ? "dot"
                                                                                  : "sfdp";
}

Status RenderGraph(const KnowledgeGraph& graph, const RenderOptions& options,
                   std::ostream& out) {
  std::string layout = options.layout.empty() ? std::string(DefaultLayout(graph)) : options.layout;
  bool known = false;
  for (std::string_view name : kLayouts) known |= name == layout;
  if (!known) {
    return Status::InvalidArgument("unknown layout '" + layout +
                                   "' (expected one of: dot, neato, fdp, sfdp, circo)");
  }
  AgraphOptions agraph_options;
  agraph_options.style = AgraphStyle::kDiagram;
  agraph_options.layout = layout;
  agraph_options.legend = options.legend;
  agraph_options.tooltip_evidence = options.tooltip_evidence;
  switch (options.edge_labels) {
    case RenderOptions::EdgeLabels::kAuto:
      agraph_options.edge_labels =
          SelectForExport(graph, options.export_options).edges.size() <= kMaxDotEdges;
      break;
    case RenderOptions::EdgeLabels::kAlways:
      agraph_options.edge_labels = true;
      break;
    case RenderOptions::EdgeLabels::kNever:
      agraph_options.edge_labels = false;
      break;
  }
  auto agraph = BuildAgraph(graph, options.export_options, agraph_options);
  if (!agraph.ok()) return agraph.status();

  GraphvizErrors().clear();
  agseterr(AGERR);
  agseterrf(CollectError);
  GvcContext gvc;
  if (!gvc.get()) return Status::Internal("Graphviz could not create a context");
  Agraph_t* g = (*agraph)->get();
  if (gvLayout(gvc.get(), g, layout.c_str()) != 0) {
    return Status::Internal("Graphviz layout '" + layout + "' failed" + TrimmedErrors());
  }
  Layout laid_out(gvc.get(), g);
  const std::string_view device =
      options.format == RenderFormat::kHtml ? "svg" : RenderFormatName(options.format);
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc.get(), g, std::string(device).c_str(), &data, &length) != 0 || !data) {
    if (data) gvFreeRenderData(data);
    return Status::Internal("Graphviz has no '" + std::string(device) +
                            "' renderer (the cairo plugin, in Debian's libgvc6)" +
                            TrimmedErrors());
  }
  std::string rendered(data, length);
  gvFreeRenderData(data);
  if (options.format == RenderFormat::kHtml) {
    AG_RETURN_IF_ERROR(WriteHtmlPage(graph, options, rendered, out));
  } else {
    out.write(rendered.data(), static_cast<std::streamsize>(rendered.size()));
  }
  out.flush();
  if (!out.good()) return Status::IOError("writing the rendered diagram failed");
  return Status::OK();
}

}  // namespace actorgraph
