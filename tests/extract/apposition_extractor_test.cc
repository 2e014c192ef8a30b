#include "extract/apposition_extractor.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

// The apposition extractor alone. "Democrats" and "Republicans" are marked as the actor
// layer finds them: demonyms of their party.
std::string AppositionRendered(const char* marked) {
  auto extractor = extract::MakeAppositionExtractor(testing::TestContext());
  testing::MarkedSentence s = testing::MakeSentence(marked);
  testing::MarkPartyDemonyms(&s);
  std::vector<Triple> out;
  extractor->Extract(s.analyzed, out);
  return testing::Render(out);
}

// As AppositionRendered, with each marked "He", "he", "His" or "his" resolved by the
// coreference layer to the person `antecedent` (a possessive as a modifier).
std::string RenderedWithPronouns(const char* marked, const char* antecedent) {
  auto extractor = extract::MakeAppositionExtractor(testing::TestContext());
  testing::MarkedSentence s = testing::MakeSentence(marked);
  for (Mention& m : s.analyzed.mentions) {
    if (m.surface != "He" && m.surface != "he" && m.surface != "His" && m.surface != "his")
      continue;
    m.how = Resolution::kCoreference;
    m.actor = testing::internal::MakeActor(antecedent, ActorType::kPerson);
    m.modifier = m.surface == "His" || m.surface == "his";
  }
  std::vector<Triple> out;
  extractor->Extract(s.analyzed, out);
  return testing::Render(out);
}

class AppositionExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(AppositionExtractorTest, ReadsWhatTheApposition) {
  EXPECT_EQ(AppositionRendered(GetParam().sentence), GetParam().expected) << GetParam().sentence;
}

const Case kParticiples[] = {
    {"[Jo Roe=person], a Lisbon lawyer representing [Al Doe=person], told reporters.",
     "Jo Roe -[represent]-> Al Doe"},
    {"[Acme=organization], the company owning [Zenith=organization], said on Monday.",
     "Acme -[own]-> Zenith"},
    {"[Hamas=organization], a group backed by [Iran], fired rockets.", "Iran -[back]-> Hamas"},
    // The object must end the apposition: here the participle's object is a lawsuit.
    {"[Jo Roe=person], a lawyer representing [Al Doe=person]'s family, spoke.", ""},
    // An -ing word before the head noun is no participle.
    {"[Jo Roe=person], a leading lawyer in [France], spoke.", ""},
    // No article: a clause of its own ("X, speaking to Y, said") is the clause extractor's.
    {"[Jo Roe=person], speaking to [Al Doe=person], said.", ""},
    // After "of" the apposition may describe the head noun, not the actor.
    {"The leader of [Hamas=organization], a man backed by [Iran], spoke.", ""},
};
INSTANTIATE_TEST_SUITE_P(Participles, AppositionExtractorTest, ::testing::ValuesIn(kParticiples));

const Case kTies[] = {
    {"[Jo Roe=person], another lawyer for [Al Doe=person], told reporters.",
     "Jo Roe -[be lawyer for]-> Al Doe"},
    {"[Jo Roe=person], a close friend of [Al Doe=person], said.",
     "Jo Roe -[be friend of]-> Al Doe"},
    {"[Jo Roe=person], a fierce critic of [Al Doe=person], said.",
     "Jo Roe -[be critic of]-> Al Doe"},
    {"[Jo Roe=person], one of President [Al Doe=person]'s aides, met him.",
     "Jo Roe -[be aide of]-> Al Doe"},
    {"[Jo Roe=person], one of the lawyers for [Al Doe=person], spoke.",
     "Jo Roe -[be lawyer for]-> Al Doe"},
    // A family noun needs no article; the owner may follow a description.
    {"[Jo Roe=person], daughter of the late {Acme=organization} founder [Al Roe=person], spoke.",
     "Jo Roe -[be daughter of]-> Al Roe"},
    {"[Jo Roe=person], lawyer for [Al Doe=person], spoke.", ""},
    // A family tie is a person's only.
    {"[Jo Roe=person], a daughter of [France], spoke.", ""},
    // The owner must end the apposition.
    {"[Jo Roe=person], a friend of [Al Doe=person] in [Paris], said.", ""},
    // A noun that is no tie.
    {"[Jo Roe=person], a neighbour of [Al Doe=person], said.", ""},
};
INSTANTIATE_TEST_SUITE_P(Ties, AppositionExtractorTest, ::testing::ValuesIn(kTies));

