#include "actorgraph/query/actor_resolver.h"

#include <string>

#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::MakeTriple;

KnowledgeGraph SmallGraph() {
  KnowledgeGraph graph;
  graph.AddTriple(MakeTriple("Russia", "support", "Iran"));
  graph.AddTriple(MakeTriple("United States", "sanction", "Iran"));
  Triple alias = MakeTriple("United States", "sanction", "Russia");
  alias.subject.aliases = {"America"};
  graph.AddTriple(alias);
  return graph;
}

TEST(ActorResolverTest, NameIdAndAliasResolve) {
  KnowledgeGraph graph = SmallGraph();
  for (const char* name : {"Russia", "russia", "RUSSIA"}) {
    Result<Vertex> v = ResolveActor(graph, name, "g.json");
    ASSERT_TRUE(v.ok()) << name << ": " << v.status().ToString();
    EXPECT_EQ(graph.graph()[*v].actor.id, "russia");
  }
  Result<Vertex> us = ResolveActor(graph, "america", "g.json");
  ASSERT_TRUE(us.ok()) << us.status().ToString();
  EXPECT_EQ(graph.graph()[*us].actor.name, "United States");
  Result<Vertex> by_id = ResolveActor(graph, "united_states", "g.json");
  ASSERT_TRUE(by_id.ok());
  EXPECT_EQ(*by_id, *us);
}

TEST(ActorResolverTest, UnknownNamesSayWhereAndSuggest) {
  KnowledgeGraph graph = SmallGraph();
  struct Case {
    const char* name;
    const char* message;
  } cases[] = {
      {"Rusia", "no actor \"Rusia\" in g.json; did you mean \"Russia\"?"},
      {"Irn", "no actor \"Irn\" in g.json; did you mean \"Iran\"?"},
      {"Atlantis", "no actor \"Atlantis\" in g.json"},
  };
  for (const auto& c : cases) {
    Result<Vertex> v = ResolveActor(graph, c.name, "g.json");
    ASSERT_FALSE(v.ok()) << c.name;
    EXPECT_EQ(v.status().code(), Status::Code::kNotFound);
    EXPECT_EQ(v.status().message(), c.message);
  }
}

TEST(ActorResolverTest, AmbiguousAliasListsTheActors) {
  KnowledgeGraph graph;
  Triple a = MakeTriple("Republic of the Congo", "border", "Democratic Republic of the Congo");
  a.subject.aliases = {"Congo"};
  a.object.aliases = {"Congo"};
  graph.AddTriple(a);
  Result<Vertex> v = ResolveActor(graph, "Congo", "g.json");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().message(),
            "\"Congo\" is ambiguous in g.json: it names \"Democratic Republic of the Congo\" "
            "(democratic_republic_of_the_congo) and \"Republic of the Congo\" "
            "(republic_of_the_congo); give an id");
}

}  // namespace
}  // namespace actorgraph
