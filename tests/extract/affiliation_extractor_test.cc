#include "extract/affiliation_extractor.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class AffiliationExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(AffiliationExtractorTest, ExtractsExpectedTriples) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // A title that only pre-modifies the name states no relation by default.
    {"the assassination of {Iranian} General [Qasem Soleimani=person] by a drone", ""},
    {"{Turkish} President [Recep Tayyip Erdogan=person] spoke.", ""},
    {"{Iranian} [General Qasem Soleimani=person] was killed.", ""},
    // Possessives and appositions do.
    {"[Iran]'s foreign minister [Javad Zarif=person] spoke.",
     "Javad Zarif -[be foreign minister of]-> Iran"},
    {"[Mali]'s foreign minister, [Abdoulaye Traore=person], said so.",
     "Abdoulaye Traore -[be foreign minister of]-> Mali"},
    {"The foreign minister of [Eritrea], [Tesfay Gebremariam=person], spoke.",
     "Tesfay Gebremariam -[be foreign minister of]-> Eritrea"},
    // No title, or no state before it: nothing.
    {"{Iranian} [Qasem Soleimani=person] was killed.", ""},
    {"General [Qasem Soleimani=person] was killed.", ""},
    {"[Iran] President [Hassan Rouhani=person] spoke.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, AffiliationExtractorTest, ::testing::ValuesIn(kCases));

// A leader's envoy and lawyer are theirs; a state's name before an office word is its
// owner, unless the office is some body's held there.
const Case kPersonalAndStateCases[] = {
    {"[Al Doe=person] was serving as [Jo Roe=person]'s personal lawyer.",
     "Al Doe -[be personal lawyer of]-> Jo Roe"},
    {"[Al Doe=person], who was [Jo Roe=person]'s special envoy to the talks, spoke.",
     "Al Doe -[be special envoy of]-> Jo Roe"},
    {"[Al Doe=person], the [United States] special envoy for the talks, resigned.",
     "Al Doe -[be special envoy of]-> United States"},
    {"[Al Doe=person], the [Taiwan] manager of [Acme Bank=organization], spoke.", ""},
};
INSTANTIATE_TEST_SUITE_P(PersonalAndState, AffiliationExtractorTest,
                         ::testing::ValuesIn(kPersonalAndStateCases));

// Offices, memberships and family ties the sentence states outright, around the name.
const Case kStatedCases[] = {
    // Apposition after the name: the owner after "of" / "for", or a possessive.
    {"[Jane Roe=person], the Prime Minister of [Ruritania], signed a decree.",
     "Jane Roe -[be prime minister of]-> Ruritania"},
    {"[Jane Roe=person], the Secretary of Justice for [Ruritania], said so.",
     "Jane Roe -[be secretary of justice of]-> Ruritania"},
    {"[John Doe=person], [Ruritania]'s governor, announced it.",
     "John Doe -[be governor of]-> Ruritania"},
    {"[John Doe=person], [Jane Roe=person]'s chief of staff, said so.",
     "John Doe -[be chief of staff of]-> Jane Roe"},
    {"[Jane Roe=person], deputy director of the [Example Energy Forum=organization], said so.",
     "Jane Roe -[be deputy director of]-> Example Energy Forum"},
    {"[John Doe=person], a member of the [Example Party=organization], spoke.",
     "John Doe -[be member of]-> Example Party"},
    {"[John Doe=person], the former governor of [Ruritania], received votes.",
     "John Doe -[be former governor of]-> Ruritania"},
    {"[Jane Roe=person], a spokeswoman for the [Example Forum=organization], denied it.",
     "Jane Roe -[be spokeswoman of]-> Example Forum"},
    // A title and "of" after the name; a title of an owner before it.
    {"President [Jane Roe=person] of [Ruritania] said so.",
     "Jane Roe -[be president of]-> Ruritania"},
    {"First Minister of [Ruritania] [Jane Roe=person] said so.",
     "Jane Roe -[be first minister of]-> Ruritania"},
    {"On Sunday, President of [Ruritania] [Jane Roe=person] announced a bill.",
     "Jane Roe -[be president of]-> Ruritania"},
    // "X of the Y": a person working for a body.
    {"[John Doe=person] of the [UK]'s [National Crime Agency=organization] said so.",
     "John Doe -[work for]-> National Crime Agency"},
    // Of a party: its member (or its candidate).
    {"[John Doe=person] of the [Example Party=organization] weighed in.",
     "John Doe -[be member of]-> Example Party"},
    // Possessive offices and family ties before the name.
    {"[Jane Roe=person]'s chief of staff [John Doe=person] said so.",
     "John Doe -[be chief of staff of]-> Jane Roe"},
    {"[John Doe=person]'s wife [Jane Doe=person] spoke.", "Jane Doe -[be wife of]-> John Doe"},
    {"[John Doe=person]'s wife, [Jane Doe=person], spoke.", "Jane Doe -[be wife of]-> John Doe"},
    {"[Jane Doe=person], the daughter of [John Doe=person], spoke.",
     "Jane Doe -[be daughter of]-> John Doe"},
    // Copular and "serve as".
    {"[John Doe=person] began serving as [Ruritania]'s eleventh governor in May.",
     "John Doe -[be eleventh governor of]-> Ruritania"},
    {"[Jane Roe=person] was head of the [Example Force=organization] until May.",
     "Jane Roe -[be head of]-> Example Force"},
    {"[John Doe=person] is a member of the [Example Party=organization].",
     "John Doe -[be member of]-> Example Party"},
    {"[John Doe=person], who was mayor of Springfield, died.",
     "John Doe -[be mayor of]-> Springfield"},
    // A city is its own actor where its mayor is named.
    {"The mayor of Springfield, [John Doe=person], tweeted.",
     "John Doe -[be mayor of]-> Springfield"},
    {"[John Doe=person], the mayor of the city of Springfield, said so.",
     "John Doe -[be mayor of]-> Springfield"},
    // Not stated: no title, a negation, a family tie to a state, an office of a person.
    {"[John Doe=person] of [Ruritania] said so.", ""},
    // "X of <body>" names the body X works for or belongs to (news writes a source this
    // way: "Joe Roe of Example Bank said").
    {"[John Doe=person] of [Example Force=organization] said so.",
     "John Doe -[work for]-> Example Force"},
    {"[John Doe=person] of the [Example Party=organization] said so.",
     "John Doe -[be member of]-> Example Party"},
    // An occupation is held at a body, not at a place.
    {"Professor [Jane Roe=person] of [Ruritania] said so.", ""},
    {"[Jane Roe=person], a professor at [Example University=organization], said so.",
     "Jane Roe -[be professor of]-> Example University"},
    // A post's field in lower case before "at" is no part of it: the body follows "at".
    {"[Jane Roe=person], professor of marine biology at [Example University=organization], "
     "said so.",
     "Jane Roe -[be professor of]-> Example University"},
    {"[Jane Roe=person], head of research at [Example Bank=organization], said so.",
     "Jane Roe -[be head of]-> Example Bank"},
    {"[Jane Roe=person], a lecturer in politics and law at [Example University=organization], "
     "spoke.",
     "Jane Roe -[be lecturer of]-> Example University"},
    // An envoy is sent to a state or body: "to" names it; a sender before is theirs too.
    {"[Jane Roe=person], the former ambassador to the [United Nations=organization], spoke.",
     "Jane Roe -[be former ambassador to]-> United Nations"},
    {"[Jane Roe=person], the [United States] ambassador to the [European Union=organization], "
     "spoke.",
     "Jane Roe -[be ambassador of]-> United States; "
     "Jane Roe -[be ambassador to]-> European Union"},
    {"[Jane Roe=person], the ambassador to [Jo Doe=person], spoke.", ""},
    {"[Jane Roe=person], the minister to [Ruritania], spoke.", ""},
    // A body's possessive right before a name: its worker or member.
    {"The [Example Fund=organization]'s [Jo Roe=person] said so.",
     "Jo Roe -[work for]-> Example Fund"},
    {"[Example News=organization]' [Jo Roe=person] attended.",
     "Jo Roe -[work for]-> Example News"},
    {"The [Example Party=organization]'s [Jo Roe=person] said so.",
     "Jo Roe -[be member of]-> Example Party"},
    {"[Ruritania]'s [Jo Roe=person] won the race.", ""},
    {"The [Example Agency=organization]'s [Jo Roe=person] space telescope will launch.", ""},
    {"[Al Doe=person]'s [Jo Roe=person] said so.", ""},
    // A state before lower-case words ending in a unit's head is no owner.
    {"[Jo Roe=person], head of the [US] card products group, said so.", ""},
    {"[Jo Roe=person], the president of [Ruritania] since May, spoke.",
     "Jo Roe -[be president of]-> Ruritania"},
    // A body's possessive before another body's name: a part of it.
    {"The [Example University=organization]'s [Quill Institute=organization] said so.",
     "Quill Institute -[be part of]-> Example University"},
    {"[Acme Corp=organization]'s [Acme Airlines=organization] unit said so.",
     "Acme Airlines -[be part of]-> Acme Corp"},
    {"The [Example Party=organization]'s [Quill Senate=organization] nomination went to her.",
     ""},
    {"[Ruritania]'s [Acme Airlines=organization] said so.", ""},
    // A party described before its name is still the owner after "of".
    {"[Jo Roe=person] of the conservative [Example Party=organization] spoke.",
     "Jo Roe -[be member of]-> Example Party"},
    {"[Jo Roe=person] of the old [Example Party=organization] spoke.", ""},
    // Not a field: an article, a capitalised word, or no "at" after it.
    {"[Jane Roe=person], professor of the year at [Example University=organization], spoke.",
     ""},
    {"[Jane Roe=person], head of research in [Ruritania], said so.", ""},
    {"[John Doe=person] is not a member of the [Example Party=organization].", ""},
    {"[John Doe=person], the son of [Ruritania], spoke.", ""},
    {"[John Doe=person], [Jane Roe=person]'s prime minister, spoke.", ""},
    {"[John Doe=person], who met [Jane Roe=person], said so.", ""},
    {"[Jane Roe=person] was president when [Ruritania] voted.", ""},
    {"[John Doe=person] said the wife of [Jane Roe=person] left.", ""},
};

INSTANTIATE_TEST_SUITE_P(Stated, AffiliationExtractorTest, ::testing::ValuesIn(kStatedCases));

// An apposition names an office whichever side of the name it stands on, with its owner
// after a preposition or inside it as a modifier; a premodifier without the comma does not.
const Case kAppositionCases[] = {
    {"The {Turkish} foreign minister, [Ayla Demir=person], joined the talks.",
     "Ayla Demir -[be foreign minister of]-> Turkey"},
    {"Talks were joined by the {Turkish} foreign minister, [Ayla Demir=person].",
     "Ayla Demir -[be foreign minister of]-> Turkey"},
    {"An [Example Agency=organization] spokeswoman, Dr. [Ann Cole=person], said so.",
     "Ann Cole -[be spokeswoman of]-> Example Agency"},
    {"[Tom Hale=person]'s {Turkish} adviser, [Ayla Demir=person], spoke.", ""},
    {"The [Example Institute of Allergy and Infectious Diseases=organization]'s director, Dr. "
     "[Ann Cole=person], spoke.",
     "Ann Cole -[be director of]-> Example Institute of Allergy and Infectious Diseases"},
    {"[Ann Cole=person], the [US] Attorney for the district, said so.",
     "Ann Cole -[be attorney of]-> United States"},
    // A candidate at a university studies there; at a party's event is no post.
    {"[Ann Cole=person], a Ph.D. candidate at the [Example University=organization], said so.",
     "Ann Cole -[be ph.d. candidate of]-> Example University"},
    {"[Ann Cole=person], a candidate at the [Example Party=organization], said so.", ""},
    // Words saying what kind of body the owner is.
    {"[Tom Hale=person], leader of the villainous faction [The Example Order=organization], "
     "returned.",
     "Tom Hale -[be leader of]-> The Example Order"},
    {"[Ann Cole=person], an analyst at the energy company [Acme Oil=organization], said so.",
     "Ann Cole -[be analyst of]-> Acme Oil"},
    {"[Ann Cole=person], leader of the small town of [Ruritania], said so.", ""},
    // "of" a body between commas; a state there is where the person is from.
    {"[Ann Cole=person], of the [Example Institute=organization], said so.",
     "Ann Cole -[work for]-> Example Institute"},
    {"[Ann Cole=person], of [Ruritania], said so.", ""},
    {"[Ann Cole=person], of Christian anti-poverty charity [Seed House=organization], said so.",
     "Ann Cole -[work for]-> Seed House"},
    // A word of rank that is also an office noun goes on to the office a few words on.
    {"[Ann Cole=person], [Ruritania]'s deputy foreign minister, said so.",
     "Ann Cole -[be deputy foreign minister of]-> Ruritania"},
    {"[Ann Cole=person], the deputy foreign minister of [Ruritania], said so.",
     "Ann Cole -[be deputy foreign minister of]-> Ruritania"},
    {"[Ann Cole=person], [Ruritania]'s chief trade negotiator, said so.",
     "Ann Cole -[be chief trade negotiator of]-> Ruritania"},
    {"[Ann Cole=person], [Acme Oil=organization]'s chief financial officer, said so.",
     "Ann Cole -[be chief financial officer of]-> Acme Oil"},
};
INSTANTIATE_TEST_SUITE_P(Apposition, AffiliationExtractorTest,
                         ::testing::ValuesIn(kAppositionCases));

// A town the actor layer found as the owner of its office holds it as a state would.
const Case kTownCases[] = {
    {"According to the {Millbrook} mayor, [Dana Kell=person], the road is closed.",
     "Dana Kell -[be mayor of]-> Millbrook"},
    {"{Millbrook}'s police chief [Tom Varga=person] said so.",
     "Tom Varga -[be police chief of]-> Millbrook"},
};
INSTANTIATE_TEST_SUITE_P(Town, AffiliationExtractorTest, ::testing::ValuesIn(kTownCases));

// After a mayor's "of", the town the actor layer found is the owner as it stands.
TEST(AffiliationExtractorTest, TownFoundByPatternIsTheMayorsOwner) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  testing::MarkedSentence s =
      testing::MakeSentence("[Tom Varga=person], the mayor of [Millbrook], said so.");
  for (Mention& m : s.analyzed.mentions)
    if (m.surface == "Millbrook") m.how = Resolution::kPattern;
  std::vector<Triple> out;
  extractor->Extract(s.analyzed, out);
  ASSERT_EQ(testing::Render(out), "Tom Varga -[be mayor of]-> Millbrook");
  EXPECT_EQ(out[0].object.id, "millbrook");
}

