// Bands, media and bodies that news names without a head word, and the people
// the same sentences name by a list or a demonym: found with the default
// dictionary. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

std::string Find(const std::string &text) { return testing::FindRenderedWithDefault(text); }

struct Case {
  const char *text;
  const char *expected;  // Render() of the mentions
};

void ExpectCases(const std::vector<Case> &cases) {
  for (const Case &c : cases) EXPECT_EQ(Find(c.text), c.expected) << "text: " << c.text;
}

TEST(UnlistedOrganisationsTest, BandsLabelsAndClubsAfterANounOfTheirKind) {
  ExpectCases({
      {"She was the singer of the folk band Quiet Harbour.", "Quiet Harbour=quiet_harbour/pattern"},
      {"The two later formed another supergroup Northwind.", "Northwind=northwind/pattern"},
      {"The album came out on the record label Greyline in May.", "Greyline=greyline/pattern"},
      // Not a name: a date after the noun.
      {"The band Monday played a set.", ""},
      // A country's word that closes the name is its last word and its affiliation.
      {"They worked with the organization Fairly Iranian.",
       "Fairly Iranian=fairly_iranian/pattern@iran"},
  });
}

TEST(UnlistedOrganisationsTest, ANameBeforeAnAppositionOfItsKindIsThatOrganisation) {
  ExpectCases({
      {"The boats were built by Harrow Tide Marine, a company that makes ferries.",
       "Harrow Tide Marine=harrow_tide_marine/pattern"},
      {"The fund bought shares in Kelpmoor, a private firm, last year.",
       "Kelpmoor=kelpmoor/pattern"},
      // A name that may go on across "and" is left alone.
      {"He edits Craft and Garden Review, a trade publication.", ""},
  });
}

// The type is what tells a body from a person found by the same words.
std::string TypesWithDefault(const std::string& text) {
  testing::Analysed analysed = testing::Analyse(text);
  ActorFinder finder(testing::DefaultDictionary());
  std::string out;
  for (const Mention& m : finder.FindMentions(analysed.document, analysed.sentences)) {
    out += m.surface + ":" + std::string(ActorTypeName(m.actor.type)) + " ";
  }
  return out;
}

TEST(UnlistedOrganisationsTest, AnAppositionsKindNounMustEndItsPhrase) {
  EXPECT_EQ(TypesWithDefault("The boats were built by Harrow Tide Marine, a company that "
                             "makes ferries."),
            "Harrow Tide Marine:organization ");
  // "a company spokesman" is a person's role.
  EXPECT_EQ(TypesWithDefault("The talks were led by Denholm Pryce, a company spokesman."),
            "Denholm Pryce:person ");
}

TEST(UnlistedOrganisationsTest, ForumIsAHeadWord) {
  ExpectCases({
      {"The Greek Shipping Forum said the port was full.",
       "Greek Shipping Forum=greek_shipping_forum/pattern@greece"},
  });
}

TEST(UnlistedOrganisationsTest, IncorporatedIsAHeadWord) {
  ExpectCases({
      {"He sang for years with Harbor Blues Incorporated.",
       "Harbor Blues Incorporated=harbor_blues_incorporated/pattern"},
  });
}

TEST(UnlistedOrganisationsTest, TitleCasedTheStartsTheNameOfABody) {
  ExpectCases({
      {"In 1964 Tom Reed left for The Lanterns.",
       "Tom Reed=tom_reed/pattern | The Lanterns=the_lanterns/pattern"},
      // The body ends where another name starts after a connector.
      {"He left Harbor Blues Incorporated for The Lanterns.",
       "Harbor Blues Incorporated=harbor_blues_incorporated/pattern | "
       "The Lanterns=the_lanterns/pattern"},
      // "<name> of The <body>": the body is the person's cue.
      {"Ossie Brandwell of The Lanterns wrote a tribute.",
       "Ossie Brandwell=ossie_brandwell/pattern | The "
       "Lanterns=the_lanterns/pattern"},
      {"She recalled it in an interview with the The Morning Ledger.",
       "The Morning Ledger=the_morning_ledger/pattern"},
      // Later, without its article.
      {"Tom Reed joined The Lanterns. The Lanterns toured. Lanterns fans "
       "cheered.",
       "Tom Reed=tom_reed/pattern | The Lanterns=the_lanterns/pattern | "
       "Lanterns=the_lanterns/alias | Lanterns=the_lanterns/alias"},
  });
}

TEST(UnlistedOrganisationsTest, TitlesOfWorksAreNotBodies) {
  ExpectCases({
      {"She read the novel The Quiet Harbour twice.", ""},
      {"The band released The Long Road in 1970.", ""},
      {"He loved The Lord of the Rings as a boy.", ""},
      {"They watched a film called The Night Train.", ""},
  });
}

