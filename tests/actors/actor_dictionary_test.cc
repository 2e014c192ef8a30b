#include "actorgraph/actors/actor_dictionary.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

#include <gtest/gtest.h>

#include "actorgraph/graph/actor.h"

namespace actorgraph {
namespace {

const ActorDictionary& Default() {
  static const ActorDictionary* dictionary = [] {
    auto loaded = ActorDictionary::LoadDefault();
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new ActorDictionary(loaded.ok() ? std::move(loaded).value() : ActorDictionary());
  }();
  return *dictionary;
}

bool Contains(const std::vector<std::string>& list, const std::string& text) {
  return std::find(list.begin(), list.end(), text) != list.end();
}

// A dictionary file holding `entries` (the inside of the "actors" array).
std::string File(const std::string& entries) {
  return R"({"format": "actorgraph-actors", "version": 1, "actors": [)" + entries + "]}";
}

TEST(ActorDictionaryTest, DefaultLoads) {
  auto loaded = ActorDictionary::LoadDefault();
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_GT(loaded->entries().size(), 40u);
}

TEST(ActorDictionaryTest, DefaultIdsAreMadeFromCanonicalNames) {
  for (const DictionaryEntry& entry : Default().entries()) {
    EXPECT_EQ(entry.actor.id, MakeActorId(entry.actor.name)) << entry.actor.name;
  }
}

// ISO 3166-1 alpha-3 codes of the 193 UN member states, in the UN's alphabetical order.
constexpr const char* kUnMemberCodes[] = {
    "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR",
    "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR",
    "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG",
    "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU",
    "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO",
    "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND",
    "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT",
    "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS",
    "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MDA", "MCO", "MNG", "MNE", "MAR",
    "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN",
    "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "ROU", "RUS",
    "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP",
    "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR",
    "TJK", "TZA", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR",
    "ARE", "GBR", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE",
};

TEST(ActorDictionaryTest, RegionsBelongToTheirStateAndLeaveAmbiguousNamesAlone) {
  const DictionaryEntry* california = Default().LookupName("California");
  ASSERT_NE(california, nullptr);
  EXPECT_EQ(california->actor.affiliation, "united_states");
  EXPECT_TRUE(california->actor.code.empty());
  const DictionaryEntry* scotland = Default().LookupName("Scottish");
  ASSERT_NE(scotland, nullptr);
  EXPECT_EQ(scotland->actor.affiliation, "united_kingdom");
  // Georgia stays the country, Washington the US government, New York the city's name.
  ASSERT_NE(Default().LookupName("Georgia"), nullptr);
  EXPECT_EQ(Default().LookupName("Georgia")->actor.code, "GEO");
  ASSERT_NE(Default().LookupName("Washington"), nullptr);
  EXPECT_EQ(Default().LookupName("Washington")->actor.id, "united_states");
  EXPECT_EQ(Default().LookupName("New York"), nullptr);
}

TEST(ActorDictionaryTest, EveryUnMemberAndObserverIsACountryWithItsCode) {
  const std::set<std::string> kDeFactoStates = {"Nagorno-Karabakh", "Northern Cyprus",
                                                 "Somaliland", "Transnistria", "Abkhazia",
                                                 "South Ossetia"};
  std::map<std::string, const DictionaryEntry*> by_code;
  size_t countries = 0, de_facto = 0;
  for (const DictionaryEntry& entry : Default().entries()) {
    if (entry.actor.type != ActorType::kCountry) continue;
    // De facto states that few or no states recognise have no ISO code.
    if (kDeFactoStates.count(entry.actor.name)) {
      EXPECT_TRUE(entry.actor.code.empty()) << entry.actor.name;
      ++countries;
      ++de_facto;
      continue;
    }
    // Sub-national regions (src/actors/regions.json) have no code and belong to a state.
    if (entry.actor.code.empty()) {
      EXPECT_FALSE(entry.actor.affiliation.empty()) << entry.actor.name;
      continue;
    }
    ++countries;
    EXPECT_EQ(entry.actor.code.size(), 3u) << entry.actor.name;
    EXPECT_TRUE(by_code.emplace(entry.actor.code, &entry).second) << entry.actor.code;
  }
  ASSERT_EQ(std::size(kUnMemberCodes), 193u);
  for (const char* code : kUnMemberCodes) EXPECT_TRUE(by_code.count(code)) << code;
  // The two observer states, and Taiwan and Kosovo (XKX: the code the EU and IMF use).
  for (const char* code : {"VAT", "PSE", "TWN", "XKX"}) ASSERT_TRUE(by_code.count(code)) << code;
  EXPECT_EQ(by_code["VAT"]->actor.name, "Vatican");
  EXPECT_EQ(by_code["PSE"]->actor.name, "Palestine");
  EXPECT_EQ(by_code["TWN"]->actor.name, "Taiwan");
  EXPECT_EQ(by_code["XKX"]->actor.name, "Kosovo");
  // Five former states that archived news names: SUN, YUG, CSK, DDR and Rhodesia (RHO).
  for (const char* code : {"SUN", "YUG", "CSK", "DDR", "RHO"}) {
    EXPECT_TRUE(by_code.count(code)) << code;
  }
  // Hong Kong and Macau, which news treats as actors of their own (affiliated to China).
  for (const char* code : {"HKG", "MAC"}) ASSERT_TRUE(by_code.count(code)) << code;
  EXPECT_EQ(by_code["HKG"]->actor.affiliation, "china");
  EXPECT_EQ(de_facto, kDeFactoStates.size());
  EXPECT_EQ(countries, 193u + 4u + 5u + 2u + 6u);
}

TEST(ActorDictionaryTest, CompaniesMediaAndNgosAreOrganisations) {
  const std::pair<const char*, const char*> cases[] = {
      {"Boeing", "boeing"},           {"Facebook", "facebook"},
      {"Exxon", "exxonmobil"},        {"Aramco", "saudi_aramco"},
      {"Reuters", "reuters"},         {"AFP", "agence_france_presse"},
      {"Al Jazeera", "al_jazeera"},   {"Wikinews", "wikinews"},
      {"Greenpeace", "greenpeace"},   {"NASDAQ", "nasdaq"},
      {"NYSE", "new_york_stock_exchange"}, {"Huawei", "huawei"},
  };
  for (const auto& [name, id] : cases) {
    const DictionaryEntry* entry = Default().LookupName(name);
    ASSERT_NE(entry, nullptr) << name;
    EXPECT_EQ(entry->actor.id, id) << name;
    EXPECT_EQ(entry->actor.type, ActorType::kOrganization) << name;
  }
  // A state-owned company belongs to its state; a private one to none.
  EXPECT_EQ(Default().FindById("gazprom")->actor.affiliation, "russia");
  EXPECT_EQ(Default().FindById("boeing")->actor.affiliation, "");
  // Words that are mostly something else are not names: the Amazon is a river, Ford a
  // surname, Bloomberg a person, Total a common word.
  for (const char* name : {"Amazon", "Ford", "Bloomberg", "Total"}) {
    EXPECT_EQ(Default().LookupName(name), nullptr) << name;
  }
}

TEST(ActorDictionaryTest, LegislaturesBelongToTheirState) {
  const std::tuple<const char*, const char*, const char*> cases[] = {
      {"Congress", "united_states_congress", "united_states"},
      {"U.S. Congress", "united_states_congress", "united_states"},
      {"US Senate", "united_states_senate", "united_states"},
      {"House of Representatives", "united_states_house_of_representatives", "united_states"},
      {"House of Commons", "house_of_commons", "united_kingdom"},
      {"Duma", "state_duma", "russia"},
      {"Bundestag", "bundestag", "germany"},
      {"National People's Congress", "national_people_s_congress", "china"},
      {"Majlis", "majlis", "iran"},
  };
  for (const auto& [name, id, state] : cases) {
    const DictionaryEntry* entry = Default().LookupName(name);
    ASSERT_NE(entry, nullptr) << name;
    EXPECT_EQ(entry->actor.id, id) << name;
    EXPECT_EQ(entry->actor.affiliation, state) << name;
  }
  EXPECT_EQ(Default().FindById("united_states_senate")->parent, "united_states_congress");
}

TEST(ActorDictionaryTest, NewsNamesAreCanonicalAndOfficialNamesAreAliases) {
  const std::pair<const char*, const char*> cases[] = {
      {"ivory_coast", "Côte d'Ivoire"},   {"myanmar", "Burma"},
      {"czech_republic", "Czechia"},      {"eswatini", "Swaziland"},
      {"east_timor", "Timor-Leste"},      {"cape_verde", "Cabo Verde"},
      {"north_korea", "Democratic People's Republic of Korea"},
      {"south_korea", "Republic of Korea"}, {"vatican", "Holy See"},
      {"turkey", "Türkiye"},              {"vietnam", "Viet Nam"},
      {"germany", "West Germany"},        {"democratic_republic_of_the_congo", "Zaire"},
      {"rhodesia", "Southern Rhodesia"},  {"sri_lanka", "Ceylon"},
  };
  for (const auto& [id, name] : cases) {
    const DictionaryEntry* entry = Default().FindById(id);
    ASSERT_NE(entry, nullptr) << id;
    EXPECT_TRUE(Contains(entry->names, name)) << id << ": " << name;
  }
}

TEST(ActorDictionaryTest, SeedActorsArePresent) {
  const DictionaryEntry* us = Default().FindById("united_states");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->actor.name, "United States");
  EXPECT_EQ(us->actor.type, ActorType::kCountry);
  EXPECT_EQ(us->actor.code, "USA");
  EXPECT_TRUE(Contains(us->acronyms, "US"));
  EXPECT_TRUE(Contains(us->acronyms, "U.S."));
  EXPECT_TRUE(Contains(us->capitals, "Washington"));
  EXPECT_TRUE(Contains(us->demonyms, "American"));

