// A listed party's capitalised adjective before a political title names the party:
// "Democratic Senator Jane Roe", "two Labour MPs", "the Democratic party". Sentences
// written for these tests, found with the default dictionary.
#include <string>

#include <gtest/gtest.h>

#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

std::string Find(const std::string& text) { return testing::FindRenderedWithDefault(text); }

struct Case {
  const char* text;
  const char* expected;  // Render() of the mentions
};

void ExpectCases(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c)
    EXPECT_EQ(Find(c->text), c->expected) << "text: " << c->text;
}

TEST(PartyAdjectivesTest, AdjectiveBeforeAPoliticalTitleIsTheParty) {
  const Case cases[] = {
      {"Two Democratic senators, Ann Cole and Tom Hale, voted no.",
       "Democratic=democratic_party/demonym+mod@united_states | Ann Cole=ann_cole/pattern | "
       "Tom Hale=tom_hale/pattern"},
      {"Labour MP Tom Hale resigned on Friday.",
       "Labour=labour_party/demonym+mod@united_kingdom | Tom Hale=tom_hale/pattern@labour_party"},
      {"The Conservative leader spoke on Friday.",
       "Conservative=conservative_party/demonym+mod@united_kingdom"},
      {"It was a Libertarian candidate who won.",
       "Libertarian=libertarian_party/demonym+mod@united_states"},
  };
  ExpectCases(std::begin(cases), std::end(cases));
}

TEST(PartyAdjectivesTest, LowerCasePartyAfterTheAdjectiveIsTheParty) {
  const Case cases[] = {
      {"He left the Democratic party in March.", "Democratic party=democratic_party@united_states"},
      {"She joined the Republican party in May.", "Republican party=republican_party@united_states"},
  };
  ExpectCases(std::begin(cases), std::end(cases));
}

TEST(PartyAdjectivesTest, AdjectiveInsideALongerNameIsNotTheParty) {
  const Case cases[] = {
      {"The Social Democratic leader spoke on Friday.", ""},
      {"He founded the Democratic Leadership Council in May.",
       "Democratic Leadership Council=democratic_leadership_council/pattern"},
      {"Troops of the Republican Guard moved south.", "Republican Guard=republican_guard/pattern"},
      {"Elections were held in the Democratic Republic of the Congo.",
       "Democratic Republic of the Congo=democratic_republic_of_the_congo"},
      // A sentence's first word: only a capitalised title makes it the party's.
      {"Conservative leaders in the region disagreed.", ""},
      // A portfolio, not the party: the minister of labour.
      {"Talks were held with Labour Minister Tom Hale.", "Tom Hale=tom_hale/pattern"},
  };
  ExpectCases(std::begin(cases), std::end(cases));
}

TEST(PartyAdjectivesTest, ARivalStateNamedMoreOftenKeepsTheAdjectiveFromTheListedParty) {
  const Case cases[] = {
      {"Canada will vote in May. In Canada, the Conservative leader spoke.",
       "Canada=canada | Canada=canada"},
      {"Britain will vote in May. The Conservative leader spoke.",
       "Britain=united_kingdom | Conservative=conservative_party/demonym+mod@united_kingdom"},
  };
  ExpectCases(std::begin(cases), std::end(cases));
}

}  // namespace
}  // namespace actorgraph
