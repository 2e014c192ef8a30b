#include "actorgraph/extract/evaluation.h"

#include <algorithm>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

// A small dictionary: the United States with its acronyms and capital, Iran with Tehran, and
// two bodies, written here so the scorer's tests do not depend on the default dictionary.
std::vector<DictionaryEntry> TestEntries() {
  std::vector<DictionaryEntry> entries(4);
  entries[0].actor = {"united_states", "United States", ActorType::kCountry, {}, "USA", ""};
  entries[0].names = {"United States of America", "America"};
  entries[0].acronyms = {"US", "U.S.", "USA"};
  entries[0].capitals = {"Washington", "the White House"};
  entries[1].actor = {"iran", "Iran", ActorType::kCountry, {}, "IRN", ""};
  entries[1].names = {"Islamic Republic of Iran"};
  entries[1].capitals = {"Tehran"};
  entries[2].actor = {"united_nations", "United Nations", ActorType::kOrganization, {}, "", ""};
  entries[2].acronyms = {"UN", "U.N."};
  entries[3].actor = {"russia", "Russia", ActorType::kCountry, {}, "RUS", ""};
  entries[3].capitals = {"Moscow", "the Kremlin"};
  return entries;
}

Triple MakeTriple(std::string doc, std::string subject, std::string relation, std::string object,
                  bool negated = false) {
  Triple triple;
  triple.subject.name = std::move(subject);
  triple.subject.id = MakeActorId(triple.subject.name);
  triple.object.name = std::move(object);
  triple.object.id = MakeActorId(triple.object.name);
  triple.relation.text = std::move(relation);
  triple.relation.negated = negated;
  triple.evidence.doc = std::move(doc);
  return triple;
}

GoldTriple MakeGold(std::string doc, std::string subject, std::string relation,
                    std::string object, std::vector<std::string> heads, bool symmetric = false,
                    bool optional = false) {
  GoldTriple gold;
  gold.doc = std::move(doc);
  gold.subject = std::move(subject);
  gold.relation = std::move(relation);
  gold.object = std::move(object);
  gold.heads = std::move(heads);
  gold.symmetric = symmetric;
  gold.optional = optional;
  return gold;
}

TEST(ActorFolderTest, AcronymsNamesAndCapitalsFoldToOneActor) {
  ActorFolder folder(TestEntries());
  std::string key = folder.KeyOfName("United States");
  EXPECT_EQ(key, "id:united_states");
  for (const char* name : {"US", "U.S.", "the United States", "The United States", "Washington",
                           "the White House", "united  states", "the US"}) {
    EXPECT_EQ(folder.KeyOfName(name), key) << name;
  }
  EXPECT_EQ(folder.KeyOfName("Tehran"), "id:iran");
  EXPECT_EQ(folder.KeyOfName("the Kremlin"), "id:russia");
}

TEST(ActorFolderTest, AcronymsAreCaseSensitive) {
  ActorFolder folder(TestEntries());
  EXPECT_EQ(folder.KeyOfName("us"), "name:us");
  EXPECT_EQ(folder.KeyOfName("Un"), "name:un");
}

TEST(ActorFolderTest, UnknownNamesFoldToThemselvesIgnoringCaseAndApostrophes) {
  ActorFolder folder(TestEntries());
  EXPECT_EQ(folder.KeyOfName("Qasem Soleimani"), folder.KeyOfName("qasem  soleimani"));
  EXPECT_EQ(folder.KeyOfName("Côte d’Ivoire"), folder.KeyOfName("Côte d'Ivoire"));
  EXPECT_NE(folder.KeyOfName("Qasem Soleimani"), folder.KeyOfName("Soleimani"));
}

TEST(ActorFolderTest, SystemActorFallsBackToItsDictionaryId) {
  ActorFolder folder(TestEntries());
  Actor actor{"iran", "the Iranian government", ActorType::kCountry, {}, "", ""};
  EXPECT_EQ(folder.KeyOfActor(actor), "id:iran");
  Actor unknown{"foo", "Foo Bar", ActorType::kOther, {}, "", ""};
  EXPECT_EQ(folder.KeyOfActor(unknown), "name:foo bar");
}

