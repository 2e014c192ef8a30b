// End to end: family ties a clause about its subject states ("Roe had a child, Al Doe,
// with her husband, Bo Doe"; "She was married in turn to A, B and C").
#include <gtest/gtest.h>

#include "pipeline_lines.h"

namespace actorgraph {
namespace {

using testing::ExpectLines;

TEST(KinClauseTest, ChildrenNamedAfterHaveAreTheSubjectsChildren) {
  ExpectLines({
      {"Mary Quinn has a son, Tom Quinn.", "Tom Quinn -[be son of]-> Mary Quinn\n"},
      {"Mary Quinn had three children, including the writer Tom Quinn.",
       "Tom Quinn -[be child of]-> Mary Quinn\n"},
  }, "apposition");
}

TEST(KinClauseTest, AFatherNamedFirstHasHisChildrenWithoutAnyPronounAfter) {
  ExpectLines({
      {"John Quinn has a son, Tom Quinn.", "Tom Quinn -[be son of]-> John Quinn\n"},
      {"John Quinn was a singer. He had a daughter, Ann Quinn.",
       "Ann Quinn -[be daughter of]-> John Quinn\n"},
  }, "apposition");
}

TEST(KinClauseTest, OtherParentAfterWithHasTheChildrenToo) {
  ExpectLines({
      {"Mary Quinn had two children, Anna Quinn and Tom Quinn, with her husband, Paul Quinn.",
       "Mary Quinn -[have child with]-> Paul Quinn\n"
       "Anna Quinn -[be child of]-> Mary Quinn\n"
       "Anna Quinn -[be child of]-> Paul Quinn\n"
       "Tom Quinn -[be child of]-> Mary Quinn\n"
       "Tom Quinn -[be child of]-> Paul Quinn\n"
       "Paul Quinn -[be husband of]-> Mary Quinn\n"},
      {"Mary Quinn was a singer. She had a daughter, Ann Quinn, with her second husband, "
       "Tom Quinn.",
       "Mary Quinn -[have child with]-> Tom Quinn\n"
       "Ann Quinn -[be daughter of]-> Mary Quinn\n"
       "Ann Quinn -[be daughter of]-> Tom Quinn\n"
       "Tom Quinn -[be husband of]-> Mary Quinn\n"},
  }, "apposition");
}

TEST(KinClauseTest, PossessiveAfterWithIsTheSubjectsPastAnAside) {
  ExpectLines({
      {"Anna Roe had a son with her husband, John Roe.", "John Roe -[be husband of]-> Anna Roe\n"},
      // The person before "with" is an object, not an aside: whose husband is unclear.
      {"Mary Quinn met Anna Roe, a lawyer, with her husband, John Roe.", ""},
      {"Mary Quinn praised Anna Roe, a lawyer, and her husband, John Roe.", ""},
  }, "apposition");
}

TEST(KinClauseTest, UnresolvedSubjectPronounOwnsThePossessive) {
  ExpectLines({{"She had a daughter, Ann Quinn, with her second husband, Tom Quinn.", ""}},
              "apposition");
}

TEST(KinClauseTest, MarriedToReadsPastAnAdverbial) {
  ExpectLines({
      {"Mary Quinn was married briefly to John Roe.", "Mary Quinn -[be married to]-> John Roe\n"},
      {"Mary Quinn was a singer. She was also married in turn to John Roe, Tom Baker, and "
       "Paul Smith.",
       "Mary Quinn -[be married to]-> John Roe\n"
       "Mary Quinn -[be married to]-> Tom Baker\n"
       "Mary Quinn -[be married to]-> Paul Smith\n"},
  }, "clause");
}

TEST(KinClauseTest, PossessiveKinTieStandsBesideTheClausesRelation) {
  EXPECT_EQ(testing::TripleLines(
                "Actress Mary Quinn lived in Ohio. Quinn's son, Robin Roe, predeceased her in "
                "2004.",
                ""),
            "Robin Roe -[be son of]-> Mary Quinn\n"
            "Robin Roe -[predecease]-> Mary Quinn\n");
}

}  // namespace
}  // namespace actorgraph
