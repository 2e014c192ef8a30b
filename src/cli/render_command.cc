// actorgraph render GRAPH -o FILE.svg|png|pdf|html: lays the graph out and draws it through
// Graphviz in-process, or writes the interactive HTML page.
#include <iostream>
#include <string>

#include "actorgraph/export/renderer.h"
#include "actorgraph/graph/graph_file.h"
#include "actorgraph/graph/graph_filter.h"
#include "actorgraph/output_file.h"
#include "cli/cli_util.h"
#include "cli/filter_flags.h"

namespace actorgraph::cli {
namespace {

// The format named by the output's extension ("htm" too); "" if none.
std::string FormatForPath(const std::string& path) {
  const size_t dot = path.rfind('.');
  if (path == "-" || dot == std::string::npos) return "";
  const std::string extension = path.substr(dot + 1);
  if (extension == "htm") return "html";
  return ParseRenderFormat(extension).ok() ? extension : "";
}

}  // namespace

int RunRender(int argc, char** argv) {
  CommandLine cl(
      "render",
      "Lays out a graph file (from `actorgraph build`) with Graphviz and draws it as SVG, PNG "
      "or PDF, or writes one self-contained HTML page to explore it (search, neighbourhoods, "
      "shortest paths, evidence). Filters apply before the layout.",
      "GRAPH -o FILE [OPTION...]   (GRAPH '-' reads standard input)",
      "  actorgraph render graph.json -o graph.svg\n"
      "  actorgraph render graph.json --actor Iran --depth 2 --category conflict -o iran.png\n"
      "  actorgraph render graph.json --top 40 -o explore.html\n"
      "  actorgraph render graph.json --to svg -o - | rsvg-convert > graph.png");
  cl.add_options()
      ("graph", "graph file to read, '-' for standard input", cxxopts::value<std::string>())
      ("o,output", "output file, '-' for standard output", cxxopts::value<std::string>(),
       "FILE")
      ("t,to", "output format: svg|png|pdf|html [from the -o extension]",
       cxxopts::value<std::string>(), "FORMAT")
      ("layout",
       "Graphviz layout: dot|neato|fdp|sfdp|circo [dot up to 60 actors and 120 relations "
       "(after filters), sfdp for larger graphs]",
       cxxopts::value<std::string>(), "NAME")
      ("rankdir", "dot layout direction: LR|TB|RL|BT",
       cxxopts::value<std::string>()->default_value("LR"), "DIR")
      ("edge-labels", "relation labels on edges: auto|always|never [auto: up to 120 relations]",
       cxxopts::value<std::string>()->default_value("auto"), "WHEN")
      ("no-legend", "leave out the legend")
      ("tooltip-evidence", "evidence sentences listed in an edge's tooltip",
       cxxopts::value<size_t>()->default_value("5"), "N")
      ("name", "graph name (the SVG title, the HTML page heading)",
       cxxopts::value<std::string>()->default_value("actorgraph"), "NAME")
      ("q,quiet", "no summary and no empty-diagram warning on standard error");
  AddFilterFlags(cl);
  cl.parse_positional({"graph"});
  int exit_code = 0;
  auto args = cl.Parse(argc, argv, &exit_code);
  if (!args) return exit_code;
  if (!args->count("graph")) return UsageError("render", "missing GRAPH (a graph file or '-')");
  if (!args->count("output")) return UsageError("render", "missing -o FILE ('-' for standard output)");

  const std::string output = (*args)["output"].as<std::string>();
  std::string format_name;
  if (args->count("to")) {
    format_name = (*args)["to"].as<std::string>();
  } else {
    format_name = FormatForPath(output);
    if (format_name.empty()) return UsageError("render", "missing --to FORMAT (svg|png|pdf|html)");
  }
  auto format = ParseRenderFormat(format_name);
  if (!format.ok()) return UsageError("render", format.status().message());

  RenderOptions options;
  options.format = *format;
  if (args->count("layout")) {
    options.layout = (*args)["layout"].as<std::string>();
    bool known = false;
    for (std::string_view name : LayoutNames()) known |= name == options.layout;
    if (!known) {
      return UsageError("render", "--layout must be dot, neato, fdp, sfdp or circo, got '" +
                                      options.layout + "'");
    }
  }
  options.export_options.rankdir = (*args)["rankdir"].as<std::string>();
  const std::string& rankdir = options.export_options.rankdir;
  if (rankdir != "LR" && rankdir != "TB" && rankdir != "RL" && rankdir != "BT") {
    return UsageError("render", "--rankdir must be LR, TB, RL or BT, got '" + rankdir + "'");
  }
  const std::string edge_labels = (*args)["edge-labels"].as<std::string>();
  if (edge_labels == "always") {
    options.edge_labels = RenderOptions::EdgeLabels::kAlways;
  } else if (edge_labels == "never") {
    options.edge_labels = RenderOptions::EdgeLabels::kNever;
  } else if (edge_labels != "auto") {
    return UsageError("render", "--edge-labels must be auto, always or never, got '" +
                                    edge_labels + "'");
  }
  options.legend = args->count("no-legend") == 0;
  options.tooltip_evidence = (*args)["tooltip-evidence"].as<size_t>();
  options.export_options.graph_name = (*args)["name"].as<std::string>();
  auto filter = FilterFromFlags(*args);
  if (!filter.ok()) return UsageError("render", filter.status().message());

  auto loaded = LoadGraphFile((*args)["graph"].as<std::string>(), std::cin);
  if (!loaded.ok()) return Report(loaded.status());
  auto graph = FilterGraph(*loaded, *filter);
  if (!graph.ok()) return Report(graph.status());
  auto out = OutputFile::Open(output, std::cout);
  if (!out.ok()) return Report(out.status());
  Status status = RenderGraph(*graph, options, out->stream());
  if (status.ok()) status = out->Commit();
  if (!status.ok()) return Report(status);
  if (graph->num_actors() == 0 && args->count("quiet") == 0) {
    std::cerr << "actorgraph render: warning: "
              << (loaded->num_actors() == 0 ? "the graph has no actors"
                                            : "the filters left no actors")
              << "; the diagram is empty\n";
  }
  if (ShowProgress(args->count("quiet") > 0)) {
    std::cerr << "actorgraph: rendered " << graph->num_actors() << " actors and "
              << graph->num_edges() << " relations with "
              << (options.layout.empty() ? DefaultLayout(*graph) : options.layout) << " as "
              << format_name << (output == "-" ? "" : " to " + output) << "\n";
  }
  return 0;
}

}  // namespace actorgraph::cli
