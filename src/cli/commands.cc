#include <array>

#include "cli/command.h"

namespace actorgraph::cli {

// Defined in <name>_command.cc.
int RunEval(int argc, char** argv);
int RunExtract(int argc, char** argv);
int RunVersion(int argc, char** argv);

std::span<const Command> Commands() {
  // Keep sorted by name.
  static constexpr std::array kCommands = {
      Command{"eval", "score extracted triples against gold triples (P/R/F1)", RunEval},
      Command{"extract", "read articles and print the relation triples they state (JSONL)", RunExtract},
      Command{"version", "print the version and exit", RunVersion},
  };
  return kCommands;
}

}  // namespace actorgraph::cli
