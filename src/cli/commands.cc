#include <array>

#include "cli/command.h"

namespace actorgraph::cli {

// Defined in <name>_command.cc.
int RunActors(int argc, char** argv);
int RunBuild(int argc, char** argv);
int RunDictionary(int argc, char** argv);
int RunMerge(int argc, char** argv);
int RunVersion(int argc, char** argv);

std::span<const Command> Commands() {
  // Keep sorted by name.
  static constexpr std::array kCommands = {
      Command{"actors", "list the actors articles mention (JSONL) or count them", RunActors},
      Command{"build", "build a graph file from triple files (JSONL or TSV)", RunBuild},
      Command{"dictionary", "print the actor dictionary, check --actors files, look up names",
              RunDictionary},
      Command{"merge", "merge graph files into one", RunMerge},
      Command{"version", "print the version and exit", RunVersion},
  };
  return kCommands;
}

}  // namespace actorgraph::cli
