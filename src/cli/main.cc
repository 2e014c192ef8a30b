// actorgraph: builds knowledge graphs of actors and their relations from news.
// main() only picks the subcommand; each one lives in its own <name>_command.cc.
#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/spellcheck.h"
#include "cli/command.h"

namespace {

void PrintUsage(std::ostream& out) {
  out << "usage: actorgraph <command> [OPTION...] [ARG...]\n\n"
         "Builds a knowledge graph of the actors in news articles and the relations between\n"
         "them, exports it, and answers how two actors are connected.\n\ncommands:\n";
  for (const auto& command : actorgraph::cli::Commands()) {
    std::string name(command.name);
    name.resize(12, ' ');
    out << "  " << name << command.summary << "\n";
  }
  out << "\n'actorgraph <command> --help' describes a command, with an example.\n";
}

int Dispatch(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(std::cerr);
    return 1;
  }
  std::string_view name = argv[1];
  if (name == "-h" || name == "--help" || name == "help") {
    PrintUsage(std::cout);
    return 0;
  }
  if (name == "--version") {
    std::cout << "actorgraph " ACTORGRAPH_CLI_VERSION "\n";
    return 0;
  }
  std::vector<std::string> names;
  for (const auto& command : actorgraph::cli::Commands()) {
    if (command.name == name) return command.run(argc - 1, argv + 1);
    names.emplace_back(command.name);
  }
  std::cerr << "actorgraph: unknown command '" << name << "'";
  auto suggestions = actorgraph::ClosestMatches(name, names, 1);
  if (!suggestions.empty()) std::cerr << ", did you mean '" << suggestions[0] << "'?";
  std::cerr << "\nRun 'actorgraph --help' for the list of commands.\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    return Dispatch(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "actorgraph: out of memory\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "actorgraph: internal error: " << e.what() << "\n";
    return 2;
  }
}