TEST(ActorFolderTest, DefaultDictionaryFoldsTheSeedActors) {
  Result<ActorDictionary> dictionary = ActorDictionary::LoadDefault();
  ASSERT_TRUE(dictionary.ok()) << dictionary.status().message();
  ActorFolder folder(dictionary->entries());
  for (const char* name : {"US", "U.S.", "the United States", "Washington", "United States"}) {
    EXPECT_EQ(folder.KeyOfName(name), "id:united_states") << name;
  }
  EXPECT_EQ(folder.KeyOfName("Tehran"), "id:iran");
  for (const char* name : {"Russia", "China", "European Union", "United Nations",
                           "UN Security Council", "JCPOA"}) {
    EXPECT_EQ(folder.KeyOfName(name).rfind("id:", 0), 0u) << name;
  }
  EXPECT_EQ(folder.KeyOfName("UN"), folder.KeyOfName("United Nations"));
  EXPECT_EQ(folder.KeyOfName("Joint Comprehensive Plan of Action"), folder.KeyOfName("JCPOA"));
}

TEST(RelationMatchesHeadsTest, AWordMustStartWithAHead) {
  struct Case {
    const char* relation;
    std::vector<std::string> heads;
    bool expected;
  };
  const Case cases[] = {
      {"hold talks with", {"talk", "negotiat"}, true},
      {"negotiate with", {"talk", "negotiat"}, true},
      {"be critical of", {"critic"}, true},
      {"stalk", {"talk"}, false},  // a head must start the word
      {"meet", {"talk"}, false},
      {"Talks with", {"talk"}, true},  // case-insensitive
      {"withdraw from", {"*"}, true},
      {"re-negotiate", {"negotiat"}, true},  // hyphens split words
      {"", {"talk"}, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RelationMatchesHeads(c.relation, c.heads), c.expected) << c.relation;
  }
}

struct ScoreCase {
  const char* name;
  std::vector<GoldTriple> gold;
  std::vector<Triple> system;
  size_t tp, fp, fn, optional_matched;
};

void ExpectCounts(const ScoreCase& c) {
  ActorFolder folder(TestEntries());
  Evaluation e = Evaluate(c.gold, c.system, folder);
  EXPECT_EQ(e.total.true_positives, c.tp) << c.name;
  EXPECT_EQ(e.total.false_positives, c.fp) << c.name;
  EXPECT_EQ(e.total.false_negatives, c.fn) << c.name;
  EXPECT_EQ(e.total.optional_matched, c.optional_matched) << c.name;
}

