// The actors of news sentences, found with the default dictionary: people named without a
// title, organisations named after a noun of their kind, chambers by their head word, and
// places that are not the state of the same name. Sentences written for these tests.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/actors/actor_finder.h"
#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

using testing::Analyse;
using testing::Analysed;
using testing::Render;


std::string Find(const std::string& text) { return testing::FindRenderedWithDefault(text); }

struct Case {
  const char* text;
  const char* expected;  // Render() of the mentions
};

void ExpectCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Find(c.text), c.expected) << "text: " << c.text;
}

TEST(NewsActorsTest, AppositionNamingAnOfficeMarksAPerson) {
  ExpectCases({
      {"Kurt Wendler, the Iranian special envoy for the talks, resigned.",
       "Kurt Wendler=kurt_wendler/pattern | Iranian=iran/demonym+mod"},
      {"Tavi Marsh, spokesperson for the governor, denied it.",
       "Tavi Marsh=tavi_marsh/pattern"},
      {"Orla Quist, Acme's chief executive, agreed.", "Orla Quist=orla_quist/pattern"},
      // The office noun before the comma.
      {"The minister's spokesperson, Lena Vortman, said nothing.",
       "Lena Vortman=lena_vortman/pattern"},
      {"Then a Republican, Dov Hale, voted against it.",
       "Republican=republican_party/demonym@united_states | Dov Hale=dov_hale/pattern"},
      // The office belongs to the name after it.
      {"The loan went to the Grain Price Scheme, Finance Minister Jon Voss said.",
       "Jon Voss=jon_voss/pattern"},
      {"The official Harbin Review said so.", ""},
      // Not an office: a company described by its size.
      {"Brant Widgets, a major supplier of parts, cut jobs.", ""},
      {"Dorn Valley, the largest farm in the area, was sold.", ""},
      // After an opening adverb and its comma the name is no "Portland, Oregon" place.
      {"Yesterday, Kurt Wendler, the mayor of Harbin, resigned.",
       "Kurt Wendler=kurt_wendler/pattern | Harbin=harbin/pattern"},
  });
}

TEST(NewsActorsTest, NameInAppositionToAnOfficePhraseIsAPerson) {
  ExpectCases({
      {"The executive director of the Tallow Rowing Club, Piet Vandross, told us so.",
       "Tallow Rowing Club=tallow_rowing_club/pattern | Piet Vandross=piet_vandross/pattern"},
      {"The delegate to the Harbin Assembly, Aumo Telesi, voted no.",
       "Harbin Assembly=harbin_assembly/pattern | Aumo Telesi=aumo_telesi/pattern"},
      // A capitalised office noun only before "of".
      {"The then-head of Kelp Press and Director of Norland Arts Trust, Dafydd Orme, left.",
       "Kelp Press=kelp_press/pattern | Norland Arts Trust=norland_arts_trust/pattern | "
       "Dafydd Orme=dafydd_orme/pattern"},
      // Not when a lower-case word of another kind ends the phrase.
      {"He was the director of the film, Harbin Nights, in 1990.", ""},
      // A name right after the office noun holds it: what follows the comma is another.
      {"Through sole manager Tovin, Harbin Inns is selling notes.", ""},
  });
}

TEST(NewsActorsTest, CommonWordSurnameAfterAGivenNameIsAPerson) {
  ExpectCases({
      {"Singer Doris Winter died. Fans loved Winter for decades.",
       "Doris Winter=doris_winter/pattern | Winter=doris_winter/alias"},
      // Not without the word alone mid-sentence.
      {"Singer Doris Winter died. Winter came early that year.", ""},
      // Nor a party or faith word: "Roman" is also a given name.
      {"A Roman Catholic priest spoke. He turned Catholic in 1990.", ""},
  });
}

