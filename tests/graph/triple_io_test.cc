#include "actorgraph/graph/triple_io.h"

#include <sstream>

#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph {
namespace {

Result<std::vector<Triple>> Read(const std::string& text, TripleFormat format,
                                 std::string_view name = "t.jsonl") {
  std::istringstream in(text);
  std::vector<Triple> triples;
  Status status = ReadTriples(in, name, format, [&](Triple&& t) {
    triples.push_back(std::move(t));
    return Status::OK();
  });
  if (!status.ok()) return status;
  return triples;
}

bool SameTriple(const Triple& a, const Triple& b) {
  auto actor_tuple = [](const Actor& x) {
    return std::tie(x.id, x.name, x.type, x.aliases, x.code, x.affiliation);
  };
  auto relation_tuple = [](const Relation& r) {
    return std::tie(r.text, r.lemma, r.category, r.cameo_root, r.symmetric, r.negated,
                    r.modality);
  };
  return actor_tuple(a.subject) == actor_tuple(b.subject) &&
         actor_tuple(a.object) == actor_tuple(b.object) &&
         relation_tuple(a.relation) == relation_tuple(b.relation) &&
         a.confidence == b.confidence && a.extractor == b.extractor &&
         a.evidence == b.evidence;
}

TEST(TripleIoTest, JsonLineRoundTripsEveryField) {
  std::vector<Triple> originals = testing::AwkwardTriples();
  Triple full = originals[6];
  full.subject.affiliation = "valmoria";
  full.relation.category = Category::kMaterialCooperation;
  full.relation.cameo_root = 6;
  full.relation.modality = "may";
  full.confidence = 0.1 + 0.2;  // a double that needs all its digits
  full.evidence.sentence = "Tabs\tnewlines\n, quotes \" and back\\slashes; Zoë.";
  originals.push_back(full);
  std::string text;
  for (const Triple& t : originals) text += TripleToJsonLine(t);
  auto read = Read(text, TripleFormat::kJsonl);
  ASSERT_TRUE(read.ok()) << read.status().message();
  ASSERT_EQ(read->size(), originals.size());
  for (size_t i = 0; i < originals.size(); ++i) {
    EXPECT_TRUE(SameTriple((*read)[i], originals[i])) << TripleToJsonLine((*read)[i]);
  }
}

TEST(TripleIoTest, JsonLineHasFieldsInFixedOrder) {
  Triple t = testing::MakeTriple("Valmoria", "~hold talks with", "Kessaria", "d1",
                                 "Valmoria held talks with Kessaria.", "2026-03-01");
  t.subject.type = ActorType::kCountry;
  t.evidence.sentence_index = 2;
  t.evidence.subject = {0, 8};
  EXPECT_EQ(TripleToJsonLine(t),
            "{\"subject\":{\"id\":\"valmoria\",\"name\":\"Valmoria\",\"type\":\"country\"},"
            "\"relation\":{\"text\":\"hold talks with\",\"lemma\":\"hold\",\"category\":\"\","
            "\"cameo\":0,\"symmetric\":true,\"negated\":false,\"modality\":\"\"},"
            "\"object\":{\"id\":\"kessaria\",\"name\":\"Kessaria\",\"type\":\"other\"},"
            "\"confidence\":1.0,\"extractor\":\"test\","
            "\"evidence\":{\"doc\":\"d1\",\"date\":\"2026-03-01\",\"sentence_index\":2,"
            "\"sentence\":\"Valmoria held talks with Kessaria.\",\"spans\":{\"subject\":[0,8],"
            "\"relation\":[0,0],\"object\":[0,0]}}}\n");
}

TEST(TripleIoTest, MinimalJsonLineGetsDefaults) {
  auto read = Read(R"({"subject": {"name": "Valmoria"}, "relation": {"text": "withdraw  from"},)"
                   R"( "object": {"name": "Ostrel Pact", "type": "organization"},)"
                   R"( "evidence": {"doc": "a1"}})" "\n",
                   TripleFormat::kJsonl);
  ASSERT_TRUE(read.ok()) << read.status().message();
  const Triple& t = (*read)[0];
  EXPECT_EQ(t.subject.name, "Valmoria");
  EXPECT_EQ(t.subject.id, "");  // the graph gives it MakeActorId(name)
  EXPECT_EQ(t.subject.type, ActorType::kOther);
  EXPECT_EQ(t.object.type, ActorType::kOrganization);
  EXPECT_EQ(t.relation.text, "withdraw from");
  EXPECT_EQ(t.relation.lemma, "withdraw");
  EXPECT_FALSE(t.relation.negated);
  EXPECT_EQ(t.confidence, 1.0);
  EXPECT_EQ(t.extractor, "input");
  EXPECT_EQ(t.evidence.doc, "a1");
  EXPECT_EQ(t.evidence.sentence_index, -1);
}

TEST(TripleIoTest, JsonShorthandStringsForActorsAndRelation) {
  auto read = Read(R"({"subject": "Kessaria", "relation": "~not talk with", "object": "Valmoria",)"
                   R"( "evidence": {"doc": "a1", "date": "2026-03-04T10:00:00Z"}})",
                   TripleFormat::kJsonl);
  ASSERT_TRUE(read.ok()) << read.status().message();
  const Triple& t = (*read)[0];
  EXPECT_EQ(t.subject.name, "Kessaria");
  EXPECT_EQ(t.relation.text, "talk with");
  EXPECT_TRUE(t.relation.negated);
  EXPECT_TRUE(t.relation.symmetric);
  EXPECT_EQ(t.evidence.date, "2026-03-04");
}

TEST(TripleIoTest, FlatJsonLineTakesEvidenceFromTheTop) {
  auto read = Read(R"({"doc": "us-iran-1", "sentence": "Iran and the US held talks.", )"
                   R"("subject": "Iran", "relation": "hold talks with", "object": "United States", )"
                   R"("symmetric": true, "heads": ["talk"]})" "\n"
                   R"({"doc": "d2", "subject": "A", "relation": "not meet", "object": "B", )"
                   R"("date": 2026})",
                   TripleFormat::kJsonl);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(),
            "t.jsonl:2: field \"date\": expected a string, got number");
  read = Read(R"({"doc": "us-iran-1", "sentence": "Iran and the US held talks.", )"
              R"("subject": "Iran", "relation": "hold talks with", "object": "United States", )"
              R"("symmetric": true, "heads": ["talk"]})",
              TripleFormat::kJsonl);
  ASSERT_TRUE(read.ok()) << read.status().message();
  const Triple& t = (*read)[0];
  EXPECT_EQ(t.evidence.doc, "us-iran-1");
  EXPECT_EQ(t.evidence.sentence, "Iran and the US held talks.");
  EXPECT_TRUE(t.relation.symmetric);
  EXPECT_EQ(t.relation.text, "hold talks with");
}

