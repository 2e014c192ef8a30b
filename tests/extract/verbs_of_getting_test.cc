// After a verb of getting ("seek", "win", "receive", ...), "the N of X" names X as the one
// who gives N: "sought the backing of X" is no backing of X by the subject.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace actorgraph {
namespace {

using Case = testing::ExtractCase;

TEST(VerbsOfGettingTest, OfPhraseAfterSeekNamesTheGiver) {
  const Case kCases[] = {
      {"[Ana Lobo=person] sought the support of [Rui Costa=person].",
       "Ana Lobo -[seek support of]-> Rui Costa"},
      {"[Chile] is seeking the backing of [Peru] for its bid.",
       "Chile -[seek backing of]-> Peru"},
  };
  testing::ExpectAllRendered(std::begin(kCases), std::end(kCases));
}

TEST(VerbsOfGettingTest, ForPhraseAfterSeekStillNamesTheObject) {
  // "support for Peru" is support Peru gets: the seeker wants it given.
  const Case kCases[] = {
      {"[Chile] sought support for [Peru].", "Chile -[support (proposed)]-> Peru"},
  };
  testing::ExpectAllRendered(std::begin(kCases), std::end(kCases));
}

}  // namespace
}  // namespace actorgraph
