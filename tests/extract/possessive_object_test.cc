// Possessive and appositive objects read by the clause extractor: a judgement or a response
// aimed at what an actor did or said relates to the actor; an office or family tie with a
// name is the named person; an unnamed one relates nobody.
#include "extract/possessive_object.h"

#include <gtest/gtest.h>

#include "extract/clause_extractor.h"
#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class PossessiveObjectTest : public ::testing::TestWithParam<Case> {};

TEST_P(PossessiveObjectTest, ExtractsExpectedTriples) {
  auto extractor = extract::MakeClauseExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // Judgement of what the owner made or did: the relation names it.
    {"[Tom Watson=person] called Prime Minister [Theresa May=person]'s proposed Brexit deal "
     "\"lousy\".",
     "Tom Watson -[call deal of]-> Theresa May"},
    {"[Nancy Pelosi=person] called [Donald Trump=person]'s conduct a \"betrayal\" of the oath.",
     "Nancy Pelosi -[call conduct of]-> Donald Trump"},
    {"[Chile] called [Peru]'s offer generous.", "Chile -[call offer of]-> Peru"},
    {"[Iran] described [Israel]'s claims as lies.", "Iran -[describe claims of]-> Israel"},
    {"[Iran] questioned [Iraq]'s decision.", "Iran -[question decision of]-> Iraq"},
    // Stance verbs already relate the owner; a demonym and a title describe the name.
    {"[Ana Diaz=person] criticised {Peruvian} President [Bo Chan=person]'s decision.",
     "Ana Diaz -[criticize]-> Bo Chan"},
    {"[Germany] condemned [Russia]'s annexation of Crimea.", "Germany -[condemn]-> Russia"},
    {"[Angela Merkel=person] praised [Emmanuel Macron=person]'s proposal.",
     "Angela Merkel -[praise]-> Emmanuel Macron"},
    // No judgement stated, or a person or body addressed: nothing.
    {"[Iran] described [Israel]'s claims to reporters.", ""},
    {"[Nancy Pelosi=person] called [Donald Trump=person]'s lawyer on Monday.", ""},
    {"[Nancy Pelosi=person] told [Donald Trump=person]'s lawyer to stop.", ""},
    {"[Peru] called [Chile]'s embassy in Lima.", ""},
    {"[Peru] called [Chile]'s offer.", ""},
    // An unnamed family member or aide of a person stands for nobody else.
    {"[Joe Biden=person] defended his son's business dealings.", ""},
    {"[Nancy Pelosi=person] praised [Donald Trump=person]'s lawyer.", ""},
    {"[Nancy Pelosi=person] criticised [Joe Biden=person]'s son.", ""},
    // A named office or family tie is the object.
    {"[Donald Trump=person] criticized [Joe Biden=person]'s son [Hunter Biden=person].",
     "Donald Trump -[criticize]-> Hunter Biden"},
    {"[Iran] freed [Britain]'s ambassador [Rob Macaire=person].", "Iran -[free]-> Rob Macaire"},
    {"[Nancy Pelosi=person] called [Donald Trump=person]'s lawyer [Rudy Giuliani=person] a liar.",
     "Nancy Pelosi -[call]-> Rudy Giuliani"},
    {"[Joe Biden=person] defended his son [Hunter Biden=person] on Monday.",
     "Joe Biden -[defend]-> Hunter Biden"},
    {"[Donald Trump=person] praised his former lawyer [Rudy Giuliani=person].",
     "Donald Trump -[praise]-> Rudy Giuliani"},
    // An unnamed office of a state stands for the state.
    {"[Iran] freed [Britain]'s ambassador.", "Iran -[free]-> Britain"},
    // Responses, also with a manner adverb, in an aside and to an actor's act.
    {"[Donald Trump=person], responding to [Nancy Pelosi=person]'s announcement on Twitter, "
     "attacked the inquiry.",
     "Donald Trump -[respond to]-> Nancy Pelosi"},
    {"[China] reacted angrily to [Washington]'s decision.", "China -[react to]-> United States"},
    // An aside only continues a subject that opens the clause, and a response to criticism
    // of X is none to X.
    {"[Ana Diaz=person], reacting to criticism of the [US] on Monday, defended the program.", ""},
    {"[Bo Chan=person] was named president of the IBM General [Products Division=organization], "
     "succeeding [Ana Diaz=person], the company said.",
     "Bo Chan -[succeed]-> Ana Diaz"},
    {"[Iran] responded quickly to [Israel].", "Iran -[respond to]-> Israel"},
    {"[Iran] reacted to the {US} sanctions.", "Iran -[react to]-> United States"},
    // A stance on what an actor said or proposed.
    {"[Iran] rejected the claim from [Riyadh].", "Iran -[reject claim from]-> Riyadh"},
    {"The {Russian} government dismissed the claims from [Berlin] as groundless.",
     "Russia -[dismiss claims from]-> Berlin"},
    {"[Japan] welcomed the proposal by [Korea].", "Japan -[welcome proposal by]-> Korea"},
    {"[Iran] received the report from [Iraq].", ""},
    {"[Peru] rejected a call from [the country|Chile]'s leading institutes.", ""},
    // A possession that is a place: the owner is visited; what it does is no relation.
    {"[Narendra Modi=person] visited [China]'s capital.", "Narendra Modi -[visit]-> China"},
    {"The minister said [Russia]'s economy shrank.", ""},
    // A place and a noun for a person before the name describe the named person.
    {"Judge [Al Doe=person] sentenced [Ohio] man [Jo Roe=person] to life.",
     "Al Doe -[sentence]-> Jo Roe"},
    {"[Al Doe=person] visited [Ohio] on Monday.", "Al Doe -[visit]-> Ohio"},
};

INSTANTIATE_TEST_SUITE_P(Cases, PossessiveObjectTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace actorgraph
