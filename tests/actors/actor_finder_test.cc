#include "actorgraph/actors/actor_finder.h"

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
  const char* expected;  // Render() of the mentions
};

void ExpectCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(Render(FindIn(c.text)), c.expected) << "text: " << c.text;
  }
}

TEST(ActorFinderTest, DictionaryNamesAreLongestMatches) {
  ExpectCases({
      {"The United States of America said so.", "United States of America=united_states"},
      {"Talks with the United States resumed.", "United States=united_states"},
      {"Guinea-Bissau held elections.", "Guinea-Bissau=guinea_bissau"},
      {"The UN Security Council met on Monday.", "UN Security Council=un_security_council"},
      {"The Security Council met again.", "Security Council=un_security_council"},
      {"The National Security Council met.",
       "National Security Council=national_security_council/pattern"},
      {"The United Nations Security Council met.",
       "United Nations Security Council=un_security_council"},
  });
}

TEST(ActorFinderTest, LowercaseWordNeverMatchesCapitalisedName) {
  ExpectCases({
      {"They ate turkey in Chad.", "Chad=chad"},
      {"A chad was left on the ballot in Turkey.", "Turkey=turkey"},
      {"Fine china from China arrived.", "China=china"},
  });
}

TEST(ActorFinderTest, DemonymBeforeAnotherCountryNamesAThirdPlace) {
  ExpectCases({
      {"He flew from American Turkey to Iraq.", "Iraq=iraq"},
      {"Iraqi Iraqis protested.", "Iraqi=iraq/demonym+mod | Iraqis=iraq/demonym"},
  });
}

TEST(ActorFinderTest, AcronymsMatchCaseForCase) {
  ExpectCases({
      {"The US told us to leave.", "US=united_states"},
      {"The U.S. military moved.", "U.S.=united_states"},
      {"It was sent to the U.S.", "U.S.=united_states"},
      {"Officials from the EU and the Un met.", "EU=european_union"},
  });
}

TEST(ActorFinderTest, LeadingTheBelongsToTheSpanOnlyWhenPartOfTheName) {
  ExpectCases({
      {"Officials in the Kremlin denied it.", "the Kremlin=russia/capital"},
      {"Kremlin officials denied it.", "Kremlin=russia/capital"},
      {"He thanked the United States.", "United States=united_states"},
  });
}

TEST(ActorFinderTest, CapitalsStandForTheirCountryButNotInsideLongerNames) {
  ExpectCases({
      {"Washington views it as a threat.", "Washington=united_states/capital"},
      {"Talks between Washington and Tehran resumed.",
       "Washington=united_states/capital | Tehran=iran/capital"},
      {"The Washington Post reported it.", ""},
      {"A portrait of George Washington hung there.",
       "George Washington=george_washington/pattern"},
      {"She studied at Moscow State University.", "Moscow State University=moscow_state_university/pattern"},
      {"He teaches at Beijing Normal University.", "Beijing Normal University=beijing_normal_university/pattern"},
      {"Officials in Washington on Monday said no.", "Washington=united_states/capital"},
      {"In Tehran, crowds gathered.", ""},
  });
}

TEST(ActorFinderTest, UntitledNamesWithAPersonCueArePeople) {
  ExpectCases({
      // A speech verb after the name.
      {"Zelda Okonkwo said the plan would fail.", "Zelda Okonkwo=zelda_okonkwo/pattern"},
      // A common first name.
      {"The senator ran against Ted Cruz last year.", "Ted Cruz=ted_cruz/pattern"},
      // ", who" after the name.
      {"Beto O'Rourke, who ran for the Senate, quit.",
       "Beto O'Rourke=beto_o_rourke/pattern"},
      // An Arabic patronymic particle, and ", son of".
      {"Hamza bin Laden, son of Osama bin Laden, was killed.",
       "Hamza bin Laden=hamza_bin_laden/pattern | Osama bin Laden=osama_bin_laden/pattern"},
      // A possessive with a person's possession.
      {"The rebels fought Ian Smith's government.", "Ian Smith=ian_smith/pattern"},
      // A role noun or a party label before the name.
      {"The rally was led by activist Nadia Quarshie.",
       "Nadia Quarshie=nadia_quarshie/pattern"},
      {"Republican Dov Henning voted no.", "Dov Henning=dov_henning/pattern"},
      {"Actor Rufus Tennyson died on Monday.", "Rufus Tennyson=rufus_tennyson/pattern"},
      // After a portfolio that ends a title the pattern for titles did not take.
      {"Under Secretary of State for Economic Affairs Allen Wallis said no.",
       "Allen Wallis=allen_wallis/pattern"},
      // A given name inside a longer run starts the name.
      {"First Minister of Scotland Nicola Sturgeon said no.",
       "Nicola Sturgeon=nicola_sturgeon/pattern"},
      // Inverted speech.
      {"\"We will stay,\" said Odile Brennan.", "Odile Brennan=odile_brennan/pattern"},
  });
}

