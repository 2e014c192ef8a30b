// A state's possessive before a body's name: a name every state's body has ("Finance
// Ministry") takes the state's adjective, a name of its own ("National Institute of
// Example Studies") stays as written; a campus after a comma stays in a university's name
// before a possessive, and the comma sits on the word before it. Sentences written for
// these tests, found with the default dictionary.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

// The names of the bodies found in `text`, joined by " | ".
std::string Find(const std::string &text) {
  testing::Analysed analysed = testing::Analyse(text);
  ActorFinder finder(testing::DefaultDictionary(), ActorFinderOptions());
  std::string out;
  for (const Mention &m : finder.FindMentions(analysed.document, analysed.sentences)) {
    if (m.actor.type != ActorType::kOrganization) continue;
    if (!out.empty()) out += " | ";
    out += m.actor.name;
  }
  return out;
}

struct Case {
  const char *text;
  const char *expected;  // the bodies' names
};

void ExpectCases(const std::vector<Case> &cases) {
  for (const Case &c : cases) EXPECT_EQ(Find(c.text), c.expected) << "text: " << c.text;
}

TEST(PossessiveStateNamesTest, AGenericBodyTakesTheStatesAdjective) {
  ExpectCases({
      {"Spain's Finance Ministry said the deficit grew.", "Spanish Finance Ministry"},
  });
}

TEST(PossessiveStateNamesTest, ABodysOwnNameStaysAsWritten) {
  ExpectCases({
      {"Chile's National Institute of Glacier Studies said the ice was thin.",
       "National Institute of Glacier Studies"},
      {"Spain's Harbour Rowing Federation said the race was off.", "Harbour Rowing Federation"},
  });
}

TEST(PossessiveStateNamesTest, ACampusBeforeAPossessiveStaysInTheUniversitysName) {
  ExpectCases({
      {"The University of Texas, Dallas's dean spoke.", "University of Texas, Dallas"},
      {"Researchers at the University of Texas, Dallas found the bones.",
       "University of Texas, Dallas"},
  });
}

}  // namespace
}  // namespace actorgraph