  const DictionaryEntry* iran = Default().FindById("iran");
  ASSERT_NE(iran, nullptr);
  EXPECT_EQ(iran->actor.code, "IRN");
  EXPECT_TRUE(Contains(iran->capitals, "Tehran"));
  EXPECT_TRUE(Contains(iran->demonyms, "Iranian"));

  for (const char* name : {"Russia", "China", "European Union", "United Nations",
                           "UN Security Council", "JCPOA", "Iraq", "Syria", "Yemen"}) {
    const DictionaryEntry* entry = Default().FindById(MakeActorId(name));
    ASSERT_NE(entry, nullptr) << name;
    EXPECT_EQ(entry->actor.name, name);
  }
  const DictionaryEntry* jcpoa = Default().FindById("jcpoa");
  EXPECT_EQ(jcpoa->actor.type, ActorType::kOther);
  EXPECT_TRUE(Contains(jcpoa->names, "Joint Comprehensive Plan of Action"));
  EXPECT_TRUE(Contains(jcpoa->names, "Iran nuclear deal"));
}

TEST(ActorDictionaryTest, SecurityCouncilIsAnOrganOfTheUnWithFivePermanentMembers) {
  const DictionaryEntry* council = Default().FindById("un_security_council");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->parent, "united_nations");
  std::set<std::string> members(council->members.begin(), council->members.end());
  EXPECT_EQ(members, (std::set<std::string>{"china", "france", "russia", "united_kingdom",
                                            "united_states"}));
}