TEST(ActorFinderTest, UntitledNamesResolveLaterSurnamesAndEarlierMentions) {
  ExpectCases({
      {"Ted Cruz said no. Later Cruz agreed.",
       "Ted Cruz=ted_cruz/pattern | Cruz=ted_cruz/alias"},
      // The headline names her before the sentence that shows she is a person.
      {"Zelda Okonkwo talks about her charity\n\nZelda Okonkwo, who lives in Perth, spoke.",
       "Zelda Okonkwo=zelda_okonkwo/pattern | Zelda Okonkwo=zelda_okonkwo/pattern"},
  });
}

TEST(ActorFinderTest, ANameTheDocumentAlsoUsesBySurnameIsAPerson) {
  ExpectCases({
      // No cue in the first sentence; the second uses the surname alone.
      {"The film starred Odalys Brennick. Critics praised Brennick for it.",
       "Odalys Brennick=odalys_brennick/pattern | Brennick=odalys_brennick/alias"},
      {"The prize went to Ismay Corrow. Corrow's speech was short.",
       "Ismay Corrow=ismay_corrow/pattern | Corrow=ismay_corrow/alias"},
      // Sentence-initial before a verb counts as alone.
      {"The prize went to Ismay Corrow. Corrow thanked the jury.",
       "Ismay Corrow=ismay_corrow/pattern | Corrow=ismay_corrow/alias"},
      // Not a run after an article, nor a word used only inside other names.
      {"They saw the Furnal Equinox. Equinox tickets sold out.", ""},
      {"Fans came to Silver Meadow. Many Meadow Road shops closed.", ""},
  });
}

TEST(ActorFinderTest, MiddleInitialsMarkAPersonsName) {
  ExpectCases({
      {"The speech was given by Wendel A. I. Farrow yesterday.",
       "Wendel A. I. Farrow=wendel_a_i_farrow/pattern"},
      {"Guests met Osric T. Vallen there.", "Osric T. Vallen=osric_t_vallen/pattern"},
  });
}

TEST(ActorFinderTest, PersonNamedBySurnameFirstTakesTheFullNameGivenLater) {
  // The headline names the senator by title and surname; the body gives the full name.
  std::vector<Mention> mentions =
      FindIn("Senator Okafor opens inquiry\n\nOn Monday, Maria Okafor said the hearing would start.");
  ASSERT_FALSE(mentions.empty());
  for (const Mention& m : mentions) {
    EXPECT_EQ(m.actor.name, "Maria Okafor") << m.surface;
    EXPECT_EQ(m.actor.id, "maria_okafor") << m.surface;
  }
}

TEST(ActorFinderTest, FullNameAfterAHeadlineSurnameIsOneMention) {
  // "Governor Tavares" in the headline makes "Tavares" a known one-word name; the body's
  // "Rui Tavares" is still read whole, not as "Tavares" after a stray capitalised word.
  ExpectCases({
      {"Governor Tavares removed\n\nA suit was filed against Rui Tavares. Tavares left.",
       "Tavares=rui_tavares/alias | Rui Tavares=rui_tavares/pattern | "
       "Tavares=rui_tavares/alias"},
  });
}

TEST(ActorFinderTest, CompanyWithoutItsLegalSuffixIsAnAlias) {
  ExpectCases({
      {"Tarrow Buy Co Inc lost money. Tarrow Buy said sales fell.",
       "Tarrow Buy Co Inc=tarrow_buy_co_inc/pattern | Tarrow Buy=tarrow_buy_co_inc/alias"},
  });
}

