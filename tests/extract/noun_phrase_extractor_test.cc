#include "extract/noun_phrase_extractor.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

// The noun-phrase reader on its own.
class NounPhraseExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(NounPhraseExtractorTest, ExtractsExpectedTriples) {
  auto gaps = extract::MakeNounPhraseExtractor(testing::TestContext());
  auto standing = extract::MakeStandingRelationExtractor(testing::TestContext());
  testing::MarkedSentence s = testing::MakeSentence(GetParam().sentence);
  std::vector<Triple> out;
  gaps->Extract(s.analyzed, out);
  standing->Extract(s.analyzed, out);
  EXPECT_EQ(testing::Render(out), GetParam().expected) << GetParam().sentence;
}

const Case kCases[] = {
    // A demonym pair with modifiers before its relation noun.
    {"Ankara defended the [{Turkish}-{Libyan}] maritime border agreement on Monday.",
     "Turkey -[have an agreement with]- Libyan"},
    {"Officials praised the new [{Russian}-{Chinese}] energy deal.",
     "Russia -[have a deal with]- Chinese"},
    {"The long-running [{Indian}-{Pakistani}] border dispute flared again.",
     "Indian -[have a dispute with]- Pakistani"},
    {"Ministers discussed a proposed [{Greek}-{Cypriot}] gas pipeline treaty.",
     "Greek -[have a treaty with (possible)]- Cypriot"},
    {"Both sides honoured the [{US}-{Soviet}] arms control agreements.",
     "United States -[have an agreement with]- Soviet"},
    // Not a relation noun, or a verb in between: nothing.
    {"Troops moved along the [{Syrian}-{Turkish}] border region.", ""},
    {"The [{Turkish}-{Libyan}] navy signed agreements later.", ""},
    {"The [{Russian}-{Chinese}] energy sanctions talks with [Iran] stalled.", ""},
    // A head mention before an act noun that cannot be a verb.
    {"The [US] withdrawal from the [Paris Agreement=organization] took effect.",
     "United States -[withdraw from]-> Paris Agreement"},
    {"Markets braced for the [United Kingdom] exit from the [EU].", ""},
    {"Critics recalled the [Iraq] invasion of [Kuwait] in 1990.", "Iraq -[invade]-> Kuwait"},
    {"[Iran] and the [US] withdrawal from [Syria] were discussed.", ""},
    // Critics, rivals, opponents and allies named in a compound, apposition or possessive.
    {"[Putin=person] critic [Alexei Navalny=person] was poisoned.",
     "Alexei Navalny -[be a critic of]-> Putin"},
    {"[Mitt Romney=person], a sometime [Trump=person] critic, voted to convict.",
     "Mitt Romney -[be a critic of]-> Trump"},
    {"[Trump=person] ally [Rudy Giuliani=person] travelled to [Ukraine].",
     "Rudy Giuliani -[be allied with]- Trump"},
    {"[Trump=person] allies [Giuliani=person] and others travelled.", ""},
    {"A niece of [Biden=person]'s 2008 [Senate=organization] opponent [Ann Lee=person] spoke.",
     ""},
    {"[Trump=person]'s opponent, [Joe Biden=person], campaigned in [Michigan].",
     "Joe Biden -[be an opponent of]-> Trump"},
    {"He attacked {his|Donald Trump} main presidential rival [Joe Biden=person].",
     "Joe Biden -[be a rival of]- Donald Trump"},
    {"[Pakistan] thanked {its|Pakistan} closest ally, [China], for the loans.",
     "China -[be allied with]- Pakistan"},
    {"[Pakistan] thanked {its|Pakistan} closest allies, [China] and others.", ""},
    {"[Trump=person]'s rival [Biden=person]'s campaign raised more.", ""},
    {"[Trump=person]'s opponent, [Michigan], voted.", ""},
    // Claims about an actor's conduct.
    {"[Saudi Arabia] and [the United States] have alleged {Iranian} involvement in the attack.",
     "Saudi Arabia -[allege involvement of]-> Iran; United States -[allege involvement of]-> Iran"},
    {"[Israel] has not alleged {Iranian} involvement.", "Israel -[not allege involvement of]-> Iran"},
    {"The alleged {Iranian} involvement worried [Israel].", ""},
    // Mediation between parties.
    {"[Jimmy Carter=person] mediated an end to the conflict between [Israel] and [Egypt].",
     "Jimmy Carter -[mediate between]-> Israel; Jimmy Carter -[mediate between]-> Egypt"},
    {"[Qatar] brokered a ceasefire between [Israel] and [Hamas=group].",
     "Qatar -[broker ceasefire between]-> Israel; Qatar -[broker ceasefire between]-> Hamas"},
    {"The truce brokered between [Israel] and [Hamas=group] held.", ""},
    {"[Egypt] attended the talks between [Israel] and [Hamas=group].", ""},
    // "between A and B and C": A with each of the others.
    {"[Trump=person] normalized relations between [Israel] and [the United Arab Emirates] "
     "and [Bahrain].",
     "Israel -[have relations with]- Bahrain"},
    {"Relations between [Israel] and [Jordan] and [Egypt] said nothing.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, NounPhraseExtractorTest, ::testing::ValuesIn(kCases));

// The whole default sequence: the clause reader takes the copular and object forms, the
// noun-phrase reader fills what the others leave.
class NounPhraseInSequenceTest : public ::testing::TestWithParam<Case> {};

TEST_P(NounPhraseInSequenceTest, ExtractsExpectedTriples) {
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence), GetParam().expected)
      << GetParam().sentence;
}

