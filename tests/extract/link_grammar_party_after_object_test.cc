// The party a verb names after its object: the one an actor object passes or is described to
// ("sold Y to Z", "described Y to the BBC") and the one a verb of saying addresses ("explained
// the plan to Y").
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using Case = testing::ExtractCase;

TEST(LinkGrammarPartyAfterObjectTest, ActorObjectThenRecipient) {
  const Case kCases[] = {
      {"[Lima Holdings=organization] sold [Andes Mining=organization] to "
       "[Pacific Steel=organization].",
       "Lima Holdings -[sell]-> Andes Mining; Lima Holdings -[sell to]-> Pacific Steel"},
      {"Singer [Ana Lobo=person] described [Rita Vega=person] to the [BBC=organization] in "
       "2002.",
       "Ana Lobo -[describe]-> Rita Vega; Ana Lobo -[describe to]-> BBC"},
      {"[Ana Lobo=person] introduced [Rita Vega=person] to [Marta Ruiz=person].",
       "Ana Lobo -[introduce]-> Rita Vega; Ana Lobo -[introduce to]-> Marta Ruiz"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarPartyAfterObjectTest, DestinationOfAnActorObjectIsNoRecipient) {
  const Case kCases[] = {
      // Where the object went, not what the party was given.
      {"[Chile] sent [Ana Lobo=person] to [Peru] for talks.", "Chile -[send]-> Ana Lobo"},
      {"[Ana Lobo=person] appointed [Rita Vega=person] to the [Andes Council=organization].",
       "Ana Lobo -[appoint]-> Rita Vega"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarPartyAfterObjectTest, VerbOfSayingWithANounObjectNamesItsAddressee) {
  const Case kCases[] = {
      {"[Ana Lobo=person] explained the plan to [Rita Vega=person].",
       "Ana Lobo -[explain plan to]-> Rita Vega"},
      {"[Ana Lobo=person] mentioned the proposal to [Rita Vega=person] on Monday.",
       "Ana Lobo -[mention proposal to]-> Rita Vega"},
      // A reported clause is no object of "said".
      {"[Ana Lobo=person] said the talks with [Rita Vega=person] had failed.", ""},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarPartyAfterObjectTest, WordsOpeningTheClauseBeforeANameDescribeThePerson) {
  const Case kCases[] = {
      // Read otherwise as an imperative "Fashion ..." with no subject.
      {"Fashion designer [Ana Lobo=person] described [Rita Vega=person] to the "
       "[BBC=organization] in 2002.",
       "Ana Lobo -[describe]-> Rita Vega; Ana Lobo -[describe to]-> BBC"},
      {"Record producer [Ana Lobo=person] introduced [Rita Vega=person] to "
       "[Marta Ruiz=person].",
       "Ana Lobo -[introduce]-> Rita Vega; Ana Lobo -[introduce to]-> Marta Ruiz"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

}  // namespace
}  // namespace actorgraph