TEST(ActorFinderTest, CapitalisedRunsWithoutAPersonCueAreNoActors) {
  ExpectCases({
      {"Shoppers crowded stores in New York on Black Friday.", ""},
      {"New York said it would sue.", ""},
      {"Flights to Buenos Aires resumed.", ""},
      {"World War II ended in 1945.", ""},
      {"The Supreme Court said the law stands.", "Supreme Court=supreme_court/pattern"},
      {"Diplomats said the talks failed.", ""},
      {"However, Despite the talks, nothing changed.", ""},
      {"Hong Kong Disneyland reopened.", ""},
      {"He was born in Santa Clara, California.", ""},
      {"The Grand Hotel Europa said rooms were full.", ""},
      {"They visited Silver Spring last week.", ""},
      {"The James Webb Telescope said nothing.", ""},
      {"Warburg Securities said prices would rise.", ""},
      {"Corning Glass Works said it would buy it.", ""},
      {"Afterwards Trump Tower was closed.", ""},
  });
}

TEST(ActorFinderTest, CapitalNamedAsAPlaceIsNoActor) {
  ExpectCases({
      {"Russia and Turkey met in Tehran.", "Russia=russia | Turkey=turkey"},
      {"The envoy arrived in Moscow on Monday.", ""},
      {"Leaders gathered at a summit in Beijing.", ""},
      {"Protesters marched near the White House.", ""},
      {"Crowds gathered in central Tehran and in northern Baghdad.", ""},
      {"Talks were held in Tehran and Baghdad.", ""},
      {"The minister flew to Ankara.", ""},
      {"He travelled back to Moscow.", ""},
      {"A fire broke out in Mansour, Baghdad.", ""},
      {"A hotel burned in Karol Bagh, Baghdad", ""},
      {"The wounded were transported to Baghdad.", ""},
      {"Smoke rose over the capital, Baghdad.", ""},
      {"Awards included a trip to the White House.", ""},
      {"Washington said it would respond.",
       "Washington=united_states/capital | it=united_states/coreference"},
      {"Talks between Washington and Tehran resumed.",
       "Washington=united_states/capital | Tehran=iran/capital"},
      {"A warning from Moscow came late.", "Moscow=russia/capital"},
      {"Iran sent a letter to Washington.", "Iran=iran | Washington=united_states/capital"},
      {"Officials in Washington said no.", "Washington=united_states/capital"},
      {"Sources in the Kremlin denied it.", "the Kremlin=russia/capital"},
  });
}

TEST(ActorFinderTest, DemonymsAreModifiersBeforeANoun) {
  ExpectCases({
      {"Iranian officials met Americans.", "Iranian=iran/demonym+mod | Americans=united_states/demonym"},
      {"The Americans were angry.", "Americans=united_states/demonym"},
      {"After the 1979 Iranian revolution, ties ended.", "Iranian=iran/demonym+mod"},
  });
}

TEST(ActorFinderTest, PossessiveIsLeftOutOfTheSpan) {
  ExpectCases({
      {"Iran\u2019s nuclear program grew.", "Iran=iran"},
      {"Iran's nuclear program grew.", "Iran=iran"},
      {"They criticised the US's strategy.", "US=united_states"},
      {"The Americans' view differed.", "Americans=united_states/demonym"},
  });
}

TEST(ActorFinderTest, CompoundsSplitIntoModifierParts) {
  ExpectCases({
      {"US-Iran talks began.", "US=united_states+mod | Iran=iran+mod"},
      {"US\u2013Iran relations soured.", "US=united_states+mod | Iran=iran+mod"},
      {"The Turkish-Libyan agreement was signed.", "Turkish=turkey/demonym+mod | Libyan=libya/demonym+mod"},
      {"The Israeli-Palestinian conflict goes on.",
       "Israeli=israel/demonym+mod | Palestinian=palestine/demonym+mod"},
  });
}

