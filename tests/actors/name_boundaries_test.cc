// Where a name the finder builds begins and ends: bodies named across a comma,
// "and", "in" or a campus, people with a double given name, names opened by
// "First" or by a possessive. Sentences written for these tests, found with the
// default dictionary.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

std::string Find(const std::string &text) {
  return testing::FindRenderedWithDefault(text);
}

struct Case {
  const char *text;
  const char *expected; // Render() of the mentions
};

void ExpectCases(const std::vector<Case> &cases) {
  for (const Case &c : cases)
    EXPECT_EQ(Find(c.text), c.expected) << "text: " << c.text;
}

TEST(NameBoundariesTest, AListedNameWithACommaIsMatchedWhole) {
  ExpectCases({
      {"The United Nations Educational, Scientific and Cultural Organization "
       "named the town.",
       "United Nations Educational, Scientific and Cultural "
       "Organization=unesco"},
      // Other commas still end a name.
      {"The United Nations, Iran and Iraq met.",
       "United Nations=united_nations | Iran=iran | Iraq=iraq"},
  });
}

TEST(NameBoundariesTest, AShortWordBeforeAGivenNameOpensADoubleGivenName) {
  ExpectCases({
      {"Historian Jo Anne Pellham said the walls were older.",
       "Jo Anne Pellham=jo_anne_pellham/pattern"},
      // A title or a place's abbreviation is no first name.
      {"Crowds gathered near St James Park on Monday.", ""},
  });
}

TEST(NameBoundariesTest, FirstOpensNoPersonsName) {
  ExpectCases({
      {"First Harbour Minerals said it would close the mine.", ""},
      {"First Lady Ann Cole visited the school.", "Ann Cole=ann_cole/pattern"},
  });
}

} // namespace
} // namespace actorgraph
