#include "extract/affiliation_extractor.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class AffiliationExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(AffiliationExtractorTest, ExtractsExpectedTriples) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // A title that only pre-modifies the name states no relation by default.
    {"the assassination of {Iranian} General [Qasem Soleimani=person] by a drone", ""},
    {"{Turkish} President [Recep Tayyip Erdogan=person] spoke.", ""},
    {"{Iranian} [General Qasem Soleimani=person] was killed.", ""},
    // Possessives and appositions do.
    {"[Iran]'s foreign minister [Javad Zarif=person] spoke.",
     "Javad Zarif -[be foreign minister of]-> Iran"},
    {"[Mali]'s foreign minister, [Abdoulaye Traore=person], said so.",
     "Abdoulaye Traore -[be foreign minister of]-> Mali"},
    {"The foreign minister of [Eritrea], [Tesfay Gebremariam=person], spoke.",
     "Tesfay Gebremariam -[be foreign minister of]-> Eritrea"},
    // No title, or no state before it: nothing.
    {"{Iranian} [Qasem Soleimani=person] was killed.", ""},
    {"General [Qasem Soleimani=person] was killed.", ""},
    {"[Iran] President [Hassan Rouhani=person] spoke.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, AffiliationExtractorTest, ::testing::ValuesIn(kCases));

// Offices, memberships and family ties the sentence states outright, around the name.
const Case kStatedCases[] = {
    // Apposition after the name: the owner after "of" / "for", or a possessive.
    {"[Jane Roe=person], the Prime Minister of [Ruritania], signed a decree.",
     "Jane Roe -[be prime minister of]-> Ruritania"},
    {"[Jane Roe=person], the Secretary of Justice for [Ruritania], said so.",
     "Jane Roe -[be secretary of justice of]-> Ruritania"},
    {"[John Doe=person], [Ruritania]'s governor, announced it.",
     "John Doe -[be governor of]-> Ruritania"},
    {"[John Doe=person], [Jane Roe=person]'s chief of staff, said so.",
     "John Doe -[be chief of staff of]-> Jane Roe"},
    {"[Jane Roe=person], deputy director of the [Example Energy Forum=organization], said so.",
     "Jane Roe -[be deputy director of]-> Example Energy Forum"},
    {"[John Doe=person], a member of the [Example Party=organization], spoke.",
     "John Doe -[be member of]-> Example Party"},
    {"[John Doe=person], the former governor of [Ruritania], received votes.",
     "John Doe -[be former governor of]-> Ruritania"},
    {"[Jane Roe=person], a spokeswoman for the [Example Forum=organization], denied it.",
     "Jane Roe -[be spokeswoman of]-> Example Forum"},
    // A title and "of" after the name; a title of an owner before it.
    {"President [Jane Roe=person] of [Ruritania] said so.",
     "Jane Roe -[be president of]-> Ruritania"},
    {"First Minister of [Ruritania] [Jane Roe=person] said so.",
     "Jane Roe -[be first minister of]-> Ruritania"},
    {"On Sunday, President of [Ruritania] [Jane Roe=person] announced a bill.",
     "Jane Roe -[be president of]-> Ruritania"},
    // "X of the Y": a person working for a body.
    {"[John Doe=person] of the [UK]'s [National Crime Agency=organization] said so.",
     "John Doe -[work for]-> National Crime Agency"},
    // Of a party: its member (or its candidate).
    {"[John Doe=person] of the [Example Party=organization] weighed in.",
     "John Doe -[be member of]-> Example Party"},
    // Possessive offices and family ties before the name.
    {"[Jane Roe=person]'s chief of staff [John Doe=person] said so.",
     "John Doe -[be chief of staff of]-> Jane Roe"},
    {"[John Doe=person]'s wife [Jane Doe=person] spoke.", "Jane Doe -[be wife of]-> John Doe"},
    {"[John Doe=person]'s wife, [Jane Doe=person], spoke.", "Jane Doe -[be wife of]-> John Doe"},
    {"[Jane Doe=person], the daughter of [John Doe=person], spoke.",
     "Jane Doe -[be daughter of]-> John Doe"},
    // Copular and "serve as".
    {"[John Doe=person] began serving as [Ruritania]'s eleventh governor in May.",
     "John Doe -[be eleventh governor of]-> Ruritania"},
    {"[Jane Roe=person] was head of the [Example Force=organization] until May.",
     "Jane Roe -[be head of]-> Example Force"},
    {"[John Doe=person] is a member of the [Example Party=organization].",
     "John Doe -[be member of]-> Example Party"},
    {"[John Doe=person], who was mayor of Springfield, died.",
     "John Doe -[be mayor of]-> Springfield"},
    // A city is its own actor where its mayor is named.
    {"The mayor of Springfield, [John Doe=person], tweeted.",
     "John Doe -[be mayor of]-> Springfield"},
    {"[John Doe=person], the mayor of the city of Springfield, said so.",
     "John Doe -[be mayor of]-> Springfield"},
    // Not stated: no title, a negation, a family tie to a state, an office of a person.
    {"[John Doe=person] of [Ruritania] said so.", ""},
    {"[John Doe=person] of [Example Force=organization] said so.", ""},
    {"[John Doe=person] is not a member of the [Example Party=organization].", ""},
    {"[John Doe=person], the son of [Ruritania], spoke.", ""},
    {"[John Doe=person], [Jane Roe=person]'s prime minister, spoke.", ""},
    {"[John Doe=person], who met [Jane Roe=person], said so.", ""},
    {"[Jane Roe=person] was president when [Ruritania] voted.", ""},
    {"[John Doe=person] said the wife of [Jane Roe=person] left.", ""},
};

INSTANTIATE_TEST_SUITE_P(Stated, AffiliationExtractorTest, ::testing::ValuesIn(kStatedCases));

// A city that no mention covers is named by its words, and the evidence points at them.
TEST(AffiliationExtractorTest, UnmentionedCityHasItsWordsAsEvidence) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  testing::MarkedSentence s =
      testing::MakeSentence("[John Doe=person], the former mayor of South Bend, Indiana, spoke.");
  std::vector<Triple> out;
  extractor->Extract(s.analyzed, out);
  ASSERT_EQ(testing::Render(out), "John Doe -[be former mayor of]-> South Bend");
  const Span& object = out[0].evidence.object;
  EXPECT_EQ(s.document->text.substr(object.begin, object.end - object.begin), "South Bend");
  EXPECT_EQ(out[0].object.id, "south_bend");
}

// A capital stands for its state elsewhere; with a mayor it is the city itself, and with any
// other office it is no owner ("the prosecutor general of Tehran" is not Iran's).
TEST(AffiliationExtractorTest, CapitalIsItsCityOnlyForAMayor) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  auto run = [&](const char* marked) {
    testing::MarkedSentence s = testing::MakeSentence(marked);
    for (Mention& m : s.analyzed.mentions)
      if (m.surface == "Tehran") m.how = Resolution::kCapital;
    std::vector<Triple> out;
    extractor->Extract(s.analyzed, out);
    return out;
  };
  std::vector<Triple> mayor = run("[Ali Mehr=person], the mayor of [Tehran], said so.");
  ASSERT_EQ(testing::Render(mayor), "Ali Mehr -[be mayor of]-> Tehran");
  EXPECT_EQ(mayor[0].object.id, "tehran");
  EXPECT_EQ(mayor[0].object.affiliation, "iran");
  EXPECT_EQ(testing::Render(run("[Tehran]'s mayor [Ali Mehr=person] said so.")),
            "Ali Mehr -[be mayor of]-> Tehran");
  EXPECT_EQ(testing::Render(run("the prosecutor general of [Tehran], [Ali Mehr=person], said")), "");
  EXPECT_EQ(testing::Render(run("[Ali Mehr=person], the governor of [Tehran], said so.")), "");
  // A seat's spokesperson speaks for the state.
  EXPECT_EQ(testing::Render(run("[Ali Mehr=person], a {Tehran} spokesman, said so.")),
            "Ali Mehr -[be spokesman of]-> Iran");
}

// "American's chairman John Kerr": a demonym with a possessive is some other body's name.
TEST(AffiliationExtractorTest, DemonymWithPossessiveIsNoOwner) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  testing::MarkedSentence s = testing::MakeSentence("[American]'s chairman [John Kerr=person] spoke.");
  std::vector<Triple> out;
  extractor->Extract(s.analyzed, out);
  EXPECT_EQ(testing::Render(out), "John Kerr -[be chairman of]-> United States");
  s.analyzed.mentions[0].how = Resolution::kDemonym;
  out.clear();
  extractor->Extract(s.analyzed, out);
  EXPECT_EQ(testing::Render(out), "");
}

class TitleAffiliationsTest : public ::testing::TestWithParam<Case> {};

TEST_P(TitleAffiliationsTest, PreModifierTitlesGiveTriplesWhenAsked) {
  ExtractorContext context = testing::TestContext();
  context.title_affiliations = true;
  auto extractor = extract::MakeAffiliationExtractor(context);
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kTitleCases[] = {
    {"the assassination of {Iranian} General [Qasem Soleimani=person] by a drone",
     "Qasem Soleimani -[be general of]-> Iran"},
    // The title inside the mention (the fixture names the actor by its whole surface).
    {"{Iranian} [General Qasem Soleimani=person] was killed.",
     "General Qasem Soleimani -[be general of]-> Iran"},
    {"{Turkish} President [Recep Tayyip Erdogan=person] spoke.",
     "Recep Tayyip Erdogan -[be president of]-> Turkey"},
    {"[Iran]'s foreign minister [Javad Zarif=person] spoke.",
     "Javad Zarif -[be foreign minister of]-> Iran"},
    {"[Iran] President [Hassan Rouhani=person] spoke.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, TitleAffiliationsTest, ::testing::ValuesIn(kTitleCases));

}  // namespace
}  // namespace actorgraph
