#include "actorgraph/query/path_finder.h"

#include <algorithm>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "query/query_test_graph.h"

namespace actorgraph {
namespace {

using testing::TestGraph;

std::vector<std::string> Paths(const TestGraph& g, const std::string& from,
                               const std::string& to, PathOptions options,
                               WalkOptions walk_options = {}) {
  ActorWalk walk(g.graph(), walk_options);
  std::vector<std::string> out;
  for (const ActorPath& path : FindShortestPaths(walk, g[from], g[to], options)) {
    out.push_back(g.Ids(path.actors));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(PathFinderTest, ShortestPathByHops) {
  TestGraph g;
  g.Relate("a", "r", "b");
  g.Relate("b", "r", "c");
  g.Relate("c", "r", "d");
  g.Relate("a", "r", "x");
  g.Relate("x", "r", "d");
  EXPECT_EQ(Paths(g, "a", "d", {}), Strings{"a x d"});
}

TEST(PathFinderTest, TieGoesToSmallerActorIds) {
  TestGraph g;
  // Inserted so that vertex order and id order differ.
  g.Relate("a", "r", "q");
  g.Relate("q", "r", "z");
  g.Relate("a", "r", "c");
  g.Relate("c", "r", "z");
  g.Relate("a", "r", "m");
  g.Relate("m", "r", "z");
  EXPECT_EQ(Paths(g, "a", "z", {}), Strings{"a c z"});
  EXPECT_EQ(Paths(g, "a", "z", {.k = 3}), (Strings{"a c z", "a m z", "a q z"}));
}

TEST(PathFinderTest, DirectedPathRespectsArrows) {
  TestGraph g;
  g.Relate("b", "r", "a");
  g.Relate("b", "r", "c");
  EXPECT_EQ(Paths(g, "a", "c", {}), Strings{});
  EXPECT_EQ(Paths(g, "a", "c", {}, {.undirected = true}), Strings{"a b c"});
}

TEST(PathFinderTest, SymmetricEdgesAreWalkedAgainstTheirStoredDirection) {
  TestGraph g;
  g.Relate("a", "talk with", "b", 1, /*symmetric=*/true);
  g.Relate("b", "talk with", "c", 1, /*symmetric=*/true);
  EXPECT_EQ(Paths(g, "c", "a", {}), Strings{"c b a"});
  EXPECT_EQ(Paths(g, "a", "c", {}), Strings{"a b c"});
}

TEST(PathFinderTest, MaxHopsCutsLongerPaths) {
  TestGraph g;
  g.Relate("a", "r", "b");
  g.Relate("b", "r", "c");
  g.Relate("c", "r", "d");
  g.Relate("a", "r", "d");
  EXPECT_EQ(Paths(g, "a", "c", {.max_hops = 1}), Strings{});
  EXPECT_EQ(Paths(g, "a", "c", {.max_hops = 2}), Strings{"a b c"});
  EXPECT_EQ(Paths(g, "a", "d", {.k = 5, .max_hops = 2}), Strings{"a d"});
  EXPECT_EQ(Paths(g, "a", "d", {.k = 5, .max_hops = 3}), (Strings{"a d", "a b c d"}));
}

TEST(PathFinderTest, KLargerThanNumberOfPathsReturnsAll) {
  TestGraph g;
  g.Relate("a", "r", "b");
  g.Relate("b", "r", "c");
  g.Relate("a", "r", "c");
  EXPECT_EQ(Paths(g, "a", "c", {.k = 10}), (Strings{"a c", "a b c"}));
}

TEST(PathFinderTest, CyclesDoNotRepeatActors) {
  TestGraph g;
  g.Relate("a", "r", "b");
  g.Relate("b", "r", "a");
  g.Relate("b", "r", "c");
  g.Relate("c", "r", "a");
  EXPECT_EQ(Paths(g, "a", "c", {.k = 10}), Strings{"a b c"});
  EXPECT_EQ(Paths(g, "a", "c", {.k = 10}, {.undirected = true}), (Strings{"a c", "a b c"}));
}

TEST(PathFinderTest, SelfLoopsAndParallelEdgesAddNoPaths) {
  TestGraph g;
  g.Relate("a", "reform", "a");
  g.Relate("a", "r", "b");
  g.Relate("a", "s", "b", 4);
  g.Relate("b", "s", "a", 1);
  EXPECT_EQ(Paths(g, "a", "b", {.k = 10}, {.undirected = true}), Strings{"a b"});
}

TEST(PathFinderTest, FromAnActorToItselfIsZeroHops) {
  TestGraph g;
  g.Relate("a", "r", "b");
  g.Relate("b", "r", "a");
  ActorWalk walk(g.graph(), {});
  auto paths = FindShortestPaths(walk, g["a"], g["a"], {.k = 3});
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(paths[0].hops(), 0u);
  EXPECT_EQ(g.Ids(paths[0].actors), "a");
}

TEST(PathFinderTest, ZeroKFindsNothing) {
  TestGraph g;
  g.Relate("a", "r", "b");
  EXPECT_EQ(Paths(g, "a", "b", {.k = 0}), Strings{});
}

TEST(PathFinderTest, IsolatedActorIsUnreachable) {
  TestGraph g;
  g.Relate("a", "r", "b");
  g.Actor("lone");
  EXPECT_EQ(Paths(g, "a", "lone", {.k = 3}, {.undirected = true}), Strings{});
  EXPECT_EQ(Paths(g, "lone", "a", {.k = 3}, {.undirected = true}), Strings{});
}

// Every simple path, by depth-first search over the edges themselves (not the walk), in
// (hops, actor ids) order.
Strings AllSimplePaths(const TestGraph& g, Vertex from, Vertex to, bool undirected,
                       size_t max_hops) {
  const Graph& graph = g.graph();
  size_t n = boost::num_vertices(graph);
  auto walkable = [&](Vertex u, Vertex v) {
    for (auto [it, end] = boost::edges(graph); it != end; ++it) {
      Vertex s = boost::source(*it, graph), t = boost::target(*it, graph);
      bool both_ways = undirected || graph[*it].relation.symmetric;
      if ((s == u && t == v) || (both_ways && s == v && t == u)) return true;
    }
    return false;
  };
  std::vector<std::vector<Vertex>> found;
  std::vector<Vertex> current = {from};
  std::vector<bool> on_path(n, false);
  on_path[from] = true;
  std::function<void(Vertex)> visit = [&](Vertex u) {
    if (u == to) {
      found.push_back(current);
      return;
    }
    if (max_hops != 0 && current.size() - 1 == max_hops) return;
    for (Vertex v = 0; v < n; ++v) {
      if (on_path[v] || v == u || !walkable(u, v)) continue;
      on_path[v] = true;
      current.push_back(v);
      visit(v);
      current.pop_back();
      on_path[v] = false;
    }
  };
  visit(from);
  Strings out;
  for (const auto& path : found) out.push_back(g.Ids(path));
  // Ids are fixed-width here, so string order is id order; sort by length first.
  std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  return out;
}

TEST(PathFinderTest, YenMatchesBruteForceOnRandomGraphs) {
  std::mt19937 rng(20261201);
  int rounds_with_several_paths = 0;
  for (int round = 0; round < 1000; ++round) {
    TestGraph g;
    const int n = 3 + static_cast<int>(rng() % 6);
    // Two-letter ids, inserted in a shuffled order so that vertex index != id order.
    std::vector<std::string> ids;
    for (int i = 0; i < n; ++i) ids.push_back(std::string(1, 'a' + i) + "x");
    std::shuffle(ids.begin(), ids.end(), rng);
    for (const auto& id : ids) g.Actor(id);
    const int edges = static_cast<int>(rng() % (n * 3));
    for (int e = 0; e < edges; ++e) {
      const std::string& s = ids[rng() % n];
      const std::string& t = ids[rng() % n];  // may be a self-loop or a parallel edge
      g.Relate(s, "r" + std::to_string(rng() % 3), t, 1 + rng() % 4, rng() % 4 == 0);
    }
    const bool undirected = rng() % 2 == 0;
    const size_t max_hops = rng() % 3 == 0 ? 1 + rng() % 3 : 0;
    const size_t k = 1 + rng() % 12;
    Vertex from = g[ids[rng() % n]];
    Vertex to = g[ids[rng() % n]];
    Strings expected = AllSimplePaths(g, from, to, undirected, max_hops);
    if (expected.size() > k) expected.resize(k);
    ActorWalk walk(g.graph(), {.undirected = undirected});
    Strings actual;
    for (const auto& path : FindShortestPaths(walk, from, to, {.k = k, .max_hops = max_hops})) {
      actual.push_back(g.Ids(path.actors));
    }
    ASSERT_EQ(actual, expected) << "round " << round << " from " << g.graph()[from].actor.id
                                << " to " << g.graph()[to].actor.id << " k " << k
                                << " max_hops " << max_hops << " undirected " << undirected;
    if (actual.size() > 1) ++rounds_with_several_paths;
  }
  // The comparison means something only if many rounds have more than one path.
  EXPECT_GT(rounds_with_several_paths, 150);
}

}  // namespace
}  // namespace actorgraph
