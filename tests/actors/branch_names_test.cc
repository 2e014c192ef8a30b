// A listed organisation's name followed by a country's name, written as one name: the
// organisation's branch in that country ("CNN Philippines", "Shell Canada"). Sentences
// written for these tests, found with the default dictionary.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

using testing::ExpectRenderedWithDefault;

TEST(BranchNamesTest, AListedOrganisationBeforeACountrysNameIsItsBranch) {
  ExpectRenderedWithDefault({
      {"The storm closed two schools, CNN Philippines reported.",
       "CNN Philippines=cnn_philippines/pattern"},
      {"Shell Canada raised its crude postings on Monday.",
       "Shell Canada=shell_canada/pattern"},
      {"The dealers said Exxon U.S.A. cut its barge price.",
       "Exxon U.S.A.=exxon_u_s_a/pattern"},
  });
}

TEST(BranchNamesTest, ABranchTakesTheLegalSuffixesAfterTheCountry) {
  ExpectRenderedWithDefault({
      {"The notes were sold by Merrill Lynch Canada Inc on Friday.",
       "Merrill Lynch Canada Inc=merrill_lynch_canada_inc/pattern"},
  });
}

TEST(BranchNamesTest, TheBranchsShortNameLaterIsTheSameBody) {
  ExpectRenderedWithDefault({
      {"Shell Canada Ltd posted a loss. Shell Canada blamed prices.",
       "Shell Canada Ltd=shell_canada_ltd/pattern | Shell Canada=shell_canada_ltd/pattern"},
  });
}

TEST(BranchNamesTest, ACountryOpeningAClauseAfterToldIsNoPartOfTheName) {
  ExpectRenderedWithDefault({
      {"A trade official told Reuters Peru was current on its debt.",
       "Reuters=reuters | Peru=peru"},
      {"The mayor told CNN Philippines the roads were closed.",
       "CNN Philippines=cnn_philippines/pattern"},
  });
}

TEST(BranchNamesTest, ACountrySeparatedFromTheOrganisationIsNoBranch) {
  ExpectRenderedWithDefault({
      {"The rights were sold to CNN in the Philippines.",
       "CNN=cnn | Philippines=philippines"},
      {"Non-OPEC Mexico pledged to cut output.",
       "OPEC=opec+mod | Mexico=mexico"},
      // The name goes on into another capitalised word.
      {"Shell Canada Exploration drilled two wells.",
       "Shell=royal_dutch_shell | Canada=canada"},
  });
}

}  // namespace
}  // namespace actorgraph
