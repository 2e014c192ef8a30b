// Constructions the Link Grammar reader misread on news it was not tuned on (a sample of its
// triples on Reuters stories and unlabelled Wikinews articles), one test a construction.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using testing::ExtractRendered;
using Case = testing::ExtractCase;

TEST(LinkGrammarMisreadingTest, ExpectationVerbWithObjectAndInfinitiveRelatesNothing) {
  const Case kCases[] = {
      {"[Chile] expects [Peru] to win the vote in May.", ""},
      {"[Ana Lobo=person] expected [Peru] to post a large deficit.", ""},
      // The infinitive is the object's: not "Chile leave Bolivia".
      {"[Chile] wants [Peru] to leave [Bolivia].", ""},
      {"[Chile] considers [Peru] to be a threat.", ""},
      // Verbs of influence keep their object as the party.
      {"[Chile] asked [Peru] to leave the talks.", "Chile -[ask]-> Peru"},
      {"[Chile] urged [Peru] to leave [Bolivia].", "Chile -[urge]-> Peru"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarMisreadingTest, PassiveAfterAWishStatesNoActOfTheAgent) {
  const Case kCases[] = {
      {"[Lima Holdings=organization] does not want to be acquired by "
       "[Andes Bank=organization].",
       ""},
      {"[Lima Holdings=organization] hopes to be rescued by [Andes Bank=organization].", ""},
      // An agreement to it is the act itself.
      {"[Lima Holdings=organization] agreed to be acquired by [Andes Bank=organization].",
       "Andes Bank -[acquire]-> Lima Holdings"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarMisreadingTest, CoordinatedSubjectWithAThirdPartyIsNoPairWithinIt) {
  const Case kCases[] = {
      {"[Fiji] and [Tonga] held talks with the rebels.", ""},
      {"[Fiji] and [Tonga] met with officials on Monday.", ""},
      // Without a third party the pair stays.
      {"[Fiji] and [Tonga] held talks in Suva.", "Fiji -[hold talks with]- Tonga"},
      {"[Fiji] and [Tonga] met with each other on Monday.", "Fiji -[meet]- Tonga"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarMisreadingTest, TitleWithAnOfPhraseIsPartOfTheName) {
  const Case kCases[] = {
      {"[Ana Lobo=person] met Chancellor of the Exchequer [Rui Costa=person] in May.",
       "Ana Lobo -[meet]- Rui Costa"},
      {"[Andes Commission=organization], headed by Minister of the Interior "
       "[Rui Costa=person], met in May.",
       "Rui Costa -[head]-> Andes Commission"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

}  // namespace
}  // namespace actorgraph
