// "X said of Y": the speaker speaks of the actor the "of" phrase names (media extractor).
#include <gtest/gtest.h>

#include "extract/extract_test_util.h"
#include "extract/media_extractor.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class SaidOfTest : public ::testing::TestWithParam<Case> {};

TEST_P(SaidOfTest, SpeakerSpeaksOfTheActorNamed) {
  auto extractor = extract::MakeMediaExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // The speaker before the verb, before an apposition, or after the quotation.
    {"[Ana Lobo=person] said of [Rui Costa=person], \"He kept every promise.\"",
     "Ana Lobo -[say of]-> Rui Costa"},
    {"[Ana Lobo=person], the head of the ferry union, wrote of [Rui Costa=person]: \"A friend.\"",
     "Ana Lobo -[write of]-> Rui Costa"},
    {"\"They never paid on time,\" [Ana Lobo=person] said of [Quarry Corp=organization].",
     "Ana Lobo -[say of]-> Quarry Corp"},
    {"On Tuesday [Peru]'s envoy [Ana Lobo=person] spoke of [Chile] \"as a brother\".",
     "Ana Lobo -[speak of]-> Chile"},
    // Not the one spoken of: a possessive's owner, a modifier, the subject of a gerund.
    {"\"It is late,\" [Ana Lobo=person] said of [Quarry Corp=organization]'s offer.", ""},
    {"\"It will grow,\" [Ana Lobo=person] said of {Chile} copper output.", ""},
    {"[Ana Lobo=person] spoke of [Chile] joining the pact within a year.", ""},
    // No actor speaking.
    {"\"It is late,\" the minister said of [Quarry Corp=organization].", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, SaidOfTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace actorgraph