TEST(ActorFinderTest, CompoundPartsKeepSpansInsideTheToken) {
  std::string text = "US-Iran talks began.";
  auto mentions = FindIn(text);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].span.begin, 0u);
  EXPECT_EQ(mentions[0].span.end, 2u);
  EXPECT_EQ(mentions[1].span.begin, 3u);
  EXPECT_EQ(mentions[1].span.end, 7u);
  EXPECT_EQ(mentions[0].token_begin, mentions[1].token_begin);
}

TEST(ActorFinderTest, TitledPeopleAreFoundWithTheirAffiliation) {
  ExpectCases({
      {"The assassination of Iranian General Qasem Soleimani shocked many.",
       "Iranian=iran/demonym+mod | Qasem Soleimani=qasem_soleimani/pattern@iran"},
      {"President Hassan Rouhani spoke.", "Hassan Rouhani=hassan_rouhani/pattern"},
      {"Iran's foreign minister Mohammad Javad Zarif flew in.",
       "Iran=iran | Mohammad Javad Zarif=mohammad_javad_zarif/pattern@iran"},
      {"Iran's foreign minister, Mohammad Javad Zarif, flew in.",
       "Iran=iran | Mohammad Javad Zarif=mohammad_javad_zarif/pattern@iran"},
      {"US President Donald Trump's speech was short.",
       "US=united_states+mod | Donald Trump=donald_trump/pattern@united_states"},
      {"Secretary of State Mike Pompeo landed.", "Mike Pompeo=mike_pompeo/pattern"},
      {"Gen. Mark Milley testified.", "Mark Milley=mark_milley/pattern"},
      {"Russian Foreign Minister Sergei Lavrov said so.",
       "Russian=russia/demonym+mod | Sergei Lavrov=sergei_lavrov/pattern@russia"},
      {"Dr. Jane Roe and Mr. John Doe came.",
       "Jane Roe=jane_roe/pattern | John Doe=john_doe/pattern"},
      {"He quoted Martin Luther King Jr. at length.", ""},
      {"Prime Minister of Iraq Adil Abdul-Mahdi spoke.",
       "Iraq=iraq | Adil Abdul-Mahdi=adil_abdul_mahdi/pattern@iraq"},
      {"The Minister of Information Ali Hassan spoke.", "Ali Hassan=ali_hassan/pattern"},
      {"Crown Prince Mohammad bin Salman of Iraq spoke.",
       "Mohammad bin Salman=mohammad_bin_salman/pattern@iraq | Iraq=iraq"},
      {"Vice-President Mike Pence spoke.", "Mike Pence=mike_pence/pattern"},
      {"First Lady Jane Roe spoke.", "Jane Roe=jane_roe/pattern"},
      {"Prime Minister Theresa May resigned in May 2019.", "Theresa May=theresa_may/pattern"},
      {"Lord Mayor Candidate Wayne Tseng spoke.", "Wayne Tseng=wayne_tseng/pattern"},
      {"A quake was felt in Sultan Kudarat province.", ""},
      {"She met Roman Catholic Pope Francis.", "Francis=francis/pattern"},
      {"The killing of the general Qasem Soleimani angered Iran.",
       "Qasem Soleimani=qasem_soleimani/pattern | Iran=iran"},
      {"In general Turks like tea.", "Turks=turkey/demonym"},
      {"US Special Representative for Iran Brian Hook spoke.",
       "US=united_states+mod | Iran=iran | Brian Hook=brian_hook/pattern@united_states"},
      {"The then-US ambassador left.", "US=united_states"},
      {"US Ambassador to Iraq Jane Roe spoke.",
       "US=united_states+mod | Iraq=iraq | Jane Roe=jane_roe/pattern@united_states"},
      {"Prime Minister John Major said no.", "John Major=john_major/pattern"},
      {"President Moon Jae-in met Prime Minister Valery Giscard d'Estaing.",
       "Moon Jae-in=moon_jae_in/pattern | Valery Giscard d'Estaing=valery_giscard_d_estaing/pattern"},
      {"The General Services Administration and Queen Victoria Market agreed.",
       "General Services Administration=general_services_administration/pattern"},
  });
}

