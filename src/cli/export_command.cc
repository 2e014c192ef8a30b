// actorgraph export GRAPH --to FORMAT [-o FILE]: writes a graph file in another format.
#include <iostream>
#include <string>

#include "actorgraph/export/export_options.h"
#include "actorgraph/export/export_selection.h"
#include "actorgraph/export/exporter.h"
#include "actorgraph/graph/graph_file.h"
#include "actorgraph/output_file.h"
#include "cli/cli_util.h"

namespace actorgraph::cli {
namespace {

std::string FormatList() {
  std::string list;
  for (std::string_view name : ExporterNames()) {
    if (!list.empty()) list += "|";
    list += name;
  }
  return list;
}

// The format named by the output's extension (".gv" is Graphviz's other one); "" if none.
std::string FormatForPath(const std::string& path) {
  const size_t dot = path.rfind('.');
  if (path == "-" || dot == std::string::npos) return "";
  const std::string extension = path.substr(dot + 1);
  if (extension == "gv") return "dot";
  for (std::string_view name : ExporterNames()) {
    if (extension == name) return std::string(name);
  }
  return "";
}

}  // namespace

int RunExport(int argc, char** argv) {
  CommandLine cl("export",
                 "Writes a graph file (from `actorgraph build`) as DOT for Graphviz, GraphML "
                 "for Gephi, NetworkX, igraph, TinkerPop and Neo4j APOC, or NetworkX "
                 "node-link JSON.",
                 "GRAPH [OPTION...]   (GRAPH '-' reads standard input)",
                 "  actorgraph export graph.json --to graphml -o graph.graphml\n"
                 "  actorgraph export graph.json --to dot | dot -Tsvg > graph.svg");
  const std::string formats = FormatList();
  cl.add_options()
      ("graph", "graph file to read, '-' for standard input", cxxopts::value<std::string>())
      ("t,to", "output format: " + formats + " [from the -o extension]",
       cxxopts::value<std::string>(), "FORMAT")
      ("o,output", "output file, '-' for standard output",
       cxxopts::value<std::string>()->default_value("-"), "FILE")
      ("min-weight", "leave out relations asserted fewer than N times",
       cxxopts::value<int64_t>()->default_value("1"), "N")
      ("drop-isolated", "leave out actors with no relation left")
      ("max-evidence", "evidence sentences written per relation (GraphML, JSON) [all kept]",
       cxxopts::value<size_t>(), "N")
      ("name", "graph name (DOT graph, GraphML graph id, JSON graph.name)",
       cxxopts::value<std::string>()->default_value("actorgraph"), "NAME")
      ("rankdir", "DOT layout direction: LR|TB|RL|BT",
       cxxopts::value<std::string>()->default_value("LR"), "DIR")
      ("compact", "JSON on one line instead of indented")
      ("q,quiet", "no summary on standard error");
  cl.parse_positional({"graph"});
  int exit_code = 0;
  auto args = cl.Parse(argc, argv, &exit_code);
  if (!args) return exit_code;
  if (!args->count("graph")) return UsageError("export", "missing GRAPH (a graph file or '-')");

  const std::string output = (*args)["output"].as<std::string>();
  std::string format;
  if (args->count("to")) {
    format = (*args)["to"].as<std::string>();
  } else {
    format = FormatForPath(output);
    if (format.empty()) {
      return UsageError("export", "missing --to FORMAT (" + formats + ")");
    }
  }
  ExportOptions options;
  options.min_weight = (*args)["min-weight"].as<int64_t>();
  options.drop_isolated = args->count("drop-isolated") > 0;
  if (args->count("max-evidence")) options.max_evidence = (*args)["max-evidence"].as<size_t>();
  options.graph_name = (*args)["name"].as<std::string>();
  options.pretty = args->count("compact") == 0;
  options.rankdir = (*args)["rankdir"].as<std::string>();
  if (options.rankdir != "LR" && options.rankdir != "TB" && options.rankdir != "RL" &&
      options.rankdir != "BT") {
    return UsageError("export", "--rankdir must be LR, TB, RL or BT, got '" + options.rankdir + "'");
  }
  auto exporter = MakeExporter(format, options);
  if (!exporter.ok()) return UsageError("export", exporter.status().message());

  auto graph = LoadGraphFile((*args)["graph"].as<std::string>(), std::cin);
  if (!graph.ok()) return Report(graph.status());
  auto out = OutputFile::Open(output, std::cout);
  if (!out.ok()) return Report(out.status());
  Status status = (*exporter)->Write(*graph, out->stream());
  if (status.ok()) status = out->Commit();
  if (!status.ok()) return Report(status);
  if (ShowProgress(args->count("quiet") > 0)) {
    const ExportSelection selection = SelectForExport(*graph, options);
    std::cerr << "actorgraph: exported " << selection.actors.size() << " actors and "
              << selection.edges.size() << " relations as " << format
              << (output == "-" ? "" : " to " + output) << "\n";
  }
  return 0;
}

}  // namespace actorgraph::cli