// Two titles of owners joined by "and" before a name in apposition are both the person's.
const Case kCoordinatedTitleCases[] = {
    {"The then-manager of [Harbor Publicity=organization] and Director of [Orlen Partnership="
     "organization], [Ada Brenner=person], spoke.",
     "Ada Brenner -[be director of]-> Orlen Partnership; "
     "Ada Brenner -[be then-manager of]-> Harbor Publicity"},
    // Without the comma only the title next to the name is read.
    {"The manager of [Harbor Publicity=organization] and Director of [Orlen Partnership="
     "organization] [Ada Brenner=person] spoke.",
     "Ada Brenner -[be director of]-> Orlen Partnership"},
};
INSTANTIATE_TEST_SUITE_P(CoordinatedTitles, AffiliationExtractorTest,
                         ::testing::ValuesIn(kCoordinatedTitleCases));

// A city that no mention covers is named by its words, and the evidence points at them.
TEST(AffiliationExtractorTest, UnmentionedCityHasItsWordsAsEvidence) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  testing::MarkedSentence s =
      testing::MakeSentence("[John Doe=person], the former mayor of South Bend, Indiana, spoke.");
  std::vector<Triple> out;
  extractor->Extract(s.analyzed, out);
  ASSERT_EQ(testing::Render(out), "John Doe -[be former mayor of]-> South Bend");
  const Span& object = out[0].evidence.object;
  EXPECT_EQ(s.document->text.substr(object.begin, object.end - object.begin), "South Bend");
  EXPECT_EQ(out[0].object.id, "south_bend");
}