TEST(NewsActorsTest, NamesListedAfterAPersonArePeople) {
  ExpectCases({
      {"The march was led by activist Nadia Quarshie, Oren Talbe and Mira Solvik.",
       "Nadia Quarshie=nadia_quarshie/pattern | Oren Talbe=oren_talbe/pattern | "
       "Mira Solvik=mira_solvik/pattern"},
      // Places listed after a place stay places.
      {"It snowed in Portland, Oregon and Salem, Oregon.",
       "Oregon=oregon@united_states | Oregon=oregon@united_states"},
  });
}

TEST(NewsActorsTest, CommonGivenNamesMarkAPerson) {
  ExpectCases({
      {"The deal was brokered by Zalmay Tarkani.", "Zalmay Tarkani=zalmay_tarkani/pattern"},
      {"Attempts by Rudy Vellani to win failed.", "Rudy Vellani=rudy_vellani/pattern"},
      // Given names met before titled people in the news.
      {"The study was led by Björn Tallqvist.", "Björn Tallqvist=bjorn_tallqvist/pattern"},
      {"He worked with Didier Vautrin and Ed Morrow.",
       "Didier Vautrin=didier_vautrin/pattern | Ed Morrow=ed_morrow/pattern"},
      // A broadcast named after its hosts is no person.
      {"He now hosts The Bernt and Sid Show, which airs daily.", ""},
      // After a plural title a given name starts the name.
      {"The letter was signed by Representatives Eliot Brandt and Ola Fenn.",
       "Eliot Brandt=eliot_brandt/pattern | Ola Fenn=ola_fenn/pattern"},
      // Inside a longer run a less common given name is a middle name, not a start.
      {"The prize went to Granada Manuel Fedeltor in May.", ""},
      // After "to" and "from" a run that opens with a given name is a person's, unless it
      // ends in a place's word.
      {"She wrote to George Weidlan about the plan.", "George Weidlan=george_weidlan/pattern"},
      {"A letter from Jane Rossiter arrived.", "Jane Rossiter=jane_rossiter/pattern"},
      {"She wrote to George Weidlan Jr. about it.", "George Weidlan Jr=george_weidlan_jr/pattern"},
      {"The ferry sails to George Town daily.", ""},
      // A firm named after a person.
      {"Brokers Samuel Montrose and Co said prices fell.", ""},
  });
}

TEST(NewsActorsTest, AGenerationalSuffixIsNamedWithItsFullStop) {
  for (const char* text : {"The film starred Bertram Vale Jr. and others.",
                           "The board said Olwen Tasker Sr, 67, would stay."}) {
    testing::Analysed analysed = testing::Analyse(text);
    ActorFinder finder(testing::DefaultDictionary(), ActorFinderOptions());
    std::vector<Mention> mentions = finder.FindMentions(analysed.document, analysed.sentences);
    ASSERT_EQ(mentions.size(), 1u) << text;
    EXPECT_TRUE(mentions[0].actor.name.ends_with(" Jr.") ||
                mentions[0].actor.name.ends_with(" Sr."))
        << text << " -> " << mentions[0].actor.name;
  }
}

TEST(NewsActorsTest, AGenerationalSuffixMarksAndEndsAPersonsName) {
  ExpectCases({
      {"The film starred Bertram Vale Jr. and others.",
       "Bertram Vale Jr=bertram_vale_jr/pattern"},
      {"The board said Olwen Tasker Sr, 67, would stay.",
       "Olwen Tasker Sr=olwen_tasker_sr/pattern"},
      // A name that goes on past the suffix is a day's or a place's.
      {"Schools closed for Morwen Pask Jr. Day celebrations.", ""},
  });
}

