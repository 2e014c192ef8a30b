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

TEST(NameBoundariesTest, AGivenNameTheGenderListsKnowOpensAPersonsNameWithoutACue) {
  ExpectCases({
      {"Stephanie Quarrel has knit a dozen outfits.",
       "Stephanie Quarrel=stephanie_quarrel/pattern"},
      {"Thabo Lindqvist ran the stall.", "Thabo Lindqvist=thabo_lindqvist/pattern"},
      // A place or common word is no given name.
      {"Victoria Falls drew the crowds.", ""},
  });
}

TEST(NameBoundariesTest, ATitleAfterAGivenNameIsASurnameWhenNoNameFollows) {
  ExpectCases({
      {"The award went to Anna Pike and Michel Mayor.",
       "Anna Pike=anna_pike/pattern | Michel Mayor=michel_mayor/pattern"},
      {"Critics of the budget included John Major.", "John Major=john_major/pattern"},
      // Before a name the word is that name's title, and the surname is no title then.
      {"Michel Mayor spoke first. Mayor Anne Tolbert spoke next.",
       "Michel Mayor=michel_mayor/pattern | Anne Tolbert=anne_tolbert/pattern"},
      // A royal's rank before "of" is a title.
      {"Crowds cheered Charles Prince of Wales.", "Wales=wales@united_kingdom"},
  });
}

TEST(NameBoundariesTest, APointOfTheCompassAfterABodysOfTakesThePlaceIntoTheName) {
  ExpectCases({
      {"She studied at the University of Eastern Finland last year.",
       "University of Eastern Finland=university_of_eastern_finland/pattern@finland"},
      {"He taught at the University of Southern California in 2010.",
       "University of Southern California=university_of_southern_california/pattern@california"},
  });
}

TEST(NameBoundariesTest, APointOfTheCompassBeforeAPlaceOpensTheBodysName) {
  ExpectCases({
      {"Crews from South Wales Fire and Rescue Service were called.",
       "South Wales Fire and Rescue "
       "Service=south_wales_fire_and_rescue_service/pattern@wales"},
      {"Crews from the Wales Fire and Rescue Service were called.",
       "Wales Fire and Rescue "
       "Service=wales_fire_and_rescue_service/pattern@wales"},
  });
}

TEST(NameBoundariesTest, AHyphenatedGivenNameWithALowerCaseSyllableStaysInTheName) {
  ExpectCases({
      {"The talks will resume, Choi Min-ho said.", "Choi Min-ho=choi_min_ho/pattern"},
      {"Yesterday Wai-kit Lo said the talks would resume.", "Wai-kit Lo=wai_kit_lo/pattern"},
      // An English compound is no given name.
      {"Pre-tax profits rose, Mark Hollis said.", "Mark Hollis=mark_hollis/pattern"},
  });
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

TEST(NameBoundariesTest, InAfterForGoesOnWithTheBodysName) {
  ExpectCases({
      {"She works at the Northern Institute for Studies in Coastal Ecology.",
       "Northern Institute for Studies in Coastal "
       "Ecology=northern_institute_for_studies_in_coastal_ecology/pattern"},
      // A place after "in": a listed one, one word, or one that starts like a
      // place.
      {"He spoke at the Northern Institute for Economics in Tehran.",
       "Northern Institute for "
       "Economics=northern_institute_for_economics/pattern"},
      {"He spoke at the Northern Centre for Surgery in Pellworth on Monday.",
       "Northern Centre for Surgery=northern_centre_for_surgery/pattern"},
      {"He spoke at the Northern Centre for Surgery in New Pellworth on "
       "Monday.",
       "Northern Centre for Surgery=northern_centre_for_surgery/pattern"},
  });
}

TEST(NameBoundariesTest, ACampusAfterACommaIsPartOfTheUniversitysName) {
  ExpectCases({
      {"Researchers at the University of Texas, Dallas found the bones.",
       "University of Texas, Dallas=university_of_texas_dallas/pattern@texas"},
      {"A study by the University of Texas, El Paso, was published.",
       "University of Texas, El "
       "Paso=university_of_texas_el_paso/pattern@texas"},
      // Not a person after the comma, nor a list.
      {"At the University of Texas, Ann Cole found the bones.",
       "University of Texas=university_of_texas/pattern@texas | Ann "
       "Cole=ann_cole/pattern"},
      {"At the University of Texas, Mendez said the bones were old.",
       "University of Texas=university_of_texas/pattern@texas"},
      {"Students from the University of Texas, Rice and Baylor met.",
       "University of Texas=university_of_texas/pattern@texas"},
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

TEST(NameBoundariesTest, ACapitalisedOrdinalOpensABodysName) {
  ExpectCases({
      {"Second Avenue Holdings Inc said profits rose.",
       "Second Avenue Holdings Inc=second_avenue_holdings_inc/pattern"},
      {"He banked with the First Harbour Bank of Pellworth.",
       "First Harbour Bank of Pellworth=first_harbour_bank_of_pellworth/pattern"},
  });
}

TEST(NameBoundariesTest, AWordAndAPossessiveOpenACompanysNameEndingInASuffix) {
  ExpectCases({
      {"Pellham's Garden Supply Inc said sales fell.",
       "Pellham's Garden Supply Inc=pellham_s_garden_supply_inc/pattern"},
      {"Shares of Pellham's Garden Supply Inc rose.",
       "Pellham's Garden Supply Inc=pellham_s_garden_supply_inc/pattern"},
      {"She was an MP of the People's Party of Ruritania.",
       "People's Party of Ruritania=people_s_party_of_ruritania/pattern"},
      {"He left the People's Unity Party of Ruritania in May.",
       "People's Unity Party of Ruritania=people_s_unity_party_of_ruritania/pattern"},
      // No legal suffix: the owner and its unit.
      {"Pellham's Garden Supply division said sales fell.", ""},
      // A name the document knows is the owner: "Acme's Tool Co" is Acme's
      // unit.
      {"Acme Inc said it would sell a unit. Later Acme's Tool Co was sold.",
       "Acme Inc=acme_inc/pattern | it=acme_inc/coreference | "
       "Acme=acme_inc/alias | Tool Co=tool_co/pattern"},
      // "and" before the word: the possessive ends another name.
      {"It was rated by Standard and Pellham's Ratings Inc on Monday.",
       "Ratings Inc=ratings_inc/pattern"},
  });
}

TEST(NameBoundariesTest, CorporationBeforeANameIsAKindNoun) {
  ExpectCases({
      {"Miners employed by the state corporation Minerco went on strike.",
       "Minerco=minerco/pattern"},
      {"The broadcast corporation KBN-TV's licence expired.",
       "KBN-TV=kbn_tv/pattern"},
  });
}

} // namespace
} // namespace actorgraph