TEST(EvaluateTest, TableOfTinyGoldAndSystemPairs) {
  const std::vector<std::string> kTalk = {"talk", "negotiat"};
  const ScoreCase cases[] = {
      {"exact match",
       {MakeGold("d", "United States", "hold talks with", "Iran", kTalk)},
       {MakeTriple("d", "United States", "hold talks with", "Iran")},
       1, 0, 0, 0},
      {"symmetric gold matches the reverse direction",
       {MakeGold("d", "United States", "hold talks with", "Iran", kTalk, true)},
       {MakeTriple("d", "Iran", "hold talks with", "United States")},
       1, 0, 0, 0},
      {"asymmetric gold does not match the reverse direction",
       {MakeGold("d", "United States", "urge", "Iran", {"urg"})},
       {MakeTriple("d", "Iran", "urge", "United States")},
       0, 1, 1, 0},
      {"aliases fold on both sides",
       {MakeGold("d", "the US", "hold talks with", "Tehran", kTalk)},
       {MakeTriple("d", "Washington", "talk with", "Islamic Republic of Iran")},
       1, 0, 0, 0},
      {"optional gold matched is neither TP nor FP",
       {MakeGold("d", "United States", "withdraw from", "JCPOA", {"withdr"}, false, true)},
       {MakeTriple("d", "US", "withdraw from", "JCPOA")},
       0, 0, 0, 1},
      {"optional gold unmatched costs nothing",
       {MakeGold("d", "United States", "withdraw from", "JCPOA", {"withdr"}, false, true)},
       {},
       0, 0, 0, 0},
      {"negated gold needs a negated triple",
       {MakeGold("d", "Russia", "not attack", "Iran", {"attack"})},
       {MakeTriple("d", "Russia", "attack", "Iran")},
       0, 1, 1, 0},
      {"negated gold matched by a negated triple",
       {MakeGold("d", "Russia", "not attack", "Iran", {"attack"})},
       {MakeTriple("d", "Russia", "attack", "Iran", true)},
       1, 0, 0, 0},
      {"negated triple does not match an asserted gold",
       {MakeGold("d", "Russia", "attack", "Iran", {"attack"})},
       {MakeTriple("d", "Russia", "attack", "Iran", true)},
       0, 1, 1, 0},
      {"heads star accepts any relation",
       {MakeGold("d", "Russia", "is a neighbour of", "Iran", {"*"})},
       {MakeTriple("d", "Russia", "border", "Iran")},
       1, 0, 0, 0},
      {"wrong head is a miss and a false positive",
       {MakeGold("d", "Russia", "support", "Iran", {"support", "back"})},
       {MakeTriple("d", "Russia", "criticize", "Iran")},
       0, 1, 1, 0},
      {"duplicates: one-to-one, the second copy is a false positive",
       {MakeGold("d", "United States", "hold talks with", "Iran", kTalk, true)},
       {MakeTriple("d", "US", "hold talks with", "Iran"),
        MakeTriple("d", "Iran", "hold talks with", "US")},
       1, 1, 0, 0},
      {"two gold copies need two system triples",
       {MakeGold("d", "United States", "hold talks with", "Iran", kTalk, true),
        MakeGold("d", "United States", "hold talks with", "Iran", kTalk, true)},
       {MakeTriple("d", "US", "hold talks with", "Iran")},
       1, 0, 1, 0},
      {"alternative subject accepted",
       [] {
         GoldTriple g = MakeGold("d", "Qasem Soleimani", "be a general of", "Iran", {"*"});
         g.subject_alt = {"Iran"};
         return std::vector<GoldTriple>{g};
       }(),
       {MakeTriple("d", "Tehran", "command", "Iran")},
       1, 0, 0, 0},
      {"alternative object accepted",
       [] {
         GoldTriple g = MakeGold("d", "United States", "kill", "Qasem Soleimani", {"kill"});
         g.object_alt = {"Iran"};
         return std::vector<GoldTriple>{g};
       }(),
       {MakeTriple("d", "US", "kill", "Iran")},
       1, 0, 0, 0},
      {"documents are scored separately",
       {MakeGold("a", "United States", "hold talks with", "Iran", kTalk, true)},
       {MakeTriple("b", "US", "hold talks with", "Iran")},  // b has no gold: not scored
       0, 0, 1, 0},
      {"wrong document inside the gold set is a false positive",
       {MakeGold("a", "United States", "hold talks with", "Iran", kTalk, true),
        MakeGold("b", "Russia", "support", "Iran", {"support"})},
       {MakeTriple("b", "US", "hold talks with", "Iran")},
       0, 1, 2, 0},
  };
  for (const ScoreCase& c : cases) ExpectCounts(c);
}

// A greedy matcher that gives the first system triple the first gold it fits would match s1
// to the required gold g1 and leave s2 (which fits only g1) unmatched; the maximum matching
// finds s1->g2, s2->g1.
TEST(EvaluateTest, MatchingIsMaximumNotGreedy) {
  GoldTriple g1 = MakeGold("d", "United States", "talk with", "Iran", {"talk", "meet"}, true);
  GoldTriple g2 = MakeGold("d", "United States", "meet", "Iran", {"meet"}, true);
  std::vector<Triple> system = {MakeTriple("d", "US", "meet with talks", "Iran"),
                                MakeTriple("d", "US", "talk with", "Iran")};
  ActorFolder folder(TestEntries());
  for (int order = 0; order < 2; ++order) {
    Evaluation e = Evaluate({g1, g2}, system, folder);
    EXPECT_EQ(e.total.true_positives, 2u);
    EXPECT_EQ(e.total.false_positives, 0u);
    EXPECT_EQ(e.total.false_negatives, 0u);
    std::reverse(system.begin(), system.end());
  }
}

