// First-person pronouns in a quotation resolved to the person quoted. Sentences written for
// this test.
#include <string>

#include <gtest/gtest.h>

#include "actorgraph/actors/actor_finder.h"
#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

using testing::FindIn;

// The first-person references only, rendered "surface=actor" (modifiers "+mod").
std::string FirstPersons(const std::string& text) {
  std::string out;
  for (const Mention& m : FindIn(text)) {
    if (m.how != Resolution::kCoreference) continue;
    if (m.surface != "I" && m.surface != "me" && m.surface != "my" && m.surface != "myself")
      continue;
    if (!out.empty()) out += " | ";
    out += m.surface + "=" + m.actor.id + (m.modifier ? "+mod" : "");
  }
  return out;
}

TEST(QuoteSpeakersTest, SpeakerAfterTheClosingMark) {
  EXPECT_EQ(FirstPersons("\"I told my aides to stay,\" Dana Kirsch said."),
            "I=dana_kirsch | my=dana_kirsch+mod");
  EXPECT_EQ(FirstPersons("\"They asked me,\" said Dana Kirsch."), "me=dana_kirsch");
}

TEST(QuoteSpeakersTest, SpeakerBeforeTheOpeningMark) {
  EXPECT_EQ(FirstPersons("Dana Kirsch wrote on Twitter: \"I am leaving.\""), "I=dana_kirsch");
  EXPECT_EQ(FirstPersons("Dana Kirsch said, \"I am leaving.\""), "I=dana_kirsch");
}

TEST(QuoteSpeakersTest, AQuotationRunningOnKeepsItsSpeaker) {
  EXPECT_EQ(FirstPersons("Dana Kirsch said: \"I came early. Then I left.\""),
            "I=dana_kirsch | I=dana_kirsch");
}

TEST(QuoteSpeakersTest, NoSpeakerOrAPronounOutsideTheQuotation) {
  // Nobody named says it.
  EXPECT_EQ(FirstPersons("\"I am leaving,\" a spokesman said."), "");
  // Outside quotation marks "I" is the writer.
  EXPECT_EQ(FirstPersons("I met Dana Kirsch on Monday."), "");
  // Two people named around one quotation: neither is taken.
  EXPECT_EQ(FirstPersons("Dana Kirsch said: \"I know,\" Omar Vell said."), "");
}

}  // namespace
}  // namespace actorgraph
