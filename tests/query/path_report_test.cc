#include "actorgraph/query/path_report.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "query/query_test_graph.h"

namespace actorgraph {
namespace {

using testing::TestGraph;

Evidence MakeEvidence(const std::string& doc, const std::string& date,
                      const std::string& sentence, int index) {
  Evidence evidence;
  evidence.doc = doc;
  evidence.date = date;
  evidence.sentence = sentence;
  evidence.sentence_index = index;
  return evidence;
}

// Russia and Iran cooperate; Iran and the United States argue. Evidence sentences are ours.
class PathReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_.Actor("russia", "Russia");
    g_.Actor("iran", "Iran");
    g_.Actor("united_states", "United States");
    g_.Actor("chad", "Chad");
    Edge sell = g_.Relate("russia", "sell weapons to", "iran", 3);
    Edge talk = g_.Relate("iran", "talk with", "russia", 1, /*symmetric=*/true);
    Edge sanction = g_.Relate("united_states", "sanction", "iran", 2);
    Edge attack = g_.Relate("united_states", "attack", "iran", 1, false, /*negated=*/true);
    Graph& graph = g_.graph();
    graph[sell].documents = {"doc-a", "doc-b"};
    graph[sell].evidence = {
        MakeEvidence("doc-a", "2020-01-03", "Moscow sold  missiles\nto Tehran.", 4)};
    graph[talk].documents = {"doc-a"};
    graph[sanction].documents = {"doc-c"};
    graph[sanction].evidence = {
        MakeEvidence("doc-c", "", "Washington sanctioned Tehran again.", -1)};
    graph[attack].documents = {"doc-c"};
    graph[attack].relation.modality = "may";
  }

  std::string Text(const std::string& from, const std::string& to, PathOptions options,
                   bool undirected) {
    ActorWalk walk(g_.graph(), {.undirected = undirected});
    PathQuery query{g_[from], g_[to], options};
    std::ostringstream out;
    WritePathsText(walk, query, FindShortestPaths(walk, query.from, query.to, options), out);
    return out.str();
  }
  std::string Json(const std::string& from, const std::string& to, PathOptions options,
                   bool undirected) {
    ActorWalk walk(g_.graph(), {.undirected = undirected});
    PathQuery query{g_[from], g_[to], options};
    std::ostringstream out;
    WritePathsJson(walk, query, FindShortestPaths(walk, query.from, query.to, options), out);
    return out.str();
  }

  TestGraph g_;
};

TEST_F(PathReportTest, TextListsEachHopStrongestRelationFirst) {
  EXPECT_EQ(Text("russia", "united_states", {}, true),
            "Russia -> Iran -> United States (2 hops)\n"
            "  1. Russia -[sell weapons to]-> Iran   x3, 2 documents\n"
            "     \"Moscow sold missiles to Tehran.\" (doc-a, 2020-01-03, #4)\n"
            "     also: -[talk with]- x1\n"
            "  2. Iran <-[sanction]- United States   x2, 1 document\n"
            "     \"Washington sanctioned Tehran again.\" (doc-c)\n"
            "     also: <-[not attack (may)]- x1\n");
}

TEST_F(PathReportTest, TextNumbersPathsWhenSeveralAreAsked) {
  g_.Relate("russia", "warn", "united_states", 1);
  EXPECT_EQ(Text("russia", "united_states", {.k = 3}, true),
            "Path 1: Russia -> United States (1 hop)\n"
            "  1. Russia -[warn]-> United States   x1, 0 documents\n"
            "\n"
            "Path 2: Russia -> Iran -> United States (2 hops)\n"
            "  1. Russia -[sell weapons to]-> Iran   x3, 2 documents\n"
            "     \"Moscow sold missiles to Tehran.\" (doc-a, 2020-01-03, #4)\n"
            "     also: -[talk with]- x1\n"
            "  2. Iran <-[sanction]- United States   x2, 1 document\n"
            "     \"Washington sanctioned Tehran again.\" (doc-c)\n"
            "     also: <-[not attack (may)]- x1\n");
}