// A system triple that fits both a required and an optional gold triple goes to the required
// one whatever the order, and the optional one is then free for another triple.
TEST(EvaluateTest, RequiredGoldIsCoveredBeforeOptional) {
  GoldTriple optional = MakeGold("d", "United States", "negotiate with", "Iran",
                                 {"talk", "negotiat"}, true, true);
  GoldTriple required = MakeGold("d", "United States", "hold talks with", "Iran",
                                 {"talk"}, true, false);
  std::vector<Triple> system = {MakeTriple("d", "US", "talk with", "Iran"),
                                MakeTriple("d", "US", "negotiate with", "Iran")};
  ActorFolder folder(TestEntries());
  for (int order = 0; order < 4; ++order) {
    std::vector<GoldTriple> gold = order % 2 ? std::vector<GoldTriple>{optional, required}
                                             : std::vector<GoldTriple>{required, optional};
    Evaluation e = Evaluate(gold, system, folder);
    EXPECT_EQ(e.total.true_positives, 1u) << order;
    EXPECT_EQ(e.total.optional_matched, 1u) << order;
    EXPECT_EQ(e.total.false_positives, 0u) << order;
    EXPECT_EQ(e.total.false_negatives, 0u) << order;
    if (order == 1) std::reverse(system.begin(), system.end());
  }
  // Alone, the triple that fits both must take the required one: a TP, not an FN.
  Evaluation alone = Evaluate({optional, required}, {MakeTriple("d", "US", "talk with", "Iran")},
                              folder);
  EXPECT_EQ(alone.total.true_positives, 1u);
  EXPECT_EQ(alone.total.false_negatives, 0u);
  EXPECT_EQ(alone.total.optional_matched, 0u);
}

// Brute force over every one-to-one assignment: the best (required matched, total matched).
std::pair<size_t, size_t> BestAssignment(const std::vector<GoldTriple>& gold,
                                         const std::vector<Triple>& system,
                                         const ActorFolder& folder, size_t s,
                                         std::vector<char>* used) {
  if (s == system.size()) return {0, 0};
  std::pair<size_t, size_t> best = BestAssignment(gold, system, folder, s + 1, used);
  for (size_t g = 0; g < gold.size(); ++g) {
    if ((*used)[g] || !TripleMatchesGold(system[s], gold[g], folder)) continue;
    (*used)[g] = 1;
    auto rest = BestAssignment(gold, system, folder, s + 1, used);
    (*used)[g] = 0;
    std::pair<size_t, size_t> with = {rest.first + (gold[g].optional ? 0 : 1), rest.second + 1};
    best = std::max(best, with);
  }
  return best;
}

// Random small sets in one document: the counts equal the brute-force optimum and do not
// change when either list is shuffled.
TEST(EvaluateTest, CountsAreOptimalAndOrderIndependentOnRandomSets) {
  ActorFolder folder(TestEntries());
  const char* actors[] = {"US", "Iran", "Russia", "Tehran"};
  const char* relations[] = {"talk with", "meet", "support", "talk and meet"};
  const std::vector<std::vector<std::string>> heads = {{"talk"}, {"meet"}, {"support"}, {"*"}};
  std::mt19937 random(20261201);
  for (int round = 0; round < 300; ++round) {
    std::vector<GoldTriple> gold;
    std::vector<Triple> system;
    size_t gold_size = 1 + random() % 4, system_size = random() % 6;
    for (size_t i = 0; i < gold_size; ++i) {
      gold.push_back(MakeGold("d", actors[random() % 3], "r", actors[random() % 3],
                              heads[random() % heads.size()], random() % 2, random() % 3 == 0));
    }
    for (size_t i = 0; i < system_size; ++i) {
      system.push_back(MakeTriple("d", actors[random() % 4], relations[random() % 4],
                                  actors[random() % 4]));
    }
    std::vector<char> used(gold.size());
    auto [required, total] = BestAssignment(gold, system, folder, 0, &used);
    size_t required_gold = 0;
    for (const GoldTriple& g : gold) required_gold += g.optional ? 0 : 1;
    for (int shuffle = 0; shuffle < 3; ++shuffle) {
      Evaluation e = Evaluate(gold, system, folder);
      EXPECT_EQ(e.total.true_positives, required) << round;
      EXPECT_EQ(e.total.true_positives + e.total.optional_matched, total) << round;
      EXPECT_EQ(e.total.false_positives, system.size() - total) << round;
      EXPECT_EQ(e.total.false_negatives, required_gold - required) << round;
      std::shuffle(gold.begin(), gold.end(), random);
      std::shuffle(system.begin(), system.end(), random);
    }
  }
}

TEST(EvaluateTest, PrecisionRecallAndF1) {
  EvaluationCounts c;
  c.true_positives = 3;
  c.false_positives = 1;
  c.false_negatives = 3;
  EXPECT_DOUBLE_EQ(c.precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.recall(), 0.5);
  EXPECT_DOUBLE_EQ(c.f1(), 0.6);
  EvaluationCounts empty;
  EXPECT_EQ(empty.precision(), 0.0);
  EXPECT_EQ(empty.recall(), 0.0);
  EXPECT_EQ(empty.f1(), 0.0);
}

