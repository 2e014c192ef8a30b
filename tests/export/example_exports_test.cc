// The exports scripts/demo.sh writes into graphs/ are what the exporters make of
// graphs/example.json today (run scripts/demo.sh again when this fails).
#include <fstream>

#include <gtest/gtest.h>

#include "actorgraph/graph/graph_file.h"
#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

TEST(ExampleExportsTest, CommittedExportsMatchTheExampleGraph) {
  const std::string graphs = std::string(ACTORGRAPH_SOURCE_DIR) + "/graphs/";
  std::ifstream in(graphs + "example.json", std::ios::binary);
  auto graph = ReadGraphFile(in, "example.json");
  ASSERT_TRUE(graph.ok()) << graph.status().ToString();
  const std::pair<const char*, const char*> files[] = {
      {"dot", "example.dot"}, {"graphml", "example.graphml"}, {"json", "example-nodelink.json"}};
  for (const auto& [format, file] : files) {
    EXPECT_EQ(ReadFile(graphs + file), Export(format, *graph))
        << "graphs/" << file << " is stale: run scripts/demo.sh";
  }
  EXPECT_NE(ReadFile(graphs + "example.svg").find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph::testing
