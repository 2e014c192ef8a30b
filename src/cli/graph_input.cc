#include "cli/graph_input.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include "actorgraph/graph/graph_file.h"

namespace actorgraph::cli {

std::string GraphSourceName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

Result<KnowledgeGraph> LoadGraphFile(const std::string& path) {
  if (path == "-") return ReadGraphFile(std::cin, GraphSourceName(path));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open " + path + ": " + std::strerror(errno));
  return ReadGraphFile(in, path);
}

}  // namespace actorgraph::cli
