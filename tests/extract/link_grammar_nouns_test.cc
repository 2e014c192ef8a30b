// The Link Grammar extractor reading a noun about a party: the object noun of any verb
// ("pursue the prosecution of Y"), a copula or "serve as" with any noun ("X is a dependency
// of Y", "X served as Y's lawyer"), a possessor ("criticized Y's decision"); and keeping out
// nouns that name no party (places, times, amounts, people).
#include <gtest/gtest.h>

#include "extract/link_grammar_extractor.h"
#include "extract_test_util.h"

namespace actorgraph {
namespace {

using testing::LinkGrammar;

struct Case {
  const char* marked;
  const char* expected;
};

class LinkGrammarNounObjectTest : public ::testing::TestWithParam<Case> {};

TEST_P(LinkGrammarNounObjectTest, ReadsTheNounsParty) {
  EXPECT_EQ(testing::ExtractRendered(GetParam().marked, &LinkGrammar()), GetParam().expected)
      << GetParam().marked;
}

const Case kNounObjects[] = {
    // Any noun with a preposition that takes a party, after a verb the vocabulary does not
    // know.
    {"[Chile] will pursue the prosecution of [Ana Lobo=person].",
     "Chile -[pursue prosecution of]-> Ana Lobo"},
    // Two nouns deep.
    {"[Rui Costa=person] expressed opposition to the appointment of [Ana Lobo=person].",
     "Rui Costa -[express opposition to appointment of]-> Ana Lobo"},
    // A possessor is the party of the noun.
    {"[Ghana] questioned [Togo]'s decision.", "Ghana -[question decision of]-> Togo"},
    // The noun's "by" names whose act it is.
    {"[Ghana] rejected a request by [Togo].", "Ghana -[reject request by]-> Togo"},
    {"[Ghana] welcomed the decision by [Togo] to reopen the border.",
     "Ghana -[welcome decision by]-> Togo"},
    {"[Ghana] joined the talks by [Togo] on the border.", ""},
    {"[Ana Lobo=person] involved herself in [Chile]'s politics.",
     "Ana Lobo -[involve in politics of]-> Chile"},
    // A piece of a long sentence that starts at the comma after a quotation.
    {"The officials said on Monday that all of the men must face \"very serious criminal "
     "charges\", adding [Chile] will pursue the prosecution of [Ana Lobo=person] in the "
     "courts.",
     "Chile -[pursue prosecution of]-> Ana Lobo"},
    // "no" before the noun negates.
    {"[Chad] pledged no support to [Niger].", "Chad -[not pledge support to]-> Niger"},
    // A comma coordinating two verbs: the verb before it is the subject's.
    {"[Chad] issued a formal request for [Ana Lobo=person], scheduled for next week.",
     "Chad -[issue formal request for]-> Ana Lobo"},
    // Place, time, amount and people nouns name no party.
    {"[Ana Lobo=person] toured the capital of [Peru].", ""},
    {"[Ana Lobo=person] spent the rest of her term with [Peru].", ""},
    {"[Ana Lobo=person] photographed the people of [Peru].", ""},
    // A person of Y is not Y.
    {"[Ana Lobo=person] photographed the lawyer of [Rui Costa=person].", ""},
    {"[Ana Lobo=person] photographed [Rui Costa=person]'s lawyer.", ""},
    // Speech verbs state no relation, whatever their object.
    {"[Ana Lobo=person] said the prosecution of [Rui Costa=person] was over.", ""},
};
INSTANTIATE_TEST_SUITE_P(NounObjects, LinkGrammarNounObjectTest,
                         ::testing::ValuesIn(kNounObjects));

class LinkGrammarCopulaNounTest : public ::testing::TestWithParam<Case> {};

TEST_P(LinkGrammarCopulaNounTest, ReadsWhatTheSubjectIs) {
  EXPECT_EQ(testing::ExtractRendered(GetParam().marked, &LinkGrammar()), GetParam().expected)
      << GetParam().marked;
}

const Case kCopulaNouns[] = {
    {"[Greenland] is an autonomous dependency of [Denmark].",
     "Greenland -[be autonomous dependency of]-> Denmark"},
    {"[Ana Lobo=person] is the lawyer of [Rui Costa=person].",
     "Ana Lobo -[be lawyer of]-> Rui Costa"},
    {"[Ana Lobo=person] is the delegate to [Rui Costa=person].",
     "Ana Lobo -[be delegate to]-> Rui Costa"},
    {"[Ana Lobo=person] is [Rui Costa=person]'s lawyer.", "Ana Lobo -[be lawyer of]-> Rui Costa"},
    {"[Ana Lobo=person] became [Rui Costa=person]'s chief adviser.",
     "Ana Lobo -[become chief adviser of]-> Rui Costa"},
    // "serve as" states an office as the copula does.
    {"[Ana Lobo=person] served as [Rui Costa=person]'s personal lawyer.",
     "Ana Lobo -[be personal lawyer of]-> Rui Costa"},
    {"[Ana Lobo=person] was serving as [Rui Costa=person]'s lawyer at the time.",
     "Ana Lobo -[be lawyer of]-> Rui Costa"},
    {"[Ana Lobo=person] served as ambassador to [Chile].", "Ana Lobo -[be ambassador to]-> Chile"},
    // A relative clause with a possessor (read on its own in a long sentence).
    {"[Ana Lobo=person], who was [Rui Costa=person]'s special envoy, resigned on Monday after "
     "three long years of difficult talks with the rebel leaders in the mountains of the far "
     "north.",
     "Ana Lobo -[be special envoy of]-> Rui Costa"},
    // "one of the N": the noun after it; the party one noun deeper.
    {"[Ana Lobo=person] is one of the leading candidates for [Chile]'s nomination.",
     "Ana Lobo -[be candidates for nomination of]-> Chile"},
    // A subordinate clause opening a long sentence is read up to its comma.
    {"While [Greenland] is an autonomous dependency of [Denmark], it is not a member of the "
     "union and does not send delegates to the parliament, nor does it vote in any of the "
     "elections of the union.",
     "Greenland -[be autonomous dependency of]-> Denmark"},
    // On or in a body of Y.
    {"[Ana Lobo=person] was on the board of [Acme Group=organization] at the time.",
     "Ana Lobo -[be on board of]-> Acme Group"},
    {"[Ana Lobo=person] was in [Rui Costa=person]'s cabinet.",
     "Ana Lobo -[be in cabinet of]-> Rui Costa"},
    {"[Ana Lobo=person] was in the garden of [Rui Costa=person].", ""},
    // A place or an amount of Y is no tie to Y.
    {"[Lima] is the capital of [Peru].", ""},
    {"[Ana Lobo=person] is one of [Rui Costa=person]'s friends.", ""},
};
INSTANTIATE_TEST_SUITE_P(CopulaNouns, LinkGrammarCopulaNounTest,
                         ::testing::ValuesIn(kCopulaNouns));

}  // namespace
}  // namespace actorgraph
