// ", succeeding Z" after "X said Y was named ...": the participle is the appointee's, not the
// speaker's.
#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* marked;
  const char* expected;
};

TEST(SuccessionParticipleTest, AppointeeAfterAVerbOfSayingSucceedsNotTheSpeaker) {
  const Case kCases[] = {
      {"[Lima Holdings=organization] said Ana Ruiz has been elected president, succeeding "
       "[Rui Costa=person], who retired.",
       ""},
      {"[Lima Holdings=organization] said its board named Ana Ruiz chief executive, "
       "replacing [Rui Costa=person].",
       ""},
      // The main subject appointed is the one who succeeds.
      {"[Ana Lobo=person] was appointed president, replacing [Rui Costa=person].",
       "Ana Lobo -[replace]-> Rui Costa"},
  };
  for (const Case& c : kCases) EXPECT_EQ(testing::ExtractRendered(c.marked), c.expected) << c.marked;
}

}  // namespace
}  // namespace actorgraph