TEST(NewsActorsTest, OrganisationsAfterANounOfTheirKind) {
  ExpectCases({
      {"The Danish retailer Brekke bought the stores.",
       "Danish=denmark/demonym+mod | Brekke=brekke/pattern"},
      {"The state news agency Farsan reported it.", "Farsan=farsan/pattern"},
      {"The rebel group Ansar Tawil attacked a village.", "Ansar Tawil=ansar_tawil/pattern"},
      // A later mention without the noun, and without the kind word of its name.
      {"The airline Mahran Air flies to Syria. Mahran Air denied it. Mahran said so.",
       "Mahran Air=mahran_air/pattern | Syria=syria | Mahran Air=mahran_air/alias | "
       "Mahran=mahran_air/alias"},
      // Connectors of company names; a capitalised article of a paper's name.
      {"The state oil company Petrolera de Nirvana cut output.",
       "Petrolera de Nirvana=petrolera_de_nirvana/pattern"},
      {"He told the newspaper The Tallow Herald so.", "The Tallow Herald=the_tallow_herald/pattern"},
      {"The financial daily Brisker reported it.", "Brisker=brisker/pattern"},
      // Not a name: "daily" as an adjective, a pronoun, a name that may be two firms.
      {"That may lift the daily SDR price.", ""},
      {"If I were a bank I'm not sure I would.", ""},
      {"A bid by British firm Cable and Wireless failed.", "British=united_kingdom/demonym+mod"},
      // Not a name: a day, a function word, a person's given name.
      {"The company on Monday said it would close.", ""},
      {"The company Monday said it would close.", ""},
      {"The company founder Ian Tarrant resigned.", "Ian Tarrant=ian_tarrant/pattern"},
  });
}

TEST(NewsActorsTest, CapitalsBeforeANounOfAPlaceOrEventAreCities) {
  ExpectCases({
      {"Last week a Kabul car bombing killed five.", ""},
      {"Crowds gathered at the Baghdad airport.", ""},
      {"The Cairo summit denounced the deal.", ""},
      {"He ended a visit to Moscow on Friday.", ""},
      {"Washington state sued the company.", ""},
      // Still the government.
      {"Kabul blamed the Taliban.", "Kabul=afghanistan/capital | Taliban=taliban"},
  });
}

TEST(NewsActorsTest, UsStatesNamedLikeCountriesAreNotTheCountries) {
  ExpectCases({
      {"The storm hit Atlanta, Georgia on Monday.", ""},
      {"The state of Georgia sued.", ""},
      {"Voters in New Mexico went to the polls.", "New Mexico=new_mexico@united_states"},
      {"Georgia and Russia fought a war in 2008.", "Georgia=georgia | Russia=russia"},
  });
}

TEST(NewsActorsTest, AnotherStatesChamberIsNotTheListedOne) {
  ExpectCases({
      {"The Libyan House of Representatives did not ratify it.",
       "Libyan House of Representatives=libyan_house_of_representatives/pattern@libya"},
      {"The US House of Representatives voted.",
       "US House of Representatives=united_states_house_of_representatives@united_states"},
  });
}

TEST(NewsActorsTest, ChamberNamedInFullStandsForItsHeadWord) {
  ExpectCases({
      {"The United States House of Representatives voted. The House then adjourned. "
       "The Sydney Opera House reopened.",
       "United States House of Representatives=united_states_house_of_representatives"
       "@united_states | House=united_states_house_of_representatives/alias@united_states"},
      {"The House then adjourned.", ""},
  });
}

TEST(NewsActorsTest, AcronymAfterACountryIsTheCountrysOnlyWhenItSpellsTheName) {
  ExpectCases({
      {"Notes from Poland (NFP) reported it. NFP said so.", "Poland=poland"},
      {"Papua New Guinea (PNG) exports oil.",
       "Papua New Guinea=papua_new_guinea | PNG=papua_new_guinea/alias"},
  });
}

TEST(NewsActorsTest, ForAndOnStayInsideABodysName) {
  ExpectCases({
      {"Cinema for Peace Foundation paid for the flight.",
       "Cinema for Peace Foundation=cinema_for_peace_foundation/pattern"},
      {"The Speaker of the Grand Assembly spoke.", "Grand Assembly=grand_assembly/pattern"},
  });
}

