// A prepositional phrase that opens the sentence before its comma and a coordinated subject:
// the parser reads the phrase's last noun, the comma and the subject as one list ("May ,
// Fiji and Tonga"), and the reader tries the clause again without the phrase.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using testing::ExtractRendered;
using Case = testing::ExtractCase;

TEST(LinkGrammarOpeningPhraseTest, CoordinatedSubjectAfterAnOpeningPhraseIsStillTheSubject) {
  const Case kCases[] = {
      {"In May, [Fiji] and [Tonga] agreed on a border.", "Fiji -[agree with]- Tonga"},
      {"In the new deal, [Fiji] and [Tonga] agreed on a line as their shared border.",
       "Fiji -[agree with]- Tonga"},
      {"On Monday, [Fiji] and [Tonga] met.", "Fiji -[meet]- Tonga"},
      {"Earlier this month, [Fiji] and [Tonga] agreed on a border.", "Fiji -[agree with]- Tonga"},
      {"As part of the deal, [Fiji] and [Tonga] agreed on a border.", "Fiji -[agree with]- Tonga"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarOpeningPhraseTest, WithoutTheOpeningPhraseTheGuardsStillHold) {
  const Case kCases[] = {
      // A third party: no pair within the subject.
      {"In May, [Fiji] and [Tonga] held talks with the rebels.", ""},
      // Speech relates nothing.
      {"In a joint statement, [Fiji] and [Tonga] said prices would rise.", ""},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

}  // namespace
}  // namespace actorgraph
