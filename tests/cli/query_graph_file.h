// The graph file the path, neighbors and stats command tests run on, written through the
// real graph writer. Sentences are made up for these tests.
#ifndef ACTORGRAPH_TESTS_CLI_QUERY_GRAPH_FILE_H_
#define ACTORGRAPH_TESTS_CLI_QUERY_GRAPH_FILE_H_

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "actorgraph/graph/graph_file.h"
#include "test_util.h"

namespace actorgraph::testing {

inline KnowledgeGraph QueryTestGraph() {
  KnowledgeGraph graph;
  auto add = [&](std::string_view s, std::string_view r, std::string_view o,
                 std::string_view doc, std::string_view sentence, std::string_view date) {
    Triple triple = MakeTriple(s, r, o, doc, sentence, date);
    triple.subject.type = ActorType::kCountry;
    triple.object.type = ActorType::kCountry;
    graph.AddTriple(triple);
  };
  add("Russia", "sell weapons to", "Iran", "doc-a", "Moscow sold missiles to Tehran.",
      "2020-01-03");
  add("Russia", "sell weapons to", "Iran", "doc-b", "Russia shipped more rockets to Iran.",
      "2020-01-09");
  add("Iran", "~talk with", "Russia", "doc-a", "Iran and Russia held talks.", "2020-01-03");
  add("United States", "sanction", "Iran", "doc-c", "Washington sanctioned Tehran again.",
      "2020-02-01");
  add("United States", "not attack", "Iran", "doc-c", "The US did not strike Iran.",
      "2020-02-01");
  add("China", "trade with", "Russia", "doc-d", "China traded grain with Russia.",
      "2020-02-10");
  Actor chad;
  chad.name = "Chad";
  chad.id = "chad";
  chad.type = ActorType::kCountry;
  graph.AddActor(chad);
  return graph;
}

// Writes QueryTestGraph() as a graph file and returns its text.
inline std::string QueryTestGraphText() {
  std::ostringstream out;
  Status status = WriteGraphFile(QueryTestGraph(), out);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return out.str();
}

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_CLI_QUERY_GRAPH_FILE_H_
