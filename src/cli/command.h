// The subcommand table of the actorgraph executable. Each subcommand lives in its own
// <name>_command.cc: it defines its cxxopts options, fills the library's option structs and
// calls one library function.
#ifndef ACTORGRAPH_CLI_COMMAND_H_
#define ACTORGRAPH_CLI_COMMAND_H_

#include <span>
#include <string_view>

namespace actorgraph::cli {

struct Command {
  std::string_view name;
  std::string_view summary;  // one line for `actorgraph --help`
  // argv[0] is the command name. Returns the exit status: 0, 1 (bad input or usage) or 2.
  int (*run)(int argc, char** argv);
};

// All subcommands, sorted by name.
std::span<const Command> Commands();

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_COMMAND_H_