TEST(EvaluateTest, ListsMissesAndFalsePositivesInOrder) {
  std::vector<GoldTriple> gold = {
      MakeGold("d", "United States", "urge", "Iran", {"urg"}),
      MakeGold("d", "Russia", "support", "Iran", {"support"}),
  };
  std::vector<Triple> system = {MakeTriple("d", "Russia", "support", "Iran"),
                                MakeTriple("d", "Iran", "urge", "US"),
                                MakeTriple("x", "Iran", "urge", "US")};
  Evaluation e = Evaluate(gold, system, ActorFolder(TestEntries()));
  EXPECT_EQ(e.misses, std::vector<size_t>{0});
  EXPECT_EQ(e.false_positives, std::vector<size_t>{1});
  EXPECT_EQ(e.unscored, 1u);
  ASSERT_EQ(e.documents.size(), 1u);
  EXPECT_EQ(e.documents[0].doc, "d");
  EXPECT_EQ(e.documents[0].counts.true_positives, 1u);
}

TEST(EvaluateTest, TextReportShowsMissesAndFalsePositivesWithSentences) {
  std::vector<GoldTriple> gold = {MakeGold("d", "United States", "urge", "Iran", {"urg"})};
  gold[0].source = "gold.jsonl";
  gold[0].line = 4;
  gold[0].sentence = "Washington urged Tehran to talk.";
  std::vector<Triple> system = {MakeTriple("d", "Iran", "urge", "United States")};
  system[0].evidence.sentence = "Tehran urged Washington to wait.";
  Evaluation e = Evaluate(gold, system, ActorFolder(TestEntries()));
  std::ostringstream out;
  WriteEvaluationText(e, gold, system, true, out);
  EXPECT_EQ(out.str(),
            "precision 0.000  recall 0.000  F1 0.000\n"
            "true positives 0, false positives 1, false negatives 1, optional matched 0\n"
            "documents 1:\n"
            "  d  P 0.000  R 0.000  F1 0.000  TP 0 FP 1 FN 1\n"
            "\n"
            "misses (1):\n"
            "  gold.jsonl:4 [d] United States -[urge]-> Iran\n"
            "      \"Washington urged Tehran to talk.\"\n"
            "\n"
            "false positives (1):\n"
            "  [d] Iran -[urge]-> United States\n"
            "      \"Tehran urged Washington to wait.\"\n");
}

TEST(EvaluateTest, JsonReportCarriesTheCounts) {
  std::vector<GoldTriple> gold = {MakeGold("d", "Russia", "support", "Iran", {"support"})};
  std::vector<Triple> system = {MakeTriple("d", "Russia", "support", "Iran")};
  Evaluation e = Evaluate(gold, system, ActorFolder(TestEntries()));
  std::ostringstream out;
  WriteEvaluationJson(e, gold, system, false, out);
  EXPECT_EQ(out.str(),
            "{\"precision\":1.0,\"recall\":1.0,\"f1\":1.0,\"true_positives\":1,"
            "\"false_positives\":0,\"false_negatives\":0,\"optional_matched\":0,"
            "\"unscored\":0,\"documents\":[{\"doc\":\"d\",\"precision\":1.0,\"recall\":1.0,"
            "\"f1\":1.0,\"true_positives\":1,\"false_positives\":0,\"false_negatives\":0,"
            "\"optional_matched\":0}]}\n");
}

TEST(EvaluateTest, JsonReportWithShowListsMissesAndFalsePositives) {
  std::vector<GoldTriple> gold = {MakeGold("d", "Russia", "support", "Iran", {"support"})};
  gold[0].line = 3;
  gold[0].sentence = "Russia backed \"Iran\".";
  std::vector<Triple> system = {MakeTriple("d", "Iran", "attack", "Russia", true)};
  system[0].evidence.sentence = "Iran did not attack Russia.";
  Evaluation e = Evaluate(gold, system, ActorFolder(TestEntries()));
  std::ostringstream out;
  WriteEvaluationJson(e, gold, system, true, out);
  std::string json = out.str();
  EXPECT_NE(json.find("\"misses\":[{\"doc\":\"d\",\"line\":3,\"subject\":\"Russia\","
                      "\"relation\":\"support\",\"object\":\"Iran\",\"sentence\":"
                      "\"Russia backed \\\"Iran\\\".\"}]"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"false_positive_triples\":[{\"doc\":\"d\",\"subject\":\"Iran\","
                      "\"relation\":\"attack\",\"negated\":true,\"object\":\"Russia\","
                      "\"sentence\":\"Iran did not attack Russia.\"}]}"),
            std::string::npos)
      << json;
}

