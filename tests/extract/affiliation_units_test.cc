// The affiliation extractor behind the real actor layer: posts held in a unit of a body
// ("of the University of X's medical school"), two offices sharing one owner ("the chair
// and spokesperson for"), an adverb after the copula ("is also a professor at") and a
// relative clause on a short apposition ("a career politician who served as").
// Sentences written for this test (the people are made up).
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "extract/pipeline_lines.h"

namespace actorgraph {
namespace {


using testing::ExpectLines;

TEST(AffiliationUnitsTest, APostInAUnitOfABodyIsHeldAtTheBody) {
  ExpectLines({
      {"\"The strain is spreading,\" said Professor Jane Roe of the University of Leeds's "
       "medical school.",
       "Jane Roe -[be professor of]-> University of Leeds\n"},
      {"Tom Keller of the University of Leeds's chemistry department said the test failed.",
       "Tom Keller -[work for]-> University of Leeds\n"},
      // An office of the unit is not the body's: its holder works for the body.
      {"Zed Boes, chief of the Example Ministry's budget division, said it was high.",
       "Zed Boes -[work for]-> Example Ministry\n"},
      // A state's unit is no body's: "of Austria's health department" names no employer.
      {"Tom Keller of Austria's health department said the test failed.", ""},
  });
}

TEST(AffiliationUnitsTest, TwoOfficesJoinedByAndShareTheOwnerAfterThem) {
  ExpectLines({
      {"The post was about Anna Voss, the then chair and spokesperson for the Example Party, "
       "and it was shared widely.",
       "Anna Voss -[be then chair and spokesperson of]-> Example Party\n"},
      {"Harold Pike, chairman and chief executive officer of Example Holdings Inc, said sales "
       "rose.",
       "Harold Pike -[be chairman and chief executive officer of]-> Example Holdings Inc\n"},
      // The first office is another body's when a word before it names one.
      {"Harold Pike, a union leader and co-founder of the Example Party, said sales rose.",
       "Harold Pike -[be co-founder of]-> Example Party\n"},
      // A family tie is no office: "his wife and the chair of" is read as two descriptions.
      {"Harold Pike, a lawyer and friends of the Example Party, said sales rose.", ""},
  });
}

TEST(AffiliationUnitsTest, AnAdverbAfterTheCopulaKeepsTheOffice) {
  ExpectLines({
      {"Both taught there. Anna Voss is also a professor at the University of Leeds.",
       "Anna Voss -[be professor of]-> University of Leeds\n"},
  });
}

TEST(AffiliationUnitsTest, ARelativeClauseOnAShortAppositionIsThePersons) {
  ExpectLines({
      {"David Moran, a career politician who served as President of Chile for five years, "
       "died on Monday.",
       "David Moran -[be president of]-> Chile\n"},
  });
}

}  // namespace
}  // namespace actorgraph