TEST(ActorFinderTest, OrganisationsAreFoundByHeadWord) {
  ExpectCases({
      {"The vote in the Iraqi Parliament was close.",
       "Iraqi Parliament=iraqi_parliament/pattern@iraq"},
      {"Iran's Foreign Ministry denied it.",
       "Iran=iran | Foreign Ministry=iranian_foreign_ministry/pattern@iran"},
      {"The Iranian Foreign Ministry denied it.",
       "Iranian Foreign Ministry=iranian_foreign_ministry/pattern@iran"},
      // Trade heads, and an "and" inside a name after "of the".
      {"The Walsby Studios film opened.", "Walsby Studios=walsby_studios/pattern"},
      {"He trained at the Harrowgate Drama Academy.",
       "Harrowgate Drama Academy=harrowgate_drama_academy/pattern"},
      {"A grant came from Corran Technology Partners.",
       "Corran Technology Partners=corran_technology_partners/pattern"},
      {"She taught at the Harrowgate Medical School.",
       "Harrowgate Medical School=harrowgate_medical_school/pattern"},
      {"Jem Atwell of the Tom and Ada Pelham Foundation spoke.",
       "Jem Atwell=jem_atwell/pattern | "
       "Tom and Ada Pelham Foundation=tom_and_ada_pelham_foundation/pattern"},
      {"Agents of the Federal Security Service (FSB) were seen.",
       "Federal Security Service=federal_security_service/pattern | "
       "FSB=federal_security_service/alias"},
      {"The Ministry of Foreign Affairs of Iraq issued a note.",
       "Ministry of Foreign Affairs of Iraq=ministry_of_foreign_affairs_of_iraq/pattern@iraq"},
      {"Shares of Acme Widget Corp. rose.", "Acme Widget Corp.=acme_widget_corp/pattern"},
      {"Shares of Vellmar AG fell.", "Vellmar AG=vellmar_ag/pattern"},
      {"Quenton Petroleum bid for it.", "Quenton Petroleum=quenton_petroleum/pattern"},
      {"He chaired the House Oversight and Reform Committee.",
       "House Oversight and Reform Committee=house_oversight_and_reform_committee/pattern"},
      {"He sat on the House Ways and Means Committee.",
       "House Ways and Means Committee=house_ways_and_means_committee/pattern"},
      {"The U.S. Senate and the US Senate are the United States Senate.",
       "U.S. Senate=united_states_senate/pattern@united_states | "
       "US Senate=united_states_senate/pattern@united_states | "
       "United States Senate=united_states_senate/pattern@united_states"},
      {"The House of Representatives voted.",
       "House of Representatives=house_of_representatives/pattern"},
      {"The Associated Press (AP) reported it. The AP said so.",
       "Associated Press=associated_press/pattern | AP=associated_press/alias | "
       "AP=associated_press/alias"},
      {"Support ends at End of Life (EOL) next year.", ""},
      {"The National Disaster Risk Reduction and Management Council (NDRRMC) said so.",
       "National Disaster Risk Reduction and Management Council="
       "national_disaster_risk_reduction_and_management_council/pattern | "
       "NDRRMC=national_disaster_risk_reduction_and_management_council/alias"},
      {"He told the Securities and Exchange Commission so.",
       "Securities and Exchange Commission=securities_and_exchange_commission/pattern"},
      {"The Department of Health and Human Services agreed.",
       "Department of Health and Human Services="
       "department_of_health_and_human_services/pattern"},
      {"Diplomats and Army officers met.", ""},
      {"Both the House and Senate voted.", ""},
      {"She studied at the University of Washington and Stanford University.",
       "University of Washington=university_of_washington/pattern | "
       "Stanford University=stanford_university/pattern"},
      {"He sold Smith and Co Inc shares.", "Smith and Co Inc=smith_and_co_inc/pattern"},
      {"Its Co Inc shares fell.", ""},
      {"She thanked the Speaker of the House of Representatives.",
       "House of Representatives=house_of_representatives/pattern"},
      {"Yvette Cooper of the Labour Party spoke.",
       "Yvette Cooper=yvette_cooper/pattern | Labour Party=labour_party/pattern"},
      {"The Max Planck Institute for Evolutionary Anthropology said so.",
       "Max Planck Institute for Evolutionary Anthropology="
       "max_planck_institute_for_evolutionary_anthropology/pattern"},
  });
}

