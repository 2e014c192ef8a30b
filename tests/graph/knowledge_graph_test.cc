#include "actorgraph/graph/knowledge_graph.h"

#include <algorithm>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::MakeTriple;

// Every field the graph keeps, in canonical order: equal dumps mean equal graphs.
std::string FullDump(const KnowledgeGraph& graph) {
  const Graph& g = graph.graph();
  std::ostringstream out;
  for (Vertex v : graph.ActorsInOrder()) {
    const Actor& a = g[v].actor;
    out << "actor " << a.id << " name=" << a.name << " type=" << ActorTypeName(a.type)
        << " code=" << a.code << " aff=" << a.affiliation << " mentions=" << g[v].mentions
        << " aliases=";
    for (const auto& alias : a.aliases) out << alias << "|";
    out << "\n";
  }
  for (Edge e : graph.EdgesInOrder()) {
    const EdgeData& d = g[e];
    const Relation& r = d.relation;
    out << "edge " << g[boost::source(e, g)].actor.id << " " << g[boost::target(e, g)].actor.id
        << " text=" << r.text << " lemma=" << r.lemma << " cat=" << CategoryName(r.category)
        << " cameo=" << r.cameo_root << " sym=" << r.symmetric << " neg=" << r.negated
        << " mod=" << r.modality << " w=" << d.weight << " first=" << d.first_date
        << " last=" << d.last_date << " conf=" << d.confidence << " docs=";
    for (const auto& doc : d.documents) out << doc << "|";
    out << " ex=";
    for (const auto& ex : d.extractors) out << ex << "|";
    out << "\n";
    for (const Evidence& ev : d.evidence) {
      out << "  ev " << ev.doc << " " << ev.sentence_index << " " << ev.subject.begin << "-"
          << ev.subject.end << " " << ev.relation.begin << "-" << ev.relation.end << " "
          << ev.object.begin << "-" << ev.object.end << " " << ev.date << " " << ev.sentence
          << "\n";
    }
  }
  return out.str();
}

// Many triples over few actors, with conflicting actor fields, hedges, categories and more
// evidence per edge than max_evidence keeps.
std::vector<Triple> ManyTriples() {
  std::vector<Triple> triples;
  const char* names[] = {"Valmoria", "Kessaria", "Ostrel", "Union of Ports"};
  const char* relations[] = {"~hold talks with", "criticize", "not attack", "support"};
  const char* modalities[] = {"", "may", "could"};
  for (int i = 0; i < 120; ++i) {
    Triple t = MakeTriple(names[i % 4], relations[i % 3], names[(i / 4) % 4],
                          "doc" + std::to_string(i % 7), "Sentence " + std::to_string(i) + ".",
                          "2026-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10));
    t.evidence.sentence_index = i % 5;
    t.evidence.subject = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 3)};
    t.confidence = 0.5 + (i % 11) / 25.0;
    t.extractor = i % 2 ? "pattern" : "parser";
    t.relation.modality = modalities[i % 3 == 1 ? 1 + i % 2 : (i % 6 == 0 ? 0 : 1)];
    t.relation.category = static_cast<Category>(i % 6);
    t.relation.cameo_root = i % 21;
    if (i % 5 == 0) t.relation.lemma = "";
    // Conflicting actor fields, settled by the merge rules.
    if (i % 3 == 0) t.subject.type = ActorType::kCountry;
    if (i % 7 == 0) t.subject.type = ActorType::kOrganization;
    if (i % 4 == 1) t.subject.name = std::string(names[i % 4]) + " Republic";
    if (i % 6 == 2) t.subject.aliases = {"alias" + std::to_string(i % 3)};
    if (i % 5 == 3) t.object.code = "C" + std::to_string(i % 4);
    if (i % 8 == 5) t.object.affiliation = "aff" + std::to_string(i % 3);
    triples.push_back(std::move(t));
  }
  return triples;
}

