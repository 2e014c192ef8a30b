#include <iostream>
#include <string>

#include "actorgraph/graph/graph_file.h"
#include "actorgraph/query/graph_stats.h"
#include "cli/cli_util.h"

namespace actorgraph::cli {

int RunStats(int argc, char** argv) {
  CommandLine cl("stats",
                 "Summarises a graph: actors by type, edges by category, documents, top actors, "
                 "components.",
                 "GRAPH [OPTION...]", "  actorgraph stats graph.json --top 20 --json");
  cl.add_options()
      ("top", "actors listed by degree", cxxopts::value<int>()->default_value("10"), "N")
      ("components", "sizes of the largest weakly connected components listed",
       cxxopts::value<int>()->default_value("5"), "N")
      ("json", "print JSON instead of text")
      ("graph", "graph file, - for standard input", cxxopts::value<std::string>());
  cl.parse_positional({"graph"});
  int exit_code = 0;
  auto args = cl.Parse(argc, argv, &exit_code);
  if (!args) return exit_code;
  if (!args->count("graph")) return UsageError("stats", "expected GRAPH");
  const int top = (*args)["top"].as<int>();
  const int components = (*args)["components"].as<int>();
  if (top < 0) return UsageError("stats", "--top must be 0 or more, got " + std::to_string(top));
  if (components < 0) {
    return UsageError("stats",
                      "--components must be 0 or more, got " + std::to_string(components));
  }

  Result<KnowledgeGraph> graph = LoadGraphFile((*args)["graph"].as<std::string>(), std::cin);
  if (!graph.ok()) return Report(graph.status());
  GraphStats stats = ComputeGraphStats(
      graph->graph(),
      {.top = static_cast<size_t>(top), .components = static_cast<size_t>(components)});
  if (args->count("json")) {
    WriteGraphStatsJson(graph->graph(), stats, std::cout);
  } else {
    WriteGraphStatsText(graph->graph(), stats, std::cout);
  }
  std::cout.flush();
  if (!std::cout) return Report(Status::IOError("cannot write to standard output"));
  return 0;
}

}  // namespace actorgraph::cli
