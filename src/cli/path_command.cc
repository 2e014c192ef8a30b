#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/graph/graph_file.h"
#include "actorgraph/query/actor_resolver.h"
#include "actorgraph/query/actor_walk.h"
#include "actorgraph/query/path_finder.h"
#include "actorgraph/query/path_report.h"
#include "cli/cli_util.h"

namespace actorgraph::cli {
namespace {

// cxxopts takes no one-letter long option, but "--k N" is how people ask for k shortest
// paths: spell it as --paths before parsing.
std::vector<std::string> SpellOutK(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  for (std::string& arg : args) {
    if (arg == "--k") arg = "--paths";
    if (arg.starts_with("--k=")) arg = "--paths=" + arg.substr(4);
  }
  return args;
}

}  // namespace

int RunPath(int argc, char** argv) {
  CommandLine cl("path", "Shows how two actors are connected: the shortest paths between them.",
                 "GRAPH FROM TO [OPTION...]",
                 "  actorgraph path graph.json Russia \"United States\" --k 3 --undirected\n"
                 "  actorgraph path - iran usa --json < graph.json");
  cl.add_options()
      ("k,paths", "number of paths, shortest first (also --k N)",
       cxxopts::value<int>()->default_value("1"), "N")
      ("max-hops", "longest path wanted, in hops; 0 for no limit",
       cxxopts::value<int>()->default_value("0"), "H")
      ("undirected", "walk edges against their arrow too (symmetric relations always are)")
      ("json", "print JSON instead of text")
      ("graph", "graph file, - for standard input", cxxopts::value<std::string>())
      ("from", "actor name, alias or id", cxxopts::value<std::string>())
      ("to", "actor name, alias or id", cxxopts::value<std::string>());
  cl.parse_positional({"graph", "from", "to"});
  int exit_code = 0;
  std::vector<std::string> spelled = SpellOutK(argc, argv);
  std::vector<char*> spelled_argv;
  for (std::string& arg : spelled) spelled_argv.push_back(arg.data());
  auto args = cl.Parse(argc, spelled_argv.data(), &exit_code);
  if (!args) return exit_code;
  if (!args->count("to")) return UsageError("path", "expected GRAPH FROM TO");
  const int k = (*args)["paths"].as<int>();
  const int max_hops = (*args)["max-hops"].as<int>();
  if (k < 1) return UsageError("path", "--k must be at least 1, got " + std::to_string(k));
  if (max_hops < 0) {
    return UsageError("path", "--max-hops must be 0 or more, got " + std::to_string(max_hops));
  }

  const std::string path = (*args)["graph"].as<std::string>();
  Result<KnowledgeGraph> graph = LoadGraphFile(path, std::cin);
  if (!graph.ok()) return Report(graph.status());
  Result<Vertex> from = ResolveActor(*graph, (*args)["from"].as<std::string>(),
                                     path == "-" ? "<stdin>" : path);
  if (!from.ok()) return Report(from.status());
  Result<Vertex> to = ResolveActor(*graph, (*args)["to"].as<std::string>(),
                                   path == "-" ? "<stdin>" : path);
  if (!to.ok()) return Report(to.status());

  ActorWalk walk(graph->graph(), {.undirected = args->count("undirected") > 0});
  PathQuery query{*from, *to,
                  {.k = static_cast<size_t>(k), .max_hops = static_cast<size_t>(max_hops)}};
  auto paths = FindShortestPaths(walk, query.from, query.to, query.options);
  if (args->count("json")) {
    WritePathsJson(walk, query, paths, std::cout);
  } else {
    WritePathsText(walk, query, paths, std::cout);
  }
  std::cout.flush();
  if (!std::cout) return Report(Status::IOError("cannot write to standard output"));
  return 0;
}

}  // namespace actorgraph::cli
