// Small helpers every subcommand shares: option parsing with clear usage errors, error
// reporting with the right exit status, progress on a terminal.
#ifndef ACTORGRAPH_CLI_CLI_UTIL_H_
#define ACTORGRAPH_CLI_CLI_UTIL_H_

#include <optional>
#include <string>
#include <string_view>

#include <cxxopts.hpp>

#include "actorgraph/status.h"

namespace actorgraph::cli {

// The options of one subcommand, with --help and an example shown at the end of the help.
class CommandLine {
 public:
  // `usage` follows "actorgraph <command>" in the first help line ("GRAPH FROM TO [OPTION...]").
  CommandLine(std::string_view command, std::string_view summary, std::string_view usage,
              std::string_view example);

  cxxopts::OptionAdder add_options(const std::string& group = "") {
    return options_.add_options(group);
  }
  void parse_positional(std::vector<std::string> names) {
    options_.parse_positional(std::move(names));
  }

  // Parses argv. On --help prints Help() to stdout and sets *exit_code to 0; on a usage
  // error prints "actorgraph <command>: <what>" and "Try 'actorgraph <command> --help'." to
  // stderr and sets *exit_code to 1. Returns nullopt in both cases.
  std::optional<cxxopts::ParseResult> Parse(int argc, char** argv, int* exit_code);

  std::string Help() const;
  const std::string& command() const { return command_; }

 private:
  std::string command_;
  std::string example_;
  cxxopts::Options options_;
};

// Prints "actorgraph: <message>" to stderr and returns status.ExitCode().
int Report(const Status& status);

// Prints "actorgraph <command>: <message>" plus the --help hint to stderr; returns 1.
int UsageError(std::string_view command, std::string_view message);

// True when progress lines should go to stderr: it is a terminal and -q was not given.
bool ShowProgress(bool quiet);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_CLI_UTIL_H_
