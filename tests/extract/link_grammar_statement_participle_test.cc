// A participle on a statement the subject issues says what the subject does through it:
// "X issued a statement condemning Y" -> X condemn Y.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using Case = testing::ExtractCase;

TEST(LinkGrammarStatementParticipleTest, ParticipleOnTheSubjectsStatementIsTheSubjects) {
  const Case kCases[] = {
      {"[Ana Lobo=person] posted a message on Friday blaming [Chile] for the delay.",
       "Ana Lobo -[blame]-> Chile"},
      {"[Peru] issued a statement condemning [Chile].", "Peru -[condemn]-> Chile"},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

TEST(LinkGrammarStatementParticipleTest, ParticipleOnAnotherNounIsNotTheSubjects) {
  const Case kCases[] = {
      // A bill or a report does what its participle says, not whoever passes it.
      {"[Peru] passed a bill requiring [Chile] to pay.", ""},
      // A verb that states no relation of its own.
      {"[Peru] issued a statement saying [Chile] had agreed.", ""},
  };
  testing::ExpectAllLinkGrammar(kCases);
}

}  // namespace
}  // namespace actorgraph
