// graphs/ holds what scripts/demo.sh makes: the graph built from the bundled example
// articles (quenta.*) and from the hand-made triples (example.*), with their exports. These
// tests fail when a committed file is stale: run scripts/demo.sh again.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "actorgraph/graph/graph_file.h"
#include "export/export_test_util.h"
#include "test_util.h"

namespace actorgraph::testing {
namespace {

const std::string kGraphs = std::string(ACTORGRAPH_SOURCE_DIR) + "/graphs/";

// Runs the CLI from the repository root, as the demo does, so document ids stay relative.
CliResult RunCliAtRoot(const std::vector<std::string>& args) {
  auto previous = std::filesystem::current_path();
  std::filesystem::current_path(ACTORGRAPH_SOURCE_DIR);
  CliResult result = RunCli(args);
  std::filesystem::current_path(previous);
  return result;
}

TEST(DemoGraphsTest, ArticleGraphIsWhatTheArticlesGiveToday) {
  TempDir dir;
  CliResult built =
      RunCliAtRoot({"build", "-q", "graphs/sources/articles", "-o", dir.File("quenta.json")});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  EXPECT_EQ(ReadFile(dir.File("quenta.json")), ReadFile(kGraphs + "quenta.json"))
      << "graphs/quenta.json is stale: run scripts/demo.sh";
}

TEST(DemoGraphsTest, TripleGraphIsWhatTheTriplesGiveToday) {
  TempDir dir;
  CliResult built = RunCliAtRoot({"build", "-q", "--triples",
                                  "graphs/sources/example-triples.tsv", "-o",
                                  dir.File("example.json")});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  EXPECT_EQ(ReadFile(dir.File("example.json")), ReadFile(kGraphs + "example.json"))
      << "graphs/example.json is stale: run scripts/demo.sh";
}

TEST(DemoGraphsTest, CommittedExportsMatchTheirGraphs) {
  for (const char* name : {"quenta", "example"}) {
    std::ifstream in(kGraphs + name + ".json", std::ios::binary);
    auto graph = ReadGraphFile(in, std::string(name) + ".json");
    ASSERT_TRUE(graph.ok()) << graph.status().ToString();
    const std::pair<const char*, std::string> files[] = {{"dot", std::string(name) + ".dot"},
                                                         {"graphml", std::string(name) + ".graphml"},
                                                         {"json", std::string(name) + "-nodelink.json"}};
    for (const auto& [format, file] : files) {
      EXPECT_EQ(ReadFile(kGraphs + file), Export(format, *graph))
          << "graphs/" << file << " is stale: run scripts/demo.sh";
    }
    EXPECT_NE(ReadFile(kGraphs + name + ".svg").find("<svg"), std::string::npos);
  }
}

}  // namespace
}  // namespace actorgraph::testing
