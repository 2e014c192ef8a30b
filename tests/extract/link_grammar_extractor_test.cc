#include "extract/link_grammar_extractor.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "extract/link_parser.h"
#include "extract_test_util.h"

namespace actorgraph {
namespace {

using testing::LinkGrammar;

using testing::ExtractRendered;
using testing::TestContext;

struct Case {
  const char* marked;
  const char* expected;
};

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

TEST(LinkParserTest, LeavesOutOneStrayWordWhenNoFullParseExists) {
  const extract::LinkParser* parser = extract::LinkParser::Shared();
  ASSERT_NE(parser, nullptr);
  extract::Linkage linkage;
  ASSERT_TRUE(parser->Parse("Xavier ruled Yolanda for ten years the .", &linkage));
  EXPECT_EQ(linkage.null_count, 1);
  bool object = false;
  for (const auto& link : linkage.links)
    if (link.label.starts_with("O") && linkage.words[link.left].text.starts_with("ruled") &&
        linkage.words[link.right].text.starts_with("Yolanda"))
      object = true;
  EXPECT_TRUE(object);
}

TEST(LinkGrammarExtractorTest, ReadsEachLinkPattern) {
  const Case kCases[] = {
      // Subject, verb, object.
      {"[Norway] ruled [Sweden] for almost a century.", "Norway -[rule]-> Sweden"},
      // No full parse (a stray word): read with the word left out.
      {"[Norway] ruled [Sweden] for almost a century the.", "Norway -[rule]-> Sweden"},
      {"[Alma Ruiz=person] founded [Harbour League=organization] in 1990.",
       "Alma Ruiz -[found]-> Harbour League"},
      // Passive with a by-agent.
      {"[Portugal] was invaded by [Spain] in 1580.", "Spain -[invade]-> Portugal"},
      // Control verb: the object of "urge" is the actor.
      {"[France] urged [Chad] to release the prisoners.", "France -[urge]-> Chad"},
      // Catenative with a modality.
      {"[Peru] threatened to invade [Bolivia].", "Peru -[invade (threaten)]-> Bolivia"},
      // A hedging adverb is the relation's modality.
      {"[Peru] has seldom sided with [Bolivia].", "Peru -[side with (seldom)]-> Bolivia"},
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
       "Fiji -[keep close ties with]- Samoa; Tonga -[keep close ties with]- Samoa"},
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

TEST(LinkGrammarExtractorTest, LeavingAnOrganisationIsARelationLeavingAPlaceIsNot) {
  const Case kCases[] = {
      {"[Ana Lobo=person] left the [Andes Party=organization] in 2010.",
       "Ana Lobo -[leave]-> Andes Party"},
      {"[Rui Costa=person] was leaving [Blue Harbour=organization] at the time.",
       "Rui Costa -[leave]-> Blue Harbour"},
      {"[Ana Lobo=person] left [Peru] in 2010.", ""},
      {"[Ana Lobo=person] left the [Andes Party=organization] divided.", ""},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

TEST(LinkGrammarExtractorTest, ReadsAPartyAfterTheVerbsObjectNoun) {
  const Case kCases[] = {
      // The preposition hangs on the verb, after its object noun.
      {"[Peru] sent a letter to [Chile] on Monday.", "Peru -[send letter to]-> Chile"},
      {"[Lima Holdings=organization] sold its brewery to [Andes Bank=organization].",
       "Lima Holdings -[sell brewery to]-> Andes Bank"},
      // A verb of address with a noun object still names its addressee by "to".
      {"[Ana Lobo=person] described the plan to [Reuters=organization] in May.",
       "Ana Lobo -[describe plan to]-> Reuters"},
      // A passive with an object noun: what the agent gave the subject.
      {"[Rui Costa=person] was given two ministries by [Ana Lobo=person].",
       "Ana Lobo -[give ministries to]-> Rui Costa"},
      // ... also as the second of two coordinated auxiliaries.
      {"[Rui Costa=person] was elected in May and was soon given two ministries by "
       "[Ana Lobo=person].",
       "Ana Lobo -[give ministries to]-> Rui Costa"},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

TEST(LinkGrammarExtractorTest, ReadsWhomASpeakerAddressed) {
  const Case kCases[] = {
      // An interview, remarks or a letter opening the clause or after its verb.
      {"In an interview with [Radio Lima=organization], [Ana Lobo=person] said the talks "
       "had failed.",
       "Ana Lobo -[give interview to]-> Radio Lima"},
      {"[Ana Lobo=person] said in an interview with [Radio Lima=organization] that the talks "
       "had failed.",
       "Ana Lobo -[give interview to]-> Radio Lima"},
      {"In remarks to [Radio Lima=organization], [Ana Lobo=person] warned of floods.",
       "Ana Lobo -[make remarks to]-> Radio Lima"},
      // A medium named by the organisation before it.
      {"In remarks to the [Radio Lima=organization] news service, [Ana Lobo=person] warned "
       "of floods.",
       "Ana Lobo -[make remarks to]-> Radio Lima"},
      // A capitalised word after an organisation's name ends the name.
      {"In an interview with [Lima=organization] News, [Ana Lobo=person] said the talks had "
       "failed.",
       "Ana Lobo -[give interview to]-> Lima"},
      // A verb of saying with "to".
      {"[Ana Lobo=person] stated to [Radio Lima=organization] that she would resign.",
       "Ana Lobo -[state to]-> Radio Lima"},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

TEST(LinkGrammarExtractorTest, ObjectNounsAndSpeechWithoutAPartyGiveNothing) {
  const Case kCases[] = {
      // A place, an amount or a time after the object is no party.
      {"[Ana Lobo=person] was elected president by [Peru] in 2001.", "Peru -[elect]-> Ana Lobo"},
      // An interview about someone is no interview with them.
      {"In an interview about [Chile], [Ana Lobo=person] said the talks had failed.", ""},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

// Sentences longer than kLinkGrammarMaxTokens are read in clause windows.
TEST(LinkGrammarExtractorTest, ReadsLongSentencesInClauseWindows) {
  const Case kCases[] = {
      // A subordinate clause after the main one: cut before "after".
      {"Officials in the capital confirmed late on Sunday that the rebel commanders had "
       "accepted the terms of the ceasefire only hours after [Turkey] began a military "
       "offensive into northern [Syria] on Wednesday.",
       "Turkey -[begin military offensive into]-> Syria"},
      // A long coordination of clauses: cut at ", and".
      {"[Chad] signed a treaty with [Niger] on Monday in the northern city, and the two "
       "delegations also agreed to hold further meetings over the coming months to discuss "
       "border security and trade.",
       "Chad -[sign treaty with]- Niger"},
      // A non-restrictive relative clause is taken out of the main clause.
      {"[Kenya], which has long been one of the closest partners of the region in matters of "
       "trade and security, sharply criticized [Somalia] on Tuesday over the detention of "
       "two diplomats.",
       "Kenya -[criticize]-> Somalia"},
      // ... and read on its own with its antecedent.
      {"Officials met in the capital on Monday to talk about the harvest and the floods, and "
       "the talks were led by [Kenya], which borders [Somalia], over three long days.",
       "Kenya -[border]-> Somalia"},
      // A parenthesis is taken out.
      {"[Peru] (which had recalled its ambassador in the spring after a series of disputes "
       "over fishing rights) formally accused [Chile] of espionage on Friday at a meeting of "
       "the regional council.",
       "Peru -[accuse]-> Chile"},
      // Quotation marks and "according to" end a clause.
      {"\"We will not accept this,\" the minister told reporters on Friday; [Chile] "
       "condemned [Argentina] again, according to [Reuters=organization], which cited two "
       "officials close to the talks.",
       "Chile -[condemn]-> Argentina"},
      // What was said ("stated ... that") is cut off from its speaker's clause.
      {"In the north, police detective [Ana Lobo=person] stated to [Radio Lima=organization] "
       "in late June that the closure of the border between the two provinces had driven up "
       "prices of many goods, and traders had been stretching their stocks further.",
       "Ana Lobo -[state to]-> Radio Lima"},
      // Actors on both sides of a cut are read in the two pieces together.
      {"The ministers spent the whole of the week in long and difficult meetings about the "
       "old dispute over the river; [Egypt] then withdrew from [Sudan] before the talks ended on Friday.",
       "Egypt -[withdraw from]-> Sudan"},
      // A piece no clause word cuts is read in runs of its comma-bounded segments: opening
      // phrases and an apposition ...
      {"In his long career on the stage from 1990 to 2012, as a young actor, [Jo Roe=person], "
       "a tall actor from the north, worked with [Ana Lobo=person] as part of a travelling "
       "theatre company.",
       "Jo Roe -[work with]- Ana Lobo"},
      // ... and a clause cut off before an aside that does not carry it on.
      {"[Chad] accused [Niger] of harbouring rebels, a charge first made in the spring, in a "
       "long statement read out on state radio on Monday evening to a large audience of "
       "officials, diplomats and journalists.",
       "Chad -[accuse]-> Niger"},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

TEST(LinkGrammarExtractorTest, LongSentencesGiveNothingAcrossUnrelatedClauses) {
  const Case kCases[] = {
      // Two clauses, one actor each: the cut keeps them apart.
      {"[Mali] held a referendum on the new constitution in the spring of that year after "
       "months of protests, while [Niger] was still counting the votes of its own "
       "presidential election in the north.",
       ""},
      // What a source says is not a relation with the source.
      {"The army shelled the small villages along the northern border for three days and "
       "three nights without a single pause, according to [Amnesty International=organization], which "
       "interviewed refugees in [Chad].",
       ""},
      // A preposition after coordinated verbs is the last verb's.
      {"Although [Jo Roe=person] has since divorced and returned to [Ruritania], her title "
       "was not restored.",
       "Jo Roe -[return to]-> Ruritania"},
      // A comma-bounded run may not start inside a clause (its subject would be the name
      // before the verb) ...
      {"An investor group led by members of the old and wealthy banking family from the city "
       "of Lima, [Peru], has acquired a large stake of almost nine percent in "
       "[Quill=organization] with the help of two banks in the capital.",
       ""},
      // ... nor end where the clause goes on after an apposition.
      {"[Chad] officials are checking how much support [Jo Roe=person], a diplomat from the "
       "north, would have if her name is put forward to the full council for a vote at the end "
       "of next week.",
       ""},
      // A short "according to" inside the clause is no object of its verb.
      {"[Jo Roe=person] then led, according to [Quill=organization], the largest march ever "
       "held.",
       ""},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

TEST(LinkGrammarExtractorTest, ReadsNewsConstructions) {
  const Case kCases[] = {
      // A coordinated subject with a verb symmetric with its party ("speak with").
      {"On Friday, [Ana Lobo=person] and [Rui Costa=person] spoke on the phone.",
       "Ana Lobo -[speak with]- Rui Costa"},
      {"[Ghana] and [Togo] agreed on a new border.", "Ghana -[agree with]- Togo"},
      // A state modifier before a title goes into the name.
      {"On Friday, {US} President [Ana Lobo=person] and {Turkish} President "
       "[Rui Costa=person] spoke on the phone.",
       "Ana Lobo -[speak with]- Rui Costa"},
      // An object in apposition to a noun.
      {"[Maria Lind=person] endorsed her former rival, [Joe Berg=person].",
       "Maria Lind -[endorse]-> Joe Berg"},
      // Gerund complements: the outer verb stays unless it only marks aspect.
      {"[Iran] denied attacking [Oman].", "Iran -[deny attack]-> Oman"},
      {"[Iran] began shelling [Iraq].", "Iran -[shell]-> Iraq"},
      // Infinitive complements.
      {"[Serbia] refused to recognise [Kosovo].", "Serbia -[not recognize]-> Kosovo"},
      {"[Russia] agreed to withdraw from [Georgia].", "Russia -[withdraw from]-> Georgia"},
      {"The [Iraqi Parliament=organization] voted to expel {US} troops.",
       "Iraqi Parliament -[expel]-> United States"},
      // Light verb + noun (+ its modifiers) + preposition.
      {"[Turkey] launched a military offensive into [Syria].",
       "Turkey -[launch military offensive into]-> Syria"},
      {"[Canada] imposed sanctions on [Belarus].", "Canada -[impose sanctions on]-> Belarus"},
      {"[Spain] issued arrest warrants for [Carles Puig=person].",
       "Spain -[issue arrest warrants for]-> Carles Puig"},
      {"[Texas=organization] filed a lawsuit against [Google=organization].",
       "Texas -[file lawsuit against]-> Google"},
      // Verb + preposition + noun + preposition.
      {"[Chad] entered into an agreement with [Niger].", "Chad -[enter into agreement with]- Niger"},
      // A state through "the government of".
      {"[Iran] signed a deal with the government of [Iraq].", "Iran -[sign deal with]- Iraq"},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

TEST(LinkGrammarExtractorTest, NewsConstructionsDoNotOverreach) {
  const Case kCases[] = {
      // A name after a comma that heads its own clause is no apposition.
      {"[Iran] attacked the base, [Iraq] reported.", ""},
      // "speak" is symmetric within a group only over a medium.
      {"[Ghana] and [Togo] spoke at the hearing.", ""},
      // An order is no relation.
      {"Sales were highest in [Norway], followed by [Sweden].", ""},
      // A noun after a verb + preposition that is no relation noun, and no party.
      {"[Chad] ran into the arms of [Niger].", ""},
  };
  for (const Case& c : kCases)
    EXPECT_EQ(ExtractRendered(c.marked, &LinkGrammar()), c.expected) << c.marked;
}

TEST(LinkGrammarExtractorTest, CountsItsParses) {
  testing::MarkedSentence s = testing::MakeSentence("[Norway] ruled [Sweden] for a century.");
  ParseCounters counters;
  s.analyzed.counters = &counters;
  std::vector<Triple> out;
  LinkGrammar().Extract(s.analyzed, out);
  EXPECT_EQ(counters.sentences_parsed, 1u);
  EXPECT_EQ(counters.parses, 1u);
  EXPECT_EQ(counters.parses_by_length[0], 1u);
  EXPECT_GT(counters.parse_seconds, 0.0);
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