// A capital stands for its state elsewhere; with a mayor it is the city itself, and with any
// other office it is no owner ("the prosecutor general of Tehran" is not Iran's).
TEST(AffiliationExtractorTest, CapitalIsItsCityOnlyForAMayor) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  auto run = [&](const char* marked) {
    testing::MarkedSentence s = testing::MakeSentence(marked);
    for (Mention& m : s.analyzed.mentions)
      if (m.surface == "Tehran") m.how = Resolution::kCapital;
    std::vector<Triple> out;
    extractor->Extract(s.analyzed, out);
    return out;
  };
  std::vector<Triple> mayor = run("[Ali Mehr=person], the mayor of [Tehran], said so.");
  ASSERT_EQ(testing::Render(mayor), "Ali Mehr -[be mayor of]-> Tehran");
  EXPECT_EQ(mayor[0].object.id, "tehran");
  EXPECT_EQ(mayor[0].object.affiliation, "iran");
  EXPECT_EQ(testing::Render(run("[Tehran]'s mayor [Ali Mehr=person] said so.")),
            "Ali Mehr -[be mayor of]-> Tehran");
  EXPECT_EQ(testing::Render(run("the prosecutor general of [Tehran], [Ali Mehr=person], said")), "");
  EXPECT_EQ(testing::Render(run("[Ali Mehr=person], the governor of [Tehran], said so.")), "");
  // A seat's spokesperson speaks for the state.
  EXPECT_EQ(testing::Render(run("[Ali Mehr=person], a {Tehran} spokesman, said so.")),
            "Ali Mehr -[be spokesman of]-> Iran");
}

