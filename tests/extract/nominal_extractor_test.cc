#include "extract/nominal_extractor.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class NominalExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(NominalExtractorTest, ExtractsExpectedTriples) {
  auto extractor = extract::MakeNominalExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // "N between X and Y", also through a group reference.
    {"The talks between the [United States] and [Iran] hold immense importance.",
     "United States -[hold talks with]- Iran"},
    {"the ongoing tension between the [United States] and [Iran]",
     "United States -[have tension with]- Iran"},
    {"Rebuilding relations between [the two nations|United States,Iran] will take years.",
     "United States -[have relations with]- Iran"},
    {"the border between [France] and [Spain]", ""},
    // Titles before either party.
    {"The debate between {US} President [Jo Roe=person] and former Vice President "
     "[Al Doe=person] was cancelled.",
     "Jo Roe -[debate]- Al Doe"},
    {"An alleged interaction between [Jo Roe=person] and {Ruritania} President "
     "[Al Doe=person] was reported.",
     "Jo Roe -[interact with]- Al Doe"},
    // Compounds and headlines.
    {"The Significance of the [{US}-{Iran}] Talks", "United States -[hold talks with]- Iran"},
    {"Given the volatile nature of [{US}-{Iran}] relations, talks were doubted.",
     "United States -[have relations with]- Iran"},
    {"The [{US}-{Canada}] free trade talks resumed.", "United States -[hold talks with]- Canada"},
    {"[US] and [Iran] Talks: A Critical Step", "United States -[hold talks with]- Iran"},
    {"[US], [Iran] in Talks to Cool Tensions", "United States -[hold talks with]- Iran"},
    {"[US], [Turkey] sign aid agreement", ""},
    // A relation that is only proposed or possible is hedged.
    {"Shultz will travel to prepare a possible [{US}-{Soviet}] summit.",
     "United States -[hold a summit with (possible)]- Soviet"},
    {"Progress toward [{Iraq}-{Iran}] peace seen", "Iraq -[make peace with (proposed)]- Iran"},
    {"Channon called for increased [{US}-{EU}] cooperation.",
     "United States -[cooperate with (proposed)]- European Union"},
    {"The [{US}-{EU}] cooperation increased.", "United States -[cooperate with]- European Union"},
    {"Volker worked to arrange a meeting between [Ukraine] and [Poland].",
     "Ukraine -[meet with (proposed)]- Poland"},
    {"Volker attended a meeting between [Ukraine] and [Poland].", "Ukraine -[meet with]- Poland"},
    {"EC warns [US] and [Japan] on trade tensions", ""},
    {"Reagan to visit [Rome], [Berlin] during summit trip", ""},
    // Possessives.
    {"[Iran]'s support for [Syria] worries the region.", "Iran -[support]-> Syria"},
    {"[Turkey]'s invasion of [Syria] began in October.", "Turkey -[invade]-> Syria"},
    {"[Iran]'s relations with [Iraq] improved.", "Iran -[have relations with]- Iraq"},
    {"[Russia]'s ally [Syria] denied it.", "Russia -[be allied with]- Syria"},
    {"[Iran]'s support for militant groups in [Syria]", ""},
    {"[Colombia]'s 2016 peace accord with the [FARC=group]",
     "Colombia -[have an accord with]- FARC"},
    {"the [EU]'s customs agreement with [Turkey]", "European Union -[have an agreement with]- Turkey"},
    // A modifier or a plural noun form names the actor of an act.
    {"[Both countries|Brazil,Mexico] criticized [US] sanctions on [Caracas].",
     "United States -[sanction]-> Caracas"},
    {"{Israeli} strikes on [Syria] continued.", "Israel -[strike]-> Syria"},
    // One plain noun between the modifier and the act.
    {"{US} troop withdrawal from [Syria] began.", "United States -[withdraw from]-> Syria"},
    {"{Dutch} development grants to [Bangladesh] rose.", "Dutch -[grant to]-> Bangladesh"},
    {"{US} arms sales to [Taiwan] angered Beijing.", "United States -[sell to]-> Taiwan"},
    {"{US} says sanctions on [Iran] work.", ""},
    {"[U.S.] arms sales to [Taiwan] grew.", "United States -[sell to]-> Taiwan"},
    {"Non-{EC} producer sales to [Spain] grew.", ""},
    {"^[US], {Britain} Bar Sanctions Against [South Africa]", ""},
    {"^{US} Trade Sanctions Against [Japan] Take Effect", "United States -[sanction]-> Japan"},
    {"[China]'s withdrawal from [WHO=organization] surprised no one.",
     "China -[withdraw from]-> WHO"},
    {"[Xi Jinping=person]'s visit to [Russia] ended.", "Xi Jinping -[visit]-> Russia"},
    // "of" names the actor when the act's object takes another preposition.
    {"Trump announced the withdrawal of {US} troops from [Syria].",
     "United States -[withdraw from]-> Syria"},
    {"the withdrawal of [Syria] from talks", ""},
    {"the invasion of [Kuwait] in 1990 by Iraq", ""},
    {"The sanctions that the [EU] imposed on [Belarus] remain.",
     "European Union -[sanction]-> Belarus"},
    // "the N of X by Y".
    {"the assassination of {Iranian} General [Qasem Soleimani=person] by a {US} drone strike",
     "United States -[assassinate]-> Qasem Soleimani"},
    {"the invasion of [Kuwait] by [Iraq] in 1990", "Iraq -[invade]-> Kuwait"},
    {"the invasion of [Kuwait] in 1990", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, NominalExtractorTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace actorgraph
