// The native graph file: JSON, lossless and round-trippable, written in canonical order so
// that the same graph gives the same bytes. Described field by field in docs/formats.md.
#ifndef ACTORGRAPH_GRAPH_GRAPH_FILE_H_
#define ACTORGRAPH_GRAPH_GRAPH_FILE_H_

#include <iosfwd>
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

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_GRAPH_FILE_H_
