// A verb that reports a clause ("denied", "warned") and the actor after it that is the
// subject of that clause: no relation of the speaker to that actor, from any extractor.
#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* marked;
  const char* expected;
};

TEST(ReportedClauseSubjectTest, SubjectOfAReportedClauseIsNoObjectOfTheVerb) {
  const Case kCases[] = {
      {"[Chile] denied that [Peru] had broken the rules.", ""},
      {"[Chile] denied [Peru] was exceeding its quota.", ""},
      {"[Chile] warned that [Peru] would lose the vote.", ""},
      {"[Chile] denied that [Peru]'s bank had failed.", ""},
      // A second verb phrase of the subject.
      {"[Chile] hailed the report and warned that [Peru] could lose the vote.", ""},
  };
  for (const Case& c : kCases) EXPECT_EQ(testing::ExtractRendered(c.marked), c.expected) << c.marked;
}

TEST(ReportedClauseSubjectTest, AddresseeOrObjectOfTheVerbStays) {
  const Case kCases[] = {
      {"[Chile] warned [Peru] that it could lose the vote.", "Chile -[warn]-> Peru"},
      {"[Chile] warned [Peru] against the move.", "Chile -[warn]-> Peru"},
      {"[Chile] denied [Peru] access to the port.", "Chile -[deny]-> Peru"},
  };
  for (const Case& c : kCases) EXPECT_EQ(testing::ExtractRendered(c.marked), c.expected) << c.marked;
}

}  // namespace
}  // namespace actorgraph
