// A noun of attempt or intent with a by-agent and an infinitive ("attempts by X to isolate
// Y") names what the agent set out to do, with the noun's modality.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using Case = testing::ExtractCase;

TEST(LinkGrammarAttemptAgentTest, InfinitiveAfterAnAttemptByAnAgentIsTheAgentsAct) {
  const Case kCases[] = {
      {"[Peru] criticised attempts by [Brazil] to isolate [Bolivia].",
       "Peru -[criticise attempts by]-> Brazil; Brazil -[isolate (try)]-> Bolivia"},
      {"[Peru] rejected a plan by [Chile] to invade [Bolivia].",
       "Peru -[reject plan by]-> Chile; Chile -[invade (plan)]-> Bolivia"},
      {"[Peru] rejected a proposal by [Chile] to support [Bolivia].",
       "Peru -[reject proposal by]-> Chile; Chile -[support (propose)]-> Bolivia"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarAttemptAgentTest, RequestOrDecisionByAnAgentNamesNoActOfItsOwn) {
  const Case kCases[] = {
      // A request asks another to act; a decision is no attempt.
      {"Officials granted a request by [Japan] to support [Vietnam].", ""},
      {"Officials discussed a decision by [Japan] to support [Vietnam].", ""},
      // "to" before an actor is a recipient, not an infinitive.
      {"Officials discussed an offer by [Japan] to [Vietnam].", ""},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

}  // namespace
}  // namespace actorgraph