TEST_F(PathReportTest, AlsoLineStopsAfterFiveRelations) {
  for (const char* r : {"r1", "r2", "r3", "r4", "r5", "r6", "r7"}) g_.Relate("iran", r, "chad");
  EXPECT_EQ(Text("iran", "chad", {}, false),
            "Iran -> Chad (1 hop)\n"
            "  1. Iran -[r1]-> Chad   x1, 0 documents\n"
            "     also: -[r2]-> x1; -[r3]-> x1; -[r4]-> x1; -[r5]-> x1; -[r6]-> x1; 1 more\n");
}

TEST_F(PathReportTest, NoPathIsOneClearLine) {
  EXPECT_EQ(Text("russia", "united_states", {}, false),
            "no path from Russia to United States (--undirected also walks edges backward)\n");
  EXPECT_EQ(Text("russia", "chad", {.max_hops = 3}, true),
            "no path from Russia to Chad within 3 hops\n");
  EXPECT_EQ(Text("russia", "chad", {.max_hops = 1}, true),
            "no path from Russia to Chad within 1 hop\n");
}

TEST_F(PathReportTest, ZeroHopPathHasOnlyAHeading) {
  EXPECT_EQ(Text("iran", "iran", {}, false), "Iran (0 hops)\n");
}

TEST_F(PathReportTest, JsonHasHopsWithDirectionAndEvidence) {
  std::string json = Json("russia", "united_states", {}, true);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  ASSERT_FALSE(doc.HasParseError()) << json;
  EXPECT_STREQ(doc["from"].GetString(), "Russia");
  EXPECT_STREQ(doc["to"].GetString(), "United States");
  ASSERT_EQ(doc["paths"].Size(), 1u);
  const auto& path = doc["paths"][0];
  ASSERT_EQ(path["actors"].Size(), 3u);
  EXPECT_STREQ(path["actors"][1].GetString(), "Iran");
  const auto& hops = path["hops"];
  ASSERT_EQ(hops.Size(), 2u);
  EXPECT_STREQ(hops[0]["from"].GetString(), "Russia");
  EXPECT_STREQ(hops[0]["to"].GetString(), "Iran");
  EXPECT_STREQ(hops[0]["relation"].GetString(), "sell weapons to");
  EXPECT_STREQ(hops[0]["direction"].GetString(), "forward");
  EXPECT_EQ(hops[0]["weight"].GetInt64(), 3);
  EXPECT_EQ(hops[0]["documents"].Size(), 2u);
  ASSERT_EQ(hops[0]["evidence"].Size(), 1u);
  EXPECT_STREQ(hops[0]["evidence"][0]["sentence"].GetString(),
               "Moscow sold  missiles\nto Tehran.");
  EXPECT_STREQ(hops[0]["evidence"][0]["doc"].GetString(), "doc-a");
  EXPECT_STREQ(hops[0]["evidence"][0]["date"].GetString(), "2020-01-03");
  EXPECT_EQ(hops[0]["evidence"][0]["sentence_index"].GetInt(), 4);
  ASSERT_EQ(hops[0]["other_relations"].Size(), 1u);
  EXPECT_STREQ(hops[0]["other_relations"][0]["relation"].GetString(), "talk with");
  EXPECT_STREQ(hops[0]["other_relations"][0]["direction"].GetString(), "symmetric");
  EXPECT_STREQ(hops[1]["direction"].GetString(), "backward");
  EXPECT_STREQ(hops[1]["relation"].GetString(), "sanction");
  const auto& other = hops[1]["other_relations"][0];
  EXPECT_STREQ(other["relation"].GetString(), "attack");
  EXPECT_TRUE(other["negated"].GetBool());
  EXPECT_STREQ(other["modality"].GetString(), "may");
}

TEST_F(PathReportTest, JsonWithoutPathHasEmptyPaths) {
  EXPECT_EQ(Json("russia", "chad", {}, true),
            "{\n  \"from\": \"Russia\",\n  \"to\": \"Chad\",\n  \"paths\": []\n}\n");
}

}  // namespace
}  // namespace actorgraph
