#include "actorgraph/actors/mention_json.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

Document Doc() {
  Document d;
  d.id = "a\"1";
  d.text = "The United States and Iran met.";
  return d;
}

TEST(MentionJsonTest, DictionaryMentionHasEveryField) {
  Mention m;
  m.sentence_index = 2;
  m.token_begin = 1;
  m.token_end = 3;
  m.span = {4, 17};
  m.surface = "United States";
  m.actor = {"united_states", "United States", ActorType::kCountry, {}, "USA", ""};
  std::string out;
  AppendMentionJson(Doc(), m, &out);
  EXPECT_EQ(out,
            "{\"doc\":\"a\\\"1\",\"sentence\":2,\"span\":[4,17],\"tokens\":[1,3],"
            "\"text\":\"United States\",\"actor\":\"united_states\",\"name\":\"United States\","
            "\"type\":\"country\",\"how\":\"dictionary\",\"modifier\":false}\n");
}

TEST(MentionJsonTest, AffiliationAndModifierAppearWhenSet) {
  Mention m;
  m.surface = "Qasem Soleimani";
  m.actor = {"qasem_soleimani", "Qasem Soleimani", ActorType::kPerson, {}, "", "iran"};
  m.how = Resolution::kPattern;
  m.modifier = true;
  std::string out;
  AppendMentionJson(Doc(), m, &out);
  EXPECT_NE(out.find("\"how\":\"pattern\",\"modifier\":true,\"affiliation\":\"iran\"}"),
            std::string::npos)
      << out;
}

TEST(MentionJsonTest, GroupReferenceHasNullActorAndMembers) {
  Mention m;
  m.surface = "both nations";
  m.how = Resolution::kGroupReference;
  m.members = {{"russia", "Russia", ActorType::kCountry, {}, "RUS", ""},
               {"china", "China", ActorType::kCountry, {}, "CHN", ""}};
  std::string out;
  AppendMentionJson(Doc(), m, &out);
  EXPECT_NE(out.find("\"actor\":null,\"name\":null,\"type\":null,\"how\":\"group_reference\""),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\"members\":[{\"actor\":\"russia\",\"name\":\"Russia\",\"type\":"
                     "\"country\"},{\"actor\":\"china\",\"name\":\"China\",\"type\":"
                     "\"country\"}]}\n"),
            std::string::npos)
      << out;
}

TEST(MentionJsonTest, TextIsEscapedAndUtf8Kept) {
  Mention m;
  m.surface = "C\u00f4te d\u2019Ivoire\n";
  m.actor.id = "cote_d_ivoire";
  std::string out;
  AppendMentionJson(Doc(), m, &out);
  EXPECT_NE(out.find("\"text\":\"C\u00f4te d\u2019Ivoire\\n\""), std::string::npos) << out;
}

}  // namespace
}  // namespace actorgraph