TEST(ActorFinderTest, SentenceInitialCapitalsAreNotActors) {
  ExpectCases({
      {"However, nothing changed.", ""},
      {"Despite the talks, tensions rose.", ""},
      {"Diplomats and analysts have pointed out the risks.", ""},
      {"Officials said the Army was ready.", ""},
      {"The fine was US$6 million.", ""},
      {"USA Today and China Daily reported it.", ""},
      {"Member of Parliament Jo Cox spoke.", "Jo Cox=jo_cox/pattern"},
  });
}

TEST(ActorFinderTest, HeadingsGiveOnlyDictionaryActorsAndTitledPeople) {
  ExpectCases({
      {"US and Iran Talks: A Critical Step to Prevent Direct Conflict\n\nThey met.",
       "US=united_states | Iran=iran"},
      {"Federal Security Service Chief Resigns\n\nHe left.", ""},
      {"President Trump Visits China\n\nHe went.", "Trump=trump/pattern | China=china"},
      {"IRAN AND IRAQ SIGN BANK ACCORD\n\nThey signed.", "IRAN=iran | IRAQ=iraq"},
      {"GENERAL BINDING REPORTS PROFIT\n\nIt did.", ""},
      {"WHO SAID IRAN WOULD PAY\n\nNobody.", "IRAN=iran"},
  });
}

TEST(ActorFinderTest, LaterShortFormsResolveToTheFullActor) {
  ExpectCases({
      {"Iranian General Qasem Soleimani was killed. Soleimani led the Quds Force.",
       "Iranian=iran/demonym+mod | Qasem Soleimani=qasem_soleimani/pattern@iran | "
       "Soleimani=qasem_soleimani/alias@iran | Quds Force=quds_force/pattern"},
      {"President Donald Trump spoke. Mr. Trump left. Trump returned.",
       "Donald Trump=donald_trump/pattern | Trump=donald_trump/alias | "
       "Trump=donald_trump/alias"},
      {"Agents of the Federal Security Service (FSB) came. The FSB denied it.",
       "Federal Security Service=federal_security_service/pattern | "
       "FSB=federal_security_service/alias | FSB=federal_security_service/alias"},
      {"The Iraqi Parliament voted. The Parliament adjourned.",
       "Iraqi Parliament=iraqi_parliament/pattern@iraq | "
       "Parliament=iraqi_parliament/alias@iraq"},
      {"President Trump spoke. Later, President Donald Trump left.",
       "Trump=donald_trump/alias | Donald Trump=donald_trump/pattern"},
      {"U.S. District Judge Gray Miller ruled. Judge Miller's ruling stands.",
       "U.S.=united_states+mod | Gray Miller=gray_miller/pattern | Miller=gray_miller/alias"},
      {"Princess Ubolratana Mahidol ran. Princess Ubolratana lost.",
       "Ubolratana Mahidol=ubolratana_mahidol/pattern | "
       "Ubolratana=ubolratana_mahidol/alias"},
      {"Chief Executive of Hong Kong Carrie Lam spoke. Lam left.", ""},
      {"Mr. Ali Derakhshani and Mrs. Dora Derakhshani came. Derakhshani spoke. "
       "Mr. Omid Rahimi left. Then Sara Rahimi spoke.",
       "Ali Derakhshani=ali_derakhshani/pattern | Dora Derakhshani=dora_derakhshani/pattern | "
       "Omid Rahimi=omid_rahimi/pattern | Sara Rahimi=sara_rahimi/pattern"},
      {"King Abdullah met Mr. Michael Jordan. Jordan smiled.",
       "Abdullah=abdullah/pattern | Michael Jordan=michael_jordan/pattern | "
       "Jordan=michael_jordan/alias"},
  });
}

TEST(ActorFinderTest, ASurnameStaysWithThePersonWhoBroughtItFirst) {
  ExpectCases({
      {"Mr. Omid Rahimi spoke. Then Sara Rahimi came too. Rahimi left.",
       "Omid Rahimi=omid_rahimi/pattern | Sara Rahimi=sara_rahimi/pattern | "
       "Rahimi=omid_rahimi/alias"},
      // One sentence bringing two of them leaves the surname to neither.
      {"Mr. Ali Derakhshani and Mrs. Dora Derakhshani came. Derakhshani spoke.",
       "Ali Derakhshani=ali_derakhshani/pattern | Dora Derakhshani=dora_derakhshani/pattern"},
  });
}

