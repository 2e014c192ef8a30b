// A free participle clause after a comma ("..., taking a job at Y") has the subject of the
// clause it hangs on: after the main clause, or between the subject and its verb.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using Case = testing::ExtractCase;

TEST(LinkGrammarParticipleAdjunctTest, ParticipleAfterTheMainClauseIsTheSubjects) {
  const Case kCases[] = {
      // Hung on the last noun of the clause (MX).
      {"[Ana Lobo=person] stayed in [Lima], taking a job at [Andes Mining=organization].",
       "Ana Lobo -[take job at]-> Andes Mining"},
      {"[Ana Lobo=person] entered the race, challenging [Rita Vega=person].",
       "Ana Lobo -[challenge]-> Rita Vega"},
      {"[Ana Lobo=person] resigned in May, accusing [Rita Vega=person] of fraud.",
       "Ana Lobo -[accuse]-> Rita Vega"},
      // Hung on the verb (MVg), after an actor object.
      {"[Ana Lobo=person] met [Rita Vega=person] on Monday, asking [Marta Ruiz=person] for "
       "help.",
       "Ana Lobo -[meet]- Rita Vega; Ana Lobo -[ask]-> Marta Ruiz"},
      // A passive appointee is the one who replaces.
      {"[Ana Lobo=person] was named chairman of [Andes Mining=organization], replacing "
       "[Rita Vega=person].",
       "Ana Lobo -[replace]-> Rita Vega"},
      {"[Ana Lobo=person] has decided to run in the [Andes Party=organization] primaries, "
       "challenging [Rita Vega=person].",
       "Ana Lobo -[challenge]-> Rita Vega"},
      // Hung on the verb by the parser's Wg, further from the subject than a plain pair.
      {"[Ana Lobo=person] has decided to run in the 2024 [Andes Party=organization] "
       "presidential primaries, challenging Governor [Rita Vega=person].",
       "Ana Lobo -[challenge]-> Rita Vega"},
      // After a copula.
      {"[Ana Lobo=person] was in [Lima] last week, meeting [Rita Vega=person].",
       "Ana Lobo -[meet]- Rita Vega"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarParticipleAdjunctTest, ParticipleBetweenSubjectAndVerbIsTheSubjects) {
  const Case kCases[] = {
      {"[Ana Lobo=person] of the [University of Lima=organization], speaking to the "
       "[BBC=organization], said the plan had failed.",
       "Ana Lobo -[speak with]- BBC"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarParticipleAdjunctTest, ParticipleOfALongSentenceIsReadAfterItsSubject) {
  const Case kCases[] = {
      // Over 30 tokens: the clause before the participle is a piece too long to parse with
      // it; the participle is read after the last subject before it.
      {"Two other candidates were considered early on by the party but [Ana Lobo=person] "
       "said she would not run this year and [Rita Vega=person] has decided to enter the "
       "spring primaries in the north, challenging Governor [Marta Ruiz=person].",
       "Rita Vega -[challenge]-> Marta Ruiz"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarParticipleAdjunctTest, CoordinatedParticiples) {
  const Case kCases[] = {
      {"[Ana Lobo=person] spent the year travelling, meeting with [Rita Vega=person] and "
       "speaking to [Marta Ruiz=person].",
       "Ana Lobo -[meet with]- Rita Vega; Ana Lobo -[speak with]- Marta Ruiz"},
      {"[Ana Lobo=person] toured the region, meeting [Rita Vega=person] and visiting "
       "[Marta Ruiz=person].",
       "Ana Lobo -[meet]- Rita Vega; Ana Lobo -[visit]-> Marta Ruiz"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarParticipleAdjunctTest, ParticipleAfterAReportedClauseIsNotTheReporters) {
  const Case kCases[] = {
      // The parser hangs the participle on the sentence, not on the reported clause.
      {"[Ana Lobo=person] said [Rita Vega=person] had attacked the plan, accusing "
       "[Marta Ruiz=person] of fraud.",
       ""},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarParticipleAdjunctTest, ParticiplesThatStateNoActGiveNothing) {
  const Case kCases[] = {
      {"[Ana Lobo=person] spoke on Monday, saying [Rita Vega=person] had left.", ""},
      {"[Ana Lobo=person] won five seats, including one from [Rita Vega=person].", ""},
      // The appointee replaces Rita Vega.
      {"[Andes Mining=organization] elected [Ana Lobo=person] chairman, replacing "
       "[Rita Vega=person].",
       ""},
      // A title.
      {"[Ana Lobo=person], managing director at [Andes Mining=organization], said prices "
       "would rise.",
       ""},
      // A party past another clause is not the participle's.
      {"[Ana Lobo=person] spoke, referring to plans that [Andes Mining=organization] cut "
       "costs.",
       ""},
      // No comma: the participle is the noun's.
      {"[Ana Lobo=person] bought a firm employing workers of [Andes Mining=organization].",
       ""},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

}  // namespace
}  // namespace actorgraph