std::string Lower(std::string text) {
  for (char& c : text) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return text;
}

TEST(ActorDictionaryTest, NoNameIsClaimedByTwoActors) {
  // Names, capitals and demonyms collide when equal but for case; acronyms only when equal.
  std::map<std::string, std::string> owner;
  for (const DictionaryEntry& entry : Default().entries()) {
    auto claim = [&](const std::string& key, const std::string& text) {
      auto [it, inserted] = owner.emplace(key, entry.actor.id);
      EXPECT_TRUE(inserted || it->second == entry.actor.id)
          << text << " is claimed by " << it->second << " and " << entry.actor.id;
    };
    claim("N:" + Lower(entry.actor.name), entry.actor.name);
    for (const auto* list : {&entry.names, &entry.capitals, &entry.demonyms}) {
      for (const std::string& text : *list) claim("N:" + Lower(text), text);
    }
    for (const std::string& text : entry.acronyms) claim("A:" + text, text);
  }
}

TEST(ActorDictionaryTest, DefaultEntriesListNoNameTwiceInAnyCase) {
  // Names match case-insensitively, so "Unesco" beside "UNESCO" would only be noise; acronyms
  // match exactly, so "BOJ" and "BoJ" are both needed.
  for (const DictionaryEntry& entry : Default().entries()) {
    std::set<std::string> seen = {Lower(entry.actor.name)};
    for (const auto* list : {&entry.names, &entry.capitals, &entry.demonyms}) {
      for (const std::string& text : *list) {
        EXPECT_TRUE(seen.insert(Lower(text)).second) << entry.actor.id << ": " << text;
      }
    }
    std::set<std::string> acronyms;
    for (const std::string& text : entry.acronyms) {
      EXPECT_FALSE(seen.count(Lower(text))) << entry.actor.id << ": " << text;
      EXPECT_TRUE(acronyms.insert(text).second) << entry.actor.id << ": " << text;
    }
  }
}

