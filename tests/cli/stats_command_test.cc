// The `actorgraph stats` command, run as a real process on a graph file.
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "cli/query_graph_file.h"
#include "test_util.h"

namespace actorgraph {
namespace {

using testing::CliResult;
using testing::RunCli;

class StatsCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    graph_file_ = dir_.File("g.json");
    testing::WriteFile(graph_file_, testing::QueryTestGraphText());
  }
  testing::TempDir dir_;
  std::string graph_file_;
};

TEST_F(StatsCommandTest, TextSummary) {
  CliResult r = RunCli({"stats", graph_file_, "--top", "3"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "actors: 5\n"
            "  country: 5\n"
            "edges: 5\n"
            "  unknown: 5 (weight 6)\n"
            "  symmetric: 1, negated: 1, hedged: 0, self-loops: 0\n"
            "total weight: 6\n"
            "documents: 4\n"
            "evidence kept: 6\n"
            "dates: 2020-01-03 to 2020-02-10\n"
            "isolated actors: 1\n"
            "weakly connected components: 2 (largest: 4, 1)\n"
            "top actors by degree:\n"
            "  1. Iran (country): 4 edges (0 out, 3 in, 1 symmetric), 2 neighbours, weight 5\n"
            "  2. Russia (country): 3 edges (1 out, 1 in, 1 symmetric), 2 neighbours, weight 4\n"
            "  3. United States (country): 2 edges (2 out, 0 in, 0 symmetric), 1 neighbour, "
            "weight 2\n");
}

TEST_F(StatsCommandTest, JsonFromStdin) {
  CliResult r = RunCli({"stats", "-", "--json", "--top", "1"}, testing::QueryTestGraphText());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_FALSE(doc.HasParseError()) << r.out;
  EXPECT_EQ(doc["actors"].GetUint64(), 5u);
  EXPECT_EQ(doc["edges"].GetUint64(), 5u);
  EXPECT_EQ(doc["components"].GetUint64(), 2u);
  ASSERT_EQ(doc["top_actors"].Size(), 1u);
  EXPECT_STREQ(doc["top_actors"][0]["name"].GetString(), "Iran");
}

TEST_F(StatsCommandTest, BadUsage) {
  struct Case {
    std::vector<std::string> args;
    std::string err;
  } cases[] = {
      {{"stats"}, "actorgraph stats: expected GRAPH\nTry 'actorgraph stats --help'.\n"},
      {{"stats", graph_file_, "--top", "-2"},
       "actorgraph stats: --top must be 0 or more, got -2\nTry 'actorgraph stats --help'.\n"},
      {{"stats", graph_file_, "extra"},
       "actorgraph stats: unexpected argument 'extra'\nTry 'actorgraph stats --help'.\n"},
  };
  for (const auto& c : cases) {
    CliResult r = RunCli(c.args);
    EXPECT_EQ(r.exit_code, 1) << c.args.back();
    EXPECT_EQ(r.err, c.err);
    EXPECT_EQ(r.out, "");
  }
}

}  // namespace
}  // namespace actorgraph
