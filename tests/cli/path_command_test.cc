// The `actorgraph path` command, run as a real process on a graph file.
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "cli/query_graph_file.h"
#include "test_util.h"

namespace actorgraph {
namespace {

using testing::CliResult;
using testing::RunCli;

class PathCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    graph_file_ = dir_.File("g.json");
    testing::WriteFile(graph_file_, testing::QueryTestGraphText());
  }
  testing::TempDir dir_;
  std::string graph_file_;
};

TEST_F(PathCommandTest, PrintsHopsWithEvidence) {
  CliResult r = RunCli({"path", graph_file_, "China", "iran"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "China -> Russia -> Iran (2 hops)\n"
            "  1. China -[trade with]-> Russia   x1, 1 document\n"
            "     \"China traded grain with Russia.\" (doc-d, 2020-02-10)\n"
            "  2. Russia -[sell weapons to]-> Iran   x2, 2 documents\n"
            "     \"Moscow sold missiles to Tehran.\" (doc-a, 2020-01-03)\n"
            "     also: -[talk with]- x1\n");
}

TEST_F(PathCommandTest, UndirectedWalksAgainstTheArrow) {
  CliResult r = RunCli({"path", graph_file_, "Iran", "United States", "--undirected"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Iran -> United States (1 hop)\n"
            "  1. Iran <-[sanction]- United States   x1, 1 document\n"
            "     \"Washington sanctioned Tehran again.\" (doc-c, 2020-02-01)\n"
            "     also: <-[not attack]- x1\n");
}

TEST_F(PathCommandTest, SeveralPathsAreNumbered) {
  CliResult r = RunCli({"path", graph_file_, "united states", "china", "--undirected",
                        "--k", "5"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
            "Path 1: United States -> Iran -> Russia -> China (3 hops)");
  EXPECT_EQ(r.out.find("Path 2"), std::string::npos);
}

TEST_F(PathCommandTest, NoPathIsAnAnswerNotAnError) {
  CliResult r = RunCli({"path", graph_file_, "Iran", "United States"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out,
            "no path from Iran to United States (--undirected also walks edges backward)\n");
  r = RunCli({"path", graph_file_, "China", "United States", "--undirected", "--max-hops",
              "2"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "no path from China to United States within 2 hops\n");
  r = RunCli({"path", graph_file_, "Chad", "Iran", "--json"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "{\n  \"from\": \"Chad\",\n  \"to\": \"Iran\",\n  \"paths\": []\n}\n");
}

TEST_F(PathCommandTest, JsonHops) {
  CliResult r = RunCli({"path", "-", "Iran", "United States", "--undirected", "--json"},
                       testing::QueryTestGraphText());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_FALSE(doc.HasParseError()) << r.out;
  const auto& hop = doc["paths"][0]["hops"][0];
  EXPECT_STREQ(hop["from"].GetString(), "Iran");
  EXPECT_STREQ(hop["to"].GetString(), "United States");
  EXPECT_STREQ(hop["relation"].GetString(), "sanction");
  EXPECT_STREQ(hop["direction"].GetString(), "backward");
  EXPECT_STREQ(hop["evidence"][0]["doc"].GetString(), "doc-c");
  EXPECT_STREQ(hop["other_relations"][0]["relation"].GetString(), "attack");
  EXPECT_TRUE(hop["other_relations"][0]["negated"].GetBool());
}

TEST_F(PathCommandTest, UnknownActorSuggestsAndFails) {
  CliResult r = RunCli({"path", graph_file_, "Rusia", "Iran"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "actorgraph: no actor \"Rusia\" in " + graph_file_ +
                       "; did you mean \"Russia\"?\n");
  r = RunCli({"path", "-", "Iran", "Atlantis"}, testing::QueryTestGraphText());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "actorgraph: no actor \"Atlantis\" in <stdin>\n");
}

TEST_F(PathCommandTest, BadUsageAndInputs) {
  struct Case {
    std::vector<std::string> args;
    std::string err;
  } cases[] = {
      {{"path", "g.json", "Iran"},
       "actorgraph path: expected GRAPH FROM TO\nTry 'actorgraph path --help'.\n"},
      {{"path", "g.json", "Iran", "Iraq", "--k", "0"},
       "actorgraph path: --k must be at least 1, got 0\nTry 'actorgraph path --help'.\n"},
      {{"path", "g.json", "Iran", "Iraq", "--max-hops", "-1"},
       "actorgraph path: --max-hops must be 0 or more, got -1\n"
       "Try 'actorgraph path --help'.\n"},
      {{"path", dir_.File("missing.json"), "Iran", "Iraq"},
       "actorgraph: " + dir_.File("missing.json") +
           ": cannot open: No such file or directory\n"},
  };
  for (const auto& c : cases) {
    CliResult r = RunCli(c.args);
    EXPECT_EQ(r.exit_code, 1) << c.args.back();
    EXPECT_EQ(r.err, c.err);
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(PathCommandTest, NotAGraphFileNamesTheFile) {
  testing::WriteFile(dir_.File("bad.json"), "{\"hello\": 1}\n");
  CliResult r = RunCli({"path", dir_.File("bad.json"), "Iran", "Iraq"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("actorgraph: " + dir_.File("bad.json") + ":", 0), 0u) << r.err;
}

TEST_F(PathCommandTest, HelpHasAnExample) {
  CliResult r = RunCli({"path", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Example:\n  actorgraph path graph.json Russia"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("--max-hops"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph
