// The relation vocabulary covers the verbs international news states relations with: one
// sentence per group of verbs, and verbs between two actors that do not relate them.
#include <gtest/gtest.h>

#include "actorgraph/extract/relation_vocabulary.h"
#include "extract/clause_extractor.h"
#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class VocabularyCoverageTest : public ::testing::TestWithParam<Case> {};

TEST_P(VocabularyCoverageTest, ExtractsExpectedTriples) {
  auto extractor = extract::MakeClauseExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // Trade and transfer (06): the goods stand between the verb and its particle.
    {"[Norway] sold two frigates to [Chile] last year.", "Norway -[sell to]-> Chile"},
    {"[Hungary] bought cheap gas from [Russia].", "Hungary -[buy from]-> Russia"},
    {"[Japan] shipped vaccines to [Vietnam].", "Japan -[ship to]-> Vietnam"},
    {"[Sweden] supplied rifles to [Estonia].", "Sweden -[supply]-> Estonia"},
    {"[Brazil] signed a memorandum with [Chile].", "Brazil -[sign memorandum with]- Chile"},
    // Aid (07): light verbs without a relation noun fall back to the particle verb.
    {"[Canada] gave ten million dollars to [Haiti].", "Canada -[give to]-> Haiti"},
    {"[Qatar] lent money to [Lebanon].", "Qatar -[lend to]-> Lebanon"},
    {"[Denmark] provided field hospitals to [Ukraine].", "Denmark -[provide to]-> Ukraine"},
    {"the [United States] trained {Kurdish} fighters.", "United States -[train]-> Kurds"},
    // Statements, visits, mediation (01-05).
    {"[Japan] informed [China] of the launch.", "Japan -[inform]-> China"},
    {"[Ghana] invited [Togo] to the summit.", "Ghana -[invite]-> Togo"},
    {"[Kenya] mediated between [Ethiopia] and [Eritrea].",
     "Kenya -[mediate]-> Ethiopia; Kenya -[mediate]-> Eritrea"},
    {"[Greece] sided with [Cyprus].", "Greece -[side with]-> Cyprus"},
    {"[Peru] commended [Ecuador] for its restraint.", "Peru -[commend]-> Ecuador"},
    // Disapproval, rejection, threats, protest (09-14).
    {"[Kenya] slammed [Somalia] over the border raid.", "Kenya -[slam]-> Somalia"},
    {"[Chile] rebuffed [Bolivia].", "Chile -[rebuff]-> Bolivia"},
    {"[Interpol=organization] investigated [Serbia].", "Interpol -[investigate]-> Serbia"},
    // Reduced relations (16): one side breaks with the other; particle verbs.
    {"[Venezuela] broke diplomatic relations with [Colombia].",
     "Venezuela -[break diplomatic relations with]-> Colombia"},
    {"[Morocco] recalled its ambassador from [Germany].", "Morocco -[recall from]-> Germany"},
    // Coercion, assault, fighting (17-20); verb + two words.
    {"[Colombia] cracked down on [FARC=group].", "Colombia -[crack down on]-> FARC"},
    {"[Belarus] jailed [Maria Kolesnikova=person].", "Belarus -[jail]-> Maria Kolesnikova"},
    {"[Hezbollah=group] waged war on [Israel] in 2006.", "Hezbollah -[wage war on]-> Israel"},
    {"[Armenia] battled [Azerbaijan] over the enclave.", "Armenia -[battle]- Azerbaijan"},
    {"[Houthis=group] hit [Saudi Arabia] with drones.", "Houthis -[hit]-> Saudi Arabia"},
    // Offices, control and contests (neutral).
    {"[Mugabe=person] ruled [Zimbabwe] for decades.", "Mugabe -[rule]-> Zimbabwe"},
    {"[Senegal] elected [Macky Sall=person].", "Senegal -[elect]-> Macky Sall"},
    {"[Spain] beat [Italy] in the final.", "Spain -[beat]-> Italy"},
    // A verb between two actors that does not relate them.
    {"[France] and [Ghana] said on Monday that trade was growing.", ""},
    {"[Canada] told reporters that [Cuba] was calm.", ""},

    {"[Greece] did not rule out talks with [Turkey].", ""},
    {"[Norway] sold its stake in the company.", ""},
    {"[Peru] gave [Chile]'s envoy a medal.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, VocabularyCoverageTest, ::testing::ValuesIn(kCases));

// One verb of each group with the CAMEO root it states; 0 is a neutral verb with no root.
TEST(VocabularyCoverageRootsTest, EachGroupHasItsCameoRoot) {
  auto vocabulary = RelationVocabulary::LoadDefault().value();
  const std::pair<const char*, int> kRoots[] = {
      {"inform", 1},      {"request", 2},  {"promise", 3},    {"invite", 4},   {"side with", 5},
      {"sell to", 6},     {"give to", 7},  {"pardon", 8},     {"investigate", 9},
      {"slam", 11},       {"rebuff", 12},  {"intimidate", 13}, {"protest", 14},
      {"embargo", 16},    {"jail", 17},    {"torture", 18},   {"hit", 19},     {"massacre", 20},
      {"crack down on", 17}, {"wage war on", 19}, {"elect", 0}, {"rule", 0},   {"beat", 0}};
  for (const auto& [lemma, root] : kRoots) {
    const VerbEntry* verb = vocabulary.FindVerb(lemma);
    ASSERT_NE(verb, nullptr) << lemma;
    EXPECT_EQ(verb->cameo_root, root) << lemma;
  }
  EXPECT_EQ(vocabulary.FindVerb("elect")->category, Category::kNeutral);
  EXPECT_EQ(vocabulary.FindVerb("purchase from")->normal, "buy from");
  // "told Reuters" addresses a statement to Reuters (01); "said" names no addressee.
  ASSERT_NE(vocabulary.FindVerb("tell"), nullptr);
  EXPECT_EQ(vocabulary.FindVerb("tell")->cameo_root, 1);
  EXPECT_EQ(vocabulary.FindVerb("say"), nullptr);
}

}  // namespace
}  // namespace actorgraph
