#include <array>

#include "cli/command.h"

namespace actorgraph::cli {

// Defined in <name>_command.cc.
int RunExport(int argc, char** argv);
int RunVersion(int argc, char** argv);

std::span<const Command> Commands() {
  // Keep sorted by name.
  static constexpr std::array kCommands = {
      Command{"export", "write a graph as DOT, GraphML or node-link JSON", RunExport},
      Command{"version", "print the version and exit", RunVersion},
  };
  return kCommands;
}

}  // namespace actorgraph::cli