TEST(ActorFinderTest, TheFirstOfTwoSurnamesNamesThePerson) {
  ExpectCases({
      {"Mr. Ricardo Rosselló Nevares spoke. Rosselló left. Nevares stayed.",
       "Ricardo Rosselló Nevares=ricardo_rossello_nevares/pattern | "
       "Rosselló=ricardo_rossello_nevares/alias | Nevares=ricardo_rossello_nevares/alias"},
      {"Mr. Thomas Rivera Schatz spoke. Later Rivera Schatz left.",
       "Thomas Rivera Schatz=thomas_rivera_schatz/pattern | "
       "Rivera Schatz=thomas_rivera_schatz/alias"},
      // A middle given name is not a surname.
      {"Mr. Omid Michael Rahimi spoke. Michael left.",
       "Omid Michael Rahimi=omid_michael_rahimi/pattern"},
  });
}

TEST(ActorFinderTest, ADayBeforeASurnameIsNotPartOfTheName) {
  ExpectCases({
      {"Mr. Omid Rahimi spoke. Later on Tuesday Rahimi left.",
       "Omid Rahimi=omid_rahimi/pattern | Rahimi=omid_rahimi/alias"},
  });
}

TEST(ActorFinderTest, ANameWithAMiddleNameIsThePersonNamedBefore) {
  ExpectCases({
      {"Mr. Omid Rahimi spoke. Mr. Omid Reza Rahimi was born in 1950.",
       "Omid Rahimi=omid_rahimi/pattern | Omid Reza Rahimi=omid_rahimi/pattern"},
      {"Mr. Omid Rahimi spoke. Mr. Omid Karimi was born in 1950.",
       "Omid Rahimi=omid_rahimi/pattern | Omid Karimi=omid_karimi/pattern"},
  });
}

TEST(ActorFinderTest, UnknownPeopleAreCuedByWhatTheyAreOf) {
  ExpectCases({
      // A name of a country or a body it found.
      {"The nominees are Ambrose Zelenko of Chad and Nora Lindqvist of the Prohibition Party.",
       "Ambrose Zelenko=ambrose_zelenko/pattern | Chad=chad | "
       "Nora Lindqvist=nora_lindqvist/pattern | Prohibition Party=prohibition_party/pattern"},
      {"The Ambrose Zelenko of Chad ran.", "Chad=chad"},
      // An age, a relative, after a demonym, a given name that is also a word.
      {"An Iraqi, Brenton Tarrant, aged 28, appeared.",
       "Iraqi=iraq/demonym | Brenton Tarrant=brenton_tarrant/pattern"},
      {"Maya Okonkwo, his wife and a lawyer, said so.",
       "Maya Okonkwo=maya_okonkwo/pattern"},
      {"We met. Then Bill Hammons spoke.", "Bill Hammons=bill_hammons/pattern"},
      // A given name joined to a person's by "and" shares the surname.
      {"The judge sentenced David and Louise Okafor to prison.",
       "David=david_okafor/pattern | Louise Okafor=louise_okafor/pattern"},
      // A government or forces of a name the dictionary does not place.
      {"Iran backed the government of Abdrabbuh Mansur Hadi.",
       "Iran=iran | Abdrabbuh Mansur Hadi=abdrabbuh_mansur_hadi/pattern"},
  });
}

TEST(ActorFinderTest, DictionaryPeopleAreKnownBySurname) {
  ExpectCases({
      {"Turkish President Recep Tayyip Erdoğan spoke. Erdoğan left.",
       "Turkish=turkey/demonym+mod | Recep Tayyip Erdoğan=recep_tayyip_erdogan@turkey | "
       "Erdoğan=recep_tayyip_erdogan/alias@turkey"},
      {"Recep Tayyip Erdoğan spoke. Later Erdogan left.",
       "Recep Tayyip Erdoğan=recep_tayyip_erdogan@turkey | "
       "Erdogan=recep_tayyip_erdogan/alias@turkey"},
      {"Turkish president Erdogan spoke.",
       "Turkish=turkey/demonym+mod | Erdogan=recep_tayyip_erdogan@turkey"},
      {"US President Donald Trump and President Erdoğan met. Both nations agreed.",
       "US=united_states+mod | Donald Trump=donald_trump/pattern@united_states | "
       "Erdoğan=recep_tayyip_erdogan@turkey"},
  });
}