// A post noun right before a name, after a body's name or a possessive, states the post:
// "Example Bank economist Jo Roe", "Ruritania's chief constable Jo Roe". Not a second post
// before it, a possessive before the body, a capital standing for its state or a
// capitalised post after a name the pattern finder cut.
TEST(AffiliationExtractorTest, PostNounBeforeNameAfterItsBody) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  auto run = [&](const char* marked, Resolution body_how = Resolution::kDictionary) {
    testing::MarkedSentence s = testing::MakeSentence(marked);
    for (Mention& m : s.analyzed.mentions) {
      if (m.actor.type == ActorType::kOrganization) m.how = body_how;
      if (m.surface == "Tehran") m.how = Resolution::kCapital;
    }
    std::vector<Triple> out;
    extractor->Extract(s.analyzed, out);
    return testing::Render(out);
  };
  EXPECT_EQ(run("\"Rates will fall,\" said [Example Bank=organization] economist [Jo Roe=person]."),
            "Jo Roe -[be economist of]-> Example Bank");
  EXPECT_EQ(run("Former [Example Agency=organization] agent [Al Doe=person] died on Sunday."),
            "Al Doe -[be agent of]-> Example Agency");
  EXPECT_EQ(run("[Ruritania]'s chief constable [Jo Roe=person] wrote to the embassy."),
            "Jo Roe -[be chief constable of]-> Ruritania");
  EXPECT_EQ(run("[Example Corp=organization] chief executive officer [Al Doe=person] resigned."),
            "Al Doe -[be chief executive officer of]-> Example Corp");
  // An occupation is held at a body, not at a state.
  EXPECT_EQ(run("[Ruritania]'s economist [Jo Roe=person] spoke."), "");
  // "candidate Congressman": the post before the name is the second of two.
  EXPECT_EQ(run("[Example Party=organization] candidate Congressman [Al Doe=person] spoke."), "");
  // The possessive's post, held at the body.
  EXPECT_EQ(run("[Ruritania]'s acting [Example Council=organization] representative "
                "[Jo Roe=person] said so."),
            "");
  // The capital's mayor is the city's, once (not the state's too).
  EXPECT_EQ(run("[Tehran]'s mayor [Ali Mehr=person] spoke."), "Ali Mehr -[be mayor of]-> Tehran");
  EXPECT_EQ(run("[Borduria Divisional Railway=organization] Manager [Jo Roe=person] spoke.",
                Resolution::kPattern),
            "");
  EXPECT_EQ(run("[Borduria Railway=organization] manager [Jo Roe=person] spoke.",
                Resolution::kPattern),
            "Jo Roe -[be manager of]-> Borduria Railway");
}

