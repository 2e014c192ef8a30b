// A list of participles after "including" or a comma ("..., including giving an address at
// Y, meeting Z, and speaking to W"): each participle is the main subject's act, with the
// object of its own conjunct.
#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* marked;
  const char* expected;
};

TEST(ParticipleListTest, EachParticipleAfterIncludingTakesTheMainSubject) {
  const Case kCases[] = {
      {"[Ana Lobo=person] toured the south for a week, including visiting "
       "[Tavira Bank=organization], meeting [Rui Costa=person], and addressing "
       "[Lima Holdings=organization].",
       "Ana Lobo -[visit]-> Tavira Bank; Ana Lobo -[meet]- Rui Costa; "
       "Ana Lobo -[address]-> Lima Holdings"},
  };
  for (const Case& c : kCases) EXPECT_EQ(testing::ExtractRendered(c.marked), c.expected) << c.marked;
}

TEST(ParticipleListTest, AndOpensAParticipleOnlyInAList) {
  const Case kCases[] = {
      // After a participle clause, ", and thanking Y" continues the list.
      {"[Ana Lobo=person] ended her tour on Friday, praising [Rui Costa=person], and "
       "thanking [Lima Holdings=organization].",
       "Ana Lobo -[praise]-> Rui Costa; Ana Lobo -[thank]-> Lima Holdings"},
      // Without a participle before it, ", and" joins something else.
      {"[Ana Lobo=person] said the talks were over, and thanking [Rui Costa=person] was "
       "left to others.",
       ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(testing::ExtractRendered(c.marked), c.expected) << c.marked;
}

TEST(ParticipleListTest, CapitalisedWordsBeforeAPersonsTitleAreLeftOut) {
  const Case kCases[] = {
      {"[Ana Lobo=person] toured the north, including visiting [Tavira Bank=organization], "
       "meeting with Anglican Bishop [Rui Costa=person], and addressing "
       "[Lima Holdings=organization].",
       "Ana Lobo -[visit]-> Tavira Bank; Ana Lobo -[meet with]- Rui Costa; "
       "Ana Lobo -[address]-> Lima Holdings"},
  };
  for (const Case& c : kCases) EXPECT_EQ(testing::ExtractRendered(c.marked), c.expected) << c.marked;
}

}  // namespace
}  // namespace actorgraph
