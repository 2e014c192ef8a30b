// A body's short form and acronym stand for it everywhere in its document, before the
// sentence that names it in full as well as after, and the guards that keep a short form
// that may be something else alone. With the default dictionary; sentences written for
// these tests.
#include <gtest/gtest.h>

#include <string>

#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

std::string Find(const std::string& text) { return testing::FindRenderedWithDefault(text); }

TEST(BodyAliasesTest, ShortFormBeforeTheFullNameIsTheBody) {
  EXPECT_EQ(Find("Brambleworth said on Monday that it would cut jobs. "
                 "Brambleworth Inc makes garden tools."),
            "Brambleworth=brambleworth_inc/alias | Brambleworth Inc=brambleworth_inc/pattern");
}

TEST(BodyAliasesTest, AcronymBeforeItsDefinitionIsTheBody) {
  EXPECT_EQ(Find("KVC rejected the plan on Tuesday. "
                 "The Kestrel Valley Council (KVC) met in May."),
            "KVC=kestrel_valley_council/alias | "
            "Kestrel Valley Council=kestrel_valley_council/pattern | "
            "KVC=kestrel_valley_council/alias");
}

TEST(BodyAliasesTest, ListedChambersHeadBeforeItsFullNameIsTheChamber) {
  EXPECT_EQ(Find("The bill passed the Senate on Monday. The US Senate has 100 members."),
            "Senate=united_states_senate/alias@united_states | "
            "US Senate=united_states_senate@united_states");
}

TEST(BodyAliasesTest, AnAcronymSpellingTheDemonymsBeforeABodyMakesThemPartOfItsName) {
  EXPECT_EQ(Find("She trained at the Irish American Dance Institute (IADI) in 2004."),
            "Irish American Dance Institute=irish_american_dance_institute/pattern | "
            "IADI=irish_american_dance_institute/alias");
  // An acronym that leaves the demonym out keeps it the body's state.
  EXPECT_EQ(Find("She trained at the Irish Dance Institute (DI) in 2004."),
            "Irish Dance Institute=irish_dance_institute/pattern@ireland | "
            "DI=irish_dance_institute/alias@ireland");
}

TEST(BodyAliasesTest, CommonWordShortFormIsLeftAlone) {
  // "National" is the short form of "National Airways" only once the document says so.
  EXPECT_EQ(Find("National said profits fell. National Airways Ltd flies to ten cities."),
            "National Airways Ltd=national_airways_ltd/pattern");
}

TEST(BodyAliasesTest, ShortFormTheDocumentWritesInLowerCaseIsLeftAlone) {
  EXPECT_EQ(Find("Summit said it would appeal. Delegates at the summit agreed. "
                 "Summit Holdings Inc owns the hall."),
            "Summit Holdings Inc=summit_holdings_inc/pattern");
}

TEST(BodyAliasesTest, PossessiveShortFormIsLeftAlone) {
  EXPECT_EQ(Find("Brambleworth's shares fell on Monday. Brambleworth Inc makes garden tools."),
            "Brambleworth Inc=brambleworth_inc/pattern");
}

TEST(BodyAliasesTest, ShortFormInsideALongerNameIsLeftAlone) {
  EXPECT_EQ(Find("The road to Brambleworth Farm was closed. Brambleworth Inc makes garden tools."),
            "Brambleworth Inc=brambleworth_inc/pattern");
}

TEST(BodyAliasesTest, ShortFormThatIsAPersonsNameIsLeftAlone) {
  EXPECT_EQ(Find("Marlow said it was pleased. Gary Marlow, who founded Marlow Inc, agreed."),
            "Gary Marlow=gary_marlow/pattern | Marlow Inc=marlow_inc/pattern");
}

TEST(BodyAliasesTest, ShortFormSharedByTwoBodiesIsLeftAlone) {
  EXPECT_EQ(Find("Halvard said sales rose. Halvard Mining Inc, a unit of Halvard Ltd, owns "
                 "the mine."),
            "Halvard Mining Inc=halvard_mining_inc/pattern | Halvard Ltd=halvard_ltd/pattern");
}

