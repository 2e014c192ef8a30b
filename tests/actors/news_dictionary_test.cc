// The default dictionary's news actors (parties, state bodies and their metonyms, media,
// leaders, armed groups, de facto states) as the finder meets them in sentences.
#include <string>

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

TEST(NewsDictionaryTest, PartiesAreFoundWithTheirState) {
  EXPECT_EQ(Find("The Democratic Party accused the GOP of stalling."),
            "Democratic Party=democratic_party@united_states | "
            "GOP=republican_party@united_states");
  EXPECT_EQ(Find("The Conservative Party beat Labour Party candidates and the SNP."),
            "Conservative Party=conservative_party@united_kingdom | "
            "Labour Party=labour_party@united_kingdom | "
            "SNP=scottish_national_party@united_kingdom");
  EXPECT_EQ(Find("Likud and the Bharatiya Janata Party both won."),
            "Likud=likud@israel | Bharatiya Janata Party=bharatiya_janata_party@india");
  // A state's possessive before a party name shared by two states picks that state's party.
  EXPECT_EQ(Find("Canada's Conservative Party lost."),
            "Canada's Conservative Party=conservative_party_of_canada@canada");
}

TEST(NewsDictionaryTest, PartyMemberNounsAreThePartyAndModifyTitles) {
  EXPECT_EQ(Find("Republicans blocked the bill that Democrats wrote."),
            "Republicans=republican_party/demonym@united_states | "
            "Democrats=democratic_party/demonym@united_states");
  EXPECT_EQ(Find("Senate Republicans blocked the bill."),
            "Republicans=republican_party/demonym@united_states");
  // "Republican Senator": the party is the senator's, a modifier.
  std::string found = Find("Republican Senator Ted Cruz proposed an amendment.");
  EXPECT_EQ(found.rfind("Republican=republican_party/demonym+mod", 0), 0u) << found;
  EXPECT_EQ(Find("The Tories and the Republicans both lost ground."),
            "Tories=conservative_party/demonym@united_kingdom | "
            "Republicans=republican_party/demonym@united_states");
  // "Tory" alone is also a surname (a mayor of Toronto): only the plural is the party.
  EXPECT_EQ(Find("Mayor John Tory spoke."), "John Tory=john_tory/pattern");
}

TEST(NewsDictionaryTest, DemocratsInsideAnotherPartysNameAreNotTheUsParty) {
  EXPECT_EQ(Find("The Social Democrats and the Christian Democrats agreed."), "");
  EXPECT_EQ(Find("The Liberal Democrats gained seats."),
            "Liberal Democrats=liberal_democrats@united_kingdom");
  EXPECT_EQ(Find("The Sweden Democrats gained seats."),
            "Sweden Democrats=sweden_democrats@sweden");
  EXPECT_EQ(Find("Young Republicans rallied."), "");
}

TEST(NewsDictionaryTest, StateBodiesAreActorsOfTheirState) {
  EXPECT_EQ(Find("The FBI and the CIA briefed the Justice Department."),
            "FBI=federal_bureau_of_investigation@united_states | "
            "CIA=central_intelligence_agency@united_states | "
            "Justice Department=united_states_department_of_justice@united_states");
  EXPECT_EQ(Find("The CDC and the FDA issued guidance."),
            "CDC=centers_for_disease_control_and_prevention@united_states | "
            "FDA=food_and_drug_administration@united_states");
  EXPECT_EQ(Find("The Home Office and the Foreign Office disagreed."),
            "Home Office=home_office@united_kingdom | "
            "Foreign Office=foreign_commonwealth_and_development_office@united_kingdom");
  // The Chinese and African agencies are not the US one.
  EXPECT_EQ(Find("China CDC and Africa CDC shared data."),
            "China CDC=chinese_center_for_disease_control_and_prevention@china | "
            "Africa CDC=africa_cdc");
}

TEST(NewsDictionaryTest, SeatsOfGovernmentStayTheirState) {
  EXPECT_EQ(Find("The Pentagon and the Department of Defense said so."),
            "Pentagon=united_states/capital | Department of Defense=united_states/capital");
  EXPECT_EQ(Find("The Kremlin denied it."), "Kremlin=russia/capital");
}

TEST(NewsDictionaryTest, OnlyANamedStatesSupremeCourtIsListed) {
  EXPECT_EQ(Find("The US Supreme Court heard the case."),
            "US Supreme Court=supreme_court_of_the_united_states@united_states");
  // Every state has a Supreme Court: the bare name is found by its head word, unlisted.
  EXPECT_EQ(Find("The Supreme Court heard the case."), "Supreme Court=supreme_court/pattern");
}

