#include <array>

#include "cli/command.h"

namespace actorgraph::cli {

// Defined in <name>_command.cc.
int RunActors(int argc, char** argv);
int RunBuild(int argc, char** argv);
int RunDictionary(int argc, char** argv);
int RunEval(int argc, char** argv);
int RunExport(int argc, char** argv);
int RunExtract(int argc, char** argv);
int RunMerge(int argc, char** argv);
int RunNeighbors(int argc, char** argv);
int RunPath(int argc, char** argv);
int RunStats(int argc, char** argv);
int RunVersion(int argc, char** argv);

std::span<const Command> Commands() {
  // Keep sorted by name.
  static constexpr std::array kCommands = {
      Command{"actors", "list the actors articles mention (JSONL) or count them", RunActors},
      Command{"build", "build a graph file from articles or triple files", RunBuild},
      Command{"dictionary", "print the actor dictionary, check --actors files, look up names",
              RunDictionary},
      Command{"eval", "score extracted triples against gold triples (P/R/F1)", RunEval},
      Command{"export", "write a graph as DOT, GraphML or node-link JSON", RunExport},
      Command{"extract", "read articles and print the relation triples they state (JSONL)",
              RunExtract},
      Command{"merge", "merge graph files into one", RunMerge},
      Command{"neighbors", "list the actors around an actor, by distance", RunNeighbors},
      Command{"path", "show how two actors are connected (shortest paths)", RunPath},
      Command{"stats", "summarise a graph: counts, top actors, components", RunStats},
      Command{"version", "print the version and exit", RunVersion},
  };
  return kCommands;
}

}  // namespace actorgraph::cli