KnowledgeGraph BuildFrom(const std::vector<Triple>& triples, size_t begin, size_t end) {
  KnowledgeGraph graph(MergeOptions{.max_evidence = 4});
  for (size_t i = begin; i < end; ++i) graph.AddTriple(triples[i]);
  return graph;
}

TEST(KnowledgeGraphTest, AddTripleCreatesActorsAndEdge) {
  KnowledgeGraph graph;
  graph.AddTriple(MakeTriple("Valmoria", "support", "Kessaria"));
  EXPECT_EQ(graph.num_actors(), 2u);
  EXPECT_EQ(graph.num_edges(), 1u);
  EXPECT_EQ(graph.DebugString(), "Valmoria -[support]-> Kessaria x1\n");
}

TEST(KnowledgeGraphTest, EmptyIdComesFromName) {
  KnowledgeGraph graph;
  Triple triple = MakeTriple("Côte d'Ivoire", "support", "United States");
  triple.subject.id.clear();
  graph.AddTriple(triple);
  EXPECT_TRUE(graph.FindActorById("cote_d_ivoire").has_value());
  EXPECT_TRUE(graph.FindActorById("united_states").has_value());
}

TEST(KnowledgeGraphTest, SymmetricRelationStatedBothWaysIsOneEdge) {
  KnowledgeGraph graph;
  graph.AddTriple(MakeTriple("Valmoria", "~talk with", "Kessaria"));
  graph.AddTriple(MakeTriple("Kessaria", "~talk with", "Valmoria"));
  EXPECT_EQ(graph.DebugString(), "Kessaria -[talk with]- Valmoria x2\n");
}

TEST(KnowledgeGraphTest, SymmetricEdgeSwapsSpansWithItsEnds) {
  KnowledgeGraph graph;
  Triple triple = MakeTriple("Valmoria", "~talk with", "Kessaria", "d");
  triple.evidence.subject = {0, 8};
  triple.evidence.object = {19, 27};
  graph.AddTriple(triple);
  const EdgeData& data = graph.graph()[graph.EdgesInOrder()[0]];
  ASSERT_EQ(data.evidence.size(), 1u);
  EXPECT_EQ(data.evidence[0].subject, (Span{19, 27}));  // Kessaria, the edge's source
  EXPECT_EQ(data.evidence[0].object, (Span{0, 8}));
}

TEST(KnowledgeGraphTest, DirectedRelationKeepsBothDirections) {
  KnowledgeGraph graph;
  graph.AddTriple(MakeTriple("Valmoria", "criticize", "Kessaria"));
  graph.AddTriple(MakeTriple("Kessaria", "criticize", "Valmoria"));
  EXPECT_EQ(graph.DebugString(),
            "Kessaria -[criticize]-> Valmoria x1\nValmoria -[criticize]-> Kessaria x1\n");
}

TEST(KnowledgeGraphTest, NegatedRelationIsItsOwnEdge) {
  KnowledgeGraph graph;
  graph.AddTriple(MakeTriple("Kessaria", "attack", "Valmoria"));
  graph.AddTriple(MakeTriple("Kessaria", "not attack", "Valmoria"));
  graph.AddTriple(MakeTriple("Kessaria", "not attack", "Valmoria"));
  EXPECT_EQ(graph.DebugString(),
            "Kessaria -[attack]-> Valmoria x1\nKessaria -[not attack]-> Valmoria x2\n");
}

TEST(KnowledgeGraphTest, SelfLoopAndIsolatedActorAreKept) {
  KnowledgeGraph graph;
  graph.AddTriple(MakeTriple("Red Dawn Front", "purge", "Red Dawn Front"));
  Actor chad;
  chad.name = "Chad";
  graph.AddActor(chad);
  EXPECT_EQ(graph.DebugString(), "Red Dawn Front -[purge]-> Red Dawn Front x1\nChad\n");
  EXPECT_EQ(graph.graph()[*graph.FindActorById("red_dawn_front")].mentions, 2);
}

