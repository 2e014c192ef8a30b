// The demo input graphs/sources/example-triples.tsv reads cleanly and has the awkward cases
// it promises.
#include <sstream>

#include <gtest/gtest.h>

#include "actorgraph/graph/graph_builder.h"

namespace actorgraph {
namespace {

TEST(ExampleTriplesTest, BuildsWithEveryAwkwardCase) {
  BuildStats stats;
  std::istringstream no_stdin;
  auto graph = BuildGraphFromTriples(
      {ACTORGRAPH_SOURCE_DIR "/graphs/sources/example-triples.tsv"}, BuildOptions{}, no_stdin,
      &stats);
  ASSERT_TRUE(graph.ok()) << graph.status().message();
  EXPECT_GE(stats.triples, 40u);
  std::string debug = graph->DebugString();
  // Stated in both directions, kept once.
  EXPECT_NE(debug.find("Kessaria -[hold talks with]- Valmoria x3\n"), std::string::npos) << debug;
  EXPECT_NE(debug.find("Kessaria -[negotiate with]- Valmoria x2\n"), std::string::npos);
  EXPECT_NE(debug.find("Ostrel Pact -[reform]-> Ostrel Pact x1\n"), std::string::npos);
  EXPECT_NE(debug.find("Ostrel Pact -[not admit]-> Kessaria x1\n"), std::string::npos);
  EXPECT_NE(debug.find("\"Serin Guard\" militia -[attack]-> Brandt & Söhne x1\n"),
            std::string::npos);
  EXPECT_NE(debug.find("Kessaria -[accuse]-> Valmoria x2\n"), std::string::npos);
  // Directed relations keep both directions.
  EXPECT_NE(debug.find("Kessaria -[expel]-> Valmoria x1\n"), std::string::npos);
  EXPECT_NE(debug.find("Valmoria -[expel]-> Kessaria x1\n"), std::string::npos);
  EXPECT_TRUE(graph->LookupActor("elodie marchetti").has_value());
}

}  // namespace
}  // namespace actorgraph
