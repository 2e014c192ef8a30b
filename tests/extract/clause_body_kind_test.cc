// The clause extractor's subjects behind the real actor layer: a body named after words
// of its kind in a person's of-phrase ("Jo Roe of the charity X told Y") is no subject, as
// without them ("Jo Roe of X told Y"). Sentences written for this test (the people are
// made up).
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "extract/pipeline_lines.h"

namespace actorgraph {
namespace {


using testing::ExpectLines;

TEST(ClauseBodyKindTest, ABodyAfterItsKindInAPersonsOfPhraseIsNoSubject) {
  ExpectLines(
      {
          {"Anna Berg of the charity Caritas told Reuters the apology came late.",
           "Anna Berg -[work for]-> Caritas\n"
           "Anna Berg -[tell]-> Reuters\n"},
          {"Anna Berg of Caritas told Reuters the apology came late.",
           "Anna Berg -[work for]-> Caritas\n"
           "Anna Berg -[tell]-> Reuters\n"},
          // The kind words after a verb leave the body its subject.
          {"Anna Berg said the charity Caritas told Reuters the apology came late.",
           "Caritas -[tell]-> Reuters\n"},
      },
      "");
}

}  // namespace
}  // namespace actorgraph