TEST(ReadGoldTriplesTest, ReadsEveryField) {
  std::istringstream in(
      "{\"doc\": \"d\", \"sentence\": \"s\", \"subject\": \"United States\", "
      "\"subject_alt\": [\"America\"], \"relation\": \"not attack\", \"object\": \"Iran\", "
      "\"object_alt\": \"Tehran\", \"heads\": [\"attack\", \"strik\"], \"symmetric\": false, "
      "\"optional\": true, \"coref\": true}\n"
      "\n"
      "{\"doc\": \"e\", \"subject\": \"A\", \"relation\": \"r\", \"object\": \"B\", "
      "\"heads\": [\"*\"]}\n");
  std::vector<GoldTriple> gold;
  ASSERT_TRUE(ReadGoldTriples(in, "g.jsonl", &gold).ok());
  ASSERT_EQ(gold.size(), 2u);
  EXPECT_EQ(gold[0].doc, "d");
  EXPECT_EQ(gold[0].sentence, "s");
  EXPECT_EQ(gold[0].subject_alt, std::vector<std::string>{"America"});
  EXPECT_EQ(gold[0].object_alt, std::vector<std::string>{"Tehran"});
  EXPECT_EQ(gold[0].heads, (std::vector<std::string>{"attack", "strik"}));
  EXPECT_TRUE(gold[0].negated());
  EXPECT_TRUE(gold[0].optional);
  EXPECT_TRUE(gold[0].coref);
  EXPECT_FALSE(gold[0].symmetric);
  EXPECT_EQ(gold[0].line, 1);
  EXPECT_EQ(gold[1].line, 3);
  EXPECT_EQ(gold[1].source, "g.jsonl");
  EXPECT_FALSE(gold[1].negated());
  EXPECT_FALSE(gold[1].optional);
}

TEST(ReadGoldTriplesTest, BadLinesNameFileLineAndField) {
  const std::string kOk =
      R"("doc": "d", "subject": "A", "relation": "r", "object": "B", "heads": ["x"])";
  struct Case {
    std::string line;
    std::string error;
  };
  const Case cases[] = {
      {"[1, 2]", "g.jsonl:2: expected a JSON object, got array"},
      {"{\"doc\": ", "g.jsonl:2: expected a JSON object: Invalid value. at column 9"},
      {R"({"subject": "A", "relation": "r", "object": "B", "heads": ["x"]})",
       "g.jsonl:2: missing field \"doc\""},
      {R"({"doc": "d", "subject": "A", "object": "B", "heads": ["x"]})",
       "g.jsonl:2: missing field \"relation\""},
      {"{" + kOk + R"(, "symetric": true})",
       "g.jsonl:2: unknown field \"symetric\" (did you mean \"symmetric\"?)"},
      {"{" + kOk + R"(, "optional": "yes"})",
       "g.jsonl:2: field \"optional\": expected true or false, got string"},
      {R"({"doc": "d", "subject": 3, "relation": "r", "object": "B", "heads": ["x"]})",
       "g.jsonl:2: field \"subject\": expected a non-empty string, got number"},
      {R"({"doc": "", "subject": "A", "relation": "r", "object": "B", "heads": ["x"]})",
       "g.jsonl:2: field \"doc\": expected a non-empty string, got string"},
      {R"({"doc": "d", "subject": "A", "relation": "r", "object": "B", "heads": []})",
       "g.jsonl:2: field \"heads\": expected a non-empty array of strings, got array"},
      {R"({"doc": "d", "subject": "A", "relation": "r", "object": "B", "heads": [1]})",
       "g.jsonl:2: field \"heads\": expected a non-empty array of strings, got number"},
      {"{" + kOk + R"(, "object_alt": [""]})",
       "g.jsonl:2: field \"object_alt\": expected an array of strings, got string"},
  };
  for (const Case& c : cases) {
    std::istringstream in("{" + kOk + "}\n" + c.line + "\n");
    std::vector<GoldTriple> gold;
    Status status = ReadGoldTriples(in, "g.jsonl", &gold);
    EXPECT_EQ(status.code(), Status::Code::kInvalidArgument) << c.line;
    EXPECT_EQ(status.message(), c.error) << c.line;
  }
}

}  // namespace
}  // namespace actorgraph