// "the United States National Institute of Health", "United States Example Agency agent Al
// Doe": a sovereign state's name before a body's only says whose body it is; the body is
// the owner. A region's name may open the body's own name: no owner is read then.
TEST(AffiliationExtractorTest, StateNameBeforeBodyNameLeavesTheBody) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  auto run = [&](const char* marked, const char* code) {
    testing::MarkedSentence s = testing::MakeSentence(marked);
    for (Mention& m : s.analyzed.mentions)
      if (m.actor.type == ActorType::kCountry) m.actor.code = code;
    std::vector<Triple> out;
    extractor->Extract(s.analyzed, out);
    return testing::Render(out);
  };
  const char* of_body =
      "Director [Jo Roe=person] of the [Ruritania] [Example Health Institute=organization] "
      "announced a trial.";
  EXPECT_EQ(run(of_body, "RUR"), "Jo Roe -[be director of]-> Example Health Institute");
  EXPECT_EQ(run(of_body, ""), "");
  const char* before_post =
      "Former [Ruritania] [Example Intelligence Agency=organization] agent [Al Doe=person] died.";
  EXPECT_EQ(run(before_post, "RUR"), "Al Doe -[be agent of]-> Example Intelligence Agency");
  EXPECT_EQ(run(before_post, ""), "");
}

// "was sworn in at noon (1600 UTC) as Ruritania's new governor": a bracketed aside between
// the verb and "as" is read over.
TEST(AffiliationExtractorTest, AsOfficeReadsOverABracketedAside) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered("[Jo Roe=person] was sworn in at noon local time (1600 UTC) "
                                     "as [Ruritania]'s new governor.",
                                     extractor.get()),
            "Jo Roe -[be new governor of]-> Ruritania");
  EXPECT_EQ(testing::ExtractRendered("[Jo Roe=person] was sworn in at noon local time (1600 UTC "
                                     "as [Ruritania]'s new governor.",
                                     extractor.get()),
            "");
}

// "American's chairman John Kerr": a demonym with a possessive is some other body's name.
TEST(AffiliationExtractorTest, DemonymWithPossessiveIsNoOwner) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  testing::MarkedSentence s = testing::MakeSentence("[American]'s chairman [John Kerr=person] spoke.");
  std::vector<Triple> out;
  extractor->Extract(s.analyzed, out);
  EXPECT_EQ(testing::Render(out), "John Kerr -[be chairman of]-> United States");
  s.analyzed.mentions[0].how = Resolution::kDemonym;
  out.clear();
  extractor->Extract(s.analyzed, out);
  EXPECT_EQ(testing::Render(out), "");
}

