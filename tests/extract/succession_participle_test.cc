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

TEST(SuccessionParticipleTest, ParticipleAfterAReportedClauseIsItsSubjects) {
  const Case kCases[] = {
      // A named subject of the reported clause is the one who replaces.
      {"[Lima Holdings=organization] said [Ana Ruiz=person] will take the post of president, "
       "replacing [Rui Costa=person], who retired.",
       "Ana Ruiz -[replace]-> Rui Costa"},
      {"[Lima Holdings=organization] said [Ana Ruiz=person] has been elected president, "
       "succeeding [Rui Costa=person].",
       "Ana Ruiz -[succeed]-> Rui Costa"},
      // Without another actor after "said" the participle stays the speaker's.
      {"[Lima Holdings=organization] said sales rose, helping [Tavira Bank=organization].",
       "Lima Holdings -[help]-> Tavira Bank"},
      // An actor after "said" that is no clause's subject leaves the speaker's.
      {"[Lima Holdings=organization] said in [Peru] that sales rose, helping "
       "[Tavira Bank=organization].",
       "Lima Holdings -[help]-> Tavira Bank"},
  };
  for (const Case& c : kCases) EXPECT_EQ(testing::ExtractRendered(c.marked), c.expected) << c.marked;
}

}  // namespace
}  // namespace actorgraph
