#include "actorgraph/extract/lemmatizer.h"

#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(LemmatizerTest, VerbsIncludingIrregularOnesGetTheirBaseForm) {
  auto lemmatizer = Lemmatizer::Create();
  ASSERT_TRUE(lemmatizer.ok()) << lemmatizer.status().message();
  const std::pair<const char*, const char*> kCases[] = {
      {"withdrew", "withdraw"}, {"urged", "urge"},   {"attacked", "attack"},
      {"fought", "fight"},      {"met", "meet"},     {"struck", "strike"},
      {"held", "hold"},         {"supports", "support"}, {"invaded", "invade"},
      {"demand", "demand"},     {"xyzzy", "xyzzy"},
  };
  for (const auto& [word, lemma] : kCases) EXPECT_EQ(lemmatizer->VerbLemma(word), lemma) << word;
}

TEST(LemmatizerTest, NounsAndWordClasses) {
  auto lemmatizer = Lemmatizer::Create().value();
  EXPECT_EQ(lemmatizer.NounLemma("talks"), "talk");
  EXPECT_EQ(lemmatizer.NounLemma("relations"), "relation");
  EXPECT_TRUE(lemmatizer.IsVerb("attacked"));
  EXPECT_TRUE(lemmatizer.IsAdjective("diplomatic"));
  EXPECT_FALSE(lemmatizer.IsAdjective("iran"));
}

TEST(LemmatizerTest, IsSafeToShareBetweenThreads) {
  auto lemmatizer = Lemmatizer::Create().value();
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        if (lemmatizer.VerbLemma(i % 2 ? "withdrew" : "fought") != (i % 2 ? "withdraw" : "fight"))
          ++wrong[t];
      }
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace actorgraph