// Offices stated around names in the combinations real news uses: plural titles over a
// list, candidacies, coordinated and participle appositions, offices at/for a body or a
// campaign, tickets and running mates. "Democrat(s)" and "Republican(s)" are marked as the
// actor layer finds them: demonyms of their party.
class AffiliationCombinationsTest : public ::testing::TestWithParam<Case> {};

TEST_P(AffiliationCombinationsTest, ExtractsExpectedTriples) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  testing::MarkedSentence s = testing::MakeSentence(GetParam().sentence);
  testing::MarkPartyDemonyms(&s);
  std::vector<Triple> out;
  extractor->Extract(s.analyzed, out);
  EXPECT_EQ(testing::Render(out), GetParam().expected) << GetParam().sentence;
}

const Case kCombinationCases[] = {
    // A plural title over a list: each name with its own owner.
    {"Presidents [Ana Lima=person] of [Ruritania] and [Ivo Marek=person] of [Borduria] signed "
     "the accord.",
     "Ana Lima -[be president of]-> Ruritania; Ivo Marek -[be president of]-> Borduria"},
    {"Foreign ministers [Ana Lima=person] of [Ruritania], [Ivo Marek=person] of [Borduria], "
     "and [Tom Hale=person] of [Syldavia] met on Monday.",
     "Ana Lima -[be foreign minister of]-> Ruritania; Ivo Marek -[be foreign minister of]-> "
     "Borduria; Tom Hale -[be foreign minister of]-> Syldavia"},
    {"Senators [Ana Lima=person] and [Ivo Marek=person] voted against it.", ""},
    // Candidacies: the party after the office noun, before it, or its nomination.
    {"[Ana Lima=person], 2024 presidential nominee of the [Example Unity Party=organization], "
     "said so.",
     "Ana Lima -[be presidential nominee of]-> Example Unity Party"},
    {"President [Jane Roe=person], the [Example Party=organization] presidential nominee, said "
     "the count was wrong.",
     "Jane Roe -[be presidential nominee of]-> Example Party"},
    {"[Ana Lima=person], currently a candidate for the [Example Party=organization]'s 2024 "
     "presidential nomination, spoke.",
     "Ana Lima -[be candidate of]-> Example Party"},
    {"[Ana Lima=person], a candidate for the [Senate=organization] seat, spoke.", ""},
    {"[Ana Lima=person], the [Senate=organization] Intelligence Committee chairman, spoke.", ""},
    // Coordinated descriptions: the second one states the office.
    {"[Maya Stone=person], {his=person} wife and the current chairwoman of the [Example "
     "Democratic Party=organization], said she was proud.",
     "Maya Stone -[be current chairwoman of]-> Example Democratic Party"},
    {"[Jane Doe=person], a lawyer and a member of the [Example Green Party=organization], filed "
     "the suit.",
     "Jane Doe -[be member of]-> Example Green Party"},
    {"[Jane Doe=person], who met [John Roe=person] and the chairman of the [Example "
     "Forum=organization], said so.",
     ""},
    // Offices at or for a body; a campaign is its candidate's.
    {"[Tom Hale=person], formerly a deputy administrator at [FEMA=organization], said the "
     "agency was ready.",
     "Tom Hale -[be former deputy administrator of]-> FEMA"},
    {"\"We are ready,\" the communications director for the [Roe=person] campaign, [Tom "
     "Hale=person], said.",
     "Tom Hale -[be communications director of]-> Roe"},
    {"[Ann Cole=person], the most senior [Democrat=organization] on the [Example Oversight "
     "Committee=organization], said the hearing would go ahead.",
     "Ann Cole -[be member of]-> Democratic Party; Ann Cole -[be member of]-> Example "
     "Oversight Committee"},
    {"[Ann Cole=person], a [Republican=organization] from Ohio, voted for it.",
     "Ann Cole -[be member of]-> Republican Party"},
    {"[Ann Cole=person], a [Republican=organization] senator, voted for it.", ""},
    // Members named as examples of a party.
    {"Some [Democrats=organization], such as former candidate [Pete Brook=person], criticized the plan.",
     "Pete Brook -[be member of]-> Democratic Party"},
    {"[Republicans=organization] including [Ann Cole=person] and Senator [Tom Hale=person] opposed the "
     "nomination.",
     "Ann Cole -[be member of]-> Republican Party; Tom Hale -[be member of]-> Republican Party"},
    {"[Republicans=organization] criticized [Ann Cole=person] for it.", ""},
    // Running mates and tickets.
    {"[Ann Cole=person] was on the ballot as the running mate of the late [Tom Hale=person] in "
     "1996.",
     "Ann Cole -[be running mate of]-> Tom Hale"},
    {"He ran on the [Example Reform Party=organization] ticket of the late [Tom Hale=person].",
     "Tom Hale -[be candidate of]-> Example Reform Party"},
    {"In 2016, the [Example Party=organization]'s ticket of retired teacher [Ann Cole=person] "
     "for president and [Tom Hale=person] for vice president won votes.",
     "Ann Cole -[be candidate of]-> Example Party; Tom Hale -[be candidate of]-> Example Party"},
    {"[Tom Hale=person] ran in 2010 as the nominee of the [Example Party=organization] and lost.",
     "Tom Hale -[be nominee of]-> Example Party"},
    {"[Tom Hale=person] talked about {his=person} role as the running mate of [Ann Cole=person].",
     "his -[be running mate of]-> Ann Cole"},
    {"[Tom Hale=person] met [Ann Cole=person] as the leader of the [Example Party=organization].",
     ""},
    {"[Tom Hale=person] was asleep as the leader of the [Example Party=organization] spoke.", ""},
    // Participle appositions.
    {"[Ann Cole=person], first elected to [Congress=organization] in 1996, was born in a small "
     "town.",
     "Ann Cole -[be elected to]-> Congress"},
    {"[Ann Cole=person], re-elected Speaker of the [House=organization] in January, said so.",
     "Ann Cole -[be speaker of]-> House"},
    {"[Ann Cole=person], re-elected Speaker in January, said so.", ""},
    // A capitalised title of an owner after a verb, inside a longer list.
    {"The rally drew several leaders, including First Minister of [Scotland] [Nicola "
     "Sturgeon=person] and two mayors.",
     "Nicola Sturgeon -[be first minister of]-> Scotland"},
    // A lower-case title of a body right before a name: the body's name ends there. Not of
    // a state, and not before a one-word name (the body's name may go on).
    {"The regional director of the [Example Trust=organization] [Ann Cole=person] said so.",
     "Ann Cole -[be regional director of]-> Example Trust"},
    {"The president of [Ruritania] [Ann Cole=person] said so.", ""},
    {"The director of the [Example Trust=organization] [Cole=person] said so.", ""},
    // A legislator "from" a state; no other office is ("a lawyer from Texas").
    {"[Ann Cole=person], a Senator from [Ruritania], won the primary.",
     "Ann Cole -[be senator of]-> Ruritania"},
    {"[Ann Cole=person], a lawyer from [Ruritania], won the case.", ""},
    // A state ending a longer name is not the owner.
    {"He picked Socialist Party [USA]'s vice presidential nominee [Ann Cole=person].", ""},
    // The owner's name goes on after "and"; a unit cut off from its body.
    {"[Ann Cole=person], general manager of [Ruritania] and Borduria Banking Corp's branch, "
     "said so.",
     ""},
    {"[Ann Cole=person], general manager of [Ruritania] and Borduria Banking Corp's Madrid "
     "branch, said so.",
     ""},
    {"[Ann Cole=person], general manager of [Ruritania] and [Borduria Banking Corp=organization]'s "
     "Madrid branch, said so.",
     ""},
    {"[Ann Cole=person], general manager of the [Example Bank=organization] and a former "
     "trader, said so.",
     "Ann Cole -[be general manager of]-> Example Bank"},
    {"[Ann Cole=person], who was [Example Council=organization] director and [Tom "
     "Hale=person]'s boss, resigned.",
     "Ann Cole -[be director of]-> Example Council"},
    // No owner stated in the phrase: nothing.
    {"[Ann Cole=person], the mayor of a town in [Texas], said so.", ""},
    // A party's adjective before an office that is no post of the party: membership (and
    // the office of the body after it); a party's own post stays its office.
    {"[Ann Cole=person], the {Democratic=organization} chairman of the [Example "
     "Committee=organization], said so.",
     "Ann Cole -[be member of]-> Democratic Party; Ann Cole -[be chairman of]-> Example "
     "Committee"},
    {"[Tom Hale=person], the {Republican=organization} Senate Majority Leader, said so.",
     "Tom Hale -[be member of]-> Republican Party"},
    {"A {Republican=organization} senator, [Tom Hale=person], said so.",
     "Tom Hale -[be member of]-> Republican Party"},
    {"[Tom Hale=person], the {Republican=organization} leader, said so.",
     "Tom Hale -[be leader of]-> Republican Party"},
    // The adjective over a title right before the name: a state's office makes the person
    // the party's member, the party's own post its holder.
    {"{Democratic=organization} Senator [Ann Cole=person] voted no.",
     "Ann Cole -[be member of]-> Democratic Party"},
    {"{Republican=organization} Governor [Tom Hale=person] signed it.",
     "Tom Hale -[be member of]-> Republican Party"},
    {"{Democratic=organization} leader [Ann Cole=person] spoke.",
     "Ann Cole -[be leader of]-> Democratic Party"},
    // The same adjective over a plural office noun and a list of names in apposition.
    {"Two {Democratic=organization} senators, [Ann Cole=person] and [Tom Hale=person], "
     "voted no.",
     "Ann Cole -[be member of]-> Democratic Party; Tom Hale -[be member of]-> Democratic "
     "Party"},
    {"{Republican=organization} members of the [Example Committee=organization], [Ann "
     "Cole=person], [Ivo Marek=person] and [Tom Hale=person], left the room.",
     "Ann Cole -[be member of]-> Republican Party; Ann Cole -[be member of]-> Example "
     "Committee; Ivo Marek -[be member of]-> Republican Party; Ivo Marek -[be member of]-> "
     "Example Committee; Tom Hale -[be member of]-> Republican Party; Tom Hale -[be member "
     "of]-> Example Committee"},
    // Without the comma the words title the names; one name is the singular apposition's.
    {"{Republican=organization} senators [Ann Cole=person] and [Tom Hale=person] voted no.", ""},
    {"The {Democratic=organization} senators, [Ann Cole=person] said, voted no.", ""},
};