TEST(ActorDictionaryTest, DefaultNamesHaveNoLeadingArticle) {
  for (const DictionaryEntry& entry : Default().entries()) {
    for (const auto* list : {&entry.names, &entry.capitals, &entry.demonyms}) {
      for (const std::string& text : *list) {
        EXPECT_NE(text.rfind("the ", 0), 0u) << entry.actor.id << ": " << text;
      }
    }
  }
}

TEST(ActorDictionaryTest, DefaultReferencesPointToEntries) {
  for (const DictionaryEntry& entry : Default().entries()) {
    if (!entry.parent.empty()) {
      EXPECT_NE(Default().FindById(entry.parent), nullptr);
    }
    if (!entry.actor.affiliation.empty()) {
      EXPECT_NE(Default().FindById(entry.actor.affiliation), nullptr);
    }
    for (const std::string& member : entry.members) {
      EXPECT_NE(Default().FindById(member), nullptr) << entry.actor.id << " -> " << member;
    }
  }
}

TEST(ActorDictionaryTest, AliasesAreTheSortedNamesAndAcronyms) {
  const DictionaryEntry* us = Default().FindById("united_states");
  ASSERT_NE(us, nullptr);
  EXPECT_TRUE(std::is_sorted(us->actor.aliases.begin(), us->actor.aliases.end()));
  EXPECT_TRUE(Contains(us->actor.aliases, "U.S."));
  EXPECT_TRUE(Contains(us->actor.aliases, "United States of America"));
  EXPECT_FALSE(Contains(us->actor.aliases, "United States"));
  EXPECT_FALSE(Contains(us->actor.aliases, "Washington"));
}

TEST(ActorDictionaryTest, LookupNameFollowsTheMatchingRules) {
  struct Case {
    const char* text;
    const char* id;  // nullptr: no actor
    NameKind kind;
  };
  const Case cases[] = {
      {"United States", "united_states", NameKind::kName},
      {"united states", "united_states", NameKind::kName},
      {"the United States", "united_states", NameKind::kName},
      {"The Kremlin", "russia", NameKind::kCapital},
      {" U.S. ", "united_states", NameKind::kAcronym},
      {"US", "united_states", NameKind::kAcronym},
      {"us", nullptr, NameKind::kName},
      {"WHO", "world_health_organization", NameKind::kAcronym},
      {"who", nullptr, NameKind::kName},
      {"Tehran", "iran", NameKind::kCapital},
      {"IRANIANS", "iran", NameKind::kDemonym},
      {"Joint Comprehensive Plan of Action", "jcpoa", NameKind::kName},
      {"jcpoa", "jcpoa", NameKind::kName},
      {"OPEC+", "opec_plus", NameKind::kName},
      {"the", nullptr, NameKind::kName},
      {"Atlantis", nullptr, NameKind::kName},
  };
  for (const Case& c : cases) {
    NameKind kind = NameKind::kName;
    const DictionaryEntry* entry = Default().LookupName(c.text, &kind);
    if (c.id == nullptr) {
      EXPECT_EQ(entry, nullptr) << c.text;
      continue;
    }
    ASSERT_NE(entry, nullptr) << c.text;
    EXPECT_EQ(entry->actor.id, c.id) << c.text;
    EXPECT_EQ(kind, c.kind) << c.text;
  }
}

