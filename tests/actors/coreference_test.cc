// Coreference: pronouns and definite descriptions resolved to the actor in focus, and the
// references that are deliberately left alone.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actorgraph/actors/actor_finder.h"
#include "actorgraph/actors/mention_json.h"
#include "actors/actor_finder_fixture.h"

namespace actorgraph {
namespace {

using testing::Analyse;
using testing::FindIn;
using testing::SmallDictionary;

// The references only, rendered "surface=actor" (modifiers "+mod").
std::string References(const std::string& text, ActorFinderOptions options = {}) {
  std::string out;
  for (const Mention& m : FindIn(text, options)) {
    if (m.how != Resolution::kCoreference) continue;
    if (!out.empty()) out += " | ";
    out += m.surface + "=" + m.actor.id + (m.modifier ? "+mod" : "");
  }
  return out;
}

struct Case {
  std::string text;
  const char* expected;
};

void ExpectReferences(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(References(c.text), c.expected) << "text: " << c.text;
  }
}

TEST(CoreferenceTest, PronounTakesThePersonOfTheSameSentence) {
  ExpectReferences({
      {"Recep Tayyip Erdoğan said he would send troops to Iraq.", "he=recep_tayyip_erdogan"},
      // A possessive whose antecedent the sentence names adds nothing: not reported.
      {"President Erdoğan repeated his demand to Iran.", ""},
      {"President Erdoğan spoke in Ankara. His demand to Iran was clear.",
       "His=recep_tayyip_erdogan+mod"},
  });
}

TEST(CoreferenceTest, PronounTakesTheSubjectOfThePreviousSentence) {
  ExpectReferences({
      {"Recep Tayyip Erdoğan spoke in Ankara on Monday. He named Iran as a threat.",
       "He=recep_tayyip_erdogan"},
      // The subject wins over another person named later in the sentence.
      {"President Mark Hollis met President Tomas Borek in Moscow. He later called Iran.",
       "He=mark_hollis"},
      // A lead-in before the subject does not hide it.
      {"On Monday, President Mark Hollis met President Tomas Borek. He later called Iran.",
       "He=mark_hollis"},
      {"Early in his career, President Mark Hollis met President Tomas Borek. He later "
       "called Iran.",
       "He=mark_hollis"},
      // A clause opened by a subordinator has its own subject; the main clause's wins.
      {"Mr. Mark Hollis spoke. When President Tomas Borek resigned in May, Hollis took the "
       "seat. He later called Iran.",
       "He=mark_hollis"},
      // Even with a possessive of the subordinate clause's subject left out.
      {"Mr. Mark Hollis spoke. When Mr. Tomas Borek announced his resignation, Hollis ran. "
       "He won.",
       "He=mark_hollis"},
      // The speaker after a quotation is the subject.
      {"\"We will not wait,\" Recep Tayyip Erdoğan said. He then called Iran.",
       "He=recep_tayyip_erdogan"},
  });
}

TEST(CoreferenceTest, CapitalInAnOfPhraseAfterAPersonIsNoUnknownSpeaker) {
  ExpectReferences({
      // "District" before "announced" is the place Borek represents, not a speaker the
      // finder missed: "him" is Borek, and the next "He" the main clause's subject.
      {"Mr. Mark Hollis spoke. When Mr. Tomas Borek of Ohio's ninth Congressional District "
       "announced his resignation, Hollis ran to replace him. He won.",
       "him=tomas_borek | He=mark_hollis"},
      // Not after a person: the capital may be the speaker.
      {"Mr. Mark Hollis spoke. After the flood of Lake County, Rowntree announced he "
       "would resign.",
       ""},
  });
}

TEST(CoreferenceTest, PronounSkipsAPersonAKinNounGivesTheOtherGender) {
  ExpectReferences({
      // "son" makes Robin Roe a man whatever the given name suggests: "her" is the mother.
      {"Actress Mary Quinn lived in Ohio. Quinn's son, Robin Roe, predeceased her in 2004.",
       "her=mary_quinn"},
      {"Actor Tom Baker lived in Ohio. Baker's daughter Robin Roe visited him in 2004.",
       "him=tom_baker"},
  });
}

TEST(CoreferenceTest, PronounIsLeftAloneWhenTwoPeopleAreEquallyLikely) {
  ExpectReferences({
      // Two people, neither the subject.
      {"A letter from President Mark Hollis and President Tomas Borek reached Iran. He "
       "replied.",
       ""},
      {"Iran hosted President Mark Hollis and President Tomas Borek. He spoke first.", ""},
  });
}

TEST(CoreferenceTest, PronounInsideAQuotationIsNotResolved) {
  ExpectReferences({
      {"Recep Tayyip Erdoğan said: \"He is a danger to Iran.\"", ""},
      {"Recep Tayyip Erdoğan spoke. \"He will never win,\" an aide said.", ""},
  });
}

TEST(CoreferenceTest, ObjectPronounSkipsTheSubjectOfItsClause) {
  ExpectReferences({
      // "him" is not Borek, the subject of the same clause, but Hollis before the boundary.
      {"President Mark Hollis said President Tomas Borek had called him.", "him=mark_hollis"},
  });
  // With only the clause's own subject before it, "him" stays unresolved in that sentence.
  EXPECT_EQ(References("President Tomas Borek praised him in Iran."), "");
}

TEST(CoreferenceTest, GenderMustAgreeWhenTheDocumentShowsIt) {
  ExpectReferences({
      // Mrs. shows the gender: "he" cannot be her.
      {"Mrs. Anna Kowal visited Iran. He said nothing.", ""},
      {"Mrs. Anna Kowal visited Iran. She met Erdoğan.", "She=anna_kowal"},
  });
}

TEST(CoreferenceTest, CountryTakesTheCountryInFocus) {
  ExpectReferences({
      {"Iran tested a missile on Monday. The country's foreign minister defended the test.",
       "The country=iran"},
      {"Turkey closed its border. Officials said the nation would not reopen it soon.",
       "the nation=turkey"},
      // Two countries and no country subject: left alone.
      {"Talks about Iran and Iraq were held in Geneva. The country was not named.", ""},
      // "the country of ..." is another noun phrase.
      {"Iran tested a missile. Experts in the country of origin were surprised.", ""},
  });
}

TEST(CoreferenceTest, GovernmentNeedsExactlyOneCountryInFocus) {
  ExpectReferences({
      {"Protests spread across Iraq. The government imposed a curfew.",
       "The government=iraq"},
      {"Iraq accused Iran of the attack. The government imposed a curfew.", ""},
  });
}

TEST(CoreferenceTest, CompanyTakesAFirmNotAGovernmentBody) {
  ExpectReferences({
      {"Acme Corp won a contract in Iran. The company said it would hire locally.",
       "The company=acme_corp | it=acme_corp"},
      // The European Union is not a company.
      {"The European Union fined Google. The company said it would appeal.", ""},
  });
}

TEST(CoreferenceTest, BodyKindTakesTheBodyWhoseNameHasIt) {
  ExpectReferences({
      {"The Northfield District Court heard the case on Monday. The court ruled against "
       "Acme Corp.",
       "The court=northfield_district_court"},
      // Possessive, and however far back the document named it.
      {"The Lakeland Trade Commission fined Acme Corp. Acme Corp appealed. Its shares fell. "
       "Traders were calm. Nobody expected the commission's decision.",
       "the commission=lakeland_trade_commission"},
  });
}

TEST(CoreferenceTest, BodyKindEndsBeforeAnIrregularPastTense) {
  ExpectReferences({
      {"The Lakeland Peace Coalition met in Iran. The coalition came to Iraq in May.",
       "The coalition=lakeland_peace_coalition"},
      {"The Northfield District Court heard the case. The court sought more time.",
       "The court=northfield_district_court"},
  });
  // What the sentence called the coalition, another description does not name again.
  EXPECT_EQ(References("The Lakeland Peace Coalition met in Iran. The coalition came to Iraq "
                       "after the group took Mosul."),
            "The coalition=lakeland_peace_coalition");
}

TEST(CoreferenceTest, BodyKindTakesTheBodyTheArticleIntroducedWithIt) {
  ExpectReferences({
      {"Officials shut down Acme Corp, the country's largest television network, on Monday. "
       "The network said it would appeal.",
       "The network=acme_corp | it=acme_corp"},
      {"Regulators fined the broadcaster Acme Corp. The network's licence was suspended.",
       "The network=acme_corp"},
      // Without that, a firm is not a network.
      {"Officials shut down Acme Corp on Monday. The network said it would appeal.", ""},
  });
}

TEST(CoreferenceTest, BodyKindTakesTheKindAnAppositionOrCopulaGave) {
  ExpectReferences({
      {"Acme Corp, the country's largest television network, lost its licence. The "
       "broadcaster said it would appeal.",
       "The broadcaster=acme_corp | it=acme_corp"},
      {"Officials praised the Lakeview Foundation, a nonprofit charity. The organization "
       "said it would expand.",
       "The organization=lakeview_foundation | it=lakeview_foundation"},
      {"The Lakeview Network is a cable company. The company said it would expand.",
       "The company=lakeview_network | it=lakeview_network"},
      // The subject of the next clause is no apposition: the commission is no group.
      {"In a filing with the Lakeland Trade Commission, the group said it sold shares. The "
       "group said it would buy more.",
       ""},
      {"In talks with the Lakeland Trade Commission, the group, led by two bankers, sold "
       "shares. The group said it would buy more.",
       ""},
      // A possessive before the kind names the owner: the rival is no company.
      {"Officials praised the Lakeview Foundation, the company's rival. The company said it "
       "would expand.",
       ""},
  });
}

TEST(CoreferenceTest, BodyKindEndsBeforeOfAGerundOrANegatedVerb) {
  ExpectReferences({
      {"Regulators fined the broadcaster Acme Corp. Officials accused the network of "
       "violating the rules.",
       "the network=acme_corp"},
      {"Regulators fined the broadcaster Acme Corp. Officials accused the network of "
       "\"lying\".",
       "the network=acme_corp"},
      {"Regulators fined the broadcaster Acme Corp. Officials said the network didn't pay.",
       "the network=acme_corp"},
  });
}

TEST(CoreferenceTest, BodyKindIsLeftAloneWhenGenericOrAmbiguous) {
  ExpectReferences({
      // Two courts equally near.
      {"The Northfield District Court and the Eastbay Appeals Court disagreed. The court "
       "ruled.",
       ""},
      // A compound with another noun, "of" another body, or the sentence's own subject.
      {"The Northfield District Court ruled. The court system is slow.", ""},
      {"The Northfield District Court ruled. The court of appeal disagreed.", ""},
      {"The Northfield District Court said the court below had erred.", ""},
  });
}

TEST(CoreferenceTest, ChamberTakesTheLegislatureTheDocumentNamed) {
  ExpectReferences({
      {"Protests spread across Iraq. The Parliament of Iraq met on Monday. The Senate "
       "rejected the bill.",
       "The Senate=parliament_of_iraq"},
      // "the house" is a building.
      {"Protests spread across Iraq. The Parliament of Iraq met on Monday. The house was "
       "empty.",
       ""},
  });
}

TEST(CoreferenceTest, TitleTakesThePersonWithThatTitle) {
  ExpectReferences({
      {"Iran's Foreign Minister Javad Karimi arrived in Ankara. Turkey welcomed the "
       "minister.",
       "the minister=javad_karimi"},
      // Two presidents in the window: the president is not resolved.
      {"President Mark Hollis met President Tomas Borek. The president spoke first.", ""},
  });
}

TEST(CoreferenceTest, SovereignTitleTakesTheOneSovereignTheDocumentNamed) {
  const std::string far =
      " The cabinet met in the capital. Ministers debated the budget. The vote was delayed."
      " Protests grew in the north. Markets fell on Monday. Analysts were divided.";
  ExpectReferences({
      // However far back, and with the title inside the dictionary's name.
      {"Queen Ingrid Vale opened the session." + far + " Critics said the Queen was misled.",
       "the Queen=queen_ingrid_vale"},
      // In a quotation too.
      {"Queen Ingrid Vale opened the session. Mark Hollis said: \"They are trying to use "
       "the Queen to silence the chamber.\"",
       "the Queen=queen_ingrid_vale"},
      // A possessive qualifies the noun after it.
      {"Queen Ingrid Vale opened the session. The Queen's speech was short.",
       "The Queen=queen_ingrid_vale+mod"},
      // Not a lower-case title that far back, nor a queen named only later.
      {"Queen Ingrid Vale opened the session." + far + " Critics said the queen was misled.",
       ""},
      {"The Queen was misled, critics said. Queen Ingrid Vale opened the session.", ""},
  });
}

TEST(CoreferenceTest, ItTakesTheSubjectAfterAReportingVerb) {
  ExpectReferences({
      {"The UN said it would send observers to Libya.", "it=united_nations"},
      // "it is unclear": no actor.
      {"Iran said it was unclear who fired first.", ""},
      // Another body between the subject and "it": left alone.
      {"Iran told the UN that it would respond.", ""},
  });
  ActorFinderOptions options;
  options.resolve_it = false;
  EXPECT_EQ(References("The UN said it would send observers to Libya.", options), "");
}

TEST(CoreferenceTest, ItTakesTheOnlyActorRightBeforeTheReportingVerb) {
  ExpectReferences({
      // A lead-in without a comma hides the subject from the subject rule; the one actor
      // right before "said" is it.
      {"With the deal Acme Corp said it would hire.", "it=acme_corp"},
      // Not the object of a verb before it, nor an actor ending a longer name, nor a
      // modifier of the real subject, nor one of two actors.
      {"An investor group trying to acquire Acme Corp said it would sue.", ""},
      {"The Writers Guild of Iran said it would strike.", ""},
      {"The US Geological Survey reported it was strong.", ""},
      {"Iran and the UN said it would end.", ""},
  });
}

TEST(CoreferenceTest, PronounIsLeftAloneNearAPersonTheFinderDoesNotKnow) {
  ExpectReferences({
      // "Haitham" is no mention, but he is the one who said it.
      {"Recep Tayyip Erdoğan named a successor. After the funeral, Haitham said he would "
       "visit Iran.",
       ""},
      // An unknown name written with a capital elsewhere, as the previous subject.
      {"Recep Tayyip Erdoğan praised Kowalczyk in Ankara. Kowalczyk served in Iraq. He "
       "returned later.",
       ""},
      // An unresolved "he" before it blocks the look-back too.
      {"Recep Tayyip Erdoğan spoke. Then Kowalczyk himself said it: he was right.", ""},
  });
}

TEST(CoreferenceTest, CapitalisedAdjectiveBeforeARoleNounAndANameIsNoUnknownPerson) {
  ExpectReferences({
      // "Cornish" is no mention, but the sentence is about the singer it describes.
      {"Yesterday, Cornish singer Tom Jones died in London. The news came in his name.",
       "his=tom_jones+mod"},
      {"On Monday, Cornish folk singer Tom Jones died in London. He was 80.", "He=tom_jones"},
      // A verb after the unknown name: that name is the subject, still unknown.
      {"On Monday, Kowalczyk met Recep Tayyip Erdoğan in Ankara. He returned later.", ""},
  });
}

TEST(CoreferenceTest, PronounIsLeftAloneAfterAPersonIntroducedByACommonNoun) {
  ExpectReferences({
      // "one analyst", "a Treasury spokesman": someone the news does not name, and most
      // likely the "he" that follows.
      {"President Mark Hollis spoke in Ankara. One analyst said the plan would fail. He said "
       "prices would rise.",
       ""},
      {"President Mark Hollis spoke in Ankara. Iran hosted the talks, a Treasury spokesman "
       "said. He said prices would rise.",
       ""},
      {"President Mark Hollis spoke in Ankara. On Tuesday a young boy was rescued. He was "
       "found under rubble.",
       ""},
      // "The spokesman" once "a spokesman" was introduced is that one again.
      {"President Mark Hollis spoke in Ankara. A Treasury spokesman said the plan would fail. "
       "The spokesman said prices would rise. He declined to comment.",
       ""},
      // A qualified "the" noun usually names again the person named before.
      {"President Mark Hollis spoke in Ankara. The Treasury spokesman said prices would rise. "
       "He declined to comment.",
       "He=mark_hollis"},
      // The noun's person named in the sentence is the one "he" means.
      {"President Mark Hollis spoke in Ankara. The driver, identified as Alex Borek, was "
       "rescued. He was found under rubble.",
       "He=alex_borek"},
  });
}

TEST(CoreferenceTest, PronounIsLeftAloneNearASurnameTwoPeopleShare) {
  ExpectReferences({
      // "Hollis" alone could be either: the finder leaves it, and so does the pronoun.
      {"President Joe Hollis met President Tomas Hollis. The plan of Hollis is that, during "
       "his term, he would visit Iran.",
       ""},
  });
}

TEST(CoreferenceTest, RelativeClauseSubjectIsNotItsHead) {
  ExpectReferences({
      // "whom she divorced": not Borek; the earlier "She" is unknown, so this one is too.
      {"Iran hosted talks. She married Dr. Alex Borek, whom she divorced in 1981.", ""},
      {"Mrs. Anna Kowal spoke in Ankara. She married Dr. Alex Borek, whom she divorced in "
       "1981.",
       "She=anna_kowal | she=anna_kowal"},
      // Nor any person of a list before it ("married A, B, and C, whom she divorced").
      {"Singer Nell Day retired. She later married George Brandt, Marty Kessel, and Barry "
       "Holm, whom she divorced in 1990.",
       ""},
  });
}

TEST(CoreferenceTest, CommonFirstNamesShowTheGender) {
  ExpectReferences({
      {"President Veronika Petrova spoke in Ankara. He declined to comment.", ""},
      {"President Veronika Petrova spoke in Ankara. She declined to comment.",
       "She=veronika_petrova"},
  });
}

TEST(CoreferenceTest, SpeechWithoutQuotationMarksIsNotResolved) {
  ExpectReferences({
      {"Recep Tayyip Erdoğan visited Iran. I told my mother and she laughed.", ""},
  });
}

TEST(CoreferenceTest, CountryIsNotTheOwnerOfTroopsStationedThere) {
  ExpectReferences({
      {"US troops left Iraq in 2011. There are about 5000 US troops in the country now.",
       "the country=iraq"},
      {"Iraq hosts a coalition. There are about 5000 US troops in the country now.",
       "the country=iraq"},
  });
}

TEST(CoreferenceTest, TheTwoMenStandForThePairOfPeopleNamedBefore) {
  std::string found;
  for (const Mention& m :
       FindIn("President Mark Hollis met President Tomas Borek. The two men agreed on Iran.")) {
    if (m.how != Resolution::kGroupReference) continue;
    found += m.surface + "=";
    for (const Actor& member : m.members) found += member.id + ",";
  }
  EXPECT_EQ(found, "The two men=mark_hollis,tomas_borek,");
  // A pair of countries is not "the two men".
  for (const Mention& m : FindIn("Iran and Iraq signed a deal. The two men agreed on it.")) {
    EXPECT_NE(m.how, Resolution::kGroupReference) << m.surface;
  }
}

TEST(CoreferenceTest, BothOfThemStandForThePairOfPeopleNamedBefore) {
  std::string found;
  for (const Mention& m : FindIn("President Mark Hollis was tried in 1990 and President Tomas "
                                 "Borek in 2004. A court acquitted both of them.")) {
    if (m.how != Resolution::kGroupReference) continue;
    found += m.surface + "=";
    for (const Actor& member : m.members) found += member.id + ",";
  }
  EXPECT_EQ(found, "both of them=mark_hollis,tomas_borek,");
  // Two countries are not "both of them" people, and a pair two sentences back is too far.
  for (const std::string text :
       {"Iran and Iraq signed two deals. Both of them expire soon.",
        "President Mark Hollis and President Tomas Borek met. Iran sent two envoys. Both of "
        "them spoke."}) {
    for (const Mention& m : FindIn(text)) {
      EXPECT_NE(m.how, Resolution::kGroupReference) << m.surface << " in " << text;
    }
  }
}

// References() with the built-in dictionary, which knows states, provinces and their
// countries.
std::string DefaultReferences(const std::string& text) {
  testing::Analysed analysed = Analyse(text);
  ActorFinder finder(testing::DefaultDictionary(), ActorFinderOptions());
  std::string out;
  for (const Mention& m : finder.FindMentions(analysed.document, analysed.sentences)) {
    if (m.how != Resolution::kCoreference) continue;
    if (!out.empty()) out += " | ";
    out += m.surface + "=" + m.actor.id + (m.modifier ? "+mod" : "");
  }
  return out;
}

TEST(CoreferenceTest, TitleTakesTheOnePersonSoTitled) {
  ExpectReferences({
      {"Princess Anna Kowal visited Iran on Monday. The princess met officials in Tehran.",
       "The princess=anna_kowal"},
      {"Judge Tomas Borek heard the case in Tehran. The judge ordered a new trial.",
       "The judge=tomas_borek"},
      // Two judges in the window: left alone.
      {"Judge Tomas Borek and Judge Mark Hollis heard the case. The judge ordered a new "
       "trial.",
       ""},
      // "another judge" is someone else so titled, unnamed.
      {"Judge Tomas Borek heard the case in Tehran. Last year another federal judge heard "
       "it. The judge ordered a new trial.",
       ""},
  });
}

TEST(CoreferenceTest, TheStateIsTheOneStateOfAFederationInFocus) {
  const std::vector<Case> cases = {
      {"Voters in Ohio went to the polls on Tuesday. The state used the National Guard at "
       "polling stations.",
       "The state=ohio"},
      {"The governor of Ohio spoke on Monday. He said the state would close its schools.",
       "the state=ohio"},
      // Two states in focus, a sovereign country, or another noun phrase: left alone.
      {"Voters in Ohio and Texas went to the polls. The state used the National Guard.", ""},
      {"Voters in France went to the polls. The state paid for the ballots.", ""},
      {"Voters in Ohio went to the polls. The state budget paid for the ballots.", ""},
      {"Voters in Ohio went to the polls. The state of emergency was lifted.", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(DefaultReferences(c.text), c.expected) << c.text;
}

TEST(CoreferenceTest, TheGovernmentIsNoPartOfACountryTheDocumentNamesLessOften) {
  const std::vector<Case> cases = {
      // Wales is named no more often than the United Kingdom it belongs to: which
      // government appealed is unclear.
      {"The United Kingdom will leave the EU. A court in Wales ruled on Tuesday. The "
       "government appealed.",
       ""},
      // A noun after it makes it another phrase; a currency names no country in focus.
      {"Japan sold bonds on Monday. Banks bought into the government bond market.", ""},
      {"The peso is at 20.50 to the U.S. dollar. The government will not devalue it.", ""},
      // A province the document is about keeps its government.
      {"Quebec raised taxes on Monday. The government said revenue would rise.",
       "The government=quebec"},
  };
  for (const Case& c : cases) EXPECT_EQ(DefaultReferences(c.text), c.expected) << c.text;
}

TEST(CoreferenceTest, FirstPersonWordsOfATitleAreNoSpeech) {
  ExpectReferences({
      // "Me" and "My" with a capital inside the sentence belong to a film's or a song's
      // title, not to speech written without quotation marks.
      {"Mrs. Anna Kowal sang in Iran. Though she was praised, Kowal preferred the film "
       "Trust Me or Leave Me.",
       "she=anna_kowal"},
      {"Mrs. Anna Kowal sang in Iran. She recorded the song Call My Name in Tehran.",
       "She=anna_kowal"},
  });
  // Lower-case first-person words outside quotation marks still leave the pronouns alone.
  EXPECT_EQ(References("Mrs. Anna Kowal sang in Iran. She told me it was over."), "");
}

TEST(CoreferenceTest, PossessiveBeforeItsPersonShowsNoUnknownPerson) {
  ExpectReferences({
      // "his" in a phrase before the name it stands for leaves the next sentence's "He"
      // free to take that person.
      {"On Monday, as part of his campaign, President Mark Hollis visited Iran. He spoke "
       "for an hour.",
       "He=mark_hollis"},
      {"According to his wife, Anna, President Mark Hollis was ill. He stayed home.",
       "He=mark_hollis"},
  });
  // The subject after a clause and a short phrase of it between commas.
  EXPECT_EQ(References("Mrs. Anna Kowal sang in Iran. Though she was praised for the film, "
                       "opposite Mark Hollis, Kowal preferred the stage. She left Iran."),
            "she=anna_kowal | She=anna_kowal");
  // A "his" no one named before or after it fills still does.
  EXPECT_EQ(References("A letter from President Mark Hollis and President Tomas Borek reached "
                       "Iran. On Monday, his brother spoke for an hour. He left early."),
            "");
}

TEST(CoreferenceTest, PronounTakesThePersonASpeechNamesWhenNoneOutsideItFits) {
  ExpectReferences({
      // Mrs. Kowal cannot be "him": the one man the sentence names is inside her quote.
      {"Mrs. Anna Kowal said \"Mark Hollis was a great scientist.\" She described him as "
       "kind.",
       "She=anna_kowal | him=mark_hollis"},
  });
  // A name in quotation marks that is no speech is no one in focus: nor is a speech two
  // sentences back.
  EXPECT_EQ(References("Mrs. Anna Kowal, called the \"Mark Hollis of Iran,\" sang. She "
                       "later thanked him."),
            "She=anna_kowal");
  EXPECT_EQ(References("Mrs. Anna Kowal said \"Mark Hollis was a great scientist.\" She "
                       "sang in Iran. She described him as kind."),
            "She=anna_kowal | She=anna_kowal");
  // Nor beside a speaker the sentence does not name.
  EXPECT_EQ(References("\"Mark Hollis was a great scientist in Iran,\" an aide said. He "
                       "added more."),
            "");
  // Two men named in the speech: neither.
  EXPECT_EQ(References("Mrs. Anna Kowal said \"Mark Hollis and Tomas Borek were great.\" "
                       "She described him as kind."),
            "She=anna_kowal");
}

TEST(CoreferenceTest, PronounIsLeftAloneAfterASpeechAboutAnotherPerson) {
  // The quote's "He" is someone other than its speaker, Borek: "His" after it may be
  // either.
  EXPECT_EQ(References("President Tomas Borek said, \"He was a great leader.\" His son "
                       "spoke in Iran."),
            "");
  // A quote that names its "he" first, and a "his" of a quote, leave the speaker in focus.
  EXPECT_EQ(References("President Tomas Borek said, \"Mark Hollis knows he will lose.\" His "
                       "son spoke in Iran."),
            "His=tomas_borek+mod");
  EXPECT_EQ(References("President Tomas Borek said, \"A broker needs his errors.\" His "
                       "son spoke in Iran."),
            "His=tomas_borek+mod");
  // Without such a pronoun the speaker is the one in focus.
  EXPECT_EQ(References("President Tomas Borek said, \"We will win.\" His son spoke in Iran."),
            "His=tomas_borek+mod");
}

TEST(CoreferenceTest, BodyKindTakesABodyNamedInFullInAQuotation) {
  ExpectReferences({
      {"An aide said: \"We value the Lakeland Coalition for Peace.\" The coalition met in "
       "Iran.",
       "The coalition=lakeland_coalition_for_peace"},
  });
}

TEST(CoreferenceTest, ReferencesAreOffWhenDisabled) {
  ActorFinderOptions options;
  options.resolve_coreferences = false;
  EXPECT_EQ(References("Recep Tayyip Erdoğan said he would send troops to Iraq.", options), "");
}

TEST(CoreferenceTest, JsonNamesTheResolution) {
  testing::Analysed analysed = Analyse("Recep Tayyip Erdoğan said he would visit Iraq.");
  ActorFinder finder(SmallDictionary());
  std::string json;
  for (const Mention& m : finder.FindMentions(analysed.document, analysed.sentences)) {
    if (m.how == Resolution::kCoreference) AppendMentionJson(analysed.document, m, &json);
  }
  EXPECT_NE(json.find("\"text\":\"he\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"actor\":\"recep_tayyip_erdogan\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"how\":\"coreference\""), std::string::npos) << json;
}

}  // namespace
}  // namespace actorgraph