const Case kSequenceCases[] = {
    {"[Alexei Navalny=person] is an outspoken critic of {Russian} president "
     "[Vladimir Putin=person].",
     "Alexei Navalny -[be a critic of]-> Vladimir Putin"},
    {"[Biden=person] is the main rival of [Trump=person].",
     "Biden -[be a rival of]- Trump"},
    {"[Jimmy Carter=person] shakes hands with the leaders of [Egypt] and [Israel].",
     "Jimmy Carter -[shake hands with]- Egypt; Jimmy Carter -[shake hands with]- Israel"},
    {"[Iran] held joint drills with the navies of [China], [India] and [Russia].",
     "Iran -[hold joint drills with]- China; Iran -[hold joint drills with]- India; "
     "Iran -[hold joint drills with]- Russia"},
    {"The pending exit of [the United Kingdom] from [the European Union] worries investors.",
     "the United Kingdom -[exit]-> the European Union"},
    {"[Trump=person] made a confusing statement about the [Proud Boys=group].",
     "Trump -[make confusing statement about]-> Proud Boys"},
};

INSTANTIATE_TEST_SUITE_P(Cases, NounPhraseInSequenceTest, ::testing::ValuesIn(kSequenceCases));

// A clause's reading of the pair does not hide the rival the noun phrase names, and the
// rival does not hide the pair from the readers that run before it.
TEST(StandingRelationTest, RivalIsReadBesideTheClause) {
  EXPECT_EQ(testing::ExtractRendered(
                "[Trump=person] attacked {his|Trump} main presidential rival [Joe Biden=person]."),
            "Trump -[attack]-> Joe Biden; Joe Biden -[be a rival of]- Trump");
}

// The pair-filling readers leave a pair an earlier extractor related alone.
TEST(NounPhraseGapsTest, SkipsPairsAlreadyRelated) {
  auto gaps = extract::MakeNounPhraseExtractor(testing::TestContext());
  testing::MarkedSentence s =
      testing::MakeSentence("The [{Turkish}-{Libyan}] maritime border agreement was signed.");
  std::vector<Triple> out;
  gaps->Extract(s.analyzed, out);
  ASSERT_EQ(out.size(), 1u);
  std::vector<Triple> again = out;
  again[0].relation.text = "sign";
  again.resize(1);
  gaps->Extract(s.analyzed, again);
  EXPECT_EQ(again.size(), 1u);
}

}  // namespace
}  // namespace actorgraph
