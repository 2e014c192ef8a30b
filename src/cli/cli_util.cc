#include "cli/cli_util.h"

#include <iostream>

#include <unistd.h>

namespace actorgraph::cli {

CommandLine::CommandLine(std::string_view command, std::string_view summary,
                         std::string_view usage, std::string_view example)
    : command_(command),
      example_(example),
      options_("actorgraph " + std::string(command), std::string(summary)) {
  options_.custom_help(std::string(usage));
  options_.positional_help("");
  options_.set_width(100);
  options_.add_options()("h,help", "print this help and exit");
}

std::optional<cxxopts::ParseResult> CommandLine::Parse(int argc, char** argv,
                                                       int* exit_code) {
  try {
    auto result = options_.parse(argc, argv);
    if (result.count("help")) {
      std::cout << Help() << std::flush;
      *exit_code = 0;
      return std::nullopt;
    }
    if (!result.unmatched().empty()) {
      *exit_code = UsageError(command_, "unexpected argument '" + result.unmatched()[0] + "'");
      return std::nullopt;
    }
    return result;
  } catch (const cxxopts::exceptions::exception& e) {
    *exit_code = UsageError(command_, e.what());
    return std::nullopt;
  }
}

std::string CommandLine::Help() const {
  return options_.help() + "\nExample:\n" + example_ + "\n";
}

int Report(const Status& status) {
  std::cerr << "actorgraph: " << status.message() << "\n";
  return status.ExitCode();
}

int UsageError(std::string_view command, std::string_view message) {
  std::cerr << "actorgraph " << command << ": " << message << "\n"
            << "Try 'actorgraph " << command << " --help'.\n";
  return 1;
}

bool ShowProgress(bool quiet) { return !quiet && ::isatty(STDERR_FILENO) == 1; }

}  // namespace actorgraph::cli
