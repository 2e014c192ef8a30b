#include "actorgraph/query/neighborhood.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "query/query_test_graph.h"

namespace actorgraph {
namespace {

using testing::TestGraph;

class NeighborhoodTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_.Actor("iran", "Iran");
    g_.Actor("russia", "Russia");
    g_.Actor("iraq", "Iraq");
    g_.Actor("china", "China");
    g_.Actor("syria", "Syria");
    g_.Actor("chad", "Chad");
    g_.Relate("russia", "sell weapons to", "iran", 3);
    g_.Relate("iran", "talk with", "russia", 1, /*symmetric=*/true);
    g_.Relate("iran", "fund", "iraq", 2);
    g_.Relate("iran", "reform", "iran", 5);  // a self-loop is no neighbour
    g_.Relate("china", "trade with", "russia", 2);
    g_.Relate("syria", "host", "iraq", 1);
    g_.Relate("syria", "thank", "russia", 1);
    g_.Relate("russia", "supply", "iraq", 4);  // between two actors at distance 1
  }

  std::string Text(const std::string& center, size_t depth) {
    ActorWalk walk(g_.graph(), {.undirected = true});
    std::ostringstream out;
    WriteNeighborhoodText(walk, FindNeighborhood(walk, g_[center], {.depth = depth}), out);
    return out.str();
  }

  TestGraph g_;
};

TEST_F(NeighborhoodTest, OneHopShowsInOutAndSymmetricLinks) {
  EXPECT_EQ(Text("iran", 1),
            "Iran: 2 actors within 1 hop\n"
            "\n"
            "1 hop (2 actors)\n"
            "  Russia\n"
            "    in   Russia -[sell weapons to]-> Iran   x3, 0 documents\n"
            "    sym  Iran -[talk with]- Russia   x1, 0 documents\n"
            "  Iraq\n"
            "    out  Iran -[fund]-> Iraq   x2, 0 documents\n");
}

TEST_F(NeighborhoodTest, DeeperHopsNameTheActorsTheyAreReachedThrough) {
  EXPECT_EQ(Text("iran", 2),
            "Iran: 4 actors within 2 hops\n"
            "\n"
            "1 hop (2 actors)\n"
            "  Russia\n"
            "    in   Russia -[sell weapons to]-> Iran   x3, 0 documents\n"
            "    sym  Iran -[talk with]- Russia   x1, 0 documents\n"
            "  Iraq\n"
            "    out  Iran -[fund]-> Iraq   x2, 0 documents\n"
            "\n"
            "2 hops (2 actors)\n"
            "  China (via Russia)\n"
            "    in   China -[trade with]-> Russia   x2, 0 documents\n"
            "  Syria (via Iraq, Russia)\n"
            "    in   Syria -[host]-> Iraq   x1, 0 documents\n"
            "    in   Syria -[thank]-> Russia   x1, 0 documents\n");
}

TEST_F(NeighborhoodTest, LimitKeepsTheStrongestAndSaysHowManyWereLeftOut) {
  ActorWalk walk(g_.graph(), {.undirected = true});
  std::ostringstream out;
  WriteNeighborhoodText(walk, FindNeighborhood(walk, g_["iran"], {.depth = 2, .limit = 1}),
                        out);
  // Iraq is left out at one hop, so Syria is reached only through Russia.
  EXPECT_EQ(out.str(),
            "Iran: 4 actors within 2 hops\n"
            "\n"
            "1 hop (2 actors, the 1 strongest shown)\n"
            "  Russia\n"
            "    in   Russia -[sell weapons to]-> Iran   x3, 0 documents\n"
            "    sym  Iran -[talk with]- Russia   x1, 0 documents\n"
            "\n"
            "2 hops (2 actors, the 1 strongest shown)\n"
            "  China (via Russia)\n"
            "    in   China -[trade with]-> Russia   x2, 0 documents\n");
}

TEST_F(NeighborhoodTest, IsolatedActorHasNoNeighbours) {
  EXPECT_EQ(Text("chad", 3), "Chad: 0 actors within 3 hops\n");
}

TEST_F(NeighborhoodTest, DepthBeyondTheGraphStopsAtItsEdge) {
  ActorWalk walk(g_.graph(), {.undirected = true});
  Neighborhood around = FindNeighborhood(walk, g_["china"], {.depth = 10});
  ASSERT_EQ(around.neighbors.size(), 4u);
  EXPECT_EQ(g_.Ids({around.neighbors[0].actor}), "russia");
  EXPECT_EQ(around.neighbors[0].distance, 1u);
  // Equal weight: id order.
  EXPECT_EQ(g_.Ids({around.neighbors[1].actor, around.neighbors[2].actor}), "iran iraq");
  EXPECT_EQ(around.neighbors[1].weight, 4);
  EXPECT_EQ(around.neighbors[2].weight, 4);
  EXPECT_EQ(around.neighbors[3].distance, 2u);
  EXPECT_EQ(g_.Ids({around.neighbors[3].actor}), "syria");
}

TEST_F(NeighborhoodTest, DirectedWalkSeesOnlyOutgoingAndSymmetric) {
  ActorWalk walk(g_.graph(), {});
  Neighborhood around = FindNeighborhood(walk, g_["iran"], {.depth = 1});
  ASSERT_EQ(around.neighbors.size(), 2u);
  EXPECT_EQ(g_.Ids({around.neighbors[0].actor, around.neighbors[1].actor}), "iraq russia");
}

TEST_F(NeighborhoodTest, JsonGroupsByDistance) {
  ActorWalk walk(g_.graph(), {.undirected = true});
  std::ostringstream out;
  WriteNeighborhoodJson(walk, FindNeighborhood(walk, g_["iran"], {.depth = 2}), out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  ASSERT_FALSE(doc.HasParseError()) << out.str();
  EXPECT_STREQ(doc["actor"].GetString(), "Iran");
  EXPECT_EQ(doc["depth"].GetUint64(), 2u);
  ASSERT_EQ(doc["distances"].Size(), 2u);
  const auto& first = doc["distances"][0];
  EXPECT_EQ(first["distance"].GetUint64(), 1u);
  ASSERT_EQ(first["actors"].Size(), 2u);
  const auto& russia = first["actors"][0];
  EXPECT_STREQ(russia["name"].GetString(), "Russia");
  EXPECT_STREQ(russia["id"].GetString(), "russia");
  EXPECT_STREQ(russia["type"].GetString(), "country");
  EXPECT_EQ(russia["weight"].GetInt64(), 4);
  ASSERT_EQ(russia["links"].Size(), 2u);
  EXPECT_STREQ(russia["links"][0]["via"].GetString(), "Iran");
  EXPECT_STREQ(russia["links"][0]["direction"].GetString(), "in");
  EXPECT_STREQ(russia["links"][0]["relation"].GetString(), "sell weapons to");
  EXPECT_STREQ(russia["links"][1]["direction"].GetString(), "symmetric");
  EXPECT_STREQ(first["actors"][1]["links"][0]["direction"].GetString(), "out");
  EXPECT_EQ(doc["distances"][1]["actors"].Size(), 2u);
}

}  // namespace
}  // namespace actorgraph
