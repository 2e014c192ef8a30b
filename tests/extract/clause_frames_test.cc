// End to end: clause frames that gave nothing before: a wrapper before the verb ("went on
// to serve in ..."), joint work between two parties ("a joint effort between X and Y").
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

TEST(ClauseFramesTest, StateBeforeSecretaryOfStateIsThePersonsNotTheObject) {
  ExpectLines({
      // A name from the dictionary, which leaves the state a head mention.
      {"Mary Quinn asked the envoy to stay and spoke with US Secretary of State Mike Pompeo.",
       "Mary Quinn -[speak with]-> Mike Pompeo\n"},
      {"Iran criticized US Secretary of State Mike Pompeo and the European Union.",
       "Iran -[criticize]-> Mike Pompeo\nIran -[criticize]-> European Union\n"},
      // No name after the title: the office, not a person, was met.
      {"Mary Quinn met the US Secretary of State.", ""},
  }, "clause");
}

TEST(ClauseFramesTest, JointWorkBetweenTwoPartiesIsACollaboration) {
  ExpectLines({
      {"The survey was a joint effort between Mary Quinn and Tom Quinn.",
       "Mary Quinn -[collaborate with]-> Tom Quinn\n"},
      {"Shell praised the collaboration between Japan and Chile.",
       "Japan -[collaborate with]-> Chile\n"},
      {"Caltex is a joint venture between Chevron and Texaco.",
       "Chevron -[have a joint venture with]-> Texaco\n"},
      // A project no adjective calls joint work relates nobody.
      {"The survey was a project between Mary Quinn and Tom Quinn.", ""},
  }, "nominal");
}

TEST(ClauseFramesTest, BetweenPartiesPassesTheFirstPersonsBodyOrAside) {
  ExpectLines({
      {"The talks between Mary Quinn of Oxford University and Tom Quinn of Google ended.",
       "Mary Quinn -[hold talks with]-> Tom Quinn\n"},
      {"The survey was a joint effort between Mary Quinn of the Institute of Marine and "
       "Polar Research at Oxford University and Tom Quinn.",
       "Mary Quinn -[collaborate with]-> Tom Quinn\n"},
      {"Talks between Mary Quinn, speaking for the board, and Tom Quinn ended.",
       "Mary Quinn -[hold talks with]-> Tom Quinn\n"},
      // A country after the body is no second party.
      {"The talks between Mary Quinn of Britain and France ended.", ""},
  }, "nominal");
}

}  // namespace
}  // namespace actorgraph
