#include "extract/reach_extractor.h"

#include <gtest/gtest.h>

#include "extract/clause_extractor.h"
#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;  // what the reach extractor adds to the clause extractor's triples
};

// The clause extractor first (the reach extractor reads second objects off its triples),
// then the reach extractor; renders only what the second one added.
std::string ReachRendered(const char* marked) {
  testing::MarkedSentence s = testing::MakeSentence(marked);
  std::vector<Triple> out;
  extract::MakeClauseExtractor(testing::TestContext())->Extract(s.analyzed, out);
  size_t before = out.size();
  extract::MakeReachExtractor(testing::TestContext())->Extract(s.analyzed, out);
  return testing::Render(std::vector<Triple>(out.begin() + before, out.end()));
}

class ReachExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(ReachExtractorTest, AddsWhatTheClauseExtractorDoesNotReach) {
  EXPECT_EQ(ReachRendered(GetParam().sentence), GetParam().expected) << GetParam().sentence;
}

const Case kOfficeSubjects[] = {
    // An office of a state stands for the state.
    {"The president of [Turkey] congratulated [Azerbaijan] on its victory.",
     "Turkey -[congratulate]-> Azerbaijan"},
    {"On Sunday the foreign minister of [Egypt] on Tuesday condemned [Israel].",
     "Egypt -[condemn]-> Israel"},
    {"The spokesman for the [Kremlin=organization] accused [NATO=organization] of provocation.",
     "Kremlin -[accuse]-> NATO"},
    // A plural head lists the actors that act.
    {"On Sunday the Gulf states of [Bahrain] and the [United Arab Emirates] recognized "
     "[Israel].",
     "Bahrain -[recognize]-> Israel; United Arab Emirates -[recognize]-> Israel"},
    {"The foreign ministers of [Egypt], [Jordan] and [France] have criticised [Israel].",
     "Egypt -[criticize]-> Israel; Jordan -[criticize]-> Israel; France -[criticize]-> Israel"},
    // An actor that ends a short opening phrase is no apposition's head.
    {"Like [Egypt], the Gulf states of [Bahrain] and [Oman] recognized [Israel].",
     "Bahrain -[recognize]-> Israel; Oman -[recognize]-> Israel"},
    {"Unlike [Qatar], the foreign minister of [Egypt] praised [Israel].",
     "Egypt -[praise]-> Israel"},
    // No second actor: nothing.
    {"The foreign minister of [Egypt] met his {Sudanese} counterpart.", ""},
    // A singular office of two actors is a misreading: "the president of Turkey and
    // Azerbaijan's ..." — nothing.
    {"The president of [Turkey] and [Azerbaijan] thanked [Russia].", ""},
    // The apposition names the person, whom the clause extractor reads.
    {"The prime minister of [India], [Narendra Modi=person], congratulated [Joe "
     "Biden=person].",
     ""},
    // An apposition to an actor, an object, a person's office: not a subject of the state.
    {"[Recep Tayyip Erdogan=person], the president of [Turkey], criticised [Greece].", ""},
    {"[Greece] criticised the president of [Turkey] and warned [Libya].", ""},
    {"Reporters asked the president of [Turkey] about [Greece].", ""},
    {"The spokesman for [Donald Trump=person] attacked [CNN=organization].", ""},
    // A possessive: the phrase goes on.
    {"The president of [Turkey]'s office thanked [Russia].", ""},
};
INSTANTIATE_TEST_SUITE_P(OfficeSubjects, ReachExtractorTest, ::testing::ValuesIn(kOfficeSubjects));

const Case kLaterObjects[] = {
    {"[Kyriakos Mitsotakis=person] met with the [IMF=organization] on Tuesday, then with "
     "President [Donald Trump=person].",
     "Kyriakos Mitsotakis -[meet with]- Donald Trump"},
    {"[Mike Pompeo=person] spoke with {Saudi} officials and later with the Emir of [Qatar].",
     "Mike Pompeo -[speak with]- Qatar"},
    {"[Iran] sent a letter to the [UN] last week and also to the [EU].",
     "Iran -[send to]-> European Union"},
    // No sequence adverb, no repeated preposition: not a second object.
    {"[Angela Merkel=person] spoke with [Vladimir Putin=person] on Monday, with [Ukraine] "
     "on the agenda.",
     ""},
    // The later actor opens a clause of its own.
    {"[Russia] met with [Turkey] on Monday, then [Iran] said it would respond.", ""},
    // Another actor in between: the phrase is not the verb's any more.
    {"[France] spoke with [Germany] about [Russia] and later with [Italy].", ""},
    // A direct object with "then" and a name that ends the clause.
    {"[Emmanuel Macron=person] phoned [Vladimir Putin=person] on Tuesday and then [Recep "
     "Tayyip Erdogan=person].",
     "Emmanuel Macron -[phone]-> Recep Tayyip Erdogan"},
};
INSTANTIATE_TEST_SUITE_P(LaterObjects, ReachExtractorTest, ::testing::ValuesIn(kLaterObjects));

}  // namespace
}  // namespace actorgraph
