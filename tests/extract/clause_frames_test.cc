// End to end: clause frames the clause extractor reads through a wrapper ("went on to
// serve in ...").
#include <gtest/gtest.h>

#include "pipeline_lines.h"

namespace actorgraph {
namespace {

using testing::ExpectLines;

TEST(ClauseFramesTest, WentOnToIsStrippedBeforeTheVerbItIntroduces) {
  ExpectLines({
      {"Mary Quinn went on to serve in the European Parliament.",
       "Mary Quinn -[serve in]-> European Parliament\n"},
      {"Tom Quinn later went on to join the Labour Party.",
       "Tom Quinn -[join]-> Labour Party\n"},
      {"Mary Quinn went on to criticise Iran.", "Mary Quinn -[criticize]-> Iran\n"},
      // "go on to" a place is a journey, not a verb it introduces.
      {"Mary Quinn will go on to Iran for talks.", ""},
  }, "clause");
}

}  // namespace
}  // namespace actorgraph
