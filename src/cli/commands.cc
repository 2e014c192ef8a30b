#include <array>

#include "cli/command.h"

namespace actorgraph::cli {

// Defined in <name>_command.cc.
int RunBuild(int argc, char** argv);
int RunExport(int argc, char** argv);
int RunMerge(int argc, char** argv);
int RunVersion(int argc, char** argv);

std::span<const Command> Commands() {
  // Keep sorted by name.
  static constexpr std::array kCommands = {
      Command{"build", "build a graph file from triple files (JSONL or TSV)", RunBuild},
      Command{"export", "write a graph as DOT, GraphML or node-link JSON", RunExport},
      Command{"merge", "merge graph files into one", RunMerge},
      Command{"version", "print the version and exit", RunVersion},
  };
  return kCommands;
}

}  // namespace actorgraph::cli
