#include "actorgraph/query/actor_walk.h"

#include <string>

#include <gtest/gtest.h>

#include "query/query_test_graph.h"

namespace actorgraph {
namespace {

using testing::TestGraph;

// "to:relation/direction,relation/direction; ..." for the steps out of `from`.
std::string Steps(const TestGraph& g, const ActorWalk& walk, const std::string& from) {
  std::string out;
  for (const Step& step : walk.StepsFrom(g[from])) {
    if (!out.empty()) out += "; ";
    out += g.graph()[step.to].actor.id + ":";
    for (size_t i = 0; i < step.edges.size(); ++i) {
      if (i > 0) out += ",";
      out += g.graph()[step.edges[i].edge].relation.text + "/" +
             std::string(HopDirectionName(step.edges[i].direction));
    }
  }
  return out;
}

TEST(ActorWalkTest, DirectedWalkFollowsArrowsOnly) {
  TestGraph g;
  g.Relate("b", "support", "a");
  g.Relate("a", "attack", "c");
  ActorWalk walk(g.graph(), {});
  EXPECT_EQ(Steps(g, walk, "a"), "c:attack/forward");
  EXPECT_EQ(Steps(g, walk, "b"), "a:support/forward");
  EXPECT_EQ(Steps(g, walk, "c"), "");
}

TEST(ActorWalkTest, UndirectedWalkAddsBackwardSteps) {
  TestGraph g;
  g.Relate("b", "support", "a");
  g.Relate("a", "attack", "c");
  ActorWalk walk(g.graph(), {.undirected = true});
  EXPECT_EQ(Steps(g, walk, "a"), "b:support/backward; c:attack/forward");
  EXPECT_EQ(Steps(g, walk, "c"), "a:attack/backward");
}

TEST(ActorWalkTest, SymmetricEdgeIsWalkableBothWaysWhenDirected) {
  TestGraph g;
  g.Relate("a", "talk with", "b", 1, /*symmetric=*/true);
  ActorWalk walk(g.graph(), {});
  EXPECT_EQ(Steps(g, walk, "a"), "b:talk with/symmetric");
  EXPECT_EQ(Steps(g, walk, "b"), "a:talk with/symmetric");
}

TEST(ActorWalkTest, ParallelEdgesFormOneStepStrongestFirst) {
  TestGraph g;
  g.Relate("a", "criticise", "b", 2);
  g.Relate("a", "meet", "b", 5);
  g.Relate("a", "attack", "b", 2, false, /*negated=*/true);
  g.Relate("a", "attack", "b", 2);
  g.Relate("b", "blame", "a", 2);
  ActorWalk walk(g.graph(), {.undirected = true});
  EXPECT_EQ(Steps(g, walk, "a"),
            "b:meet/forward,attack/forward,blame/backward,criticise/forward,attack/forward");
  const Step* step = walk.FindStep(g["a"], g["b"]);
  ASSERT_NE(step, nullptr);
  EXPECT_FALSE(g.graph()[step->edges[1].edge].relation.negated);
  EXPECT_TRUE(g.graph()[step->edges[4].edge].relation.negated);
  EXPECT_EQ(StepWeight(g.graph(), *step), 13);
}

TEST(ActorWalkTest, SameRelationBothWaysListsForwardBeforeBackward) {
  TestGraph g;
  g.Relate("b", "accuse", "a");
  g.Relate("a", "accuse", "b");
  ActorWalk walk(g.graph(), {.undirected = true});
  EXPECT_EQ(Steps(g, walk, "a"), "b:accuse/forward,accuse/backward");
}

TEST(ActorWalkTest, SelfLoopsAreNotSteps) {
  TestGraph g;
  g.Relate("a", "reform", "a");
  ActorWalk walk(g.graph(), {.undirected = true});
  EXPECT_EQ(Steps(g, walk, "a"), "");
  EXPECT_EQ(walk.FindStep(g["a"], g["a"]), nullptr);
}

TEST(ActorWalkTest, StepsAndRanksFollowActorIdsNotInsertionOrder) {
  TestGraph g;
  g.Relate("m", "x", "z");
  g.Relate("m", "x", "b");
  g.Relate("m", "x", "k");
  ActorWalk walk(g.graph(), {});
  EXPECT_EQ(Steps(g, walk, "m"), "b:x/forward; k:x/forward; z:x/forward");
  EXPECT_LT(walk.Rank(g["b"]), walk.Rank(g["k"]));
  EXPECT_LT(walk.Rank(g["m"]), walk.Rank(g["z"]));
  EXPECT_EQ(g.Ids(walk.StepsInto(g["z"])), "m");
  EXPECT_EQ(walk.FindStep(g["z"], g["m"]), nullptr);
}

}  // namespace
}  // namespace actorgraph
