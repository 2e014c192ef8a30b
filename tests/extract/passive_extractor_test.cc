#include "extract/passive_extractor.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

using testing::ExtractRendered;

struct Case {
  const char* sentence;
  const char* expected;
};

const Extractor& Passive() {
  static const auto* extractor = extract::MakePassiveExtractor(testing::TestContext()).release();
  return *extractor;
}

class PassiveExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(PassiveExtractorTest, ReadsWhatTheSubjectUndergoes) {
  EXPECT_EQ(ExtractRendered(GetParam().sentence, &Passive()), GetParam().expected)
      << GetParam().sentence;
}

const Case kPassiveCases[] = {
    // "under X sanctions|control|pressure": the agent acts on the subject.
    {"[Iran] has been under [US] sanctions since 2018.", "United States -[sanction]-> Iran"},
    {"[Cuba] remains under [US] and [EU] sanctions.",
     "United States -[sanction]-> Cuba; European Union -[sanction]-> Cuba"},
    {"[Aleppo=city] fell under {Syrian} government control in 2016.",
     "Syria -[control]-> Aleppo"},
    {"[Brazil] has been under heavy pressure from [Germany] to cut spending.",
     "Germany -[pressure]-> Brazil"},
    {"[Chile] came under renewed attack from [Peru] over the border.", "Peru -[attack]-> Chile"},
    {"[Hodeidah=city] is under the control of the [Houthis=organization].",
     "Houthis -[control]-> Hodeidah"},
    // In an apposition or a relative clause.
    {"[Turkey], already under [EU] sanctions, threatened [Greece].",
     "European Union -[sanction]-> Turkey"},
    {"[Iran], which is under [UN] sanctions, signed a deal with [China].",
     "United Nations -[sanction]-> Iran"},
    {"[Syria], which has long been under {Russian} protection, was attacked by [Israel].",
     "Russia -[protect]-> Syria"},
    // Negation; and no agent at all.
    {"[Iran] is no longer under [UN] sanctions.", "United Nations -[not sanction]-> Iran"},
    {"[Norway] is under no pressure from [Sweden].", ""},
    {"the town came under {Turkish} shelling.", ""},
    {"[Iran] is under pressure to release the tanker.", ""},
    // Whoever puts another under pressure is not under it.
    {"[Germany] put [Brazil] under pressure.", ""},
    // The state only backs the one in control.
    {"[Aden=city] is under {Iran}-backed militia control.", ""},
    // A participle or passive infinitive in the subject's apposition is the subject's.
    {"[Juan Guaido=person], backed by the [United States], declared himself president.",
     "United States -[back]-> Juan Guaido"},
    {"[Donald Trump=person], the third president to be impeached by the [House=organization], "
     "faces a trial.",
     "House -[impeach]-> Donald Trump"},
    {"[Kim Jong Un=person], the first {North Korean} leader to be hosted by [China] since "
     "2011, met [Xi Jinping=person].",
     "China -[host]-> Kim Jong Un"},
    {"[Mali], led by [Assimi Goita=person] since 2021, left the bloc.",
     "Assimi Goita -[lead]-> Mali"},
    // ... not one after another noun, nor a subject governed by another word.
    {"[Blumenthal=person] said the [NTSB=organization] would open an inquiry at [Bradley "
     "Airport=organization], led by [Jennifer Homendy=person].",
     ""},
    {"shipping serving [Kuwait] has come under repeated attack by [Iran].", ""},
    // A second verb phrase of the subject, after a comma or an actor in the first one.
    {"[Turkey] is already under [EU] sanctions, and was criticised last week in a letter by "
     "[Greece] and [Cyprus].",
     "European Union -[sanction]-> Turkey; Greece -[criticize]-> Turkey; Cyprus -[criticize]-> "
     "Turkey"},
    {"[Venezuela] has been under heavy [US] sanctions since 2019, and was condemned on Monday "
     "by the [Lima Group=organization].",
     "United States -[sanction]-> Venezuela; Lima Group -[condemn]-> Venezuela"},
    {"[Russia] signed a deal with [Ukraine] in May, but later attacked [Moldova].",
     "Russia -[attack]-> Moldova"},
    {"in 2018, [Hungary] licensed {Czech} technology, then agreed with [Airbus=organization] to "
     "build a factory.",
     "Hungary -[agree with]- Airbus"},
    {"[Iran] seized a tanker near [Oman], and was condemned by a {British} minister.",
     "British -[condemn]-> Iran"},
    {"[Peru] protested the ruling and is requesting a [WTO=organization] panel.", ""},
    // ... not when another clause could have begun ("Y attacked Z and was ...").
    {"[Egypt] said [Libya] attacked [Chad] and was condemned by [Sudan].", ""},
    {"[Egypt] warned that [Libya] would invade [Chad] and was ignored by [Sudan].", ""},
    // A participle after the subject's message states the subject's act.
    {"Secretary of State [Mike Pompeo=person] posted a message on [Twitter=organization] "
     "blaming [Iran] for the attacks.",
     "Mike Pompeo -[blame]-> Iran"},
    {"The [Foreign Ministry of China=organization] released a statement condemning [Japan].",
     "Foreign Ministry of China -[condemn]-> Japan"},
    {"the [UN Security Council=organization] adopted a resolution on Friday condemning "
     "[North Korea].",
     "UN Security Council -[condemn]-> North Korea"},
    {"[Ghana] issued a joint statement with [Togo] urging [Mali] to hold elections.",
     "Ghana -[urge]-> Mali"},
    {"[Japan] sent a letter to the [United Nations=organization] accusing [China] of "
     "breaking the treaty.",
     "Japan -[accuse]-> China"},
    // Joining another in an act: both do it.
    {"[France] joined [Germany] in condemning [Russia].",
     "France -[condemn]-> Russia; Germany -[condemn]-> Russia"},
    {"[Germany] was joined by [France] and [Italy] in condemning [Russia].",
     "Germany -[condemn]-> Russia; France -[condemn]-> Russia; Italy -[condemn]-> Russia"},
    {"[France] joined [Germany] in 2019.", ""},
    {"[Tom Reyes=person] said the [EU] was joined by the [US] in criticising [Brazil].",
     "European Union -[criticize]-> Brazil; United States -[criticize]-> Brazil"},
    // Not a participle of another noun, nor one the message did not carry.
    {"[Jo Jorgensen=person] aimed to join the debates sponsored by the [Commission on "
     "Presidential Debates=organization].",
     ""},
    {"[Iran] attacked the oil fields owned by [Saudi Aramco=organization].", ""},
    {"[Israel] posted a video showing [Hamas=organization] fighters.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, PassiveExtractorTest, ::testing::ValuesIn(kPassiveCases));

// The brief's sentences through every extractor, as the pipeline runs them: whichever
// extractor reads a construction, the triples come out once and right.
class PassiveSentencesTest : public ::testing::TestWithParam<Case> {};

TEST_P(PassiveSentencesTest, AllExtractorsTogetherGiveTheExpectedTriples) {
  EXPECT_EQ(ExtractRendered(GetParam().sentence), GetParam().expected) << GetParam().sentence;
}

const Case kSentenceCases[] = {
    // The agent after other phrases.
    {"[Russia] was condemned in a joint statement by [France], [Germany] and [Italy] on Sunday.",
     "France -[condemn]-> Russia; Germany -[condemn]-> Russia; Italy -[condemn]-> Russia"},
    {"[Turkey] is already under [EU] sanctions, and was criticised last week in a letter by "
     "[Greece] and [Cyprus].",
     "European Union -[sanction]-> Turkey; Greece -[criticize]-> Turkey; Cyprus -[criticize]-> "
     "Turkey"},
    // Raised passives.
    {"[Ricardo Rossello=person] is set to be replaced by [Wanda Vazquez=person].",
     "Wanda Vazquez -[replace]-> Ricardo Rossello"},
    {"[Juan Guaido=person] is expected to be arrested by {Venezuelan} police.",
     "Venezuelan -[arrest (expected)]-> Juan Guaido"},
    // "joined by".
    {"[Germany] was joined by [France] in calling for a ceasefire.", "France -[join]-> Germany"},
    // "under X sanctions"; nothing without an actor subject.
    {"[Iran] has been under [US] sanctions since 2018.", "United States -[sanction]-> Iran"},
    {"the town came under {Turkish} shelling.", ""},
    // Participles that continue the subject.
    {"[Mike Pompeo=person] posted a message on [Twitter=organization] blaming [Iran] for the "
     "attacks.",
     "Mike Pompeo -[blame]-> Iran"},
    {"The [United States] was more forceful in blaming [Iran] for the strike.",
     "United States -[blame]-> Iran"},
    {"[Japan] announced a new aid package, committing to send more engineers to [Ukraine].",
     "Japan -[send to (promise)]-> Ukraine"},
    // Reduced relatives that are not the subject's act.
    {"[Jo Jorgensen=person] aimed to join the debates sponsored by the [Commission on "
     "Presidential Debates=organization].",
     ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, PassiveSentencesTest, ::testing::ValuesIn(kSentenceCases));

}  // namespace
}  // namespace actorgraph
