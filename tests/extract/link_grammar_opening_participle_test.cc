// A participle clause opening the sentence ("Earning a degree from Y, X ...", "After
// meeting Y, X ...") hangs on the main clause's subject (CO) and states what it did.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using Case = testing::ExtractCase;

TEST(LinkGrammarOpeningParticipleTest, OpeningParticipleIsTheSubjectsAct) {
  const Case kCases[] = {
      {"Earning a degree from the [University of Lima=organization], [Ana Lobo=person] "
       "moved north.",
       "Ana Lobo -[earn degree from]-> University of Lima"},
      // Before a copula.
      {"Earning a degree from [Lima University=organization], [Ana Lobo=person] was a teacher "
       "for years.",
       "Ana Lobo -[earn degree from]-> Lima University"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarOpeningParticipleTest, ParticipleAfterATimeWordIsTheSubjectsAct) {
  const Case kCases[] = {
      {"After receiving a grant from the [Andes Fund=organization], [Ana Lobo=person] moved "
       "north.",
       "Ana Lobo -[receive grant from]-> Andes Fund"},
      {"After meeting [Rita Vega=person], [Ana Lobo=person] flew home.",
       "Ana Lobo -[meet]- Rita Vega"},
      {"Before joining [Andes Mining=organization], [Ana Lobo=person] taught at a school.",
       "Ana Lobo -[join]-> Andes Mining"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarOpeningParticipleTest, NotAnActNotDoneOrNotOpening) {
  const Case kCases[] = {
      // Not done.
      {"Without consulting [Peru], [Chile] announced the plan.", ""},
      // Only an order of events.
      {"Following talks with [Peru], [Chile] said prices would rise.", ""},
      // A participle inside the clause is not the subject's opener.
      {"In May, voters criticising [Peru] said [Chile] was right.", ""},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

}  // namespace
}  // namespace actorgraph
