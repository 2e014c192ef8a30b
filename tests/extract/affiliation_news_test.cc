// The affiliation extractor behind the real actor layer: offices, candidacies and
// memberships stated around names in the long, combined forms news writes them in. Sentences
// written for this test (the people are real or made up; what they say is made up).
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "extract/pipeline_lines.h"

namespace actorgraph {
namespace {

using testing::TripleLines;

std::string AffiliationLines(const std::string& text) { return TripleLines(text); }
std::string AllLines(const std::string& text) { return TripleLines(text, ""); }

struct NewsCase {
  const char* text;
  const char* expected;
};

class AffiliationNewsTest : public ::testing::TestWithParam<NewsCase> {};

TEST_P(AffiliationNewsTest, StatesTheOfficesAroundTheNames) {
  EXPECT_EQ(AffiliationLines(GetParam().text), GetParam().expected) << GetParam().text;
}

const NewsCase kNewsCases[] = {
    // A plural title over a list of names, each with its state.
    {"Prime Ministers Justin Trudeau of Canada and Jacinda Ardern of New Zealand spoke by "
     "phone on Friday about the vaccine rollout.",
     "Justin Trudeau -[be prime minister of]-> Canada\n"
     "Jacinda Ardern -[be prime minister of]-> New Zealand\n"},
    // A candidacy with the party after the office noun, or before it.
    {"Laura Mendez, the 2024 presidential nominee of the Green Party of the United States, said "
     "she would ask for a recount in three states.",
     "Laura Mendez -[be presidential nominee of]-> Green Party of the United States\n"},
    {"Senator Mark Kelly, the Democratic Party nominee in Arizona, said the result was clear.",
     "Mark Kelly -[be nominee of]-> Democratic Party\n"},
    // The second of two coordinated descriptions.
    {"Daniel Brooks, a retired teacher and the current chairman of the Ohio Libertarian Party, "
     "announced his candidacy on Tuesday.",
     "Daniel Brooks -[be current chairman of]-> Ohio Libertarian Party\n"},
    // A former office at a body.
    {"Sarah Coleman, formerly a senior adviser at the World Bank, told reporters the loans "
     "would be delayed.",
     "Sarah Coleman -[be former senior adviser of]-> World Bank\n"},
    // A party's members given as examples; a member noun in apposition.
    {"Several Republicans, such as Senator Lisa Murkowski and Senator Mitt Romney, said they "
     "would not vote before the election.",
     "Lisa Murkowski -[be member of]-> Republican Party\n"
     "Mitt Romney -[be member of]-> Republican Party\n"},
    {"Maria Ortiz, a Democrat from Ohio, said the bill went too far.",
     "Maria Ortiz -[be member of]-> Democratic Party\n"},
    // A capitalised title of a state after "including", inside a list.
    {"The summit drew several leaders, including First Minister of Scotland Nicola Sturgeon and "
     "two mayors.",
     "Nicola Sturgeon -[be first minister of]-> Scotland\n"},
    // A title before the next name of a list is that name's, no description of the one
    // before the comma (also over a bracketed aside); a possessive name owns the office
    // after it.
    {"The speakers were Ana Lopez, Labour MP Tom Reid, and two mayors.",
     "Tom Reid -[be member of]-> Labour Party\n"},
    {"The speakers were Ana Lopez, Labour MP (Member of Parliament) Tom Reid, and two mayors.",
     ""},
    {"The panel heard Ana Lopez, Governor of Texas Greg Abbott, and a judge.",
     "Greg Abbott -[be governor of]-> Texas\n"},
    {"Ana Lopez, Greg Abbott's chief of staff, said the roads were closed.",
     "Ana Lopez -[be chief of staff of]-> Greg Abbott\n"},
    // In a list of people with their offices, the office after a name and its comma is
    // that name's, not a title before the next one.
    {"The panel includes Ana Lopez, former chairman of Example Mining Inc, Tom Reid, a "
     "lawyer, and two judges.",
     "Ana Lopez -[be former chairman of]-> Example Mining Inc\n"},
    {"He met Abdoulaye Diop, the foreign minister of Mali, Tom Reid and two judges.",
     "Abdoulaye Diop -[be foreign minister of]-> Mali\n"},
    // A place inside a longer phrase owns no office.
    {"Maria Ortiz, the mayor of a small town in Texas, said the roads were closed.", ""},
    {"Maria Ortiz, a candidate for the Senate in Texas, said the roads were closed.", ""},
};

INSTANTIATE_TEST_SUITE_P(News, AffiliationNewsTest, ::testing::ValuesIn(kNewsCases));

TEST(AffiliationNewsTest, LeavingAnOfficeNamesIt) {
  EXPECT_EQ(AllLines("Headline\n\nMaria Ortiz said no.\n\nOrtiz resigned as governor of Puerto "
                     "Rico on Friday."),
            "Maria Ortiz -[resign as governor of]-> Puerto Rico\n");
  EXPECT_EQ(AllLines("Headline\n\nMaria Ortiz said no.\n\nOrtiz stepped down as prime minister "
                     "of Portugal."),
            "Maria Ortiz -[step down as prime minister of]-> Portugal\n");
  // The state before "commonwealth of" is the place's, not the office's.
  EXPECT_EQ(AllLines("Headline\n\nMaria Ortiz said no.\n\nOrtiz resigned as the governor of "
                     "United States commonwealth of Puerto Rico."),
            "Maria Ortiz -[resign as governor of]-> Puerto Rico\n");
}

TEST(AffiliationNewsTest, AResolvedDescriptionOwnsTheOffice) {
  // "the country's", "the company's": the description the coreference layer resolved is
  // the owner, as a name would be.
  EXPECT_EQ(TripleLines("Headline\n\nGermany said no.\n\nOlaf Roth, the country's finance "
                        "minister, resigned."),
            "Olaf Roth -[be finance minister of]-> Germany\n");
}

TEST(AffiliationNewsTest, AnOfficeAroundTheNameLeavesTheClausesActToBeRead) {
  // The party's nomination is stated by the verb; the office by the apposition. Both stand.
  EXPECT_EQ(TripleLines("Headline\n\nAt its convention the Libertarian Party nominated "
                        "Clemson University psychologist Jo Jorgensen, the party's 1996 vice "
                        "presidential nominee, for president.",
                        "link_grammar"),
            "Libertarian Party -[nominate]-> Jo Jorgensen\n");
}

TEST(AffiliationNewsTest, ARegionKeepsTheOfficesAnyExtractorReads) {
  // The clause extractor reads the copula first; the region stays for an office.
  EXPECT_EQ(AllLines("Headline\n\nMaria Ortiz said no.\n\nMaria Ortiz is the governor of "
                     "Puerto Rico."),
            "Maria Ortiz -[be governor of]-> Puerto Rico\n");
  // Not for other relations.
  EXPECT_EQ(AllLines("Headline\n\nMaria Ortiz said no.\n\nMaria Ortiz hails from Texas."), "");
}

}  // namespace
}  // namespace actorgraph
