// Rendering a KnowledgeGraph as a diagram, in-process through Graphviz (gvc): SVG, PNG, PDF,
// or one self-contained HTML page to explore it in a browser.
//
//   actorgraph::RenderOptions options;
//   options.format = actorgraph::RenderFormat::kSvg;
//   AG_RETURN_IF_ERROR(actorgraph::RenderGraph(graph, options, out));
//
// Styling (see docs/formats.md, "Diagrams"): node shape and fill by actor type, edge colour
// by category, pen width by weight, dashed when negated, dotted when hedged, no arrowhead
// when symmetric; tooltips list evidence, aliases and mentions; a legend below the graph.
#ifndef ACTORGRAPH_EXPORT_RENDERER_H_
#define ACTORGRAPH_EXPORT_RENDERER_H_

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/export/export_options.h"
#include "actorgraph/status.h"

namespace actorgraph {

class KnowledgeGraph;

enum class RenderFormat { kSvg, kPng, kPdf, kHtml };

// "svg", "png", "pdf", "html".
std::string_view RenderFormatName(RenderFormat format);
// Inverse of RenderFormatName. InvalidArgument listing the names otherwise:
// "unknown render format 'jpg' (expected one of: svg, png, pdf, html)".
Result<RenderFormat> ParseRenderFormat(std::string_view name);

// The layouts RenderOptions::layout accepts: dot, neato, fdp, sfdp, circo.
std::vector<std::string_view> LayoutNames();

// The layout used when none is asked for: "dot" up to kMaxDotActors actors and
// kMaxDotEdges edges (layered drawings read best while small), "sfdp" beyond.
inline constexpr size_t kMaxDotActors = 60;
inline constexpr size_t kMaxDotEdges = 120;
std::string_view DefaultLayout(const KnowledgeGraph& graph);

struct RenderOptions {
  RenderFormat format = RenderFormat::kSvg;
  // Graphviz layout engine, one of LayoutNames(); "" picks DefaultLayout(graph).
  // Default: "".
  std::string layout;
  // Which actors and edges are drawn, the graph name (SVG <title>) and, for dot, rankdir.
  ExportOptions export_options;
  // Draw the legend below the graph. Default: true.
  bool legend = true;
  // Label edges with their relation. Default: true up to kMaxDotEdges edges, then off
  // (the relation is still in the tooltip and the HTML side panel): kAuto.
  enum class EdgeLabels { kAuto, kAlways, kNever };
  EdgeLabels edge_labels = EdgeLabels::kAuto;
  // Evidence sentences listed in an edge's tooltip. Default: 5.
  size_t tooltip_evidence = 5;
  // HTML: evidence sentences per edge embedded in the page's data. Default: all the graph
  // keeps.
  size_t html_evidence = static_cast<size_t>(-1);
};

// Lays `graph` out and writes it to `out` in options.format (HTML: WriteHtmlPage).
// InvalidArgument for an unknown layout; Internal when Graphviz fails (a missing plugin:
// "Graphviz has no 'png' renderer; install libgvc6 (cairo/pango plugin)"); IOError if the
// stream fails. Output is byte-identical for identical input.
Status RenderGraph(const KnowledgeGraph& graph, const RenderOptions& options,
                   std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_RENDERER_H_
