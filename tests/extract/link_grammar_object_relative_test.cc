// A relative clause whose subject is an actor and whose verb has no object of its own acts
// on the antecedent: "Y, whom X divorced" -> X divorce Y.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using Case = testing::ExtractCase;

TEST(LinkGrammarObjectRelativeTest, AntecedentIsTheObjectOfTheRelativeVerb) {
  const Case kCases[] = {
      {"[Rita Vega=person] later met [Tomas Ortiz=person], whom [Ana Lobo=person] had hired "
       "in 2001.",
       "Rita Vega -[meet]- Tomas Ortiz; Ana Lobo -[hire]-> Tomas Ortiz"},
      // Negation and auxiliaries come from the relative clause's own chain.
      {"[Tomas Ortiz=person], whom [Ana Lobo=person] had not divorced by then, spoke on "
       "Monday.",
       "Ana Lobo -[not divorce]- Tomas Ortiz"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarObjectRelativeTest, OfACoordinationOnlyTheLastConjunctIsTheObject) {
  const Case kCases[] = {
      {"[Ana Lobo=person] was married to [Tomas Ortiz=person] and [Rui Costa=person], whom "
       "[Marta Ruiz=person] divorced in 1990.",
       "Marta Ruiz -[divorce]- Rui Costa"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarObjectRelativeTest, AntecedentOfAnotherVerbIsNoObject) {
  const Case kCases[] = {
      // What the subject expects or says is the antecedent's to do or be.
      {"[Tomas Ortiz=person], whom [Ana Lobo=person] expected to win, lost in May.", ""},
      {"[Tomas Ortiz=person], who [Ana Lobo=person] says is a friend, lost in May.", ""},
      // After a preposition, "which" may stand for the noun the phrase hangs on.
      {"The sanctions on [Peru], which [Chile] imposed in May, ended.", ""},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

}  // namespace
}  // namespace actorgraph