const Case kKin[] = {
    {"He asked them to investigate [Joe Biden=person] and his son, [Hunter Biden=person].",
     "Hunter Biden -[be son of]-> Joe Biden"},
    {"[Al Doe=person] and his wife [Jo Doe=person] arrived.", "Jo Doe -[be wife of]-> Al Doe"},
    // "his" with no owner the sentence names: nothing.
    {"The news was confirmed by [Reuters=organization] with his daughter [Jo Doe=person].", ""},
    // A rival is left to the standing extractor.
    {"[Al Doe=person] and his rival [Jo Roe=person] debated.", ""},
    {"[Eliud Kipchoge=person]'s countryman [Al Doe=person] won.",
     "Al Doe -[be countryman of]-> Eliud Kipchoge"},
    {"[Acme=organization]'s rival [Zenith=organization] won.", ""},
    // The name may follow a description of the person: titles, a lower-case noun.
    {"[Al Doe=person]'s son, record producer [Bo Doe=person], spoke.",
     "Bo Doe -[be son of]-> Al Doe"},
    {"[Al Doe=person]'s wife Governor [Jo Doe=person] spoke.", "Jo Doe -[be wife of]-> Al Doe"},
    // An inflected verb is no description: the name is someone else.
    {"[Al Doe=person]'s son told [Bo Roe=person] the news.", ""},
    // Nouns may modify the tie noun.
    {"[Al Doe=person]'s longtime tag team partner [Bo Roe=person] wrote.",
     "Bo Roe -[be partner of]-> Al Doe"},
    {"[Al Doe=person]'s campaign said [Bo Roe=person] won.", ""},
};
INSTANTIATE_TEST_SUITE_P(Kin, AppositionExtractorTest, ::testing::ValuesIn(kKin));

// A possessive the coreference layer leaves unresolved, its person named earlier in the
// sentence, belongs to that person when a pronoun there stands for them.
TEST(AppositionKinTest, UnresolvedPossessiveBelongsToTheOnePersonNamedBefore) {
  EXPECT_EQ(RenderedWithPronouns("[His] death was reported by his son [Bo Doe=person].", "Al Doe"),
            "Bo Doe -[be son of]-> Al Doe");
  EXPECT_EQ(RenderedWithPronouns(
                "[Al Doe=person] said [he] and his wife [Jo Doe=person] were well.", "Al Doe"),
            "Jo Doe -[be wife of]-> Al Doe");
}

TEST(AppositionKinTest, UnresolvedPossessiveBelongsToTheOnePersonOfItsGender) {
  // The one person named before owns it, unless a given name shows the other gender.
  EXPECT_EQ(AppositionRendered("[Gloria Doe=person] was joined by her younger brother, "
                               "[Al Doe=person]."),
            "Al Doe -[be brother of]-> Gloria Doe");
  EXPECT_EQ(AppositionRendered("[Gloria Doe=person] was joined by his son [Bo Roe=person]."), "");
}

TEST(AppositionKinTest, UnresolvedPossessiveBelongsToTheSubjectPronounBeforeIt) {
  EXPECT_EQ(RenderedWithPronouns("[He] is survived by his wife, [Jo Doe=person].", "Al Doe"),
            "Jo Doe -[be wife of]-> Al Doe");
  // "he" is no owner of "her".
  EXPECT_EQ(RenderedWithPronouns("[He] said her son [Bo Doe=person] won.", "Al Doe"), "");
}