TEST(ActorDictionaryTest, LookupNameSeesOverrides) {
  ActorDictionary dictionary = Default();
  ASSERT_TRUE(dictionary
                  .AddJson(File(R"({"name": "Washington Post", "type": "organization",
                                    "names": ["Washington"]})"),
                           "my.json")
                  .ok());
  EXPECT_EQ(dictionary.LookupName("Washington")->actor.id, "washington_post");
  EXPECT_EQ(dictionary.LookupName("White House")->actor.id, "united_states");
}

TEST(ActorDictionaryTest, SpellcheckNameSuggestsCloseDictionaryNames) {
  EXPECT_EQ(Default().SpellcheckName("Irn").front(), "Iran");
  EXPECT_EQ(Default().SpellcheckName("Afganistan", 1), std::vector<std::string>{"Afghanistan"});
  EXPECT_EQ(Default().SpellcheckName("Tehrn", 1), std::vector<std::string>{"Tehran"});
  EXPECT_TRUE(Default().SpellcheckName("Xqzwv").empty());
}

TEST(ActorDictionaryTest, NameKindNames) {
  EXPECT_EQ(NameKindName(NameKind::kName), "name");
  EXPECT_EQ(NameKindName(NameKind::kAcronym), "acronym");
  EXPECT_EQ(NameKindName(NameKind::kCapital), "capital");
  EXPECT_EQ(NameKindName(NameKind::kDemonym), "demonym");
}

TEST(ActorDictionaryTest, FindByIdOfUnknownIdIsNull) {
  EXPECT_EQ(Default().FindById("atlantis"), nullptr);
  EXPECT_EQ(ActorDictionary().FindById("iran"), nullptr);
}

TEST(ActorDictionaryTest, AddJsonAddsANewActorWithIdFromItsName) {
  ActorDictionary dictionary;
  ASSERT_TRUE(dictionary
                  .AddJson(File(R"({"name": "Acme Oil Company", "type": "organization",
                                    "acronyms": ["AOC"]})"),
                           "my.json")
                  .ok());
  const DictionaryEntry* acme = dictionary.FindById("acme_oil_company");
  ASSERT_NE(acme, nullptr);
  EXPECT_EQ(acme->actor.type, ActorType::kOrganization);
  EXPECT_EQ(acme->acronyms, std::vector<std::string>{"AOC"});
}

TEST(ActorDictionaryTest, AddJsonSkipsAByteOrderMarkAndTrimsNames) {
  ActorDictionary dictionary;
  ASSERT_TRUE(dictionary
                  .AddJson("\xEF\xBB\xBF" + File(R"({"name": " Acme Oil ", "names": ["Acme\t"]})"),
                           "my.json")
                  .ok());
  const DictionaryEntry* acme = dictionary.FindById("acme_oil");
  ASSERT_NE(acme, nullptr);
  EXPECT_EQ(acme->actor.name, "Acme Oil");
  EXPECT_EQ(acme->names, std::vector<std::string>{"Acme"});
}

TEST(ActorDictionaryTest, AddJsonTypeDefaultsToOther) {
  ActorDictionary dictionary;
  ASSERT_TRUE(dictionary.AddJson(File(R"({"name": "Blue Lagoon Accord"})"), "my.json").ok());
  EXPECT_EQ(dictionary.FindById("blue_lagoon_accord")->actor.type, ActorType::kOther);
}

TEST(ActorDictionaryTest, AliasResolvesToCanonicalName) {
  ActorDictionary dictionary = Default();
  ASSERT_TRUE(dictionary
                  .AddJson(File(R"({"id": "united_states", "names": ["Uncle Sam"]})"), "my.json")
                  .ok());
  const DictionaryEntry* us = dictionary.FindById("united_states");
  EXPECT_EQ(us->actor.name, "United States");
  EXPECT_TRUE(Contains(us->names, "Uncle Sam"));
  EXPECT_TRUE(Contains(us->names, "United States of America"));  // extended, not replaced
  EXPECT_EQ(us->actor.code, "USA");
  EXPECT_TRUE(Contains(us->actor.aliases, "Uncle Sam"));
}

