// "X did something in response to a statement from Y": the clause subject answers what the
// other actor said or asked (X -> respond to -> Y).
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using Case = testing::ExtractCase;

TEST(ActInResponseToTest, ClauseSubjectAnswersTheSpeaker) {
  const Case kCases[] = {
      {"[Chile] raised tariffs in response to a formal complaint from [Peru].",
       "Chile -[respond to]-> Peru"},
      {"[Chile] recalled its envoy in reply to a letter by [Peru].", "Chile -[respond to]-> Peru"},
      // A reply is itself a speech act: a verb of saying keeps its subject.
      {"[Chile] said in response to questions from [Peru] that it would pay.",
       "Chile -[respond to]-> Peru"},
  };
  testing::ExpectAllRendered(std::begin(kCases), std::end(kCases));
}

TEST(ActInResponseToTest, NoDoerOrNoSpeakerIsNoTriple) {
  const Case kCases[] = {
      // The passive's subject did nothing.
      {"[Chile] was warned in response to a complaint from [Peru].", ""},
      // What Y said must come between: a capitalised name is no such noun.
      {"[Chile] raised tariffs in response to the Lima Accord from [Peru].", ""},
      // "in response to" without a speaker.
      {"[Chile] raised tariffs in response to rising imports from [Peru].", ""},
  };
  testing::ExpectAllRendered(std::begin(kCases), std::end(kCases));
}

}  // namespace
}  // namespace actorgraph
