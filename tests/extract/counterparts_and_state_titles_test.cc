// The affiliation extractor behind the real actor layer: a counterpart holds the office of
// the person whose counterpart they are, for the state named before "counterpart"; and a
// state's name before a title ("Former US Ambassador to the United Nations Jo Roe", "Hong
// Kong director of Amnesty International Jo Roe") leaves the host or body after the title
// as the office's owner. Sentences written for this test (the people are made up).
#include <gtest/gtest.h>

#include "extract/pipeline_lines.h"

namespace actorgraph {
namespace {

using testing::ExpectLines;

TEST(CounterpartsTest, ACounterpartHoldsTheSameOfficeForTheStateBeforeIt) {
  ExpectLines({
      {"Egyptian foreign minister Karim Nassar met his Greek counterpart Petros Vlachos on "
       "Monday.",
       "Petros Vlachos -[be foreign minister of]-> Greece\n"},
      {"French Defence Minister Claire Dumont and her German counterpart Lukas Brenner signed "
       "the deal.",
       "Lukas Brenner -[be defence minister of]-> Germany\n"},
  });
}

TEST(CounterpartsTest, SeveralStatesPairWithSeveralNamesOnlyWithRespectively) {
  ExpectLines({
      {"Egyptian foreign minister Karim Nassar and his Greek, Cypriot and French "
       "counterparts, Petros Vlachos, Andreas Kyprianou and Luc Moreau, respectively, met in "
       "Cairo.",
       "Petros Vlachos -[be foreign minister of]-> Greece\n"
       "Andreas Kyprianou -[be foreign minister of]-> Cyprus\n"
       "Luc Moreau -[be foreign minister of]-> France\n"},
      // Without "respectively" the order of the names need not be the states'.
      {"Egyptian foreign minister Karim Nassar and his Greek and French counterparts, Petros "
       "Vlachos and Luc Moreau, met in Cairo.",
       ""},
  });
}

TEST(CounterpartsTest, NoOfficeIsReadWhenTheFirstPersonHasNoStatesTitle) {
  ExpectLines({
      {"Karim Nassar met his Greek counterpart Petros Vlachos on Monday.", ""},
  });
}

TEST(CounterpartsTest, OnlyAMinistersCounterpartHoldsTheSameTitle) {
  ExpectLines({
      // A head of government's counterpart may be a president or a chancellor.
      {"German Chancellor Helga Brandt met her French counterpart Luc Moreau in Paris.", ""},
      {"Greek Prime Minister Petros Vlachos called his Irish counterpart Sean Byrne.", ""},
      // American and British ministers are secretaries.
      {"Egyptian foreign minister Karim Nassar met his US counterpart Laura Finch.", ""},
      {"Iranian Oil Minister Reza Tehrani held talks with his Algerian counterpart Karim "
       "Benali.",
       "Karim Benali -[be oil minister of]-> Algeria\n"},
  });
}

TEST(StateTitlesTest, AStateBeforeAnEnvoysTitleLeavesTheHostAfterTo) {
  ExpectLines({
      {"Former US Ambassador to the United Nations Laura Finch wrote a letter.",
       "Laura Finch -[be former ambassador to]-> United Nations\n"},
      {"US Ambassador to the United Nations Laura Finch wrote a letter.",
       "Laura Finch -[be ambassador to]-> United Nations\n"},
  });
}

TEST(StateTitlesTest, AStateBeforeATitleOfABodyIsWhereTheOfficeIsHeld) {
  ExpectLines({
      {"Hong Kong director of Amnesty International Mei-ling Chow said it was wrong.",
       "Mei-ling Chow -[be director of]-> Amnesty International\n"},
  });
}

}  // namespace
}  // namespace actorgraph