TEST(UnlistedOrganisationsTest, PapersNamedForTheirTown) {
  ExpectCases({
      {"He said so in a letter to the Ohio Examiner.", "Ohio Examiner=ohio_examiner/pattern@ohio"},
      {"Ossie Brandwell told the Iranian Chronicle that he would run.",
       "Ossie Brandwell=ossie_brandwell/pattern | "
       "Iranian Chronicle=iranian_chronicle/pattern@iran | "
       "he=ossie_brandwell/coreference"},
      // Not without the article, nor when the name goes on.
      {"Ohio Examiner staff left.", "Ohio=ohio@united_states"},
      {"He backed the Ohio Times Square plan.", ""},
      {"It was published in the American Journal of Dental Care.",
       "American=united_states/demonym+mod"},
  });
}

TEST(UnlistedOrganisationsTest, AcronymAfterAPersonsOfIsABody) {
  ExpectCases({
      {"Anna Berg of KQRT 4 news spoke to residents.",
       "Anna Berg=anna_berg/pattern | KQRT=kqrt/pattern"},
      // Not a person's "of": a place's.
      {"The port of KQRT reopened.", ""},
  });
}

TEST(UnlistedOrganisationsTest, NameAfterTheOfOfAnOfficeHeldInABodyIsTheBody) {
  ExpectCases({
      {"The then-manager of Harbor Publicity said so.",
       "Harbor Publicity=harbor_publicity/pattern"},
      {"She became a member of Quiet Harbour last year.", "Quiet Harbour=quiet_harbour/pattern"},
      {"He was the founder of Greyline Records and its first singer.",
       "Greyline Records=greyline_records/pattern"},
      // It ends before "and" and another office.
      {"The manager of Harbor Publicity and Director of Orlen Tourism Partnership said so.",
       "Harbor Publicity=harbor_publicity/pattern | "
       "Orlen Tourism Partnership=orlen_tourism_partnership/pattern"},
      // A portfolio or a rank is no body; nor is a name that goes on, or a state's office.
      {"The Director of Public Communications spoke.", ""},
      {"She was a member of Quiet Harbour 2 crew.", ""},
      {"He is the director of Harbor Publicity of Orlen.", ""},
      {"He was the governor of Quarry Province.", ""},
      {"She was the manager of Cable and Wireless for years.", ""},
      {"He is managing director of Quarry Asia (Orlen) Ltd now.", ""},
      {"She is a member of QRX (Quarry Reading Circle) now.", "QRX=qrx/pattern"},
      // The director of a work.
      {"Tom Reed, the director of Quarry Nights, wrote a tribute.", "Tom Reed=tom_reed/pattern"},
      {"The executive director of Quarry Nights, Tom Reed, wrote a tribute.",
       "Quarry Nights=quarry_nights/pattern | Tom Reed=tom_reed/pattern"},
      // A modifier of a noun, or a portfolio held at a body.
      {"He became president of the Orlen nation in 2005.", ""},
      {"She is the editor of Quarry reports.", ""},
      {"He is Director of Maritime Commodities at the Trade Department.",
       "Trade Department=trade_department/pattern"},
  });
}

TEST(UnlistedOrganisationsTest, TownIsAnActorWhereItsOfficeIsNamed) {
  ExpectCases({
      {"According to the Millbrook mayor, the road is closed.", "Millbrook=millbrook/pattern"},
      {"Millbrook's police chief spoke on Sunday.", "Millbrook=millbrook/pattern"},
      {"The Millbrook city council voted.", "Millbrook=millbrook/pattern"},
      // Not the town as a place.
      {"The Millbrook police station was closed.", ""},
      {"The Millbrook city area was flooded.", ""},
      {"Millbrook's mayoral race is close.", "Millbrook=millbrook/pattern"},
      // After a mayor's "of".
      {"He is the mayor of the town of Millbrook.", "Millbrook=millbrook/pattern"},
      {"He was mayor of Millbrook Falls until 2010.", "Millbrook Falls=millbrook_falls/pattern"},
      {"He was mayor of Millbrook Falls Stadium Events.", ""},
  });
}

TEST(UnlistedOrganisationsTest, TownIsAnActorWhereItsPoliceActOrItsChiefConstableIsNamed) {
  ExpectCases({
      {"Millbrook police said the road was closed.", "Millbrook=millbrook/pattern"},
      {"A spokesman for Millbrook police told reporters it was closed.",
       "Millbrook=millbrook/pattern"},
      {"Millbrook's chief constable Tom Varga wrote a letter.",
       "Millbrook=millbrook/pattern | Tom Varga=tom_varga/pattern"},
      // Not the police as a noun's modifier, nor another chief.
      {"Millbrook police officers were at the scene.", ""},
      {"Metropolitan police said the road was closed.", ""},
      {"Millbrook's chief engineer left.", ""},
  });
}

