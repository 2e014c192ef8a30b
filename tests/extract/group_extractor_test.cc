#include "extract/group_extractor.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

// The group extractor on its own.
class GroupExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(GroupExtractorTest, ExtractsExpectedTriples) {
  auto extractor = extract::MakeGroupExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // Role nouns standing for their states.
    {"Ministers from [Chile], [Peru] and [Bolivia] met in Lima on Monday.",
     "Chile -[meet]- Peru; Chile -[meet]- Bolivia; Peru -[meet]- Bolivia"},
    {"The delegations of [Chile], [Peru] and [Bolivia] had met for their third summit.",
     "Chile -[meet]- Peru; Chile -[meet]- Bolivia; Peru -[meet]- Bolivia"},
    {"The leaders of [Chile] and [Peru] spoke by phone.", "Chile -[speak with]- Peru"},
    // Speaking to an audience or of a topic is each one speaking.
    {"[Ana Lobo=person] and [Rui Costa=person] spoke at the rally in Porto.", ""},
    {"The leaders of [Chile] and [Peru] spoke before the assembly.", ""},
    {"[Ana Lobo=person] and [Rui Costa=person] spoke of a new era.", ""},
    {"The foreign ministers of [Chile] and [Peru] condemned [Bolivia].",
     "Chile -[condemn]-> Bolivia; Peru -[condemn]-> Bolivia"},
    // A vaguer role noun only with a symmetric predicate.
    {"Officials from [Chile] and [Peru] condemned [Bolivia].", ""},
    {"Officials from [Chile] and [Peru] met on Friday.", "Chile -[meet]- Peru"},
    // The role phrase after a preposition is no subject.
    {"Trump spoke with the leaders of [Chile] and [Peru] on Friday.", ""},
    // Symmetric nouns with their parties after between/among/of.
    {"A trade deal was signed between [Chile], [Peru], and [Bolivia] last year.",
     "Chile -[sign a deal with]- Peru; Chile -[sign a deal with]- Bolivia; "
     "Peru -[sign a deal with]- Bolivia"},
    {"A trade deal was signed between [Chile], [Peru] and [Bolivia] last year.",
     "Chile -[sign a deal with]- Peru; Chile -[sign a deal with]- Bolivia; "
     "Peru -[sign a deal with]- Bolivia"},
    {"During the trilateral meeting of [Chile], [Peru] and [Bolivia] in 2016, tariffs fell.",
     "Chile -[meet with]- Peru; Chile -[meet with]- Bolivia; Peru -[meet with]- Bolivia"},
    {"The agreement brokered between [Chile] and [Argentina] drew criticism.",
     "Chile -[have an agreement with]- Argentina"},
    {"The first debate between [Trump=person] and [Biden=person] took place in Cleveland.",
     "Trump -[debate]- Biden"},
    {"A meeting of the foreign ministers of [Chile] and [Peru] ended early.",
     "Chile -[meet with]- Peru"},
    {"The accord reached among [Chile], [Peru] and [Bolivia] holds.",
     "Chile -[reach an accord with]- Peru; Chile -[reach an accord with]- Bolivia; "
     "Peru -[reach an accord with]- Bolivia"},
    {"Lula called for a summit between [Chile] and [Peru].",
     "Chile -[hold a summit with (proposed)]- Peru"},
    {"No agreement was reached between [Chile] and [Peru].",
     "Chile -[not reach an agreement with]- Peru"},
    // A phrase between the noun and "between": the "of" that completes the noun, a topic.
    {"In 2017, a memorandum of understanding about the pipeline was signed between [Cyprus], "
     "[Greece] and [Israel].",
     "Cyprus -[sign a memorandum with]- Greece; Cyprus -[sign a memorandum with]- Israel; "
     "Greece -[sign a memorandum with]- Israel"},
    {"Last year a deal on gas prices was reached between [Russia] and [Ukraine].",
     "Russia -[reach a deal with]- Ukraine"},
    {"The dispute over [Kashmir] between [India] and [Pakistan] flared again.",
     "India -[have a dispute with]- Pakistan"},
    {"The agreement on how to divide the water between [Chile] and [Peru] failed.", ""},
    // A second "between" sharing the noun, and a party added after the pair.
    {"The administration announced additional deals between [Israel] and [Bahrain] and "
     "between [Serbia], [Kosovo], and [Israel].",
     "Israel -[have a deal with]- Bahrain; Serbia -[have a deal with]- Kosovo; "
     "Serbia -[have a deal with]- Israel; Kosovo -[have a deal with]- Israel"},
    {"The accords normalized relations between [Israel] and the [United Arab Emirates] and "
     "[Bahrain].",
     "Israel -[have relations with]- United Arab Emirates; Israel -[have relations with]- "
     "Bahrain"},
    {"They praised the deal between [Chile] and [Peru] and [Bolivia] welcomed it.",
     "Chile -[have a deal with]- Peru"},
    {"Talks between [Chile] and [Peru] and [Bolivia]'s president were held.",
     "Chile -[hold talks with]- Peru"},
    // Parties that are no actors, and a noun that is no relation.
    {"The talks between the government and rebels in [Iraq] stalled.", ""},
    {"Troops patrolled the border between [Iraq] and [Syria].", ""},
    // "of" only for meetings and unions, and never one party alone.
    {"The treaty of [Chile] and [Peru] was old.", ""},
    {"The meeting of [OPEC=organization] ended.", ""},
    // A division between parties is not a relation between them.
    {"The agreement to divide the water between [Chile] and [Peru] failed.", ""},
    // A third party after "with".
    {"[Chile] and [Peru] held talks at the White House with President [Trump=person].",
     "Chile -[hold talks with]- Trump; Peru -[hold talks with]- Trump; "
     "Chile -[hold talks]- Peru"},
    {"[Chile] and [Peru] met in Geneva on Monday with [Bolivia].",
     "Chile -[meet with]- Bolivia; Peru -[meet with]- Bolivia; Chile -[meet]- Peru"},
    // A "with" inside a topic phrase belongs to its noun: no third party.
    {"[Chile] and [Peru] have been at odds over the handling of talks with [Bolivia].",
     "Chile -[be at odds with]- Peru"},
    // Only states meeting a third party meet each other; a firm and its banker do not, and
    // having deals with a third party is no deal with each other.
    {"[PaineWebber=organization] and [Ammeen=person] met with [Edelman=person].",
     "PaineWebber -[meet with]- Edelman; Ammeen -[meet with]- Edelman"},
    {"[Iraq] and [China] have barter deals with [Brazil].",
     "Iraq -[have deals with]- Brazil; China -[have deals with]- Brazil"},
    // Reciprocal objects.
    {"[Chile] and [Peru] accused each other of violating the ceasefire.",
     "Chile -[accuse]-> Peru; Peru -[accuse]-> Chile"},
    {"[Chile] and [Peru] have been at war with one another for years.",
     "Chile -[be at war with]- Peru"},
    {"[Chile] and [Peru] respect each other's borders.", ""},
    {"The two candidates, [Donald Trump=person] and [Joe Biden=person], interrupted each other.",
     "Donald Trump -[interrupt]-> Joe Biden; Joe Biden -[interrupt]-> Donald Trump"},
    // The group is the object of an earlier verb, not a subject.
    {"Trump urged [Chile] and [Peru] to hold talks with [Bolivia].", ""},
};