TEST(TripleIoTest, BadJsonLinesNameLineAndField) {
  const std::string ok_rest =
      R"("relation": {"text": "meet"}, "object": {"name": "B"}, "evidence": {"doc": "d"})";
  struct Case {
    std::string line;
    std::string error;
  };
  const Case cases[] = {
      {"{\"subject\": {\"name\": 7}, " + ok_rest + "}",
       "t.jsonl:2: field \"subject.name\": expected a string, got number"},
      {"{\"subject\": {\"name\": \"A\"", "t.jsonl:2: expected a JSON object: Missing a comma or "
                                          "'}' after an object member. at column 25"},
      {"[1, 2]", "t.jsonl:2: expected a JSON object, got array"},
      {"{\"subject\": {}, " + ok_rest + "}",
       "t.jsonl:2: missing field \"subject.name\" (expected a string)"},
      {"{\"subject\": {\"name\": \"  \"}, " + ok_rest + "}",
       "t.jsonl:2: field \"subject.name\": expected a non-empty string, got \"  \""},
      {"{\"subject\": {\"name\": \"A\", \"type\": \"nation\"}, " + ok_rest + "}",
       "t.jsonl:2: field \"subject.type\": expected one of country, organization, person, "
       "group, other, got \"nation\""},
      {"{\"subject\": 3, " + ok_rest + "}",
       "t.jsonl:2: field \"subject\": expected an object or a name, got number"},
      {R"({"subject": "A", "object": "B", "evidence": {"doc": "d"}})",
       "t.jsonl:2: missing field \"relation\" (expected an object or a relation text)"},
      {R"({"subject": "A", "relation": {"text": ""}, "object": "B", "evidence": {"doc": "d"}})",
       "t.jsonl:2: field \"relation.text\": expected a non-empty string, got \"\""},
      {R"({"subject": "A", "relation": {"text": "x", "negated": "yes"}, "object": "B", "evidence": {"doc": "d"}})",
       "t.jsonl:2: field \"relation.negated\": expected true or false, got \"yes\""},
      {R"({"subject": "A", "relation": {"text": "x", "cameo": 25}, "object": "B", "evidence": {"doc": "d"}})",
       "t.jsonl:2: field \"relation.cameo\": expected an integer from 0 to 20, got 25"},
      {R"({"subject": "A", "relation": {"text": "x", "category": "war"}, "object": "B", "evidence": {"doc": "d"}})",
       "t.jsonl:2: field \"relation.category\": expected one of \"\", neutral, "
       "verbal_cooperation, material_cooperation, verbal_conflict, material_conflict, got "
       "\"war\""},
      {R"({"subject": "A", "relation": "x", "object": "B", "confidence": 1.5, "evidence": {"doc": "d"}})",
       "t.jsonl:2: field \"confidence\": expected a number from 0 to 1, got number"},
      {R"({"subject": "A", "relation": "x", "object": "B"})",
       "t.jsonl:2: missing field \"evidence\" (expected an object)"},
      {R"({"subject": "A", "relation": "x", "object": "B", "evidence": {}})",
       "t.jsonl:2: missing field \"evidence.doc\" (expected a string)"},
      {R"({"subject": "A", "relation": "x", "object": "B", "evidence": {"doc": "d", "date": "March 3"}})",
       "t.jsonl:2: field \"evidence.date\": expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), "
       "got \"March 3\""},
      {R"({"subject": "A", "relation": "x", "object": "B", "evidence": {"doc": "d", "spans": {"object": [5, 2]}}})",
       "t.jsonl:2: field \"evidence.spans.object\": expected [begin, end] with 0 <= begin <= "
       "end, got array"},
      {R"({"subject": {"name": "A", "aliases": ["x", 1]}, "relation": "x", "object": "B", "evidence": {"doc": "d"}})",
       "t.jsonl:2: field \"subject.aliases[1]\": expected a string, got number"},
      {"{\"subject\": \"A\xff\", " + ok_rest + "}",
       "t.jsonl:2: expected a JSON object: Invalid encoding in string. at column 15"},
      {"{\"subject\": \"A\", " + ok_rest + "} {}",
       "t.jsonl:2: expected a JSON object: The document root must not be followed by other "
       "values. at column 99"},
  };
  const std::string good_line = "{\"subject\": \"A\", " + ok_rest + "}\n";
  for (const Case& c : cases) {
    auto read = Read(good_line + c.line + "\n" + good_line, TripleFormat::kJsonl);
    ASSERT_FALSE(read.ok()) << c.line;
    EXPECT_EQ(read.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(read.status().message(), c.error) << c.line;
  }
}

TEST(TripleIoTest, TsvReadsMarksTypesAndEvidence) {
  auto read = Read(
      "\xEF\xBB\xBFsubject\trelation\tobject\tsubject_type\tobject_type\tdoc\tsentence\tdate\n"
      "# a comment\n"
      "\n"
      "Valmoria\t~hold talks with\tKessaria\tcountry\tcountry\td1\tThey talked.\t2026-03-01\r\n"
      "Kessaria\tnot attack\tValmoria\n"
      "Zoë Marčić\tvisit\tKessaria\tperson\t\td3\n",
      TripleFormat::kTsv, "t.tsv");
  ASSERT_TRUE(read.ok()) << read.status().message();
  ASSERT_EQ(read->size(), 3u);
  const Triple& talks = (*read)[0];
  EXPECT_TRUE(talks.relation.symmetric);
  EXPECT_FALSE(talks.relation.negated);
  EXPECT_EQ(talks.relation.text, "hold talks with");
  EXPECT_EQ(talks.subject.type, ActorType::kCountry);
  EXPECT_EQ(talks.evidence.doc, "d1");
  EXPECT_EQ(talks.evidence.sentence, "They talked.");
  EXPECT_EQ(talks.evidence.date, "2026-03-01");
  EXPECT_EQ(talks.extractor, "input");
  const Triple& attack = (*read)[1];
  EXPECT_TRUE(attack.relation.negated);
  EXPECT_EQ(attack.relation.text, "attack");
  EXPECT_EQ(attack.subject.type, ActorType::kOther);
  const Triple& visit = (*read)[2];
  EXPECT_EQ(visit.subject.name, "Zoë Marčić");
  EXPECT_EQ(visit.subject.type, ActorType::kPerson);
  EXPECT_EQ(visit.object.type, ActorType::kOther);
}

TEST(TripleIoTest, BadTsvLinesNameLineAndColumn) {
  struct Case {
    std::string line;
    std::string error;
  };
  const Case cases[] = {
      {"Valmoria\tsupport",
       "t.tsv:2: expected 3 to 8 tab-separated columns (subject, relation, object[, "
       "subject_type, object_type, doc, sentence, date]), got 2"},
      {"a\tb\tc\td\te\tf\tg\th\ti",
       "t.tsv:2: expected 3 to 8 tab-separated columns (subject, relation, object[, "
       "subject_type, object_type, doc, sentence, date]), got 9"},
      {" \tsupport\tKessaria", "t.tsv:2: column 1 (subject): expected a name, got \" \""},
      {"Valmoria\t~ \tKessaria", "t.tsv:2: column 2 (relation): expected a relation, got \"~ \""},
      {"Valmoria\tsupport\t", "t.tsv:2: column 3 (object): expected a name, got \"\""},
      {"Valmoria\tsupport\tKessaria\tnation",
       "t.tsv:2: column 4 (subject_type): expected one of country, organization, person, "
       "group, other, got \"nation\""},
      {"Valmoria\tsupport\tKessaria\t\t\td\ts\t03/01/2026",
       "t.tsv:2: column 8 (date): expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "
       "\"03/01/2026\""},
      {"Valmor\xe9\tsupport\tKessaria",
       "t.tsv:2: expected UTF-8 text, got byte 0xE9 at column 7"},
  };
  const Case wrong_format = {"{\"subject\": \"A\", \"relation\": \"meet\"}",
                             "t.tsv:2: expected 3 to 8 tab-separated columns (subject, relation, "
                             "object[, subject_type, object_type, doc, sentence, date]), got 1 "
                             "(JSONL triples? give --format jsonl)"};
  for (const Case& c : cases) {
    auto read = Read("A\tmeet\tB\n" + c.line + "\n", TripleFormat::kTsv, "t.tsv");
    ASSERT_FALSE(read.ok()) << c.line;
    EXPECT_EQ(read.status().message(), c.error) << c.line;
  }
  auto read = Read("A\tmeet\tB\n" + wrong_format.line + "\n", TripleFormat::kTsv, "t.tsv");
  EXPECT_EQ(read.status().message(), wrong_format.error);
  read = Read("A\tmeet\tB\n", TripleFormat::kJsonl, "t.txt");
  EXPECT_EQ(read.status().message(),
            "t.txt:1: expected a JSON object: Invalid value. at column 1 (tab-separated "
            "triples? name the file .tsv or give --format tsv)");
}

TEST(TripleIoTest, SinkErrorStopsTheRead) {
  std::istringstream in("A\tmeet\tB\nC\tmeet\tD\n");
  int calls = 0;
  Status status = ReadTriples(in, "t.tsv", TripleFormat::kTsv, [&](Triple&&) {
    ++calls;
    return Status::Internal("stop");
  });
  EXPECT_EQ(status.message(), "stop");
  EXPECT_EQ(calls, 1);
}

TEST(TripleIoTest, FormatFollowsExtension) {
  EXPECT_EQ(TripleFormatForPath("x.tsv"), TripleFormat::kTsv);
  EXPECT_EQ(TripleFormatForPath("dir/x.tab"), TripleFormat::kTsv);
  EXPECT_EQ(TripleFormatForPath("x.jsonl"), TripleFormat::kJsonl);
  EXPECT_EQ(TripleFormatForPath("-"), TripleFormat::kJsonl);
}

}  // namespace
}  // namespace actorgraph
