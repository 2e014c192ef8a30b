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
  EXPECT_EQ(urge->category, Category::kVerbalConflict);
  EXPECT_EQ(urge->cameo_root, 10);
  const VerbEntry* attack = vocabulary.FindVerb("attack");
  ASSERT_NE(attack, nullptr);
  EXPECT_EQ(attack->category, Category::kMaterialConflict);
  const VerbEntry* meet = vocabulary.FindVerb("meet");
  ASSERT_NE(meet, nullptr);
  EXPECT_TRUE(meet->symmetric);
  EXPECT_EQ(vocabulary.FindVerb("call upon")->normal, "call on");
  EXPECT_EQ(vocabulary.FindVerb("say"), nullptr);
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