TEST(BodyAliasesTest, NameBeforeABracketedAcronymBecomesABody) {
  EXPECT_EQ(Find("He wrestled for Crimson Peak Wrestling (CPW) until 2019. "
                 "He left CPW in March."),
            "Crimson Peak Wrestling=crimson_peak_wrestling/pattern | "
            "CPW=crimson_peak_wrestling/alias | CPW=crimson_peak_wrestling/alias");
}

TEST(BodyAliasesTest, AcronymBeforeABracketedNameBecomesABody) {
  EXPECT_EQ(Find("She wrestled for CPW (Crimson Peak Wrestling) in 2018. CPW praised her."),
            "CPW=crimson_peak_wrestling/alias | "
            "Crimson Peak Wrestling=crimson_peak_wrestling/pattern | "
            "CPW=crimson_peak_wrestling/alias");
}

TEST(BodyAliasesTest, AcronymBeforeABracketedBodyIsItsAlias) {
  EXPECT_EQ(Find("He farmed for years as a member of NFA (Northern Farmers Association)."),
            "NFA=northern_farmers_association/alias | "
            "Northern Farmers Association=northern_farmers_association/pattern");
}

TEST(BodyAliasesTest, BracketedShortNameFromTheBodysNameIsItsAlias) {
  // Each word of the short name is a word of the name, its first letters, or initials.
  EXPECT_EQ(Find("Researchers from Grantham Technical University (Grant Technical) led it. "
                 "She is a professor at Grant Technical."),
            "Grantham Technical University=grantham_technical_university/pattern | "
            "Grant Technical=grantham_technical_university/alias | "
            "Grant Technical=grantham_technical_university/alias");
  EXPECT_EQ(Find("He studied at the Kestrel Valley Institute (KV Institute) for a year."),
            "Kestrel Valley Institute=kestrel_valley_institute/pattern | "
            "KV Institute=kestrel_valley_institute/alias");
}

TEST(BodyAliasesTest, BracketedWordsNotFromTheBodysNameAreLeftAlone) {
  // A place or a gloss in brackets is no short name of the body.
  EXPECT_EQ(Find("Researchers from Wexmoor Technical University (New Holland) led it."),
            "Wexmoor Technical University=wexmoor_technical_university/pattern");
}

TEST(BodyAliasesTest, DefinedNameTheDocumentDoesNotUseAsABodyIsLeftAlone) {
  // A device, not a body: nothing in the document treats it as one.
  EXPECT_EQ(Find("The ship carried a Long Range Tracking Device (LRTD) on deck. "
                 "The LRTD failed at sea."),
            "");
}

TEST(BodyAliasesTest, DefinedNameThatStandsWhereNoBodyDoesIsLeftAlone) {
  EXPECT_EQ(Find("The site received a Harbour Privacy Act (HPA) notice from the firm. "
                 "He said the HPA was too strict."),
            "");
}

TEST(BodyAliasesTest, CompanysFirstWordUsedAloneIsItsShortForm) {
  EXPECT_EQ(Find("The Marwick Institution of Botany published the study. "
                 "The team sent samples to Marwick for testing."),
            "Marwick Institution of Botany=marwick_institution_of_botany/pattern | "
            "Marwick=marwick_institution_of_botany/alias");
}

TEST(BodyAliasesTest, CompanysFirstWordNotUsedWhereABodyStandsIsNoShortForm) {
  EXPECT_EQ(Find("The Tamsin Research Institute studies forests. Tamsin rainforest is burning."),
            "Tamsin Research Institute=tamsin_research_institute/pattern");
}

TEST(BodyAliasesTest, CompanysFirstWordUsedAsAnAdjectiveIsNoShortForm) {
  EXPECT_EQ(Find("The Orlean Trade Bank lends to firms. It is good for Orlean exporters."),
            "Orlean Trade Bank=orlean_trade_bank/pattern");
}

TEST(BodyAliasesTest, CompanysFirstWordUsedAsAPlaceIsNoShortForm) {
  EXPECT_EQ(Find("Dunmore Freight Inc said it would hire. The firm has a depot in Dunmore. "
                 "Dunmore grew quickly."),
            "Dunmore Freight Inc=dunmore_freight_inc/pattern | it=dunmore_freight_inc/coreference | "
            "The firm=dunmore_freight_inc/coreference");
}

}  // namespace
}  // namespace actorgraph
