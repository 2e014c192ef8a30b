#include "actorgraph/graph/graph_filter.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::MakeTriple;

Triple Categorised(std::string_view subject, std::string_view relation, std::string_view object,
                   Category category, std::string_view date = "") {
  Triple triple = MakeTriple(subject, relation, object, "doc", "A sentence.", date);
  triple.relation.category = category;
  return triple;
}

// A chain A - B - C - D - E with weights, categories and dates, plus an isolated actor Z.
KnowledgeGraph Chain() {
  KnowledgeGraph graph;
  for (int i = 0; i < 3; ++i) {
    graph.AddTriple(Categorised("A", "help", "B", Category::kMaterialCooperation, "2020-01-05"));
  }
  graph.AddTriple(Categorised("B", "threaten", "C", Category::kVerbalConflict, "2020-03"));
  graph.AddTriple(Categorised("C", "attack", "D", Category::kMaterialConflict, "2021-07-01"));
  graph.AddTriple(Categorised("C", "attack", "D", Category::kMaterialConflict, "2021-08-01"));
  graph.AddTriple(Categorised("D", "meet", "E", Category::kNeutral));
  Actor z;
  z.name = "Z";
  graph.AddActor(z);
  return graph;
}

std::string Filtered(const KnowledgeGraph& graph, const GraphFilter& filter) {
  auto result = FilterGraph(graph, filter);
  if (!result.ok()) return "error: " + result.status().message();
  return result->DebugString();
}

TEST(GraphFilterTest, DefaultFilterKeepsEverything) {
  const KnowledgeGraph graph = Chain();
  EXPECT_TRUE(IsNoOp(GraphFilter{}));
  EXPECT_EQ(Filtered(graph, {}), graph.DebugString());
}

TEST(GraphFilterTest, MinWeightDropsLightEdgesAndTheActorsTheyStranded) {
  GraphFilter filter;
  filter.min_weight = 2;
  EXPECT_EQ(Filtered(Chain(), filter),
            "A -[help]-> B x3\n"
            "C -[attack]-> D x2\n"
            "Z\n");
}

TEST(GraphFilterTest, DropIsolatedAlsoDropsActorsThatNeverHadEdges) {
  GraphFilter filter;
  filter.min_weight = 2;
  filter.drop_isolated = true;
  EXPECT_EQ(Filtered(Chain(), filter), "A -[help]-> B x3\nC -[attack]-> D x2\n");
}

TEST(GraphFilterTest, CategoryShorthandSelectsBothConflictKinds) {
  GraphFilter filter;
  filter.categories = *ParseCategoryList("conflict");
  EXPECT_EQ(Filtered(Chain(), filter),
            "B -[threaten]-> C x1\n"
            "C -[attack]-> D x2\n"
            "Z\n");
}

TEST(GraphFilterTest, UnknownCategorySelectsUncategorisedEdges) {
  KnowledgeGraph graph = Chain();
  graph.AddTriple(MakeTriple("E", "visit", "A"));
  GraphFilter filter;
  filter.categories = *ParseCategoryList("unknown,neutral");
  filter.drop_isolated = true;
  EXPECT_EQ(Filtered(graph, filter), "D -[meet]-> E x1\nE -[visit]-> A x1\n");
}

TEST(GraphFilterTest, DateRangeKeepsEdgesWithAnyDateInsideAndDropsUndated) {
  GraphFilter filter;
  filter.since = "2020-02";
  filter.until = "2021-07-15";
  filter.drop_isolated = true;
  // threaten (2020-03) is inside; attack has 2021-07-01 inside and 2021-08-01 outside.
  EXPECT_EQ(Filtered(Chain(), filter), "B -[threaten]-> C x1\nC -[attack]-> D x2\n");
  filter.keep_undated = true;
  EXPECT_EQ(Filtered(Chain(), filter),
            "B -[threaten]-> C x1\nC -[attack]-> D x2\nD -[meet]-> E x1\n");
}

TEST(GraphFilterTest, MonthDateOverlapsARangeStartingMidMonth) {
  GraphFilter filter;
  filter.since = "2020-03-20";  // "2020-03" may be the 20th or later
  filter.until = "2020";
  filter.drop_isolated = true;
  EXPECT_EQ(Filtered(Chain(), filter), "B -[threaten]-> C x1\n");
}

TEST(GraphFilterTest, EgoNetworkKeepsActorsWithinDepth) {
  GraphFilter filter;
  filter.actor = "c";  // LookupActor folds case
  filter.depth = 1;
  EXPECT_EQ(Filtered(Chain(), filter), "B -[threaten]-> C x1\nC -[attack]-> D x2\n");
  filter.depth = 2;
  EXPECT_EQ(Filtered(Chain(), filter),
            "A -[help]-> B x3\nB -[threaten]-> C x1\nC -[attack]-> D x2\nD -[meet]-> E x1\n");
  filter.depth = 0;
  EXPECT_EQ(Filtered(Chain(), filter), "C\n");
}

