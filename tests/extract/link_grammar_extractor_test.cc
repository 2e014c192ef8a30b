#include "extract/link_grammar_extractor.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "extract/link_parser.h"
#include "extract_test_util.h"

namespace actorgraph {
namespace {

using testing::ExtractRendered;
using testing::TestContext;

struct Case {
  const char* marked;
  const char* expected;
};

const Extractor& LinkGrammar() {
  static const auto* extractor = extract::MakeLinkGrammarExtractor(TestContext()).release();
  return *extractor;
}

TEST(LinkParserTest, ParsesAPlainClause) {
  const extract::LinkParser* parser = extract::LinkParser::Shared();
  ASSERT_NE(parser, nullptr);
  extract::Linkage linkage;
  ASSERT_TRUE(parser->Parse("Xavier ruled Yolanda for ten years .", &linkage));
  bool subject = false;
  for (const auto& link : linkage.links)
    if (link.label.starts_with("S") && linkage.words[link.left].text.starts_with("Xavier") &&
        linkage.words[link.right].text.starts_with("ruled"))
      subject = true;
  EXPECT_TRUE(subject);
  EXPECT_EQ(linkage.words[1].begin, 0u);
  EXPECT_EQ(linkage.words[2].begin, 7u);
}

TEST(LinkGrammarExtractorTest, ReadsEachLinkPattern) {
  const Case kCases[] = {
      // Subject, verb, object.
      {"[Norway] ruled [Sweden] for almost a century.", "Norway -[rule]-> Sweden"},
      {"[Alma Ruiz=person] founded [Harbour League=organization] in 1990.",
       "Alma Ruiz -[found]-> Harbour League"},
      // Passive with a by-agent.
      {"[Portugal] was invaded by [Spain] in 1580.", "Spain -[invade]-> Portugal"},
      // Control verb: the object of "urge" is the actor.
      {"[France] urged [Chad] to release the prisoners.", "France -[urge]-> Chad"},
      // Catenative with a modality.
      {"[Peru] threatened to invade [Bolivia].", "Peru -[invade (threaten)]-> Bolivia"},
      // Relative clause: the antecedent is the subject.
      {"[Kenya], which borders [Somalia], has a long coast.", "Kenya -[border]-> Somalia"},
      // Coordinated subjects distribute.
      {"[Ghana] and [Togo] criticized [Benin] on Monday.",
       "Ghana -[criticize]-> Benin; Togo -[criticize]-> Benin"},
      // Negation and modals.
      {"[Chile] did not recognize [Argentina].", "Chile -[not recognize]-> Argentina"},
      {"[Chile] could sanction [Argentina].", "Chile -[sanction (could)]-> Argentina"},
      // Verb + preposition.
      {"[Egypt] withdrew from [Libya] last year.", "Egypt -[withdraw from]-> Libya"},
      // A noun object keeps its noun: "declare independence from".
      {"[Laos] declared independence from [France] in 1953.",
       "Laos -[declare independence from]-> France"},
      // Copula + adjective / noun + preposition.
      {"[Cuba] is critical of [Spain].", "Cuba -[be critical of]-> Spain"},
      {"[Iceland] is a member of [Nordic Council=organization].",
       "Iceland -[be member of]-> Nordic Council"},
      // A passive participle modifying an actor.
      {"[Austria], led by [Karl Renner=person], signed the treaty.",
       "Karl Renner -[lead]-> Austria"},
      // Coordinated verbs share the object.
      {"[Sparta] attacked and defeated [Athens].",
       "Sparta -[attack]-> Athens; Sparta -[defeat]-> Athens"},
      // A state through its generic head; a party through its members.
      {"{Turkish} troops attacked [Armenia] at dawn.", "Turkey -[attack]-> Armenia"},
      {"{Green Party=organization} members voted to elect [Anna Berg=person] as leader.",
       "Green Party -[elect]-> Anna Berg"},
      // Verbs of address relate the speaker to the actor addressed.
      {"[Italy] told [Greece] nothing new.", "Italy -[tell]-> Greece"},
      {"[Italy] wrote to [Greece] twice.", "Italy -[write to]-> Greece"},
      // Titles before a person's name go into the placeholder.
      {"Foreign Minister [Ana Lobo=person] praised [Malta] for its patience.",
       "Ana Lobo -[praise]-> Malta"},
      // A state through a head with one modifier between.
      {"[Oslo] was bombed by {Russian} heavy warplanes.", "Russia -[bomb]-> Oslo"},
      // A symmetric noun or verb within a coordinated subject.
      {"[Fiji] and [Tonga] signed a treaty on fishing rights.",
       "Fiji -[sign treaty with]- Tonga"},
      {"[Fiji] and [Tonga] met on Friday.", "Fiji -[meet]- Tonga"},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

TEST(LinkGrammarExtractorTest, TwoActorsWithoutARelationGiveNothing) {
  const Case kCases[] = {
      // Speech verbs are not relations; what a verb of address carries is not a party.
      {"[Mali] said [Niger] was hit by floods.", ""},
      {"[Italy] told the story of [Greece] again.", ""},
      {"[Italy] called the attack on [Greece] a crime.", ""},
      {"[Reuters=organization] called the race for [Italy] early.", ""},
      // A place is not a party.
      {"[Japan] won the final in [Brazil].", ""},
      {"[Oman] and [Yemen] are in the south.", ""},
      // A symmetric noun with its own party is not a relation within the subject group.
      {"[both nations|Fiji,Tonga] keep close ties with [Samoa].",
       "Fiji -[keep ties with]- Samoa; Tonga -[keep ties with]- Samoa"},
      // A medium or a place after the verb is not a party.
      {"[Ghana] spoke on [Radio Accra=organization] about the vote.", ""},
      // A noun object that states no relation, with the preposition on the verb.
      {"[Vanuatu] held a signing at the harbour with [Fiji].", ""},
      // A coordination with a non-actor conjunct is not a list of actors.
      {"[Peru] rejected the plan and [Chile] later agreed to it.", ""},
      // No clause links them.
      {"The minister visited [Rome] before the summit in [Paris].", ""},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

TEST(LinkGrammarExtractorTest, LeavesPairsEarlierExtractorsRead) {
  // The clause extractor reads "attacked"; the parser adds nothing for the same pair.
  std::string all = ExtractRendered("[Sparta] attacked [Athens].");
  EXPECT_EQ(all, "Sparta -[attack]-> Athens");
}

TEST(LinkGrammarExtractorTest, BadInputFinishesWithinTheTimeBound) {
  std::string long_sentence = "[Iran] and [Iraq]";
  for (int i = 0; i < 500; ++i) long_sentence += " word";
  long_sentence += ".";
  std::string junk = "[Iran] %%% ### ;; @@ [Iraq] ?? !! ** (( )) ..";
  std::string near_limit = "[Iran] fought [Iraq]";
  for (int i = 0; i < 44; ++i) near_limit += i % 3 == 0 ? " and" : " of the very";
  near_limit += ".";
  const std::string* inputs[] = {&long_sentence, &junk, &near_limit};
  for (const std::string* input : inputs) {
    const std::string& marked = *input;
    auto start = std::chrono::steady_clock::now();
    std::string rendered = ExtractRendered(marked, &LinkGrammar());
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 5.0) << marked;
    if (input != &near_limit) {
      EXPECT_EQ(rendered, "") << marked;
    }
  }
}

}  // namespace
}  // namespace actorgraph