TEST(NewsDictionaryTest, MediaAreOrganisationsButNotInsideOtherNames) {
  EXPECT_EQ(Find("Sky News and the Daily Telegraph reported the leak."),
            "Sky News=sky_news | the Daily Telegraph=the_daily_telegraph");
  // "Telegraph" alone is left out: it is part of company names.
  std::string company = Find("Nippon Telegraph and Telephone Corp gained.");
  EXPECT_EQ(company.find("the_daily_telegraph"), std::string::npos) << company;
  EXPECT_EQ(Find("The Guardian Council rejected the law."),
            "Guardian Council=guardian_council@iran");
}

TEST(NewsDictionaryTest, AnAcronymTheTextDefinesForAnotherBodyIsThatBodys) {
  EXPECT_EQ(Find("Singapore National Printers Ltd (SNP) listed. SNP shares rose."),
            "Singapore National Printers Ltd=singapore_national_printers_ltd/pattern@singapore | "
            "SNP=singapore_national_printers_ltd/alias@singapore | "
            "SNP=singapore_national_printers_ltd/alias@singapore");
  std::string icc = Find("The Interstate Commerce Commission (ICC) ruled. The ICC agreed.");
  EXPECT_EQ(icc.find("international_criminal_court"), std::string::npos) << icc;
  // A variant spelling of the listed name, or a state's acronym, keeps the dictionary actor.
  std::string fao = Find("The Food and Agriculture Organisation (FAO) warned. The FAO agreed.");
  EXPECT_NE(fao.find("FAO=food_and_agriculture_organization"), std::string::npos) << fao;
  EXPECT_EQ(fao.find("FAO=food_and_agriculture_organisation"), std::string::npos) << fao;
  // The listed body's own definition keeps the dictionary actor.
  EXPECT_EQ(Find("The Scottish National Party (SNP) won. The SNP gained seats."),
            "Scottish National Party=scottish_national_party@united_kingdom | "
            "SNP=scottish_national_party@united_kingdom | "
            "SNP=scottish_national_party@united_kingdom");
}

TEST(NewsDictionaryTest, AcronymsMatchOnlyInCapitals) {
  EXPECT_EQ(Find("The ANC and the SEC responded."),
            "ANC=african_national_congress@south_africa | "
            "SEC=securities_and_exchange_commission@united_states");
  EXPECT_EQ(Find("He waited a sec for the anc."), "");
}

TEST(NewsDictionaryTest, LeadersAreKnownByNameAndSurname) {
  EXPECT_EQ(Find("Muhammadu Buhari met Cyril Ramaphosa."),
            "Muhammadu Buhari=muhammadu_buhari@nigeria | "
            "Cyril Ramaphosa=cyril_ramaphosa@south_africa");
  EXPECT_EQ(Find("Buhari thanked Erdogan."),
            "Buhari=muhammadu_buhari@nigeria | Erdogan=recep_tayyip_erdogan@turkey");
  EXPECT_EQ(Find("President Bolsonaro spoke."),
            "Bolsonaro=jair_bolsonaro@brazil");
}

TEST(NewsDictionaryTest, SharedSurnamesResolveToNobody) {
  // Édouard Philippe and King Philippe share a surname, so a title before the bare surname
  // names neither of them.
  std::string found = Find("Prime Minister Philippe resigned.");
  EXPECT_EQ(found.find("edouard_philippe"), std::string::npos) << found;
  EXPECT_EQ(found.find("king_philippe"), std::string::npos) << found;
}

TEST(NewsDictionaryTest, DeFactoStatesAndArmedGroups) {
  EXPECT_EQ(Find("Azerbaijan fought Nagorno-Karabakh; Northern Cyprus and Somaliland watched."),
            "Azerbaijan=azerbaijan | Nagorno-Karabakh=nagorno_karabakh | "
            "Northern Cyprus=northern_cyprus | Somaliland=somaliland");
  EXPECT_EQ(Find("Houthi fighters and the Proud Boys."),
            "Houthi=houthis/demonym+mod | Proud Boys=proud_boys");
  EXPECT_EQ(Find("Ghana ratified the AfCFTA."),
            "Ghana=ghana | AfCFTA=african_continental_free_trade_area");
}

}  // namespace
}  // namespace actorgraph
