// ", as did Z", ", as have Z", ", and so did Z" after a clause: Z did the same act to the
// clause's object.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using Case = testing::ExtractCase;

TEST(SameActEllipsisTest, DoerAfterAsDidActsOnTheObject) {
  const Case kCases[] = {
      {"[Chile] condemned [Peru], as did [Bolivia].",
       "Chile -[condemn]-> Peru; Bolivia -[condemn]-> Peru"},
      {"[Chile] has recognised [Kosovo], as have [Peru] and [Bolivia].",
       "Chile -[recognize]-> Kosovo; Peru -[recognize]-> Kosovo; Bolivia -[recognize]-> Kosovo"},
      {"[Chile] sanctioned [Peru], and so did [Bolivia].",
       "Chile -[sanction]-> Peru; Bolivia -[sanction]-> Peru"},
  };
  testing::ExpectAllRendered(std::begin(kCases), std::end(kCases));
}

TEST(SameActEllipsisTest, NegatedActOrClauseGoingOnGivesNoSecondDoer) {
  const Case kCases[] = {
      {"[Chile] did not condemn [Peru], as did [Bolivia].", "Chile -[not condemn]-> Peru"},
      {"[Chile] condemned [Peru], as did [Bolivia] officials.", "Chile -[condemn]-> Peru"},
  };
  testing::ExpectAllRendered(std::begin(kCases), std::end(kCases));
}

}  // namespace
}  // namespace actorgraph