TEST(KnowledgeGraphTest, EdgeAggregatesItsAssertions) {
  KnowledgeGraph graph(MergeOptions{.max_evidence = 2});
  Triple a = MakeTriple("Valmoria", "support", "Kessaria", "d2", "Second.", "2026-02-10");
  a.confidence = 0.4;
  a.extractor = "pattern";
  Triple b = MakeTriple("Valmoria", "support", "Kessaria", "d1", "First.", "2026-01-05");
  b.confidence = 0.9;
  Triple c = MakeTriple("Valmoria", "support", "Kessaria", "d2", "Third.", "");
  c.evidence.sentence_index = 4;
  c.confidence = 0.3;
  Triple d = b;  // the same assertion again: counted, but its evidence is kept once
  for (const Triple& t : {a, b, c, d}) graph.AddTriple(t);
  const EdgeData& data = graph.graph()[graph.EdgesInOrder()[0]];
  EXPECT_EQ(data.weight, 4);
  EXPECT_EQ(data.documents, (std::vector<std::string>{"d1", "d2"}));
  EXPECT_EQ(data.first_date, "2026-01-05");
  EXPECT_EQ(data.last_date, "2026-02-10");
  EXPECT_EQ(data.confidence, 0.9);
  EXPECT_EQ(data.extractors, (std::vector<std::string>{"pattern", "test"}));
  ASSERT_EQ(data.evidence.size(), 2u);
  EXPECT_EQ(data.evidence[0].sentence, "First.");
  EXPECT_EQ(data.evidence[1].sentence, "Second.");  // index -1 sorts before 4
}

TEST(KnowledgeGraphTest, ModalityStaysOnlyWhileEveryAssertionIsHedged) {
  KnowledgeGraph graph;
  Triple may = MakeTriple("Valmoria", "sanction", "Kessaria");
  may.relation.modality = "may";
  Triple could = may;
  could.relation.modality = "could";
  graph.AddTriple(may);
  graph.AddTriple(could);
  EXPECT_EQ(graph.graph()[graph.EdgesInOrder()[0]].relation.modality, "could");
  graph.AddTriple(MakeTriple("Valmoria", "sanction", "Kessaria"));
  EXPECT_EQ(graph.graph()[graph.EdgesInOrder()[0]].relation.modality, "");
}

TEST(KnowledgeGraphTest, KnownRelationFieldsBeatUnknownThenSmallerWins) {
  KnowledgeGraph graph;
  Triple a = MakeTriple("Valmoria", "sanction", "Kessaria");
  a.relation.lemma = "";
  Triple b = a;
  b.relation.category = Category::kMaterialConflict;
  b.relation.cameo_root = 16;
  b.relation.lemma = "sanction";
  Triple c = a;
  c.relation.category = Category::kVerbalConflict;
  c.relation.cameo_root = 13;
  for (const Triple& t : {a, b, c}) graph.AddTriple(t);
  const Relation& r = graph.graph()[graph.EdgesInOrder()[0]].relation;
  EXPECT_EQ(r.lemma, "sanction");
  EXPECT_EQ(r.category, Category::kVerbalConflict);
  EXPECT_EQ(r.cameo_root, 13);
}

TEST(KnowledgeGraphTest, ActorFieldsMergeByFixedRules) {
  KnowledgeGraph graph;
  Actor a;
  a.id = "us";
  a.name = "United States";
  a.aliases = {"U.S.", "US"};
  Actor b;
  b.id = "us";
  b.name = "America";
  b.type = ActorType::kCountry;
  b.code = "USA";
  b.aliases = {"United States", "the US"};
  graph.AddActor(a, 2);
  graph.AddActor(b, 3);
  const ActorNode& node = graph.graph()[*graph.FindActorById("us")];
  EXPECT_EQ(node.actor.name, "America");
  EXPECT_EQ(node.actor.type, ActorType::kCountry);
  EXPECT_EQ(node.actor.code, "USA");
  EXPECT_EQ(node.actor.aliases,
            (std::vector<std::string>{"U.S.", "US", "United States", "the US"}));
  EXPECT_EQ(node.mentions, 5);
}

