#include "actorgraph/graph/graph_file.h"

#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph {
namespace {

std::string Write(const KnowledgeGraph& graph) {
  std::ostringstream out;
  EXPECT_TRUE(WriteGraphFile(graph, out).ok());
  return out.str();
}

Result<KnowledgeGraph> Read(const std::string& text, MergeOptions options = {}) {
  std::istringstream in(text);
  return ReadGraphFile(in, "g.json", options);
}

TEST(GraphFileTest, WriteReadWriteGivesSameBytes) {
  KnowledgeGraph graph = testing::AwkwardGraph();
  // Doubles that need every digit, and every kind of field set.
  Triple t = testing::MakeTriple("Valmoria", "supply", "Red Dawn Front", "d5",
                                 "Line\nbreak, tab\t, \"quotes\" & <angles>.", "2026-04");
  t.confidence = 0.1 + 0.2;
  t.relation.category = Category::kMaterialCooperation;
  t.relation.cameo_root = 7;
  t.relation.modality = "may";
  t.evidence.sentence_index = 12;
  t.evidence.relation = {4, 10};
  graph.AddTriple(t);
  std::string first = Write(graph);
  auto read = Read(first);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(Write(*read), first);
  EXPECT_EQ(read->DebugString(), graph.DebugString());
  bool found = false;
  for (Edge e : read->EdgesInOrder()) {
    const EdgeData& data = read->graph()[e];
    if (data.relation.text != "supply") continue;
    found = true;
    EXPECT_EQ(data.confidence, 0.1 + 0.2);
    EXPECT_EQ(data.relation.modality, "may");
    EXPECT_EQ(data.evidence.at(0).relation, (Span{4, 10}));
  }
  EXPECT_TRUE(found);
}

TEST(GraphFileTest, FileStartsWithFormatAndListsOneItemALine) {
  KnowledgeGraph graph;
  graph.AddTriple(testing::MakeTriple("Valmoria", "support", "Kessaria", "d1", "", "2026-01-02"));
  EXPECT_EQ(
      Write(graph),
      "{\"format\":\"actorgraph-graph\",\"version\":1,\n"
      "\"actors\":[\n"
      "{\"id\":\"kessaria\",\"name\":\"Kessaria\",\"type\":\"other\",\"aliases\":[],"
      "\"code\":\"\",\"affiliation\":\"\",\"mentions\":1},\n"
      "{\"id\":\"valmoria\",\"name\":\"Valmoria\",\"type\":\"other\",\"aliases\":[],"
      "\"code\":\"\",\"affiliation\":\"\",\"mentions\":1}\n"
      "],\n"
      "\"edges\":[\n"
      "{\"source\":\"valmoria\",\"target\":\"kessaria\",\"relation\":{\"text\":\"support\","
      "\"lemma\":\"support\",\"category\":\"\",\"cameo\":0,\"symmetric\":false,"
      "\"negated\":false,\"modality\":\"\"},\"weight\":1,\"confidence\":1.0,"
      "\"first_date\":\"2026-01-02\",\"last_date\":\"2026-01-02\",\"documents\":[\"d1\"],"
      "\"extractors\":[\"test\"],\"evidence\":[{\"doc\":\"d1\",\"date\":\"2026-01-02\","
      "\"sentence_index\":-1,\"sentence\":\"\",\"spans\":{\"subject\":[0,0],"
      "\"relation\":[0,0],\"object\":[0,0]}}]}\n"
      "]}\n");
}

TEST(GraphFileTest, EmptyGraphRoundTrips) {
  std::string text = Write(KnowledgeGraph());
  EXPECT_EQ(text, "{\"format\":\"actorgraph-graph\",\"version\":1,\n\"actors\":[\n],\n"
                  "\"edges\":[\n]}\n");
  auto read = Read(text);
  ASSERT_TRUE(read.ok()) << read.status().message();
  EXPECT_EQ(read->num_actors(), 0u);
}

TEST(GraphFileTest, MergeOrderGivesSameBytes) {
  std::vector<Triple> triples = testing::AwkwardTriples();
  for (int i = 0; i < 40; ++i) {  // more evidence on one edge than max_evidence keeps
    Triple t = testing::MakeTriple("Kessaria", "accuse", "Valmoria", "doc" + std::to_string(i % 9),
                                   "Accusation " + std::to_string(i), "2026-05-0" +
                                   std::to_string(1 + i % 9));
    t.confidence = 0.3 + i / 100.0;
    t.extractor = i % 3 ? "pattern" : "parser";
    triples.push_back(t);
  }
  MergeOptions options{.max_evidence = 5};
  KnowledgeGraph all(options);
  for (const Triple& t : triples) all.AddTriple(t);
  const std::string expected = Write(all);
  std::mt19937 random(7);
  for (int round = 0; round < 4; ++round) {
    std::shuffle(triples.begin(), triples.end(), random);
    KnowledgeGraph a(options), b(options);
    for (size_t i = 0; i < triples.size(); ++i) (i % 3 == static_cast<size_t>(round) % 3 ? a : b).AddTriple(triples[i]);
    KnowledgeGraph ab = a;
    ab.Merge(b);
    KnowledgeGraph ba = b;
    ba.Merge(a);
    EXPECT_EQ(Write(ab), expected) << "round " << round;
    EXPECT_EQ(Write(ba), expected) << "round " << round;
    // Merging graphs read back from files gives the same bytes too.
    auto ra = Read(Write(a), options);
    auto rb = Read(Write(b), options);
    ASSERT_TRUE(ra.ok() && rb.ok());
    rb->Merge(*ra);
    EXPECT_EQ(Write(*rb), expected) << "round " << round;
  }
}

TEST(GraphFileTest, ReadingTrimsEvidenceToMaxEvidence) {
  KnowledgeGraph graph;
  for (int i = 0; i < 6; ++i) {
    graph.AddTriple(testing::MakeTriple("A", "meet", "B", "d" + std::to_string(i)));
  }
  auto read = Read(Write(graph), MergeOptions{.max_evidence = 2});
  ASSERT_TRUE(read.ok());
  const EdgeData& data = read->graph()[read->EdgesInOrder()[0]];
  EXPECT_EQ(data.evidence.size(), 2u);
  EXPECT_EQ(data.documents.size(), 6u);
  EXPECT_EQ(data.weight, 6);
}

TEST(GraphFileTest, BadFilesGetClearErrors) {
  const std::string head = "{\"format\":\"actorgraph-graph\",\"version\":1,";
  const std::string actors =
      "\"actors\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\",\"name\":\"B\"}],";
  struct Case {
    std::string text;
    std::string error;
  };
  const Case cases[] = {
      {"", "g.json: empty file, expected an actorgraph graph file"},
      {"Valmoria\tsupport\tKessaria\n",
       "g.json: not an actorgraph graph file (no \"format\": \"actorgraph-graph\"); make one "
       "with 'actorgraph build'"},
      {"{\"subject\": \"A\"}\n{\"subject\": \"B\"}\n",
       "g.json: not an actorgraph graph file (no \"format\": \"actorgraph-graph\"); make one "
       "with 'actorgraph build'"},
      {"{\"nodes\": [], \"links\": []}",
       "g.json: not an actorgraph graph file (no \"format\": \"actorgraph-graph\"); make one "
       "with 'actorgraph build'"},
      {"{\"format\":\"actorgraph-graph\",\"version\":2}",
       "g.json: unsupported graph file version 2 (this actorgraph reads version 1)"},
      {head + "\"actors\":[{\"id\":\"a\",\"name\":\"A\"}",
       "g.json: byte 72: expected the rest of the graph file, got the end of the file "
       "(truncated?)"},
      {head + "\"actors\":[{\"id\":\"a\",\"name\":\"A\"} x]}",
       "g.json: byte 73: expected valid JSON: Missing a comma or ']' after an array element."},
      {head + "\"edges\":[]}", "g.json: missing field \"actors\" (expected an array)"},
      {head + "\"actors\":[{\"id\":\"a\",\"name\":3}],\"edges\":[]}",
       "g.json: field \"actors[0].name\": expected a string, got number"},
      {head + "\"actors\":[{\"name\":\"A\"}],\"edges\":[]}",
       "g.json: missing field \"actors[0].id\" (expected a string)"},
      {head + actors + "\"edges\":[{\"source\":\"a\",\"target\":\"zz\",\"relation\":{\"text\":"
                       "\"meet\"},\"weight\":1}]}",
       "g.json: field \"edges[0].target\": expected the id of an actor listed in \"actors\", "
       "got \"zz\""},
      {head + actors + "\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":{\"text\":"
                       "\"meet\"}}]}",
       "g.json: missing field \"edges[0].weight\" (expected an integer from 1 to "
       "9223372036854775807)"},
      {head + actors + "\"edges\":[{\"source\":\"a\",\"target\":\"b\",\"relation\":{\"text\":"
                       "\"meet\"},\"weight\":1,\"evidence\":[{\"doc\":\"d\",\"sentence_index\":"
                       "\"x\"}]}]}",
       "g.json: field \"edges[0].evidence[0].sentence_index\": expected an integer from -1 to "
       "2147483647, got \"x\""},
  };
  for (const Case& c : cases) {
    auto read = Read(c.text);
    ASSERT_FALSE(read.ok()) << c.text;
    EXPECT_EQ(read.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(read.status().message(), c.error) << c.text;
  }
}

}  // namespace
}  // namespace actorgraph
