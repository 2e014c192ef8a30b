// Calls and conversations as relation nouns, a possessive's gerund act on an object, an
// actor that modifies a verb's object, a relative clause whose gap is the antecedent, and a
// gerund after "in" that continues the clause subject.
#include <gtest/gtest.h>

#include "extract/extract_test_util.h"
#include "extract/nominal_extractor.h"
#include "extract/noun_phrase_extractor.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

// The nominal and noun-phrase readers together, as they run in the pipeline.
class CallsAndOwnedObjectsTest : public ::testing::TestWithParam<Case> {};

TEST_P(CallsAndOwnedObjectsTest, ExtractsExpectedTriples) {
  auto nominal = extract::MakeNominalExtractor(testing::TestContext());
  auto noun_phrase = extract::MakeNounPhraseExtractor(testing::TestContext());
  testing::MarkedSentence s = testing::MakeSentence(GetParam().sentence);
  std::vector<Triple> out;
  nominal->Extract(s.analyzed, out);
  noun_phrase->Extract(s.analyzed, out);
  EXPECT_EQ(testing::Render(out), GetParam().expected) << GetParam().sentence;
}

const Case kCases[] = {
    // A call or a conversation is a relation noun.
    {"Reporters asked about [Macron=person]'s call with [Putin=person] on Friday.",
     "Macron -[have a call with]- Putin"},
    {"Aides released notes of a call between [Merkel=person] and [Biden=person].",
     "Merkel -[have a call with]- Biden"},
    {"They read about [Macron=person]'s call with {Russian} President [Putin=person].",
     "Macron -[have a call with]- Putin"},
    {"A call between [Merkel=person] and then-newly elected President [Biden=person] ended.",
     "Merkel -[have a call with]- Biden"},
    {"The [{US}-{Iran}] call lasted an hour.", "United States -[have a call with]- Iran"},
    {"[Macron=person]'s conversation with [Putin=person] was tense.",
     "Macron -[have a conversation with]- Putin"},
    // "call for" is an appeal, not a call with anyone.
    {"[Macron=person]'s call for [Russia] to withdraw went unheeded.", ""},
    // An act "made by" its agent, then its own preposition (a call made "to" someone).
    {"Aides leaked a phone call made by [Merkel=person] late last May to [Putin=person].",
     "Merkel -[have a call with]- Putin"},
    {"An attack carried out by [ISIS=organization] on [Iraq] killed ten.",
     "ISIS -[attack]-> Iraq"},
    {"A call made by [Merkel=person] in [Berlin] was recorded.", ""},
    // A suit "filed by" its plaintiff, a phrase of time before its own preposition.
    {"A lawsuit filed by [Chile] on Friday against [Peru] was dropped.",
     "Chile -[sue]-> Peru"},
    {"The judge heard a lawsuit filed by [Chile] in [Lima].", ""},
    // A possessive's gerund with an object and a preposition.
    {"Critics condemned [Russia]'s temporary withholding of gas supplies to [Ukraine].",
     "Russia -[withhold gas supplies to]-> Ukraine"},
    {"[Moscow]'s sending of troops to [Syria] changed the war.",
     "Russia -[send troops to]-> Syria"},
    // A place is no party; a listed nominalisation keeps its own reading.
    {"[Iran]'s building of bases in [Syria] worried officials.", ""},
    // An actor that modifies the object's noun owns it.
    {"[Turkey] is not holding any {Kurdish} prisoners.",
     "Turkey -[not hold prisoners of]-> Kurds"},
    {"[Iraq] would take over guarding captured {Syrian} fighters.",
     "Iraq -[guard fighters of (would)]-> Syria"},
    {"[Iraq] is not holding any [ISIS=organization] detainees.",
     "Iraq -[not hold detainees of]-> ISIS"},
    {"[Canada] froze {Iranian} assets last year.", "Canada -[freeze assets of]-> Iran"},
    // Its own noun ("its"), a noun phrase going on, or a verb of saying: nothing.
    {"[Turkey] is holding its {Kurdish} prisoners.", ""},
    {"[Canada] froze {Iranian} assets managers' pay.", ""},
    {"[Canada] said {Iranian} fighters left.", ""},
    // A relative clause whose object is its antecedent.
    {"They were held by the [Kurds], which [Trump=person] just served up to [Turkey].",
     "Trump -[serve up]-> Kurds"},
    {"He met [Iraq], which [Iran] invaded in 1980.", "Iran -[invade]-> Iraq"},
    // A clause after the verb, or a noun the pronoun may stand for: nothing.
    {"He met [Iraq], which [Iran] says is unstable.", ""},
    {"The sanctions on [Iran], which the [US] imposed in May, hurt.", ""},
    // A gerund after "in" continues the clause subject.
    {"The [US] had been allied with {Kurdish} groups in fighting [ISIS=organization].",
     "United States -[fight]- ISIS"},
    {"[France] joined in condemning [Russia] on Monday.", "France -[condemn]-> Russia"},
    {"[China] is likely to succeed in joining [GATT=organization].",
     "China -[join (likely)]-> GATT"},
    // A wish, a noun "fighting", or another actor between: nothing.
    {"[Pepsi=organization] is interested in buying [Tropicana=organization].", ""},
    {"Two soldiers of [Mali] were killed in fighting with [ISIS=organization].", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, CallsAndOwnedObjectsTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace actorgraph