TEST(NewsActorsTest, AHeadlineNamesPeopleByTheSurnamesTheTextIntroducesLater) {
  EXPECT_EQ(Find("Voss Announces Inquiry\n\nMr. Karl Voss spoke on Monday."),
            "Voss=karl_voss/alias | Karl Voss=karl_voss/pattern");
}

TEST(NewsActorsTest, ARoleBeforeANameAtTheSentenceStartIsNotPartOfIt) {
  ExpectCases({
      {"Voter Kitty Mak told reporters she would vote.",
       "Kitty Mak=kitty_mak/pattern | she=kitty_mak/coreference"},
      {"Ecologist Ryan Norris said so.", "Ryan Norris=ryan_norris/pattern"},
  });
}

TEST(NewsActorsTest, ARegionsBodyIsNotTheInternationalOneOfTheSameShortName) {
  ExpectCases({
      {"She joined the Maryland General Assembly in 1983.",
       "Maryland General Assembly=maryland_general_assembly/pattern@maryland"},
      {"She spoke to the UN General Assembly in 1983.",
       "UN General Assembly=un_general_assembly"},
  });
}

TEST(NewsActorsTest, AShortFormOfABodyNamedInTheDocumentIsThatBody) {
  ExpectCases({
      // Without its corporate ending, before or after the full name.
      {"The broadcaster Varnex said no. Varnex Corporation then sued Oregon.",
       "Varnex=varnex/pattern | Varnex Corporation=varnex/pattern | Oregon=oregon@united_states"},
      // A head-only form of a longer name "X of Y".
      {"The Electoral Tribunal of Ruritania met. The Electoral Tribunal ruled.",
       "Electoral Tribunal of Ruritania=electoral_tribunal_of_ruritania/pattern | "
       "Electoral Tribunal=electoral_tribunal_of_ruritania/pattern"},
  });
}

TEST(NewsActorsTest, BareCongressIsTheDocumentsOwnCongress) {
  // The body the document named that ends in the word.
  EXPECT_NE(Find("The Indian National Congress met. Later the Congress chose Rahul Gandhi.")
                .find("Congress=indian_national_congress/alias"),
            std::string::npos);
  // No actor when the document is about another country.
  EXPECT_EQ(Find("Chile and Peru talked. Chile's Congress voted, and Chile's ministers met.")
                .find("united_states_congress"),
            std::string::npos);
  // In a US story it stays the US Congress.
  EXPECT_NE(Find("The United States said Congress would vote.").find("united_states_congress"),
            std::string::npos);
}

TEST(NewsActorsTest, IndianTribesAreNotIndia) {
  ExpectCases({
      {"The Crow Indian Reservation and American Indian voters sued Oregon.",
       "American=united_states/demonym+mod | Oregon=oregon@united_states"},
      {"The Indian government protested.", "Indian=india/demonym+mod"},
  });
}

TEST(NewsActorsTest, AWordJoiningADemonymBelongsToTheBodysName) {
  ExpectCases({
      {"The Native American Voters Fund sued Oregon.",
       "Native American Voters Fund=native_american_voters_fund/pattern@united_states | "
       "Oregon=oregon@united_states"},
  });
}

TEST(NewsActorsTest, SurnameWithAParticleIsKnownWithAndWithoutIt) {
  ExpectCases({
      {"Bashar al-Assad spoke. Rebels fought al-Assad and Assad's army.",
       "Bashar al-Assad=bashar_al_assad@syria | al-Assad=bashar_al_assad/alias@syria | "
       "Assad=bashar_al_assad/alias@syria"},
      // A separate lower-case particle: the surname opens a sentence with it capitalised.
      {"Bill de Vreeland spoke. De Vreeland left, and de Vreeland's aide stayed.",
       "Bill de Vreeland=bill_de_vreeland/pattern | De Vreeland=bill_de_vreeland/alias | "
       "Vreeland=bill_de_vreeland/alias"},
  });
}

}  // namespace
}  // namespace actorgraph
