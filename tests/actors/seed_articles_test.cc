// The seed articles (/work/shared/corpus/seeds/seeds.jsonl): every mention of their actors
// found and resolved, and no other actor. Skipped where the corpus is not present.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/actors/actor_finder.h"
#include "actorgraph/text/document_reader.h"
#include "actorgraph/text/segmenter.h"

namespace actorgraph {
namespace {

constexpr char kSeeds[] = "/work/shared/corpus/seeds/seeds.jsonl";

struct SeedMentions {
  std::vector<Document> documents;
  std::vector<std::vector<Mention>> mentions;  // per document
};

const SeedMentions& Seeds() {
  static const SeedMentions* seeds = [] {
    auto* result = new SeedMentions();
    std::ifstream in(kSeeds);
    if (!in) return result;
    Status read = ReadJsonlDocuments(in, kSeeds, ReadOptions(), [&](Document&& d) {
      result->documents.push_back(std::move(d));
      return Status::OK();
    });
    EXPECT_TRUE(read.ok()) << read.ToString();
    auto dictionary = ActorDictionary::LoadDefault();
    EXPECT_TRUE(dictionary.ok());
    if (!dictionary.ok()) return result;
    static const ActorDictionary kDictionary = std::move(dictionary).value();
    ActorFinder finder(kDictionary);
    auto segmenter = Segmenter::Create();
    EXPECT_TRUE(segmenter.ok());
    for (const Document& d : result->documents) {
      result->mentions.push_back(finder.FindMentions(d, segmenter->Segment(d)));
    }
    return result;
  }();
  return *seeds;
}

#define SKIP_WITHOUT_SEEDS() \
  if (!std::filesystem::exists(kSeeds)) GTEST_SKIP() << kSeeds << " not present"

// "actor id: count" over both articles, group references counted per member. Counted by
// hand: Iran 32 + Iranian 2 + Tehran 2 + 17 group references; United States: US 17 +
// United States 12 + Washington 2 + 17 group references.
std::map<std::string, int> CountsByActor() {
  std::map<std::string, int> counts;
  for (const auto& mentions : Seeds().mentions) {
    for (const Mention& m : mentions) {
      if (m.how == Resolution::kGroupReference) {
        for (const Actor& member : m.members) ++counts[member.id];
      } else {
        ++counts[m.actor.id];
      }
    }
  }
  return counts;
}

TEST(SeedArticlesTest, FindsEveryActorAndNoOther) {
  SKIP_WITHOUT_SEEDS();
  std::map<std::string, int> expected = {
      {"china", 3},          {"european_union", 2}, {"iran", 53},
      {"iraq", 1},           {"jcpoa", 3},          {"qasem_soleimani", 1},
      {"russia", 3},         {"syria", 1},          {"un_security_council", 1},
      {"united_nations", 3}, {"united_states", 48}, {"yemen", 1},
  };
  EXPECT_EQ(CountsByActor(), expected);
}

// Mentions as "sentence:surface=id/how" of one article whose surface is `surface`.
std::vector<std::string> WithSurface(const std::string& doc, const std::string& surface) {
  std::vector<std::string> out;
  const auto& seeds = Seeds();
  for (size_t d = 0; d < seeds.documents.size(); ++d) {
    if (seeds.documents[d].id != doc) continue;
    for (const Mention& m : seeds.mentions[d]) {
      if (m.surface != surface) continue;
      std::string id = m.actor.id;
      for (const Actor& member : m.members) id += (id.empty() ? "" : "+") + member.id;
      out.push_back(std::to_string(m.sentence_index) + ":" + m.surface + "=" + id + "/" +
                    std::string(ResolutionName(m.how)) + (m.modifier ? "+mod" : ""));
    }
  }
  return out;
}

TEST(SeedArticlesTest, ResolvesCapitalsCompoundsAndPossessives) {
  SKIP_WITHOUT_SEEDS();
  const std::string doc = "us-iran-critical-step";
  EXPECT_EQ(WithSurface(doc, "Washington"),
            (std::vector<std::string>{"18:Washington=united_states/capital",
                                      "45:Washington=united_states/capital"}));
  EXPECT_EQ(WithSurface(doc, "Tehran"),
            (std::vector<std::string>{"27:Tehran=iran/capital", "45:Tehran=iran/capital"}));
  // "US-Iran relations", "The US-Iran conflict"; the heading "US and Iran Talks" is not one.
  std::vector<std::string> us = WithSurface(doc, "US");
  EXPECT_EQ(std::count(us.begin(), us.end(), "14:US=united_states/dictionary+mod"), 1);
  EXPECT_EQ(std::count(us.begin(), us.end(), "24:US=united_states/dictionary+mod"), 1);
  // "the US’s presence" (sentence 10) and "the US's "maximum pressure"" (27).
  EXPECT_EQ(std::count(us.begin(), us.end(), "10:US=united_states/dictionary"), 1);
  EXPECT_EQ(std::count(us.begin(), us.end(), "27:US=united_states/dictionary"), 1);
  EXPECT_EQ(WithSurface(doc, "Qasem Soleimani"),
            (std::vector<std::string>{"11:Qasem Soleimani=qasem_soleimani/dictionary"}));
  EXPECT_EQ(WithSurface(doc, "Iranian"),
            (std::vector<std::string>{"7:Iranian=iran/demonym+mod",
                                      "11:Iranian=iran/demonym+mod"}));
}

TEST(SeedArticlesTest, PossessiveSpansLeaveOutTheEnding) {
  SKIP_WITHOUT_SEEDS();
  const auto& seeds = Seeds();
  int possessives = 0;
  for (size_t d = 0; d < seeds.documents.size(); ++d) {
    const std::string& text = seeds.documents[d].text;
    for (const Mention& m : seeds.mentions[d]) {
      std::string after = text.substr(m.span.end, 4);
      if (after.rfind("\u2019s", 0) == 0 || after.rfind("'s", 0) == 0) {
        ++possessives;
        EXPECT_TRUE(m.surface == "Iran" || m.surface == "US") << m.surface;
      }
    }
  }
  EXPECT_EQ(possessives, 7);  // Iran’s x4, Iran's, the US’s, the US's
}

TEST(SeedArticlesTest, GroupReferencesStandForTheRightPair) {
  SKIP_WITHOUT_SEEDS();
  const auto& seeds = Seeds();
  std::vector<std::string> references;
  for (size_t d = 0; d < seeds.documents.size(); ++d) {
    for (const Mention& m : seeds.mentions[d]) {
      if (m.how != Resolution::kGroupReference) continue;
      ASSERT_EQ(m.members.size(), 2u);
      references.push_back(seeds.documents[d].id.substr(8) + ":" +
                           std::to_string(m.sentence_index) + ":" + m.surface + "=" +
                           m.members[0].id + "+" + m.members[1].id);
    }
  }
  std::vector<std::string> expected = {
      "understanding:6:Both nations=united_states+iran",
      "understanding:11:both countries=united_states+iran",
      "understanding:20:both nations=united_states+iran",
      "understanding:28:the two nations=united_states+iran",
      "critical-step:2:the two nations=united_states+iran",
      "critical-step:3:the two countries=united_states+iran",
      "critical-step:7:the two nations=united_states+iran",
      "critical-step:9:both countries=united_states+iran",
      "critical-step:11:the two nations=united_states+iran",
      "critical-step:17:both sides=united_states+iran",
      "critical-step:20:both sides=united_states+iran",
      "critical-step:27:Both nations=russia+china",
      "critical-step:30:both sides=united_states+iran",
      "critical-step:34:each side=united_states+iran",
      "critical-step:37:the two nations=united_states+iran",
      "critical-step:43:Both sides=united_states+iran",
      "critical-step:47:both sides=united_states+iran",
      "critical-step:49:both sides=united_states+iran",
  };
  EXPECT_EQ(references, expected);
}

}  // namespace
}  // namespace actorgraph