TEST(UnlistedOrganisationsTest, MediaAddressedBySpeech) {
  ExpectCases({
      {"Earlier this month, the mayor told NewsPrint that the plan was dead.",
       "NewsPrint=newsprint/pattern"},
      {"Tom Reed, in remarks to KQRT, said he would run.",
       "Tom Reed=tom_reed/pattern | KQRT=kqrt/pattern | "
       "he=tom_reed/coreference"},
      {"The mayor told KQRT News that he would run.", "KQRT News=kqrt_news/pattern"},
      {"The mayor was quoted by KQRT as saying he would run.", "KQRT=kqrt/pattern"},
      {"The mayor was quoted by the KQRT as saying he would run.", "KQRT=kqrt/pattern"},
      // A surname with an inner capital is a person's.
      {"The mayor told McGurk that he would run.", ""},
      // A numeral is no listener.
      {"They told XIV of them to leave.", ""},
  });
}

TEST(UnlistedOrganisationsTest, WhoInvestigatesOrReportsByABrandIsABody) {
  ExpectCases({
      {"An investigation by FactHarbor found no such deal.", "FactHarbor=factharbor/pattern"},
      {"A poll by QRTV found the mayor ahead.", "QRTV=qrtv/pattern"},
      // Not after another noun: "a visit by" names a visitor.
      {"A visit by FactHarbor ended the talks.", ""},
  });
}

TEST(UnlistedOrganisationsTest, MediaNamedByTheirHeadWordAfterASpeechCue) {
  ExpectCases({
      {"The mayor told Quarry Magazine that he would run.",
       "Quarry Magazine=quarry_magazine/pattern"},
      {"He will run, as reported by the Tallow Daily News.",
       "Tallow Daily News=tallow_daily_news/pattern"},
      {"He will run, according to Orlen This Week.", "Orlen This Week=orlen_this_week/pattern"},
      // A spaced dash closes the aside; an attached one goes on into a compound.
      {"He said — as reported by Tallow Daily News — that he would run.",
       "Tallow Daily News=tallow_daily_news/pattern"},
      {"He told Tallow Daily News-affiliated staff that he would run.", ""},
      // A demonym at the start becomes the medium's affiliation.
      {"He will run, as quoted by Iranian Reporter.",
       "Iranian Reporter=iranian_reporter/pattern@iran"},
      // Not a bare head, nor a name that goes on.
      {"The mayor told Post readers that he would run.", ""},
      {"The mayor told Quarry News Sunday that he would run.", ""},
  });
}

TEST(UnlistedOrganisationsTest, MediaNamedBeforeALowerCaseMagazineOrNewspaper) {
  ExpectCases({
      {"Quill magazine named her its person of the year.", "Quill=quill/pattern"},
      {"In an interview with Lark Weekly magazine, she said so.",
       "Lark Weekly=lark_weekly/pattern"},
      {"He wrote for the Quarry newspaper.", "Quarry=quarry/pattern"},
      // Not a function word, a day, a given name or a name that goes on before it.
      {"The magazine named her.", ""},
      {"He read the Sunday newspaper.", ""},
      {"She read John's magazine.", ""},
      {"They read Quarry's Lark magazine.", ""},
      {"They read the Jornal do Quarry newspaper.", ""},
  });
}

TEST(UnlistedOrganisationsTest, TheNameBeforeAndAPersonIsAPerson) {
  ExpectCases({
      {"He toured with Wendel Arko and Maria Santos.",
       "Wendel Arko=wendel_arko/pattern | Maria Santos=maria_santos/pattern"},
      // Not when the list goes on to something else.
      {"He toured with Wendel Arko and Maria Santos Foundation.",
       "Maria Santos Foundation=maria_santos_foundation/pattern"},
  });
}

TEST(UnlistedOrganisationsTest, PeopleAfterAPluralDemonym) {
  ExpectCases({
      {"He was followed by Iranians Abbas Tolui, 2:06:10, and Reza Dehqan.",
       "Iranians=iran/demonym | Abbas Tolui=abbas_tolui/pattern | "
       "Reza Dehqan=reza_dehqan/pattern"},
      // A singular demonym is no cue on its own.
      {"He was followed by Iranian Abbas Tolui.", "Iranian=iran/demonym+mod"},
  });
}

TEST(UnlistedOrganisationsTest, ASurnameAfterTheFullNameInOneSentenceIsThePerson) {
  ExpectCases({
      {"When drummer Wendel Arko left the band in 1962, Arko recommended Kip Rono.",
       "Wendel Arko=wendel_arko/pattern | Arko=wendel_arko/alias"},
  });
}

