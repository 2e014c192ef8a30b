// The Link Grammar extractor reading "at", "for", "in" and "under" as naming a party when
// their object is an organisation or a person, and as a place otherwise.
#include <gtest/gtest.h>

#include "extract/link_grammar_extractor.h"
#include "extract_test_util.h"

namespace actorgraph {
namespace {

using testing::LinkGrammar;

struct Case {
  const char* marked;
  const char* expected;
};

TEST(LinkGrammarAffiliationTest, ReadsAnOrganisationOrPersonAfterAtForInUnder) {
  const Case kCases[] = {
      {"[Ana Lobo=person] performed for [Andes Wrestling=organization] for ten years.",
       "Ana Lobo -[perform for]-> Andes Wrestling"},
      {"[Ana Lobo=person] studied law at [Lima University=organization].",
       "Ana Lobo -[study law at]-> Lima University"},
      {"[Ana Lobo=person] taught at [Lima University=organization] for a decade.",
       "Ana Lobo -[teach at]-> Lima University"},
      {"[Rui Costa=person] served in the [Andes Army=organization] during the war.",
       "Rui Costa -[serve in]-> Andes Army"},
      {"[Rui Costa=person] served under [Ana Lobo=person].",
       "Rui Costa -[serve under]-> Ana Lobo"},
      // With an object noun, the noun belongs to the relation.
      {"[Rui Costa=person] received treatment at [Lima Clinic=organization].",
       "Rui Costa -[receive treatment at]-> Lima Clinic"},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(testing::ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

TEST(LinkGrammarAffiliationTest, ReadsAnotherPartyBesideAnOfficeAfterAs) {
  EXPECT_EQ(testing::ExtractRendered("[Rui Costa=person] served as an adviser to "
                                     "[Lima Bank=organization] under [Ana Lobo=person].",
                                     &LinkGrammar()),
            "Rui Costa -[be adviser to]-> Lima Bank; "
            "Rui Costa -[serve under]-> Ana Lobo");
}

TEST(LinkGrammarAffiliationTest, UnderAPersonHungOnTheOfficeAfterAsIsServedUnder) {
  EXPECT_EQ(testing::ExtractRendered("[Rui Costa=person] previously served as the ambassador to "
                                     "the [United Nations=organization] under former president "
                                     "[Ana Lobo=person].",
                                     &LinkGrammar()),
            "Rui Costa -[be ambassador to]-> United Nations; "
            "Rui Costa -[serve under]-> Ana Lobo");
}

TEST(LinkGrammarAffiliationTest, CountriesAndBuildingsAfterAtForInUnderArePlaces) {
  const Case kCases[] = {
      {"[Ana Lobo=person] studied in [Chile].", ""},
      {"[Rui Costa=person] worked for years in [Peru].", ""},
      {"[Rui Costa=person] died at [Andes Hospital=organization] on Friday.", ""},
      {"[Ana Lobo=person] gave a speech at the [Lima Convention Center=organization].", ""},
      // The subject of a "for ... to" clause.
      {"[Ana Lobo=person] pressed for [Lima Bank=organization] to cut its rates.", ""},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(testing::ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

}  // namespace
}  // namespace actorgraph
