// actorgraph export GRAPH --to FORMAT [-o FILE]: writes a graph file in another format.
#include <filesystem>
#include <iostream>
#include <string>

#include "actorgraph/export/directory_export.h"
#include "actorgraph/export/export_options.h"
#include "actorgraph/export/export_selection.h"
#include "actorgraph/export/exporter.h"
#include "actorgraph/graph/graph_file.h"
#include "actorgraph/graph/graph_filter.h"
#include "actorgraph/output_file.h"
#include "cli/cli_util.h"
#include "cli/filter_flags.h"

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
                 "for Gephi, NetworkX, igraph, TinkerPop, Neo4j APOC and yEd (--yed), NetworkX "
                 "node-link JSON, a directory of Neo4j import CSV (neo4j), or a PostgreSQL "
                 "script for psql (sql).",
                 "GRAPH [OPTION...]   (GRAPH '-' reads standard input)",
                 "  actorgraph export graph.json --to graphml -o graph.graphml\n"
                 "  actorgraph export graph.json --to dot | dot -Tsvg > graph.svg\n"
                 "  actorgraph export graph.json --to graphml --yed -o graph.graphml\n"
                 "  actorgraph export graph.json --to neo4j -o neo4j-import/\n"
                 "  actorgraph export graph.json -o graph.sql && psql -d news -f graph.sql");
  const std::string formats = FormatList();
  cl.add_options()
      ("graph", "graph file to read, '-' for standard input", cxxopts::value<std::string>())
      ("t,to", "output format: " + formats + " [from the -o extension]",
       cxxopts::value<std::string>(), "FORMAT")
      ("o,output", "output file, '-' for standard output (neo4j: a directory)",
       cxxopts::value<std::string>()->default_value("-"), "FILE")
      ("max-evidence", "evidence sentences per relation (GraphML, JSON, neo4j, sql) [all kept]",
       cxxopts::value<size_t>(), "N")
      ("name", "graph name (DOT graph, GraphML graph id, JSON graph.name)",
       cxxopts::value<std::string>()->default_value("actorgraph"), "NAME")
      ("rankdir", "DOT layout direction: LR|TB|RL|BT",
       cxxopts::value<std::string>()->default_value("LR"), "DIR")
      ("compact", "JSON on one line instead of indented")
      ("yed", "GraphML: add yFiles graphics (labels, colours, shapes) for yEd")
      ("sql-schema", "SQL: PostgreSQL schema for the tables, created if missing [search_path]",
       cxxopts::value<std::string>(), "NAME")
      ("q,quiet", "no summary on standard error");
  AddFilterFlags(cl);
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
  if (args->count("max-evidence")) options.max_evidence = (*args)["max-evidence"].as<size_t>();
  options.graph_name = (*args)["name"].as<std::string>();
  options.pretty = args->count("compact") == 0;
  options.rankdir = (*args)["rankdir"].as<std::string>();
  if (options.rankdir != "LR" && options.rankdir != "TB" && options.rankdir != "RL" &&
      options.rankdir != "BT") {
    return UsageError("export", "--rankdir must be LR, TB, RL or BT, got '" + options.rankdir + "'");
  }
  options.yed = args->count("yed") > 0;
  if (options.yed && format != "graphml") {
    return UsageError("export", "--yed needs --to graphml, got --to " + format);
  }
  if (args->count("sql-schema")) {
    if (format != "sql") {
      return UsageError("export", "--sql-schema needs --to sql, got --to " + format);
    }
    options.sql_schema = (*args)["sql-schema"].as<std::string>();
    if (options.sql_schema.empty()) return UsageError("export", "--sql-schema is empty");
  }
  auto filter = FilterFromFlags(*args);
  if (!filter.ok()) return UsageError("export", filter.status().message());
  auto exporter = MakeExporter(format, options);
  if (!exporter.ok()) return UsageError("export", exporter.status().message());
  if ((*exporter)->writes_directory() && output == "-") {
    return UsageError("export", "--to " + format + " writes a directory: give -o DIR");
  }

  const std::string input = (*args)["graph"].as<std::string>();
  std::error_code same_error;
  if (input != "-" && output != "-" && std::filesystem::equivalent(input, output, same_error)) {
    return UsageError("export", "-o " + output + " is the input graph: exporting over it would "
                                "replace the graph; give another output");
  }
  auto loaded = LoadGraphFile(input, std::cin);
  if (!loaded.ok()) return Report(loaded.status());
  auto graph = FilterGraph(*loaded, *filter);
  if (!graph.ok()) return Report(graph.status());
  if (Status status = WriteExport(**exporter, *graph, output, std::cout); !status.ok()) {
    return Report(status);
  }
  if (ShowProgress(args->count("quiet") > 0)) {
    const ExportSelection selection = SelectForExport(*graph, options);
    std::cerr << "actorgraph: exported " << selection.actors.size() << " actors and "
              << selection.edges.size() << " relations as " << format
              << (output == "-" ? "" : " to " + output) << "\n";
  }
  return 0;
}

}  // namespace actorgraph::cli