TEST(ActorDictionaryTest, OverrideChangesCanonicalNameAndKeepsTheOldOneAsAName) {
  ActorDictionary dictionary = Default();
  ASSERT_TRUE(dictionary
                  .AddJson(File(R"({"id": "turkey", "name": "Türkiye", "type": "country"})"),
                           "my.json")
                  .ok());
  const DictionaryEntry* turkey = dictionary.FindById("turkey");
  EXPECT_EQ(turkey->actor.name, "Türkiye");
  EXPECT_TRUE(Contains(turkey->names, "Turkey"));
  EXPECT_FALSE(Contains(turkey->names, "Türkiye"));
  EXPECT_EQ(dictionary.entries().size(), Default().entries().size());
}

TEST(ActorDictionaryTest, OverrideChangesType) {
  ActorDictionary dictionary = Default();
  ASSERT_TRUE(dictionary.AddJson(File(R"({"name": "JCPOA", "type": "organization"})"), "my.json")
                  .ok());
  EXPECT_EQ(dictionary.FindById("jcpoa")->actor.type, ActorType::kOrganization);
}

TEST(ActorDictionaryTest, LaterFileTakesANameFromAnEarlierActor) {
  ActorDictionary dictionary = Default();
  ASSERT_TRUE(dictionary
                  .AddJson(File(R"({"name": "Washington Post", "type": "organization",
                                    "names": ["Washington"]})"),
                           "my.json")
                  .ok());
  EXPECT_FALSE(Contains(dictionary.FindById("united_states")->capitals, "Washington"));
  EXPECT_TRUE(Contains(dictionary.FindById("washington_post")->names, "Washington"));
}

TEST(ActorDictionaryTest, FailedAddJsonLeavesDictionaryUnchanged) {
  ActorDictionary dictionary = Default();
  Status status = dictionary.AddJson(
      File(R"({"id": "iran", "name": "Persia"}, {"name": "Bad", "type": "nation"})"), "my.json");
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(dictionary.FindById("iran")->actor.name, "Iran");
  EXPECT_EQ(dictionary.entries().size(), Default().entries().size());
}

struct BadCase {
  std::string json;
  std::string error;
};

