// The `actorgraph neighbors` command, run as a real process on a graph file.
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "cli/query_graph_file.h"
#include "test_util.h"

namespace actorgraph {
namespace {

using testing::CliResult;
using testing::RunCli;

class NeighborsCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    graph_file_ = dir_.File("g.json");
    testing::WriteFile(graph_file_, testing::QueryTestGraphText());
  }
  testing::TempDir dir_;
  std::string graph_file_;
};

TEST_F(NeighborsCommandTest, GroupsByDistanceWithDirections) {
  CliResult r = RunCli({"neighbors", graph_file_, "Russia", "--depth", "2"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "Russia: 3 actors within 2 hops\n"
            "\n"
            "1 hop (2 actors)\n"
            "  Iran\n"
            "    out  Russia -[sell weapons to]-> Iran   x2, 2 documents\n"
            "    sym  Russia -[talk with]- Iran   x1, 1 document\n"
            "  China\n"
            "    in   China -[trade with]-> Russia   x1, 1 document\n"
            "\n"
            "2 hops (1 actor)\n"
            "  United States (via Iran)\n"
            "    in   United States -[sanction]-> Iran   x1, 1 document\n"
            "    in   United States -[not attack]-> Iran   x1, 1 document\n");
}

TEST_F(NeighborsCommandTest, OutOnlyFollowsArrows) {
  CliResult r = RunCli({"neighbors", graph_file_, "iran", "--out-only"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Iran: 1 actor within 1 hop\n"
            "\n"
            "1 hop (1 actor)\n"
            "  Russia\n"
            "    sym  Iran -[talk with]- Russia   x1, 1 document\n");
}

TEST_F(NeighborsCommandTest, LimitShowsTheStrongest) {
  CliResult r = RunCli({"neighbors", graph_file_, "Iran", "--limit", "1"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Iran: 2 actors within 1 hop\n"
            "\n"
            "1 hop (2 actors, the 1 strongest shown)\n"
            "  Russia\n"
            "    in   Russia -[sell weapons to]-> Iran   x2, 2 documents\n"
            "    sym  Iran -[talk with]- Russia   x1, 1 document\n");
}

TEST_F(NeighborsCommandTest, IsolatedActor) {
  CliResult r = RunCli({"neighbors", graph_file_, "Chad"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Chad: 0 actors within 1 hop\n");
}

TEST_F(NeighborsCommandTest, Json) {
  CliResult r = RunCli({"neighbors", "-", "Iran", "--json"}, testing::QueryTestGraphText());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_FALSE(doc.HasParseError()) << r.out;
  EXPECT_STREQ(doc["actor"].GetString(), "Iran");
  const auto& actors = doc["distances"][0]["actors"];
  ASSERT_EQ(actors.Size(), 2u);
  EXPECT_STREQ(actors[0]["name"].GetString(), "Russia");
  EXPECT_STREQ(actors[0]["links"][0]["direction"].GetString(), "in");
  EXPECT_STREQ(actors[0]["links"][1]["direction"].GetString(), "symmetric");
  EXPECT_STREQ(actors[1]["name"].GetString(), "United States");
}

TEST_F(NeighborsCommandTest, BadUsageAndUnknownActor) {
  struct Case {
    std::vector<std::string> args;
    std::string err;
  } cases[] = {
      {{"neighbors", graph_file_},
       "actorgraph neighbors: expected GRAPH ACTOR\nTry 'actorgraph neighbors --help'.\n"},
      {{"neighbors", graph_file_, "Iran", "--depth", "0"},
       "actorgraph neighbors: --depth must be at least 1, got 0\n"
       "Try 'actorgraph neighbors --help'.\n"},
      {{"neighbors", graph_file_, "Iran", "--limit", "-1"},
       "actorgraph neighbors: --limit must be 0 or more, got -1\n"
       "Try 'actorgraph neighbors --help'.\n"},
      {{"neighbors", graph_file_, "Irann"},
       "actorgraph: no actor \"Irann\" in " + graph_file_ + "; did you mean \"Iran\"?\n"},
  };
  for (const auto& c : cases) {
    CliResult r = RunCli(c.args);
    EXPECT_EQ(r.exit_code, 1) << c.args.back();
    EXPECT_EQ(r.err, c.err);
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(NeighborsCommandTest, HelpHasAnExample) {
  CliResult r = RunCli({"neighbors", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Example:\n  actorgraph neighbors graph.json Iran"), std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace actorgraph
