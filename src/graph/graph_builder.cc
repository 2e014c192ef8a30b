#include "actorgraph/graph/graph_builder.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>

#include "actorgraph/graph/graph_file.h"

namespace actorgraph {
namespace {

// Standard input can be read once; a second "-" would silently read nothing.
Status CheckStdinOnce(const std::vector<std::string>& paths) {
  if (std::count(paths.begin(), paths.end(), "-") > 1) {
    return Status::InvalidArgument("'-' (standard input) given more than once");
  }
  return Status::OK();
}

}  // namespace

Status AddTripleFile(const std::string& path, std::optional<TripleFormat> format,
                     std::istream& stdin_stream, KnowledgeGraph* graph, size_t* triples) {
  TripleFormat chosen = format.value_or(TripleFormatForPath(path));
  size_t count = 0;
  auto add = [&](Triple&& triple) {
    graph->AddTriple(triple);
    ++count;
    return Status::OK();
  };
  Status status;
  if (path == "-") {
    status = ReadTriples(stdin_stream, "<stdin>", chosen, add);
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      return Status::NotFound(path + ": is a directory, expected a triple file");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::NotFound(path + ": cannot open: " + std::strerror(errno));
    status = ReadTriples(in, path, chosen, add);
  }
  if (triples != nullptr) *triples += count;
  return status;
}

Result<KnowledgeGraph> BuildGraphFromTriples(const std::vector<std::string>& paths,
                                             const BuildOptions& options,
                                             std::istream& stdin_stream, BuildStats* stats) {
  AG_RETURN_IF_ERROR(CheckStdinOnce(paths));
  KnowledgeGraph graph(options.merge);
  BuildStats local;
  for (const std::string& path : paths) {
    AG_RETURN_IF_ERROR(AddTripleFile(path, options.format, stdin_stream, &graph, &local.triples));
    ++local.files;
  }
  if (stats != nullptr) *stats = local;
  return graph;
}

Result<KnowledgeGraph> MergeGraphFiles(const std::vector<std::string>& paths,
                                       MergeOptions options, std::istream& stdin_stream) {
  AG_RETURN_IF_ERROR(CheckStdinOnce(paths));
  KnowledgeGraph merged(options);
  for (const std::string& path : paths) {
    auto graph = LoadGraphFile(path, stdin_stream, options);
    if (!graph.ok()) return graph.status();
    merged.Merge(*graph);
  }
  return merged;
}

}  // namespace actorgraph
