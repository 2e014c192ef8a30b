// `actorgraph eval`, run as the real binary.
#include <string>

#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

// Two gold triples in one document; the system finds one (through aliases), gets one wrong
// and has one triple in a document the gold does not name.
constexpr const char* kGold =
    R"({"doc": "d1", "sentence": "Washington and Tehran held talks.", "subject": "United States", "relation": "hold talks with", "object": "Iran", "heads": ["talk"], "symmetric": true, "optional": false})"
    "\n"
    R"({"doc": "d1", "sentence": "Russia backed Iran.", "subject": "Russia", "relation": "support", "object": "Iran", "heads": ["support", "back"], "symmetric": false, "optional": false})"
    "\n";
constexpr const char* kTriples =
    R"({"subject": {"name": "Iran"}, "relation": {"text": "talk with"}, "object": {"name": "U.S."}, "evidence": {"doc": "d1"}})"
    "\n"
    R"({"subject": {"name": "Iran"}, "relation": {"text": "back"}, "object": {"name": "Russia"}, "evidence": {"doc": "d1", "sentence": "Russia backed Iran."}})"
    "\n"
    R"({"subject": {"name": "Iran"}, "relation": {"text": "back"}, "object": {"name": "Russia"}, "evidence": {"doc": "other"}})"
    "\n";