INSTANTIATE_TEST_SUITE_P(Combinations, AffiliationCombinationsTest,
                         ::testing::ValuesIn(kCombinationCases));

class TitleAffiliationsTest : public ::testing::TestWithParam<Case> {};

TEST_P(TitleAffiliationsTest, PreModifierTitlesGiveTriplesWhenAsked) {
  ExtractorContext context = testing::TestContext();
  context.title_affiliations = true;
  auto extractor = extract::MakeAffiliationExtractor(context);
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kTitleCases[] = {
    {"the assassination of {Iranian} General [Qasem Soleimani=person] by a drone",
     "Qasem Soleimani -[be general of]-> Iran"},
    // The title inside the mention (the fixture names the actor by its whole surface).
    {"{Iranian} [General Qasem Soleimani=person] was killed.",
     "General Qasem Soleimani -[be general of]-> Iran"},
    {"{Turkish} President [Recep Tayyip Erdogan=person] spoke.",
     "Recep Tayyip Erdogan -[be president of]-> Turkey"},
    {"[Iran]'s foreign minister [Javad Zarif=person] spoke.",
     "Javad Zarif -[be foreign minister of]-> Iran"},
    {"[Iran] President [Hassan Rouhani=person] spoke.", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, TitleAffiliationsTest, ::testing::ValuesIn(kTitleCases));

// "the Senate minority leader": a chamber the actor layer found as a description ("the"
// inside the mention, or the bare capitalised head before the office) owns the party office
// after it. Mentions whose surface starts with "the " or is "Senate" or "House" are marked
// as coreference, as the actor layer finds them; "Republican" as its party's demonym.
class ChamberOfficeTest : public ::testing::TestWithParam<Case> {};

TEST_P(ChamberOfficeTest, ChamberDescriptionOwnsItsPartyOffice) {
  auto extractor = extract::MakeAffiliationExtractor(testing::TestContext());
  testing::MarkedSentence s = testing::MakeSentence(GetParam().sentence);
  testing::MarkPartyDemonyms(&s);
  for (Mention& m : s.analyzed.mentions) {
    if (m.surface.starts_with("the ") || m.surface == "Senate" || m.surface == "House")
      m.how = Resolution::kCoreference;
  }
  std::vector<Triple> out;
  extractor->Extract(s.analyzed, out);
  EXPECT_EQ(testing::Render(out), GetParam().expected) << GetParam().sentence;
}

const Case kChamberOfficeCases[] = {
    {"[Ann Cole=person], [the Senate=organization] minority leader, said so.",
     "Ann Cole -[be minority leader of]-> the Senate"},
    {"[Ann Cole=person], [the House=organization] majority whip, said so.",
     "Ann Cole -[be majority whip of]-> the House"},
    // Not another noun after the chamber: "the Senate race" is no office.
    {"[Ann Cole=person], [the Senate=organization] race winner, said so.", ""},
    // The bare chamber and its party office as a title before the name.
    {"{Senate=organization} majority leader [Ann Cole=person] said so.",
     "Ann Cole -[be majority leader of]-> Senate"},
    {"{House=organization} Minority Leader [Ann Cole=person] said so.",
     "Ann Cole -[be minority leader of]-> House"},
};
INSTANTIATE_TEST_SUITE_P(Chambers, ChamberOfficeTest, ::testing::ValuesIn(kChamberOfficeCases));

}  // namespace
}  // namespace actorgraph
