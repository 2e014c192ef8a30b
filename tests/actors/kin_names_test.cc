// Relatives named by their given name after a kin noun: "his wife, Ann,", "Okafor's son
// Tobi", "their sons Tom and Bo".
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

using testing::FindIn;
using testing::Render;

struct Case {
  const char* text;
  const char* expected;
};

void ExpectCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(Render(FindIn(c.text)), c.expected) << "text: " << c.text;
  }
}

TEST(KinNamesTest, GivenNameAfterAPossessiveTakesTheOwnersSurname) {
  ExpectCases({
      {"Activist Ambrose Okafor spoke. Okafor's son Tobi was there.",
       "Ambrose Okafor=ambrose_okafor/pattern | Okafor=ambrose_okafor/alias | "
       "Tobi=tobi_okafor/pattern"},
      {"Activist Ambrose Okafor's 12-year-old daughter, Ngozi, sang.",
       "Ambrose Okafor=ambrose_okafor/pattern | Ngozi=ngozi_okafor/pattern"},
  });
}

TEST(KinNamesTest, GivenNameAfterAPronounTakesTheSurnameOfWhomItStandsFor) {
  ExpectCases({
      // ("wife" makes Ngozi a woman, so "he" is Okafor.)
      {"Activist Ambrose Okafor died on Monday. His wife Ngozi said he was ill.",
       "Ambrose Okafor=ambrose_okafor/pattern | His=ambrose_okafor/coreference+mod | "
       "Ngozi=ngozi_okafor/pattern | he=ambrose_okafor/coreference"},
      // The pronoun's person named earlier in the sentence.
      {"Activist Ambrose Okafor thanked his wife, Ngozi, for her help.",
       "Ambrose Okafor=ambrose_okafor/pattern | Ngozi=ngozi_okafor/pattern"},
      // ... or named earlier in the sentence by a pronoun.
      {"Activist Ambrose Okafor died on Monday. He had been ill since May, which his wife "
       "Ngozi said was due to age.",
       "Ambrose Okafor=ambrose_okafor/pattern | He=ambrose_okafor/coreference | "
       "Ngozi=ngozi_okafor/pattern"},
  });
}

TEST(KinNamesTest, ListsAfterAPluralKinNounAreEachARelative) {
  ExpectCases({
      {"Activist Ambrose Okafor left his wife Ngozi, and children Tobi and Ada.",
       "Ambrose Okafor=ambrose_okafor/pattern | Ngozi=ngozi_okafor/pattern | "
       "Tobi=tobi_okafor/pattern | Ada=ada_okafor/pattern"},
      {"They left their sons Tobi, Emeka and Ada behind.",
       "Tobi=tobi/pattern | Emeka=emeka/pattern | Ada=ada/pattern"},
      {"The Okafors' son Tobi was there.", "Tobi=tobi_okafor/pattern"},
  });
}

TEST(KinNamesTest, KnownRelativeLendsItsOwnerToTheNextKinNoun) {
  // "Ngozi" is known already from the first sentence: "children Tobi and Ada" after it
  // still have an owner.
  ExpectCases({
      {"Activist Ambrose Okafor thanked his wife, Ngozi. Okafor said his wife Ngozi, and "
       "children Tobi and Ada, were well.",
       "Ambrose Okafor=ambrose_okafor/pattern | Ngozi=ngozi_okafor/pattern | "
       "Okafor=ambrose_okafor/alias | Ngozi=ngozi_okafor/alias | Tobi=tobi_okafor/pattern | "
       "Ada=ada_okafor/pattern"},
  });
}

TEST(KinNamesTest, InLawsAndWiderFamilyAreKinNouns) {
  ExpectCases({
      {"Activist Ambrose Okafor died. The news came from his son-in-law, Tobi, on Monday.",
       "Ambrose Okafor=ambrose_okafor/pattern | his=ambrose_okafor/coreference+mod | "
       "Tobi=tobi_okafor/pattern"},
      {"Activist Ambrose Okafor died. The news came from his cousin, Tobi, on Monday.",
       "Ambrose Okafor=ambrose_okafor/pattern | his=ambrose_okafor/coreference+mod | "
       "Tobi=tobi_okafor/pattern"},
  });
}

TEST(KinNamesTest, CommonWordsAndLongerNamesAreNoGivenNames) {
  ExpectCases({
      // A month before a date, a capitalised word after the name, a singular noun's list.
      {"They saw her daughter May 3 in court.", ""},
      {"They saw his son Tobi Mensah in court.", "Tobi Mensah=tobi_mensah/pattern"},
      {"She took her son to Chad.", "Chad=chad"},
      {"He thanked his wife and Iran.", "Iran=iran"},
      // Not after a lower-case owner that is no person's.
      {"They met the wife Ngozi.", ""},
  });
}

}  // namespace
}  // namespace actorgraph
