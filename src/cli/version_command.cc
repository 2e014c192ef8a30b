#include <iostream>

#include "cli/cli_util.h"

namespace actorgraph::cli {

int RunVersion(int argc, char** argv) {
  CommandLine cl("version", "Prints the version of actorgraph.", "[OPTION...]",
                 "  actorgraph version");
  int exit_code = 0;
  if (!cl.Parse(argc, argv, &exit_code)) return exit_code;
  std::cout << "actorgraph " ACTORGRAPH_CLI_VERSION "\n";
  return 0;
}

}  // namespace actorgraph::cli
