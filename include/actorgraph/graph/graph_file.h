// The native graph file: JSON, lossless and round-trippable, written in canonical order so
// that the same graph gives the same bytes. Described field by field in docs/formats.md.
#ifndef ACTORGRAPH_GRAPH_GRAPH_FILE_H_
#define ACTORGRAPH_GRAPH_GRAPH_FILE_H_

#include <iosfwd>
#include <string>
#include <string_view>

#include "actorgraph/graph/knowledge_graph.h"
#include "actorgraph/status.h"

namespace actorgraph {

// Writes `graph` as a graph file. Fails only if the stream does.
Status WriteGraphFile(const KnowledgeGraph& graph, std::ostream& out);

// Reads a graph file written by WriteGraphFile. `source_name` names the input in errors:
// "g.json: not an actorgraph graph file (no \"format\": \"actorgraph-graph\")",
// "g.json: byte 1234: expected ...".
Result<KnowledgeGraph> ReadGraphFile(std::istream& in, std::string_view source_name,
                                     MergeOptions options = {});

// Reads the graph file at `path` ("-" reads `stdin_stream`). NotFound naming the path if it
// cannot be opened; otherwise as ReadGraphFile, with errors prefixed by the path.
Result<KnowledgeGraph> LoadGraphFile(const std::string& path, std::istream& stdin_stream,
                                     MergeOptions options = {});

// Writes `graph` as a graph file to `path` through OutputFile ("-" writes `stdout_stream`):
// on failure an existing file at `path` is left as it was. IOError naming the path.
Status SaveGraphFile(const KnowledgeGraph& graph, const std::string& path,
                     std::ostream& stdout_stream);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_GRAPH_FILE_H_
