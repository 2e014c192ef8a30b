// Acts named by nouns with their agent and patient: an owner's act ("X's acquisition of Y",
// "X's 2019 selection of Y") and an act with its patient and its agent ("the takeover of Y
// by X"). The vocabulary lists the noun with its verb and its preposition.
#include <gtest/gtest.h>

#include "extract/clause_extractor.h"
#include "extract/extract_test_util.h"
#include "extract/nominal_extractor.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class ActNounAgentPatientTest : public ::testing::TestWithParam<Case> {};

TEST_P(ActNounAgentPatientTest, ReadsTheActsAgentAndPatient) {
  auto extractor = extract::MakeNominalExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // The owner is the agent, the "of" phrase the patient.
    {"[Vantor=organization]'s acquisition of [Brelco=organization] closed in May.",
     "Vantor -[acquire]-> Brelco"},
    {"[Vantor=organization]'s takeover of [Brelco=organization] was approved.",
     "Vantor -[take over]-> Brelco"},
    {"[Ruritania]'s 2019 selection of [Brelco=organization] surprised analysts.",
     "Ruritania -[select]-> Brelco"},
    {"[Jo Roe=person]'s portrayal of [Al Doe=person] won praise.", "Jo Roe -[portray]-> Al Doe"},
    // The "of" phrase must be the actor itself, not something of it.
    {"[Vantor=organization]'s acquisition of shares in [Brelco=organization] closed.", ""},
    {"[Vantor=organization]'s acquisition of [Brelco=organization]'s bus unit closed.", ""},
    // An amount's currency is no agent.
    {"its 90 mln {Canadian} dlr acquisition of [Brelco=organization]", ""},
    {"its 90 mln {Canadian}-dlr acquisition of [Brelco=organization]", ""},
    // "the N of Y by X".
    {"the acquisition of [Brelco=organization] by [Vantor=organization] last year",
     "Vantor -[acquire]-> Brelco"},
    {"the takeover of [Brelco=organization] by [Vantor=organization] was blocked.",
     "Vantor -[take over]-> Brelco"},
    // A modifier after a possessive names the owner's unit, not the agent.
    {"the acquisition of [Brelco=organization] by its {US} subsidiary", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, ActNounAgentPatientTest, ::testing::ValuesIn(kCases));

// A light verb before an owner's act noun with its own "of" patient: the owner is the act's
// agent, not its patient.
class ActNounAfterLightVerbTest : public ::testing::TestWithParam<Case> {};

TEST_P(ActNounAfterLightVerbTest, OwnerIsNoPatient) {
  auto extractor = extract::MakeClauseExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kLightVerbCases[] = {
    {"[Ruritania] approved [Vantor=organization]'s acquisition of [Brelco=organization].", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, ActNounAfterLightVerbTest, ::testing::ValuesIn(kLightVerbCases));

}  // namespace
}  // namespace actorgraph
