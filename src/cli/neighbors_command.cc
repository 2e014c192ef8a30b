#include <iostream>
#include <string>

#include "actorgraph/graph/graph_file.h"
#include "actorgraph/query/actor_resolver.h"
#include "actorgraph/query/actor_walk.h"
#include "actorgraph/query/neighborhood.h"
#include "cli/cli_util.h"

namespace actorgraph::cli {

int RunNeighbors(int argc, char** argv) {
  CommandLine cl("neighbors",
                 "Lists the actors within some hops of an actor, by distance, with the relations "
                 "that connect them.",
                 "GRAPH ACTOR [OPTION...]",
                 "  actorgraph neighbors graph.json Iran --depth 2");
  cl.add_options()
      ("depth", "hops from the actor, at least 1", cxxopts::value<int>()->default_value("1"),
       "D")
      ("limit", "strongest actors kept per distance; 0 keeps all",
       cxxopts::value<int>()->default_value("0"), "N")
      ("out-only", "follow edges along their arrow only (symmetric relations too)")
      ("json", "print JSON instead of text")
      ("graph", "graph file, - for standard input", cxxopts::value<std::string>())
      ("actor", "actor name, alias or id", cxxopts::value<std::string>());
  cl.parse_positional({"graph", "actor"});
  int exit_code = 0;
  auto args = cl.Parse(argc, argv, &exit_code);
  if (!args) return exit_code;
  if (!args->count("actor")) return UsageError("neighbors", "expected GRAPH ACTOR");
  const int depth = (*args)["depth"].as<int>();
  if (depth < 1) {
    return UsageError("neighbors", "--depth must be at least 1, got " + std::to_string(depth));
  }

  const int limit = (*args)["limit"].as<int>();
  if (limit < 0) {
    return UsageError("neighbors", "--limit must be 0 or more, got " + std::to_string(limit));
  }

  const std::string path = (*args)["graph"].as<std::string>();
  Result<KnowledgeGraph> graph = LoadGraphFile(path, std::cin);
  if (!graph.ok()) return Report(graph.status());
  Result<Vertex> center = ResolveActor(*graph, (*args)["actor"].as<std::string>(),
                                       path == "-" ? "<stdin>" : path);
  if (!center.ok()) return Report(center.status());

  ActorWalk walk(graph->graph(), {.undirected = args->count("out-only") == 0});
  Neighborhood around =
      FindNeighborhood(walk, *center,
                       {.depth = static_cast<size_t>(depth), .limit = static_cast<size_t>(limit)});
  if (args->count("json")) {
    WriteNeighborhoodJson(walk, around, std::cout);
  } else {
    WriteNeighborhoodText(walk, around, std::cout);
  }
  std::cout.flush();
  if (!std::cout) return Report(Status::IOError("cannot write to standard output"));
  return 0;
}

}  // namespace actorgraph::cli
