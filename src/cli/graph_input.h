// Opening the graph file a query command is given.
#ifndef ACTORGRAPH_CLI_GRAPH_INPUT_H_
#define ACTORGRAPH_CLI_GRAPH_INPUT_H_

#include <string>

#include "actorgraph/graph/knowledge_graph.h"
#include "actorgraph/status.h"

namespace actorgraph::cli {

// Reads the graph file at `path` ("-" for standard input). IOError naming the path if it
// cannot be opened; the reader's error (naming the path) if it is not a valid graph file.
Result<KnowledgeGraph> LoadGraphFile(const std::string& path);

// The name errors give the graph: the path, or "<stdin>" for "-".
std::string GraphSourceName(const std::string& path);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_GRAPH_INPUT_H_
