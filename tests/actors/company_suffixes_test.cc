// A listed company's legal suffix and a stock ticker in angle brackets, written right after
// its name, are part of the mention ("Chevron Corp <CHV> said"): the actor stays the listed
// one. Sentences written for these tests, found with the default dictionary.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

using testing::ExpectRenderedWithDefault;

TEST(CompanySuffixesTest, AListedCompanyTakesItsLegalSuffixAndTicker) {
  ExpectRenderedWithDefault({
      {"Chevron Corp agreed to buy a refinery.", "Chevron Corp=chevron"},
      {"Chevron Corp <CHV> agreed to buy a refinery.",
       "Chevron Corp <CHV>=chevron"},
      {"The refinery was sold to Texaco Inc <TX.N> on Friday.",
       "Texaco Inc <TX.N>=texaco"},
  });
}

TEST(CompanySuffixesTest, NoTickerWithoutItsBracketsOrCapitals) {
  ExpectRenderedWithDefault({
      // A spaced or lower-case bracket is no ticker; a suffix in lower case is no suffix.
      {"Chevron said output was < 5 pct of capacity.", "Chevron=chevron"},
      {"Chevron <tag> agreed to buy a refinery.", "Chevron=chevron"},
      {"Chevron co-owns the refinery.", "Chevron=chevron"},
  });
}

}  // namespace
}  // namespace actorgraph