TEST(GraphFilterTest, EgoNetworkFollowsOnlyEdgesTheEdgeFiltersKept) {
  GraphFilter filter;
  filter.actor = "B";
  filter.depth = 3;
  filter.categories = *ParseCategoryList("cooperation");
  EXPECT_EQ(Filtered(Chain(), filter), "A -[help]-> B x3\n");
}

TEST(GraphFilterTest, TopKeepsMostConnectedActorsTiesByIdAndEdgesAmongThem) {
  // Weighted degrees: A 3, B 4, C 3, D 3, E 1, Z 0.
  GraphFilter filter;
  filter.top = 2;
  EXPECT_EQ(Filtered(Chain(), filter), "A -[help]-> B x3\n");
  filter.top = 3;  // B, then A and C (ids before D)
  EXPECT_EQ(Filtered(Chain(), filter), "A -[help]-> B x3\nB -[threaten]-> C x1\n");
}

TEST(GraphFilterTest, TopCountsASelfLoopOnce) {
  KnowledgeGraph graph;
  graph.AddTriple(MakeTriple("A", "purge", "A"));
  graph.AddTriple(MakeTriple("B", "meet", "C"));
  graph.AddTriple(MakeTriple("B", "meet", "C"));
  GraphFilter filter;
  filter.top = 2;
  EXPECT_EQ(Filtered(graph, filter), "B -[meet]-> C x2\n");
}

TEST(GraphFilterTest, FilteredGraphKeepsEvidenceAndMentions) {
  GraphFilter filter;
  filter.actor = "A";
  auto result = FilterGraph(Chain(), filter);
  ASSERT_TRUE(result.ok());
  auto a = result->FindActorById("a");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(result->graph()[*a].mentions, 3);
  const Edge e = result->EdgesInOrder().at(0);
  EXPECT_EQ(result->graph()[e].evidence.size(), 1u);
  EXPECT_EQ(result->graph()[e].first_date, "2020-01-05");
}

TEST(GraphFilterTest, BadFiltersAreRejectedWithTheirValue) {
  struct Case {
    GraphFilter filter;
    const char* error;
  };
  GraphFilter slash, backwards, month, depth, missing, far;
  slash.since = "2020/01";
  backwards.since = "2021";
  backwards.until = "2020-12";
  month.until = "2020-13";
  depth.actor = "A";
  depth.depth = -1;
  missing.actor = "Zebra";
  far.actor = "Bb";
  const Case cases[] = {
      {slash, "error: --since: expected YYYY, YYYY-MM or YYYY-MM-DD, got '2020/01'"},
      {backwards, "error: --since 2021 is after --until 2020-12"},
      {month, "error: --until: expected YYYY, YYYY-MM or YYYY-MM-DD, got '2020-13'"},
      {depth, "error: --depth: expected 0 or more, got -1"},
      {missing, "error: no actor 'Zebra' in the graph"},
      {far, "error: no actor 'Bb' in the graph; did you mean 'B', 'A', 'C'?"},
  };
  for (const Case& c : cases) EXPECT_EQ(Filtered(Chain(), c.filter), c.error);
}

TEST(ParseCategoryListTest, ShorthandsExpandSortedAndUnique) {
  auto categories = ParseCategoryList("conflict, verbal_conflict,cooperation");
  ASSERT_TRUE(categories.ok());
  const std::vector<Category> expected = {
      Category::kMaterialCooperation, Category::kVerbalConflict, Category::kMaterialConflict,
      Category::kVerbalCooperation};
  std::vector<Category> sorted = expected;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(*categories, sorted);
}

TEST(ParseCategoryListTest, BadListsNameTheItem) {
  const std::pair<const char*, const char*> cases[] = {
      {"cooperaton",
       "unknown category 'cooperaton' (expected one of: cooperation, conflict, verbal, "
       "material, verbal_cooperation, material_cooperation, verbal_conflict, "
       "material_conflict, neutral, unknown); did you mean 'cooperation'?"},
      {"conflict,,neutral", "empty category in list 'conflict,,neutral'"},
      {"", "expected a comma-separated list of categories, got ''"},
  };
  for (const auto& [list, error] : cases) {
    auto result = ParseCategoryList(list);
    ASSERT_FALSE(result.ok()) << list;
    EXPECT_EQ(result.status().message(), error);
  }
}

}  // namespace
}  // namespace actorgraph