TEST(EvalCommandTest, ScoresATripleFile) {
  TempDir dir;
  WriteFile(dir.File("gold.jsonl"), kGold);
  WriteFile(dir.File("t.jsonl"), kTriples);
  auto r = RunCli({"eval", "--gold", dir.File("gold.jsonl"), "--triples", dir.File("t.jsonl")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "precision 0.500  recall 0.500  F1 0.500\n"
            "true positives 1, false positives 1, false negatives 1, optional matched 0\n"
            "unscored 1 (system triples of documents without gold)\n"
            "documents 1:\n"
            "  d1  P 0.500  R 0.500  F1 0.500  TP 1 FP 1 FN 1\n");
  EXPECT_EQ(r.err, "");
}

TEST(EvalCommandTest, ShowListsMissesAndFalsePositives) {
  TempDir dir;
  WriteFile(dir.File("gold.jsonl"), kGold);
  WriteFile(dir.File("t.jsonl"), kTriples);
  auto r = RunCli(
      {"eval", "--gold", dir.File("gold.jsonl"), "--triples", dir.File("t.jsonl"), "--show"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("misses (1):\n  " + dir.File("gold.jsonl") +
                       ":2 [d1] Russia -[support]-> Iran\n      \"Russia backed Iran.\"\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("false positives (1):\n  [d1] Iran -[back]-> Russia\n"
                       "      \"Russia backed Iran.\"\n"),
            std::string::npos)
      << r.out;
}

TEST(EvalCommandTest, JsonFromStdinToAFile) {
  TempDir dir;
  WriteFile(dir.File("gold.jsonl"), kGold);
  auto r = RunCli({"eval", "--gold", dir.File("gold.jsonl"), "--triples", "-", "--json", "-o",
                   dir.File("score.json")},
                  kTriples);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  std::string json = ReadFile(dir.File("score.json"));
  EXPECT_EQ(json.rfind("{\"precision\":0.5,\"recall\":0.5,\"f1\":0.5,\"true_positives\":1,", 0),
            0u)
      << json;
}

TEST(EvalCommandTest, TsvTriplesAreReadByExtension) {
  TempDir dir;
  WriteFile(dir.File("gold.jsonl"), kGold);
  // subject, relation, object, subject_type, object_type, doc
  WriteFile(dir.File("t.tsv"), "Russia\tsupport\tIran\tcountry\tcountry\td1\n");
  auto r = RunCli({"eval", "--gold", dir.File("gold.jsonl"), "--triples", dir.File("t.tsv")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("precision 1.000  recall 0.500", 0), 0u) << r.out;
}

TEST(EvalCommandTest, WarnsWhenNoTripleBelongsToAGoldDocument) {
  TempDir dir;
  WriteFile(dir.File("gold.jsonl"), kGold);
  WriteFile(dir.File("t.jsonl"),
            R"({"subject": {"name": "Iran"}, "relation": {"text": "back"}, "object": {"name": "Russia"}, "evidence": {"doc": "D1"}})"
            "\n");
  auto r = RunCli({"eval", "--gold", dir.File("gold.jsonl"), "--triples", dir.File("t.jsonl")});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err,
            "actorgraph eval: warning: none of the 1 triples belongs to a document of the gold "
            "file (check the document ids)\n");
}

TEST(EvalCommandTest, BadInputExitsOneWithTheReason) {
  TempDir dir;
  WriteFile(dir.File("gold.jsonl"), kGold);
  WriteFile(dir.File("bad-gold.jsonl"),
            std::string(kGold) + R"({"doc": "d1", "subject": "A", "object": "B", "heads": ["x"]})" + "\n");
  WriteFile(dir.File("empty.jsonl"), "\n");
  WriteFile(dir.File("t.jsonl"), kTriples);
  WriteFile(dir.File("bad-t.jsonl"), "{\"subject\": 1}\n");
  struct Case {
    std::vector<std::string> args;
    std::string err_prefix;
  };
  const std::string g = dir.File("gold.jsonl");
  const Case cases[] = {
      {{"eval", "--triples", dir.File("t.jsonl")},
       "actorgraph eval: --gold GOLD.jsonl is required\n"},
      {{"eval", "--gold", g}, "actorgraph eval: give INPUT articles or --triples FILE\n"},
      {{"eval", "--gold", g, "--triples", dir.File("t.jsonl"), "x.jsonl"},
       "actorgraph eval: give INPUT articles or --triples FILE, not both\n"},
      {{"eval", "--gold", "-", "--triples", "-"},
       "actorgraph eval: only one input can be - (standard input)\n"},
      {{"eval", "--gold", "-", "--triples", dir.File("t.jsonl"), "--actors", "-"},
       "actorgraph eval: only one input can be - (standard input)\n"},
      {{"eval", "--gold", dir.File("missing.jsonl"), "--triples", dir.File("t.jsonl")},
       "actorgraph: " + dir.File("missing.jsonl") + ": cannot open: No such file or directory\n"},
      {{"eval", "--gold", dir.File("bad-gold.jsonl"), "--triples", dir.File("t.jsonl")},
       "actorgraph: " + dir.File("bad-gold.jsonl") + ":3: missing field \"relation\"\n"},
      {{"eval", "--gold", dir.File("empty.jsonl"), "--triples", dir.File("t.jsonl")},
       "actorgraph: " + dir.File("empty.jsonl") + ": expected gold triples, got none\n"},
      {{"eval", "--gold", g, "--triples", dir.File("bad-t.jsonl")},
       "actorgraph: " + dir.File("bad-t.jsonl") + ":1: "},
      {{"eval", "--gold", g, "--triples", dir.File("t.jsonl"), "--actors",
        dir.File("missing.json")},
       "actorgraph: " + dir.File("missing.json") + ": cannot open the actor dictionary\n"},
  };
  for (const Case& c : cases) {
    auto r = RunCli(c.args);
    EXPECT_EQ(r.exit_code, 1) << c.err_prefix;
    EXPECT_EQ(r.err.rfind(c.err_prefix, 0), 0u) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

TEST(EvalCommandTest, FailureLeavesAnExistingReportUntouched) {
  TempDir dir;
  WriteFile(dir.File("gold.jsonl"), kGold);
  WriteFile(dir.File("bad-t.jsonl"), "not json\n");
  WriteFile(dir.File("score.txt"), "previous report\n");
  auto r = RunCli({"eval", "--gold", dir.File("gold.jsonl"), "--triples",
                   dir.File("bad-t.jsonl"), "-o", dir.File("score.txt")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(ReadFile(dir.File("score.txt")), "previous report\n");
}

TEST(EvalCommandTest, ScoringArticlesEqualsScoringTheirExtractedTriples) {
  TempDir dir;
  const std::string gold_dir = std::string(ACTORGRAPH_SOURCE_DIR) + "/tests/extract/gold/";
  auto extracted = RunCli({"extract", "-q", gold_dir + "articles.jsonl", "-o",
                           dir.File("t.jsonl")});
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  auto from_articles = RunCli({"eval", "--gold", gold_dir + "gold.jsonl",
                               gold_dir + "articles.jsonl", "--show", "-j", "2"});
  auto from_triples = RunCli({"eval", "--gold", gold_dir + "gold.jsonl", "--triples",
                              dir.File("t.jsonl"), "--show"});
  EXPECT_EQ(from_articles.exit_code, 0) << from_articles.err;
  EXPECT_EQ(from_triples.exit_code, 0) << from_triples.err;
  EXPECT_EQ(from_articles.out, from_triples.out);
  EXPECT_EQ(from_articles.out.rfind("precision ", 0), 0u) << from_articles.out;
  EXPECT_NE(from_articles.out.find("documents 15:\n"), std::string::npos);
}

TEST(EvalCommandTest, WarnsAboutGoldDocumentsMissingFromTheInputs) {
  TempDir dir;
  WriteFile(dir.File("gold.jsonl"), kGold);
  WriteFile(dir.File("a.jsonl"),
            R"({"id": "d2", "text": "Russia and Iran held talks in Moscow."})"
            "\n");
  auto r = RunCli({"eval", "--gold", dir.File("gold.jsonl"), dir.File("a.jsonl")});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("actorgraph eval: warning: gold document 'd1' is not among the inputs\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out.rfind("precision 0.000  recall 0.000  F1 0.000\n"
                        "true positives 0, false positives 0, false negatives 2",
                        0),
            0u)
      << r.out;
}

TEST(EvalCommandTest, HelpEndsWithAnExample) {
  auto r = RunCli({"eval", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Example:\n  actorgraph eval --gold gold.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph
