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
    {"the prosecutor general of [Tehran], [Ali Mehr=person], said", ""},
    // No title, or no state before it: nothing.
    {"{Iranian} [Qasem Soleimani=person] was killed.", ""},
    {"General [Qasem Soleimani=person] was killed.", ""},
    {"[Iran] President [Hassan Rouhani=person] spoke.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, AffiliationExtractorTest, ::testing::ValuesIn(kCases));

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