TEST(UnlistedOrganisationsTest, AFellowNationalIsARoleNotAName) {
  ExpectCases({
      {"Countryman Kip Rono finished third.", "Kip Rono=kip_rono/pattern"},
  });
}

TEST(UnlistedOrganisationsTest, ADemonymAfterAPersonsOfOpensTheBodysName) {
  ExpectCases({
      {"Jenna Dask of American University wrote a column.",
       "Jenna Dask=jenna_dask/pattern | "
       "American University=american_university/pattern@united_states"},
      {"Omar Fahd, a member of the Iraqi Parliament, spoke.",
       "Omar Fahd=omar_fahd/pattern | Iraqi Parliament=iraqi_parliament/pattern@iraq"},
      // A country's name joins a name every state's body has.
      {"Lia Wren of the Kenya Energy Commission spoke.",
       "Lia Wren=lia_wren/pattern | Kenya Energy Commission=kenya_energy_commission/pattern@kenya"},
  });
}

TEST(UnlistedOrganisationsTest, FieldsOfStudyJoinedByAndStayInASchoolsName) {
  ExpectCases({
      {"Lia Wren of the Halvorsen School of Marine and Polar Science said so.",
       "Lia Wren=lia_wren/pattern | Halvorsen School of Marine and Polar Science="
       "halvorsen_school_of_marine_and_polar_science/pattern"},
      {"He joined the Pellham Academy of Arts and Sciences.",
       "Pellham Academy of Arts and Sciences=pellham_academy_of_arts_and_sciences/pattern"},
      // A second body after the "and" of a body's "of".
      {"She studied at the University of Tarnby and Pellham University.",
       "University of Tarnby=university_of_tarnby/pattern | "
       "Pellham University=pellham_university/pattern"},
      // A tail that names no field is another name as often.
      {"He taught at the University of Tarnby and Orlow.",
       "University of Tarnby=university_of_tarnby/pattern"},
  });
}

TEST(UnlistedOrganisationsTest, BodyAfterAPlaceInAPersonsOfIsNamedWithoutThePlace) {
  ExpectCases({
      // The place keeps its mention and is the body's affiliation.
      {"Lia Wren of the Kenya Halvorsen Institute of Soil and Water Science spoke.",
       "Lia Wren=lia_wren/pattern | Kenya=kenya | Halvorsen Institute of Soil and "
       "Water Science=halvorsen_institute_of_soil_and_water_science/pattern@kenya"},
      // A name every state's body has takes the place in, as before.
      {"Lia Wren of the Kenya Energy Commission spoke.",
       "Lia Wren=lia_wren/pattern | Kenya Energy Commission=kenya_energy_commission/pattern@kenya"},
  });
}

TEST(UnlistedOrganisationsTest, RomanceHeadWordsOpenABodysName) {
  ExpectCases({
      {"She works at the Instituto Nacional de Pesca Marina.",
       "Instituto Nacional de Pesca Marina=instituto_nacional_de_pesca_marina/pattern"},
      {"He studied at the Universidad de la Costa Norte.",
       "Universidad de la Costa Norte=universidad_de_la_costa_norte/pattern"},
      {"The Partido Verde Unido won two seats.", "Partido Verde Unido=partido_verde_unido/pattern"},
      // "El Centro" is a town.
      {"The crash near El Centro killed two.", ""},
      // A country's possessive is the affiliation; the name stays as written.
      {"Lia Wren, head of Kenya's Institut National de Recherche Marine, spoke.",
       "Lia Wren=lia_wren/pattern | Kenya=kenya | Institut National de Recherche "
       "Marine=institut_national_de_recherche_marine/pattern@kenya"},
      // "da" joins no name without a Romance head.
      {"The Harbor Society da Costa Lima said so.",
       "Harbor Society=harbor_society/pattern | Costa Lima=costa_lima/pattern"},
  });
}

TEST(UnlistedOrganisationsTest, RailwaysAndClinicsAreHeadWords) {
  ExpectCases({
      {"The Tarnby Railway cut its fares.", "Tarnby Railway=tarnby_railway/pattern"},
      {"The state-run Kenyan Railways ran the train.",
       "Kenyan Railways=kenyan_railways/pattern@kenya"},
      {"He was treated at the Pellham Clinic.", "Pellham Clinic=pellham_clinic/pattern"},
      // Before other heads, the railway's word is the name's own.
      {"Officers of the Railway Police Force were there.",
       "Railway Police Force=railway_police_force/pattern"},
      // A bare head is no name.
      {"He works for the Railway.", ""},
      // A division's name is no person's, though a body's "of" follows it.
      {"Tarnby Division of the Tarnby Railway said so.", "Tarnby Railway=tarnby_railway/pattern"},
  });
}

}  // namespace
}  // namespace actorgraph