TEST(ActorFinderTest, GroupReferencesStandForTheLastPair) {
  ExpectCases({
      {"Tension between the United States and Iran grew, with the two nations close to war.",
       "United States=united_states | Iran=iran | the two nations={united_states,iran}"},
      {"The US and Iran met. Both countries want peace.",
       "US=united_states | Iran=iran | Both countries={united_states,iran}"},
      {"The US and Iran met. Russia, China, and the EU watched. Russia and China, both "
       "permanent members, agreed. Both nations have ties with Tehran.",
       "US=united_states | Iran=iran | Russia=russia | China=china | EU=european_union | "
       "Russia=russia | China=china | Both nations={russia,china} | Tehran=iran/capital"},
      {"The UN has called for restraint on both sides, urging the US and Iran to talk.",
       "UN=united_nations | both sides={united_states,iran} | US=united_states | Iran=iran"},
      {"US-Iran talks are hard. Each side wants more.",
       "US=united_states+mod | Iran=iran+mod | Each side={united_states,iran}"},
      {"The EU and the US met. Both countries agreed.", "EU=european_union | US=united_states"},
      {"Both sides agreed.", ""},
      {"Iraq and Turkey met. Then both nations issued statements about an incursion into "
       "Iran, and the US statement said more.",
       "Iraq=iraq | Turkey=turkey | both nations={iraq,turkey} | Iran=iran | "
       "US=united_states"},
      {"US President Donald Trump and Turkish President Recep Tayyip Erdogan spoke. Then both "
       "nations issued statements, and the two leaders met.",
       "US=united_states+mod | Donald Trump=donald_trump/pattern@united_states | "
       "Turkish=turkey/demonym+mod | "
       "Recep Tayyip Erdogan=recep_tayyip_erdogan/pattern@turkey | "
       "both nations={united_states,turkey} | "
       "the two leaders={donald_trump,recep_tayyip_erdogan}"},
  });
}

TEST(ActorFinderTest, GroupReferencesAreOffWhenDisabled) {
  ActorFinderOptions options;
  options.resolve_group_references = false;
  EXPECT_EQ(Render(FindIn("The US and Iran met. Both countries agreed.", options)),
            "US=united_states | Iran=iran");
}

TEST(ActorFinderTest, UnlistedActorsAreOffWhenDisabled) {
  ActorFinderOptions options;
  options.find_unlisted = false;
  EXPECT_EQ(Render(FindIn("President Hassan Rouhani met the Iraqi Parliament.", options)),
            "Iraqi=iraq/demonym+mod");
}

TEST(ActorFinderTest, EmptyAndPunctuationOnlyDocumentsHaveNoMentions) {
  EXPECT_EQ(Render(FindIn("")), "");
  EXPECT_EQ(Render(FindIn("... -- !!! ( ) 's '")), "");
}

TEST(ActorFinderTest, TokensOutsideTheTextAreIgnored) {
  Document document;
  document.text = "Iran";
  Sentence sentence;
  sentence.begin = 0;
  sentence.end = 4;
  sentence.tokens = {Token{0, 4, "Iran", false}, Token{3, 90, "bogus", true}};
  ActorFinder finder(testing::SmallDictionary());
  EXPECT_EQ(Render(finder.FindMentions(document, {sentence})), "Iran=iran");
}

TEST(ActorFinderTest, MentionsAreInDocumentOrderWithSentenceIndexes) {
  auto mentions = FindIn("Iran spoke. Then Iraq and Turkey spoke.");
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].sentence_index, 0);
  EXPECT_EQ(mentions[1].sentence_index, 1);
  EXPECT_EQ(mentions[2].sentence_index, 1);
  EXPECT_LT(mentions[1].span.begin, mentions[2].span.begin);
  EXPECT_EQ(mentions[2].surface, "Turkey");
}

}  // namespace
}  // namespace actorgraph
