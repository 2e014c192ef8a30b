// "the Senate", "the House": a bare chamber description in a document about one state is
// that state's listed chamber, not the whole legislature; and it is found before a
// chamber's party office ("the Senate minority leader").
#include <string>

#include <gtest/gtest.h>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/actors/actor_finder.h"
#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

constexpr char kLegislatures[] = R"({"format": "actorgraph-actors", "version": 1, "actors": [
{"id": "united_states", "name": "United States", "type": "country", "code": "USA",
 "acronyms": ["US", "U.S."]},
{"id": "united_states_congress", "name": "United States Congress", "type": "organization",
 "names": ["Congress", "US Congress"], "affiliation": "united_states"},
{"id": "united_states_senate", "name": "United States Senate", "type": "organization",
 "names": ["US Senate"], "parent": "united_states_congress", "affiliation": "united_states"},
{"id": "united_states_house_of_representatives",
 "name": "United States House of Representatives", "type": "organization",
 "names": ["US House"], "parent": "united_states_congress", "affiliation": "united_states"},
{"id": "ruritania", "name": "Ruritania", "type": "country", "code": "RUR"},
{"id": "congress_of_ruritania", "name": "Congress of Ruritania", "type": "organization",
 "affiliation": "ruritania"},
{"id": "ruritanian_senate", "name": "Ruritanian Senate", "type": "organization",
 "parent": "congress_of_ruritania", "affiliation": "ruritania"},
{"id": "ruritanian_upper_senate", "name": "Ruritanian Upper Senate", "type": "organization",
 "parent": "congress_of_ruritania", "affiliation": "ruritania"}
]})";

// The coreference references, rendered "surface=actor".
std::string References(const std::string& text) {
  ActorDictionary dictionary;
  Status status = dictionary.AddJson(kLegislatures, "legislatures.json");
  EXPECT_TRUE(status.ok()) << status.ToString();
  testing::Analysed analysed = testing::Analyse(text);
  ActorFinder finder(dictionary, {});
  std::string out;
  for (const Mention& m : finder.FindMentions(analysed.document, analysed.sentences)) {
    if (m.how != Resolution::kCoreference) continue;
    if (!out.empty()) out += " | ";
    out += m.surface + "=" + m.actor.id;
  }
  return out;
}

TEST(ChamberDescriptionsTest, BareChamberIsTheListedChamberOfTheLegislatureInFocus) {
  EXPECT_EQ(References("The US Congress met in Washington, United States. The bill now goes to "
                       "the Senate."),
            "the Senate=united_states_senate");
  EXPECT_EQ(References("The US Congress met in Washington, United States. The House voted "
                       "on Monday."),
            "The House=united_states_house_of_representatives");
}

TEST(ChamberDescriptionsTest, TwoListedChambersWithTheWordLeaveTheWholeLegislature) {
  EXPECT_EQ(References("The Congress of Ruritania met in Ruritania. The bill now goes to the "
                       "Senate."),
            "the Senate=congress_of_ruritania");
}

TEST(ChamberDescriptionsTest, ChamberIsFoundBeforeAPartyOffice) {
  EXPECT_EQ(References("The US Congress met in Washington, United States. Jo Roe, the Senate "
                       "minority leader, spoke."),
            "the Senate=united_states_senate");
  EXPECT_EQ(References("The US Congress met in Washington, United States. Jo Roe, the House "
                       "majority whip, spoke."),
            "the House=united_states_house_of_representatives");
  // The bare head, as a title before a name or after a party's adjective.
  EXPECT_EQ(References("The US Congress met in Washington, United States. Senate majority "
                       "leader Jo Roe spoke."),
            "Senate=united_states_senate");
  // Not after another capitalised word: "Ohio Senate" is another legislature's chamber.
  EXPECT_EQ(References("The US Congress met in Washington, United States. Ohio Senate "
                       "majority leader Jo Roe spoke."),
            "");
  // Not before another noun: "the Senate race" is not the Senate's.
  EXPECT_EQ(References("The US Congress met in Washington, United States. Jo Roe won the "
                       "Senate race."),
            "");
}

}  // namespace
}  // namespace actorgraph