TEST(AppositionKinTest, PluralKinNounOwnsEachNameOfItsList) {
  EXPECT_EQ(AppositionRendered("[John Doe=person] thanked his children [Bo Doe=person] and "
                               "[Cy Doe=person]."),
            "Bo Doe -[be child of]-> John Doe; Cy Doe -[be child of]-> John Doe");
  EXPECT_EQ(AppositionRendered("[Al Doe=person] and his parents, [Bo Doe=person], [Cy Doe=person] "
                               "and [Di Doe=person], arrived."),
            "Bo Doe -[be parent of]-> Al Doe; Cy Doe -[be parent of]-> Al Doe; "
            "Di Doe -[be parent of]-> Al Doe");
  // A singular noun takes one name: the next is someone else.
  EXPECT_EQ(AppositionRendered("[Al Doe=person] and his son [Bo Doe=person] and [Cy Roe=person] "
                               "arrived."),
            "Bo Doe -[be son of]-> Al Doe");
}

TEST(AppositionKinTest, KinNounsJoinedByAndShareTheirOwner) {
  EXPECT_EQ(AppositionRendered("[Al Doe=person] and his wife [Jo Doe=person], and sons "
                               "[Bo Doe=person] and [Cy Doe=person], arrived."),
            "Jo Doe -[be wife of]-> Al Doe; Bo Doe -[be son of]-> Al Doe; "
            "Cy Doe -[be son of]-> Al Doe");
}

TEST(AppositionKinTest, UnresolvedPossessiveNeedsAnOwnerOfItsGender) {
  // A given name of the other gender: "her" is someone else's.
  EXPECT_EQ(AppositionRendered("[John Doe=person] was born to her husband, [Al Roe=person]."),
            "");
  // A name of no known gender will do: "his" is most often the one person named before.
  EXPECT_EQ(AppositionRendered("[Bo Doe=person] was joined by his son [Al Doe=person]."),
            "Al Doe -[be son of]-> Bo Doe");
  // Two persons named before it: either may own it.
  EXPECT_EQ(RenderedWithPronouns(
                "[Al Doe=person] told [Bo Roe=person] [he] and his son [Cy Doe=person] left.",
                "Al Doe"),
            "");
}

const Case kListParty[] = {
    {"It was backed by Senators [Al Doe=person] of [Ohio], [Jo Roe=person] of [Utah], and "
     "[Bo Poe=person] of [Iowa], all [Republicans=organization].",
     "Al Doe -[be member of]-> Republican Party; Jo Roe -[be member of]-> Republican Party; "
     "Bo Poe -[be member of]-> Republican Party"},
    // "both" needs exactly two.
    {"[Al Doe=person], [Jo Roe=person] and [Bo Poe=person], both [Democrats=organization], "
     "spoke.",
     ""},
};
const Case kPartyBeforeName[] = {
    {"Since then, a [Republican=organization], [Al Doe=person], has voiced support.",
     "Al Doe -[be member of]-> Republican Party"},
    // After a preposition the party noun is another person's description.
    {"It was the wife of a [Republican=organization], [Al Doe=person], who spoke.", ""},
    // "Once a Republican, X": no longer one.
    {"Once a [Republican=organization], [Al Doe=person] was a conservative.", ""},
    {"A [Democrat=organization], [Al Doe=person], won the seat.",
     "Al Doe -[be member of]-> Democratic Party"},
};
INSTANTIATE_TEST_SUITE_P(PartyBeforeName, AppositionExtractorTest,
                         ::testing::ValuesIn(kPartyBeforeName));

INSTANTIATE_TEST_SUITE_P(ListParty, AppositionExtractorTest, ::testing::ValuesIn(kListParty));

// The clause extractor's objects behind a description or a plural of people.
TEST(AppositionObjectsTest, NamedDescriptionAndExamples) {
  EXPECT_EQ(testing::ExtractRendered(
                "[Al Doe=person] killed a woman named [Jo Roe=person] in the attack."),
            "Al Doe -[kill]-> Jo Roe");
  EXPECT_EQ(testing::ExtractRendered("[Iran] sanctioned 36 people, including President [Al "
                                     "Doe=person] and [Jo Roe=person]."),
            "Iran -[sanction]-> Al Doe; Iran -[sanction]-> Jo Roe");
  // A plural of things is no list of people.
  EXPECT_EQ(testing::ExtractRendered("[Iran] sanctioned 36 firms, including [Acme=organization]."),
            "");
}

}  // namespace
}  // namespace actorgraph