TEST(KnowledgeGraphTest, SpecificTypeBeatsOtherThenSmallerType) {
  KnowledgeGraph graph;
  Actor actor;
  actor.id = "x";
  actor.name = "X";
  actor.type = ActorType::kGroup;
  graph.AddActor(actor);
  actor.type = ActorType::kOther;
  graph.AddActor(actor);
  EXPECT_EQ(graph.graph()[*graph.FindActorById("x")].actor.type, ActorType::kGroup);
  actor.type = ActorType::kPerson;
  graph.AddActor(actor);
  EXPECT_EQ(graph.graph()[*graph.FindActorById("x")].actor.type, ActorType::kPerson);
}

TEST(KnowledgeGraphTest, MergeIsCommutative) {
  std::vector<Triple> triples = ManyTriples();
  KnowledgeGraph left = BuildFrom(triples, 0, 50);
  KnowledgeGraph right = BuildFrom(triples, 50, triples.size());
  KnowledgeGraph left_right = left;
  left_right.Merge(right);
  KnowledgeGraph right_left = right;
  right_left.Merge(left);
  EXPECT_EQ(FullDump(left_right), FullDump(right_left));
}

TEST(KnowledgeGraphTest, HalvesMergedEqualAllAtOnceWhateverTheOrder) {
  std::vector<Triple> triples = ManyTriples();
  const std::string expected = FullDump(BuildFrom(triples, 0, triples.size()));
  std::mt19937 random(20260301);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(triples.begin(), triples.end(), random);
    size_t cut = 10 + round * 20;
    KnowledgeGraph merged = BuildFrom(triples, 0, cut);
    merged.Merge(BuildFrom(triples, cut, triples.size()));
    EXPECT_EQ(FullDump(merged), expected) << "round " << round;
    EXPECT_EQ(FullDump(BuildFrom(triples, 0, triples.size())), expected) << "round " << round;
  }
  // The test is only worth something if evidence really was cut.
  KnowledgeGraph all = BuildFrom(triples, 0, triples.size());
  int64_t max_weight = 0;
  for (Edge e : all.EdgesInOrder()) {
    const EdgeData& data = all.graph()[e];
    max_weight = std::max(max_weight, data.weight);
    EXPECT_LE(data.evidence.size(), 4u);
  }
  EXPECT_GT(max_weight, 4);
}

TEST(KnowledgeGraphTest, MergeKeepsIsolatedActorsAndMentions) {
  KnowledgeGraph a = testing::AwkwardGraph();
  KnowledgeGraph b;
  b.Merge(a);
  EXPECT_EQ(FullDump(b), FullDump(a));
  b.Merge(a);
  EXPECT_EQ(b.graph()[*b.FindActorById("valmoria")].mentions,
            2 * a.graph()[*a.FindActorById("valmoria")].mentions);
}

TEST(KnowledgeGraphTest, AddEdgeMergesWithEdgeOfSameKey) {
  KnowledgeGraph graph;
  graph.AddTriple(MakeTriple("Valmoria", "support", "Kessaria", "d1"));
  EdgeData data;
  data.relation.text = "support";
  data.weight = 3;
  data.documents = {"d9"};
  graph.AddEdge(*graph.FindActorById("valmoria"), *graph.FindActorById("kessaria"), data);
  EXPECT_EQ(graph.DebugString(), "Valmoria -[support]-> Kessaria x4\n");
  EXPECT_EQ(graph.graph()[graph.EdgesInOrder()[0]].documents,
            (std::vector<std::string>{"d1", "d9"}));
}