INSTANTIATE_TEST_SUITE_P(Sentences, GroupExtractorTest, ::testing::ValuesIn(kCases));

// All default extractors: one triple per pair per statement, whichever reads it first.
class GroupExtractorInPipelineTest : public ::testing::TestWithParam<Case> {};

TEST_P(GroupExtractorInPipelineTest, EmitsOneTriplePerPair) {
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence), GetParam().expected)
      << GetParam().sentence;
}

const Case kPipelineCases[] = {
    {"The talks between [Chile] and [Peru] resumed.", "Chile -[hold talks with]- Peru"},
    {"[Chile] and [Peru] held talks with [Bolivia].",
     "Chile -[hold talks with]- Bolivia; Peru -[hold talks with]- Bolivia; "
     "Chile -[hold talks]- Peru"},
    // The clause extractor reads "agreed to"; the restored ties are the same statement.
    {"[Chile] and [Peru] agreed to restore diplomatic ties.", "Chile -[agree with]- Peru"},
    {"[Iraq] and [China] have barter deals with [Brazil].",
     "Iraq -[have deals with]- Brazil; China -[have deals with]- Brazil"},
    {"[Chile] and [Peru] met on Monday.", "Chile -[meet]- Peru"},
    // The brief's realistic lists, whichever extractor reads each pair.
    {"The administration announced additional deals between [Israel] and [Bahrain] and "
     "between [Serbia], [Kosovo], and [Israel].",
     "Israel -[have a deal with]- Bahrain; Serbia -[have a deal with]- Kosovo; "
     "Serbia -[have a deal with]- Israel; Kosovo -[have a deal with]- Israel"},
    {"[Iran] held joint naval drills with the navies of [China], [India], [Oman], [Pakistan], "
     "and [Russia].",
     "Iran -[hold joint naval drills with]- China; Iran -[hold joint naval drills with]- India; "
     "Iran -[hold joint naval drills with]- Oman; "
     "Iran -[hold joint naval drills with]- Pakistan; "
     "Iran -[hold joint naval drills with]- Russia"},
    {"[Israel] normalized relations between [Israel] and the [United Arab Emirates] and "
     "[Bahrain].",
     "Israel -[have relations with]- United Arab Emirates; Israel -[have relations with]- "
     "Bahrain"},
    {"The talks between the government and rebels in [Iraq] stalled.", ""},
};

INSTANTIATE_TEST_SUITE_P(Sentences, GroupExtractorInPipelineTest,
                         ::testing::ValuesIn(kPipelineCases));

}  // namespace
}  // namespace actorgraph
