// Checks on the project's own gold set (tests/extract/gold/): the data is consistent.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/extract/evaluation.h"

namespace actorgraph {
namespace {

const std::string kGoldDir = std::string(ACTORGRAPH_SOURCE_DIR) + "/tests/extract/gold/";

// `prefix` is "" for the main set, "heldout-" for the held-out one.
std::vector<GoldTriple> LoadGoldSet(const std::string& prefix = "") {
  std::ifstream in(kGoldDir + prefix + "gold.jsonl");
  EXPECT_TRUE(in) << "cannot open " << kGoldDir << prefix << "gold.jsonl";
  std::vector<GoldTriple> gold;
  Status status = ReadGoldTriples(in, prefix + "gold.jsonl", &gold);
  EXPECT_TRUE(status.ok()) << status.message();
  return gold;
}

// id -> title + "\n\n" + text, the document text the extractor sees.
std::map<std::string, std::string> LoadArticleTexts(const std::string& prefix = "") {
  std::ifstream in(kGoldDir + prefix + "articles.jsonl");
  EXPECT_TRUE(in) << "cannot open " << kGoldDir << prefix << "articles.jsonl";
  std::map<std::string, std::string> texts;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    rapidjson::Document json;
    json.Parse(line.c_str());
    EXPECT_FALSE(json.HasParseError()) << "articles.jsonl:" << line_number;
    if (json.HasParseError() || !json.IsObject() || !json.HasMember("id") ||
        !json.HasMember("text")) {
      ADD_FAILURE() << "articles.jsonl:" << line_number << ": expected id and text";
      continue;
    }
    std::string text = json["text"].GetString();
    if (json.HasMember("title")) text = std::string(json["title"].GetString()) + "\n\n" + text;
    EXPECT_TRUE(texts.emplace(json["id"].GetString(), text).second)
        << "articles.jsonl:" << line_number << ": duplicate id";
  }
  return texts;
}

TEST(GoldSetTest, EveryGoldSnippetIsInItsArticle) {
  for (const std::string prefix : {"", "heldout-"}) {
    std::vector<GoldTriple> gold = LoadGoldSet(prefix);
    std::map<std::string, std::string> texts = LoadArticleTexts(prefix);
    ASSERT_FALSE(gold.empty());
    for (const GoldTriple& g : gold) {
      auto it = texts.find(g.doc);
      ASSERT_NE(it, texts.end()) << "gold.jsonl:" << g.line << ": no article " << g.doc;
      EXPECT_NE(it->second.find(g.sentence), std::string::npos)
          << prefix << "gold.jsonl:" << g.line << ": snippet not in " << g.doc << ": "
          << g.sentence;
    }
  }
}

// The held-out set names no document of the main set.
TEST(GoldSetTest, HeldOutSetIsSeparate) {
  std::map<std::string, std::string> main_texts = LoadArticleTexts();
  std::map<std::string, std::string> heldout_texts = LoadArticleTexts("heldout-");
  EXPECT_GE(heldout_texts.size(), 9u);
  for (const auto& [id, text] : heldout_texts) EXPECT_EQ(main_texts.count(id), 0u) << id;
}

TEST(GoldSetTest, EveryArticleHasRequiredGoldAndTheSetHasItsSize) {
  std::vector<GoldTriple> gold = LoadGoldSet();
  std::map<std::string, std::string> texts = LoadArticleTexts();
  std::map<std::string, int> required;
  for (const GoldTriple& g : gold) required[g.doc] += g.optional ? 0 : 1;
  for (const auto& [id, text] : texts) EXPECT_GT(required[id], 0) << id;
  EXPECT_GE(texts.size(), 15u);
  EXPECT_GE(gold.size(), 100u);
}

// The set covers the kinds of gold the rules distinguish.
TEST(GoldSetTest, CoversNegationSymmetryGroupReferencesAndAlternatives) {
  std::vector<GoldTriple> gold = LoadGoldSet();
  int negated = 0, symmetric = 0, coref = 0, alternatives = 0, any_head = 0;
  for (const GoldTriple& g : gold) {
    negated += g.negated() && !g.optional;
    symmetric += g.symmetric && !g.optional;
    coref += g.coref && !g.optional;
    alternatives += !g.subject_alt.empty() || !g.object_alt.empty();
    any_head += g.heads == std::vector<std::string>{"*"};
  }
  EXPECT_GE(negated, 4);
  EXPECT_GE(symmetric, 15);
  EXPECT_GE(coref, 6);
  EXPECT_GE(alternatives, 4);
  EXPECT_GE(any_head, 4);
}

// Each gold triple turned into a system triple (its own names and relation text) must match:
// the relation text of every gold triple starts a word with one of its own heads, and the
// matching then pairs them all.
TEST(GoldSetTest, GoldReadAsASystemScoresPerfectly) {
  for (const std::string prefix : {"", "heldout-"}) {
    std::vector<GoldTriple> gold = LoadGoldSet(prefix);
    Result<ActorDictionary> dictionary = ActorDictionary::LoadDefault();
    ASSERT_TRUE(dictionary.ok()) << dictionary.status().message();
    ActorFolder folder(dictionary->entries());
    std::vector<Triple> system;
    size_t required = 0;
    for (const GoldTriple& g : gold) {
      Triple t;
      t.subject.name = g.subject;
      t.object.name = g.object;
      t.relation.text = g.relation;
      t.evidence.doc = g.doc;
      EXPECT_TRUE(RelationMatchesHeads(g.relation, g.heads)) << "gold.jsonl:" << g.line;
      system.push_back(t);
      required += g.optional ? 0 : 1;
    }
    Evaluation e = Evaluate(gold, system, folder);
    EXPECT_EQ(e.total.true_positives, required);
    EXPECT_EQ(e.total.false_positives, 0u);
    EXPECT_EQ(e.total.false_negatives, 0u);
    EXPECT_EQ(e.total.optional_matched, gold.size() - required);
  }
}

// The shared seed gold (outside the repository: /work/shared, or shared/ beside the clone in
// CI) loads with the same reader; skipped where it is not present.
TEST(GoldSetTest, SharedSeedGoldLoads) {
  std::vector<std::string> candidates = {
      std::string(ACTORGRAPH_SOURCE_DIR) + "/../shared/gold/seed-triples.jsonl",
      "/work/shared/gold/seed-triples.jsonl"};
  for (const std::string& path : candidates) {
    std::ifstream in(path);
    if (!in) continue;
    std::vector<GoldTriple> gold;
    Status status = ReadGoldTriples(in, path, &gold);
    ASSERT_TRUE(status.ok()) << status.message();
    EXPECT_EQ(gold.size(), 47u);
    return;
  }
  GTEST_SKIP() << "shared seed gold not found";
}

}  // namespace
}  // namespace actorgraph
