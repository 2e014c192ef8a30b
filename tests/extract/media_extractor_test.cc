// MediaExtractor: what a medium reports of a speaker and what a speaker says to a medium.
#include "extract/media_extractor.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class MediaExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(MediaExtractorTest, ExtractsExpectedTriples) {
  auto extractor = extract::MakeMediaExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // A medium's report of a speaker: passive, "as ... by" after the clause, or opening it.
    {"[Ana Lobo=person] was quoted by [Quarry News=organization] as saying the plan failed.",
     "Quarry News -[quote]-> Ana Lobo"},
    {"[Ana Lobo=person] was quoted by the local daily [Quarry=organization] as saying so.",
     "Quarry -[quote]-> Ana Lobo"},
    {"[Ana Lobo=person] said — as reported by [Quarry News=organization] — that it failed.",
     "Quarry News -[report]-> Ana Lobo"},
    {"[Ana Lobo=person] stressed the role of [UNESCO=organization], saying \"it is ours, as "
     "[Peru] knows\", as quoted by [Quarry News=organization].",
     "Quarry News -[quote]-> Ana Lobo"},
    {"When interviewed by the [Quarry News=organization], [Ana Lobo=person] said little.",
     "Quarry News -[interview]-> Ana Lobo"},
    // Not the speaker: a price quoted, a report of an event, a report not made.
    {"The price of [Quarry Corp=organization] stock as quoted by [Nasdaq=organization] fell.",
     ""},
    {"As reported by [Quarry News=organization], [Peru] closed the border.", ""},
    {"[Ana Lobo=person] was not quoted by [Quarry News=organization].", ""},
    // Speech to a medium: opening the clause, in an aside, or after the verb.
    {"In remarks to the [Quarry News=organization] news service, [Ana Lobo=person] of "
     "[UNICEF=organization] observed, \"It is hard.\"",
     "Ana Lobo -[make remarks to]-> Quarry News"},
    {"In an interview with [Quarry News=organization] on Sunday, [Ana Lobo=person] said so.",
     "Ana Lobo -[give interview to]-> Quarry News"},
    {"Speaking to [Quarry News=organization], [Ana Lobo=person] said the plan failed.",
     "Ana Lobo -[speak to]-> Quarry News"},
    // Words naming the kind of medium before its name ("the local daily M").
    {"Speaking to newspaper [Quarry News=organization], [Ana Lobo=person] said it failed.",
     "Ana Lobo -[speak to]-> Quarry News"},
    {"In an interview with the local daily [Quarry News=organization], [Ana Lobo=person] said "
     "so.",
     "Ana Lobo -[give interview to]-> Quarry News"},
    // Not a medium spoken to: someone of it.
    {"Speaking to reporters from [Quarry News=organization], [Ana Lobo=person] said so.", ""},
    {"[Ana Lobo=person], in remarks to [Quarry News=organization], said the plan failed.",
     "Ana Lobo -[make remarks to]-> Quarry News"},
    {"[Ana Lobo=person] said in an interview with [Quarry News=organization] that it failed.",
     "Ana Lobo -[give interview to]-> Quarry News"},
    // A body's name before the words describing the speaker is their modifier.
    {"In an interview with [Quarry News=organization], [Example University=organization] "
     "public health expert [Ana Lobo=person] said so.",
     "Ana Lobo -[give interview to]-> Quarry News"},
    {"In an interview with [Quarry News=organization], [Example University=organization] "
     "staff said so.",
     ""},
    // A state is no medium, an event is not its host, and a possessive's owner is not the
    // speaker.
    {"[Ana Lobo=person], speaking to a [Quarry News=organization] trade conference, said so.",
     ""},
    {"In an interview with [Peru], [Ana Lobo=person] said so.", ""},
    {"In an interview with [Quarry News=organization], [Peru]'s envoy said so.", ""},
    // "stated to M", "spoke on M's show".
    {"In [Ontario], Constable [Ana Lobo=person] stated to the [Quarry News=organization] in "
     "June that prices rose.",
     "Ana Lobo -[state to]-> Quarry News"},
    {"Mayor [Ana Lobo=person], a member of the [Quarry Party=organization], spoke on "
     "[Quarry News=organization]'s morning show.",
     "Ana Lobo -[speak on]-> Quarry News"},
    {"[Ana Lobo=person] spoke on the phone with [Quarry News=organization].", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, MediaExtractorTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace actorgraph