TEST(ActorDictionaryTest, BadInputIsReportedWithEntryAndField) {
  const BadCase cases[] = {
      {"{\"format\": \"actorgraph-actors\",\n \"version\": 1 \"actors\": []}",
       "my.json:2: byte 46: malformed JSON: Missing a comma or '}' after an object member."},
      {"", "my.json:1: byte 0: malformed JSON: The document is empty."},
      {"[]", "my.json: expected an object {\"format\": \"actorgraph-actors\", ...}, got an array"},
      {R"({"version": 1, "actors": []})",
       "my.json: field \"format\": expected \"actorgraph-actors\", got nothing"},
      {R"({"format": "actorgraph-triples", "version": 1, "actors": []})",
       "my.json: field \"format\": expected \"actorgraph-actors\", got \"actorgraph-triples\""},
      {R"({"format": "actorgraph-actors", "version": 2, "actors": []})",
       "my.json: field \"version\": expected 1, got 2"},
      {R"({"format": "actorgraph-actors", "version": 1, "actors": {}})",
       "my.json: field \"actors\": expected an array of actor entries, got an object"},
      {R"({"format": "actorgraph-actors", "version": 1, "actor": []})",
       "my.json: unknown field \"actor\" (did you mean \"actors\"?); expected one of format, "
       "version, actors"},
      {File(R"("Iran")"), "my.json: entry 1: expected an object, got \"Iran\""},
      {File(R"({"name": "Acme"}, {"name": "Foo", "type": "nation"})"),
       "my.json: entry 2 (\"Foo\"): field \"type\": expected one of country, organization, "
       "person, group, other, got \"nation\""},
      {File(R"({"name": "Foo", "type": 3})"),
       "my.json: entry 1 (\"Foo\"): field \"type\": expected one of country, organization, "
       "person, group, other, got 3"},
      {File(R"({"name": "Foo", "acronym": ["F"]})"),
       "my.json: entry 1 (\"Foo\"): unknown field \"acronym\" (did you mean \"acronyms\"?); "
       "expected one of id, name, type, code, names, acronyms, capitals, demonyms, parent, "
       "members, affiliation"},
      {File(R"({"type": "country"})"),
       "my.json: entry 1: expected field \"name\" or \"id\", got neither"},
      {File(R"({"id": "atlantis", "type": "country"})"),
       "my.json: entry 1 (\"atlantis\"): field \"name\": expected a name for the new actor "
       "\"atlantis\", got nothing"},
      {File(R"({"name": ""})"),
       "my.json: entry 1: field \"name\": expected a non-empty string, got \"\""},
      {File(R"({"name": "Foo", "names": "Fooland"})"),
       "my.json: entry 1 (\"Foo\"): field \"names\": expected an array of strings, got "
       "\"Fooland\""},
      {File(R"({"name": "Foo", "demonyms": ["Fooish", null]})"),
       "my.json: entry 1 (\"Foo\"): field \"demonyms\": item 2: expected a non-empty string, "
       "got null"},
      {File(R"({"id": "Foo Land", "name": "Foo"})"),
       "my.json: entry 1 (\"Foo\"): field \"id\": expected an id such as \"united_states\" "
       "(lower-case letters, digits and '_'), got \"Foo Land\""},
      {File(R"({"name": "Fooland", "type": "country", "code": "fo"})"),
       "my.json: entry 1 (\"Fooland\"): field \"code\": expected an ISO 3166-1 alpha-3 code (3 "
       "capital letters) for a country, got \"fo\""},
      {File(R"({"name": "Georgia", "type": "country"}, {"name": "Ray", "type": "person"},
              {"name": "Georgia Smith", "type": "person", "names": ["georgia"]})"),
       "my.json: entry 3 (\"Georgia Smith\"): name \"georgia\" already names entry 1 "
       "(\"Georgia\")"},
      {File(R"({"name": "Acme", "acronyms": ["AC"]}, {"name": "Acme Two", "acronyms": ["AC"]})"),
       "my.json: entry 2 (\"Acme Two\"): acronym \"AC\" already names entry 1 (\"Acme\")"},
      {File(R"({"name": "Acme"}, {"id": "acme", "name": "Acme Inc"})"),
       "my.json: entry 2 (\"Acme Inc\"): id \"acme\" already used by entry 1 (\"Acme\")"},
      {File(R"({"name": "Acme", "parent": "acme_holdings"})"),
       "my.json: entry 1 (\"Acme\"): field \"parent\": no actor has the id \"acme_holdings\""},
      {File(R"({"name": "Acme Holding"}, {"name": "Acme", "affiliation": "acme_holdings"})"),
       "my.json: entry 2 (\"Acme\"): field \"affiliation\": no actor has the id "
       "\"acme_holdings\" (did you mean \"acme_holding\"?)"},
      {File(R"({"name": "Acme", "type": "group", "type": "person"})"),
       "my.json: entry 1 (\"Acme\"): field \"type\" given twice"},
      {File(R"({"name": "Acme", "parent": "acme"})"),
       "my.json: entry 1 (\"Acme\"): field \"parent\": an actor cannot be an organ of itself"},
      {File(R"({"name": "   "})"),
       "my.json: entry 1: field \"name\": expected a non-empty string, got \"   \""},
      {File("{\"name\": \"Acme \xC3\"}"),
       "my.json:1: byte 72: malformed JSON: Invalid encoding in string."},
      {"\xEF\xBB\xBF[]",
       "my.json: expected an object {\"format\": \"actorgraph-actors\", ...}, got an array"},
  };
  for (const BadCase& bad : cases) {
    ActorDictionary dictionary;
    Status status = dictionary.AddJson(bad.json, "my.json");
    EXPECT_EQ(status.code(), Status::Code::kInvalidArgument) << bad.json;
    EXPECT_EQ(status.message(), bad.error) << bad.json;
    EXPECT_TRUE(dictionary.entries().empty());
  }
}

TEST(ActorDictionaryTest, OverridingWithAnotherActorsCanonicalNameIsAnError) {
  ActorDictionary dictionary = Default();
  Status status = dictionary.AddJson(
      File(R"({"name": "Persian Gulf Oil", "type": "organization", "names": ["Iran"]})"),
      "my.json");
  EXPECT_EQ(status.message(),
            "my.json: entry 1 (\"Persian Gulf Oil\"): name \"Iran\" is the canonical name of the "
            "actor \"iran\"; to change that actor, give its \"id\"");
}

}  // namespace
}  // namespace actorgraph
