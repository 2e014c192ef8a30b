// Building a graph from triple files and merging graph files: what `actorgraph build
// --triples` and `actorgraph merge` do, callable without the command line.
//
//   actorgraph::BuildOptions options;
//   auto graph = actorgraph::BuildGraphFromTriples({"a.jsonl", "b.tsv"}, options, std::cin);
//   if (!graph.ok()) return graph.status();
//   AG_RETURN_IF_ERROR(actorgraph::SaveGraphFile(*graph, "g.json", std::cout));
#ifndef ACTORGRAPH_GRAPH_GRAPH_BUILDER_H_
#define ACTORGRAPH_GRAPH_GRAPH_BUILDER_H_

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "actorgraph/graph/knowledge_graph.h"
#include "actorgraph/graph/triple_io.h"
#include "actorgraph/status.h"

namespace actorgraph {

struct BuildOptions {
  // How the graph aggregates (evidence kept per edge). Default: MergeOptions{}.
  MergeOptions merge;
  // Read every file in this format. Default: by each file's name (TripleFormatForPath), so
  // standard input ("-") is JSONL unless forced.
  std::optional<TripleFormat> format;
};

// What a build read, for progress lines.
struct BuildStats {
  size_t files = 0;
  size_t triples = 0;
};

// Adds every triple of the file at `path` ("-" reads `stdin_stream`) to `graph`, adding the
// number read to *triples when given. NotFound naming the path if it cannot be opened (or is
// a directory); the file's first malformed line as "path:line: ..." (InvalidArgument).
Status AddTripleFile(const std::string& path, std::optional<TripleFormat> format,
                     std::istream& stdin_stream, KnowledgeGraph* graph, size_t* triples = nullptr);

// One graph from all the triple files, in any order (the result does not depend on it).
// Fails on the first file that AddTripleFile fails on, or if "-" is given twice.
Result<KnowledgeGraph> BuildGraphFromTriples(const std::vector<std::string>& paths,
                                             const BuildOptions& options,
                                             std::istream& stdin_stream,
                                             BuildStats* stats = nullptr);

// Reads every graph file (LoadGraphFile) and merges them into one; the result does not
// depend on their order. Fails on the first file that cannot be read, or if "-" is given
// twice.
Result<KnowledgeGraph> MergeGraphFiles(const std::vector<std::string>& paths,
                                       MergeOptions options, std::istream& stdin_stream);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_GRAPH_BUILDER_H_
