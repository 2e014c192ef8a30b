// "X did something at the request of Y": the clause subject acted on the other actor's
// request, invitation or urging (Y -> request / invite / urge -> X).
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using testing::ExtractRendered;

using Case = testing::ExtractCase;

void ExpectAll(const Case* begin, const Case* end) {
  testing::ExpectAllRendered(begin, end);
}

TEST(ActAtTheRequestOfTest, RequesterAsksTheClauseSubject) {
  const Case kCases[] = {
      {"[Chile] postponed the vote at the request of [Peru].", "Peru -[request]-> Chile"},
      {"[Ana Lobo=person] resigned at the behest of [Rui Costa=person] on Monday.",
       "Rui Costa -[request]-> Ana Lobo"},
      {"[Chile] sent a team at the invitation of [Peru].", "Peru -[invite]-> Chile"},
      {"[Chile] changed the rules at the urging of [Peru].", "Peru -[urge]-> Chile"},
  };
  ExpectAll(std::begin(kCases), std::end(kCases));
}

TEST(ActAtTheRequestOfTest, PassiveOrSpeechSubjectIsNoDoer) {
  const Case kCases[] = {
      // The passive's subject did nothing; the agent is unnamed.
      {"[Chile] was expelled at the request of [Peru].", ""},
      // A speaker's report: the request is for what was said.
      {"[Chile] said at the request of [Peru] the money would be paid.", ""},
      // Other words after "at the": no request.
      {"[Chile] postponed the vote at the time of [Peru]'s election.", ""},
  };
  ExpectAll(std::begin(kCases), std::end(kCases));
}

}  // namespace
}  // namespace actorgraph
