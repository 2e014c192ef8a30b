#include "actorgraph/extract/relation_vocabulary.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(RelationVocabularyTest, BuiltInVocabularyLoads) {
  auto vocabulary = RelationVocabulary::LoadDefault();
  ASSERT_TRUE(vocabulary.ok()) << vocabulary.status().message();
  EXPECT_GT(vocabulary->size(), 100u);
}

TEST(RelationVocabularyTest, VerbsCarryCameoCategoryAndRoot) {
  auto vocabulary = RelationVocabulary::LoadDefault().value();
  const VerbEntry* urge = vocabulary.FindVerb("urge");
  ASSERT_NE(urge, nullptr);
  // CAMEO 02 "appeal" (QuadClass verbal cooperation), not 10 "demand".
  EXPECT_EQ(urge->category, Category::kVerbalCooperation);
  EXPECT_EQ(urge->cameo_root, 2);
  EXPECT_EQ(vocabulary.FindVerb("demand")->cameo_root, 10);
  EXPECT_EQ(vocabulary.FindVerb("demand")->category, Category::kVerbalConflict);
  const VerbEntry* attack = vocabulary.FindVerb("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->category, Category::kMaterialConflict);
  const VerbEntry* meet = vocabulary.FindVerb("meet");
  ASSERT_NE(meet, nullptr);
  EXPECT_TRUE(meet->symmetric);
  EXPECT_EQ(vocabulary.FindVerb("call upon")->normal, "call on");
  EXPECT_EQ(vocabulary.FindVerb("say"), nullptr);
}

// Every entry with a CAMEO root has the category of the root's QuadClass (the loader
// enforces it); spot-check the roots the codebook names.
TEST(RelationVocabularyTest, CameoRootsFollowTheCodebook) {
  auto vocabulary = RelationVocabulary::LoadDefault().value();
  const std::pair<const char*, int> kRoots[] = {
      {"ask", 2},     {"call on", 2},   {"encourage", 2}, {"meet", 4},      {"visit", 4},
      {"praise", 5},  {"cooperate", 6}, {"aid", 7},       {"release", 8},   {"press", 10},
      {"accuse", 11}, {"reject", 12},   {"threaten", 13}, {"sanction", 16}, {"arrest", 17},
      {"kill", 18},   {"invade", 19}};
  for (const auto& [lemma, root] : kRoots) {
    const VerbEntry* verb = vocabulary.FindVerb(lemma);
    ASSERT_NE(verb, nullptr) << lemma;
    EXPECT_EQ(verb->cameo_root, root) << lemma;
  }
  EXPECT_EQ(vocabulary.FindAdjective("hostile to")->cameo_root, 11);
}

TEST(RelationVocabularyTest, NounsAreRelationNounsOrNominalisedVerbs) {
  auto vocabulary = RelationVocabulary::LoadDefault().value();
  const NounEntry* talks = vocabulary.FindNoun("talks");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->text, "hold talks with");
  EXPECT_TRUE(talks->symmetric);
  const NounEntry* support = vocabulary.FindNoun("support");
  ASSERT_NE(support, nullptr);
  EXPECT_EQ(support->verb, "support");
  EXPECT_EQ(support->preps, (std::vector<std::string>{"for", "of"}));
  EXPECT_EQ(vocabulary.FindAdjective("critical of")->lemma, "criticize");
  EXPECT_TRUE(vocabulary.FindLightVerb("sever")->overrides);
  EXPECT_FALSE(vocabulary.FindLightVerb("hold")->overrides);
}

TEST(RelationVocabularyTest, MarriageVerbsCarryNoDirection) {
  auto vocabulary = RelationVocabulary::LoadDefault().value();
  for (const char* lemma : {"marry", "divorce"}) {
    const VerbEntry* verb = vocabulary.FindVerb(lemma);
    ASSERT_NE(verb, nullptr) << lemma;
    EXPECT_TRUE(verb->symmetric) << lemma;
  }
}

struct BadCase {
  const char* json;
  const char* error;
};

TEST(RelationVocabularyTest, BadFilesNameThePlace) {
  const BadCase kBad[] = {
      {"{", "v.json: byte 1: invalid JSON: Missing a name for object member."},
      {"{}", "v.json: not a relation vocabulary (no \"format\": \"actorgraph-relation-vocabulary\")"},
      {R"({"format": "actorgraph-relation-vocabulary", "verbs": {}})",
       "v.json: field \"verbs\": expected an array"},
      {R"({"format": "actorgraph-relation-vocabulary", "verbs": [3]})",
       "v.json: verbs[0]: expected an object"},
      {R"({"format": "actorgraph-relation-vocabulary", "verbs": [{"category": "neutral"}]})",
       "v.json: verbs[0]: field \"lemma\": expected a string, got nothing"},
      {R"({"format": "actorgraph-relation-vocabulary", "verbs": [{"lemma": "hit", "category": "war"}]})",
       "v.json: verbs[0]: field \"category\": expected one of neutral, verbal_cooperation, "
       "material_cooperation, verbal_conflict, material_conflict, got \"war\""},
      {R"({"format": "actorgraph-relation-vocabulary", "verbs": [{"lemma": "hit", "cameo": 21}]})",
       "v.json: verbs[0]: field \"cameo\": expected a CAMEO root code 1..20"},
      {R"({"format": "actorgraph-relation-vocabulary", "verbs": [{"lemma": "hit"}, {"lemma": "hit"}]})",
       "v.json: verbs[1]: \"hit\" is listed twice"},
      {R"({"format": "actorgraph-relation-vocabulary", "nouns": [{"noun": "raid", "verb": "raid"}]})",
       "v.json: nouns[0]: field \"prep\": expected the prepositions of \"raid\""},
      {R"({"format": "actorgraph-relation-vocabulary", "nouns": [{"noun": "raid", "verb": "raid", "prep": ["on"]}]})",
       "v.json: noun \"raid\": verb \"raid\" is not in \"verbs\""},
      {R"({"format": "actorgraph-relation-vocabulary", "verbs": [{"lemma": "urge", "category": "verbal_conflict", "cameo": 2}]})",
       "v.json: verbs[0]: field \"category\": CAMEO root 2 is verbal_cooperation, got verbal_conflict"},
      {R"({"format": "actorgraph-relation-vocabulary", "adjectives": [{"phrase": "at war with", "lemma": "war", "category": "verbal_conflict", "cameo": 19}]})",
       "v.json: adjectives[0]: field \"category\": CAMEO root 19 is material_conflict, got verbal_conflict"},
      {R"({"format": "actorgraph-relation-vocabulary", "verbs": [{"lemma": "hit", "symmetric": 1}]})",
       "v.json: verbs[0]: field \"symmetric\": expected true or false"},
  };
  for (const auto& c : kBad) {
    auto vocabulary = RelationVocabulary::Parse(c.json, "v.json");
    ASSERT_FALSE(vocabulary.ok()) << c.json;
    EXPECT_EQ(vocabulary.status().message(), c.error) << c.json;
    EXPECT_EQ(vocabulary.status().code(), Status::Code::kInvalidArgument);
  }
}

}  // namespace
}  // namespace actorgraph