TEST(KnowledgeGraphTest, CopiesAndMovesKeepEdgesUsable) {
  KnowledgeGraph original = testing::AwkwardGraph();
  KnowledgeGraph copy = original;
  KnowledgeGraph moved = std::move(original);
  copy.AddTriple(MakeTriple("Kessaria", "accuse", "Valmoria"));
  moved.AddTriple(MakeTriple("Kessaria", "accuse", "Valmoria"));
  EXPECT_EQ(copy.DebugString(), moved.DebugString());
  EXPECT_NE(copy.DebugString().find("Kessaria -[accuse]-> Valmoria x2"), std::string::npos);
  EXPECT_EQ(original.num_actors(), 0u);  // NOLINT: a moved-from graph is empty and usable
  original.AddTriple(MakeTriple("A", "meet", "B"));
  EXPECT_EQ(original.DebugString(), "A -[meet]-> B x1\n");
}

TEST(KnowledgeGraphTest, LookupActorFoldsCaseAndPunctuation) {
  KnowledgeGraph graph;
  Actor us;
  us.id = "united_states";
  us.name = "United States";
  us.aliases = {"U.S.", "Washington"};
  Actor usm;
  usm.id = "us_marines";
  usm.name = "US Marines";
  Actor georgia_state;  // two actors claim the alias "Georgia"
  georgia_state.id = "georgia_us";
  georgia_state.name = "Georgia (US state)";
  georgia_state.aliases = {"Georgia"};
  Actor georgia;
  georgia.id = "georgia_country";
  georgia.name = "Sakartvelo";
  georgia.aliases = {"Georgia"};
  for (const Actor& a : {us, usm, georgia_state, georgia}) graph.AddActor(a);

  struct Case {
    const char* query;
    const char* expected_id;  // nullptr: not found
  };
  const Case cases[] = {
      {"united_states", "united_states"},  // id
      {"United States", "united_states"},  // name
      {"united states", "united_states"},  // name, other case
      {"the United States", "united_states"},
      {"u.s.", "united_states"},  // alias, folded
      {"US", "united_states"},
      {"the US", "united_states"},
      {"WASHINGTON", "united_states"},
      {"us marines", "us_marines"},
      {"Georgia", nullptr},  // ambiguous alias
      {"Georgia (US state)", "georgia_us"},  // exact name beats the alias
      {"Atlantis", nullptr},
      {"", nullptr},
  };
  for (const Case& c : cases) {
    auto v = graph.LookupActor(c.query);
    if (c.expected_id == nullptr) {
      EXPECT_FALSE(v.has_value()) << c.query;
    } else {
      ASSERT_TRUE(v.has_value()) << c.query;
      EXPECT_EQ(graph.graph()[*v].actor.id, c.expected_id) << c.query;
    }
  }
}

TEST(KnowledgeGraphTest, LookupActorPrefersExactNameOverAnotherActorsAlias) {
  KnowledgeGraph graph;
  Actor a;
  a.id = "a";
  a.name = "Kessaria";
  Actor b;
  b.id = "b";
  b.name = "Kessarian Republic";
  b.aliases = {"Kessaria"};
  graph.AddActor(a);
  graph.AddActor(b);
  ASSERT_TRUE(graph.LookupActor("Kessaria").has_value());
  EXPECT_EQ(graph.graph()[*graph.LookupActor("Kessaria")].actor.id, "a");
}

TEST(KnowledgeGraphTest, SpellcheckActorSuggestsCanonicalNames) {
  KnowledgeGraph graph = testing::AwkwardGraph();
  EXPECT_EQ(graph.SpellcheckActor("Valmorai"), (std::vector<std::string>{"Valmoria"}));
  // An alias matches, but the canonical name is suggested.
  EXPECT_EQ(graph.SpellcheckActor("Republic of Valmora"),
            (std::vector<std::string>{"Valmoria"}));
  EXPECT_TRUE(graph.SpellcheckActor("Completely Different").empty());
}

TEST(KnowledgeGraphTest, FindActorByIdIsExact) {
  KnowledgeGraph graph = testing::AwkwardGraph();
  EXPECT_TRUE(graph.FindActorById("valmoria").has_value());
  EXPECT_FALSE(graph.FindActorById("Valmoria").has_value());
}

}  // namespace
}  // namespace actorgraph
