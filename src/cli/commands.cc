#include <array>

#include "cli/command.h"

namespace actorgraph::cli {

// Defined in <name>_command.cc.
int RunVersion(int argc, char** argv);

std::span<const Command> Commands() {
  // Keep sorted by name.
  static constexpr std::array kCommands = {
      Command{"version", "print the version and exit", RunVersion},
  };
  return kCommands;
}

}  // namespace actorgraph::cli
