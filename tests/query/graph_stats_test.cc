#include "actorgraph/query/graph_stats.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "query/query_test_graph.h"

namespace actorgraph {
namespace {

using testing::TestGraph;

class GraphStatsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_.Actor("iran", "Iran");
    g_.Actor("iraq", "Iraq");
    g_.Actor("un", "United Nations", ActorType::kOrganization);
    g_.Actor("chad", "Chad");
    g_.Actor("mali", "Mali");
    g_.Actor("niger", "Niger");
    g_.Actor("hamas", "Hamas", ActorType::kGroup);  // isolated
    Graph& graph = g_.graph();
    Edge fund = g_.Relate("iran", "fund", "iraq", 3);
    graph[fund].relation.category = Category::kMaterialCooperation;
    graph[fund].documents = {"d1", "d2"};
    graph[fund].first_date = "2020-01-02";
    graph[fund].last_date = "2020-03-01";
    Edge condemn = g_.Relate("un", "condemn", "iran", 2);
    graph[condemn].relation.category = Category::kVerbalConflict;
    graph[condemn].documents = {"d2", "d3"};
    graph[condemn].first_date = "2019-12-30";
    graph[condemn].last_date = "2020-01-05";
    Edge talk = g_.Relate("iran", "talk with", "iraq", 1, /*symmetric=*/true);
    graph[talk].relation.category = Category::kVerbalCooperation;
    Edge reform = g_.Relate("iran", "reform", "iran", 1);  // self-loop
    graph[reform].relation.modality = "may";
    g_.Relate("chad", "attack", "mali", 4, false, /*negated=*/true);
    g_.Relate("niger", "help", "mali", 1);
  }
  TestGraph g_;
};

TEST_F(GraphStatsTest, CountsByTypeAndCategory) {
  GraphStats stats = ComputeGraphStats(g_.graph(), {});
  EXPECT_EQ(stats.actors, 7u);
  EXPECT_EQ(stats.edges, 6u);
  EXPECT_EQ(stats.actors_by_type[0], std::make_pair(ActorType::kCountry, size_t{5}));
  EXPECT_EQ(stats.actors_by_type[1], std::make_pair(ActorType::kOrganization, size_t{1}));
  EXPECT_EQ(stats.actors_by_type[3], std::make_pair(ActorType::kGroup, size_t{1}));
  EXPECT_EQ(stats.edges_by_category[0].edges, 3u);  // unknown
  EXPECT_EQ(stats.edges_by_category[0].weight, 6);
  EXPECT_EQ(stats.edges_by_category[3].edges, 1u);  // material cooperation
  EXPECT_EQ(stats.edges_by_category[3].weight, 3);
  EXPECT_EQ(stats.symmetric_edges, 1u);
  EXPECT_EQ(stats.negated_edges, 1u);
  EXPECT_EQ(stats.hedged_edges, 1u);
  EXPECT_EQ(stats.self_loops, 1u);
  EXPECT_EQ(stats.total_weight, 12);
  EXPECT_EQ(stats.documents, 3u);
  EXPECT_EQ(stats.first_date, "2019-12-30");
  EXPECT_EQ(stats.last_date, "2020-03-01");
  EXPECT_EQ(stats.isolated_actors, 1u);
}

TEST_F(GraphStatsTest, ComponentsIgnoreDirection) {
  // {iran, iraq, un}, {chad, mali, niger} (niger and chad only point into mali), {hamas}.
  GraphStats stats = ComputeGraphStats(g_.graph(), {.components = 2});
  EXPECT_EQ(stats.components, 3u);
  EXPECT_EQ(stats.largest_components, (std::vector<size_t>{3, 3}));
}

TEST_F(GraphStatsTest, TopActorsByDegreeThenWeightThenId) {
  GraphStats stats = ComputeGraphStats(g_.graph(), {.top = 4});
  ASSERT_EQ(stats.top_actors.size(), 4u);
  std::vector<Vertex> order;
  for (const auto& d : stats.top_actors) order.push_back(d.actor);
  // iran 4 edges; iraq and mali 2 each (mali heavier); chad and un 1 each.
  EXPECT_EQ(g_.Ids(order), "iran mali iraq chad");
  const ActorDegree& iran = stats.top_actors[0];
  EXPECT_EQ(iran.degree, 4u);
  EXPECT_EQ(iran.out, 1u);
  EXPECT_EQ(iran.in, 1u);
  EXPECT_EQ(iran.symmetric, 1u);
  EXPECT_EQ(iran.neighbors, 2u);
  EXPECT_EQ(iran.weight, 7);
}

TEST_F(GraphStatsTest, TopLargerThanGraphListsEveryActor) {
  EXPECT_EQ(ComputeGraphStats(g_.graph(), {.top = 100}).top_actors.size(), 7u);
}

TEST_F(GraphStatsTest, EmptyGraphHasNoComponents) {
  TestGraph empty;
  GraphStats stats = ComputeGraphStats(empty.graph(), {});
  EXPECT_EQ(stats.components, 0u);
  EXPECT_TRUE(stats.largest_components.empty());
  EXPECT_TRUE(stats.top_actors.empty());
}

TEST_F(GraphStatsTest, TextSummary) {
  std::ostringstream out;
  WriteGraphStatsText(g_.graph(), ComputeGraphStats(g_.graph(), {.top = 2}), out);
  EXPECT_EQ(out.str(),
            "actors: 7\n"
            "  country: 5\n"
            "  organization: 1\n"
            "  group: 1\n"
            "edges: 6\n"
            "  unknown: 3 (weight 6)\n"
            "  verbal_cooperation: 1 (weight 1)\n"
            "  material_cooperation: 1 (weight 3)\n"
            "  verbal_conflict: 1 (weight 2)\n"
            "  symmetric: 1, negated: 1, hedged: 1, self-loops: 1\n"
            "total weight: 12\n"
            "documents: 3\n"
            "evidence kept: 0\n"
            "dates: 2019-12-30 to 2020-03-01\n"
            "isolated actors: 1\n"
            "weakly connected components: 3 (largest: 3, 3, 1)\n"
            "top actors by degree:\n"
            "  1. Iran (country): 4 edges (1 out, 1 in, 1 symmetric), 2 neighbours, weight 7\n"
            "  2. Mali (country): 2 edges (0 out, 2 in, 0 symmetric), 2 neighbours, weight 5\n");
}

TEST_F(GraphStatsTest, JsonHasEveryCategoryAndType) {
  std::ostringstream out;
  WriteGraphStatsJson(g_.graph(), ComputeGraphStats(g_.graph(), {.top = 1}), out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  ASSERT_FALSE(doc.HasParseError()) << out.str();
  EXPECT_EQ(doc["actors"].GetUint64(), 7u);
  EXPECT_EQ(doc["actors_by_type"]["person"].GetUint64(), 0u);
  EXPECT_EQ(doc["edges_by_category"]["material_conflict"]["edges"].GetUint64(), 0u);
  EXPECT_EQ(doc["edges_by_category"]["verbal_conflict"]["weight"].GetInt64(), 2);
  EXPECT_EQ(doc["self_loops"].GetUint64(), 1u);
  EXPECT_EQ(doc["components"].GetUint64(), 3u);
  ASSERT_EQ(doc["largest_components"].Size(), 3u);
  ASSERT_EQ(doc["top_actors"].Size(), 1u);
  EXPECT_STREQ(doc["top_actors"][0]["id"].GetString(), "iran");
  EXPECT_EQ(doc["top_actors"][0]["degree"].GetUint64(), 4u);
}

}  // namespace
}  // namespace actorgraph
