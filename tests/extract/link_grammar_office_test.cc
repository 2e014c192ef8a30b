// The Link Grammar extractor reading an office or a plural head with an of-phrase as the
// actors of the of-phrase.
#include <gtest/gtest.h>

#include "extract/link_grammar_extractor.h"
#include "extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* marked;
  const char* expected;
};

class LinkGrammarOfficeTest : public ::testing::TestWithParam<Case> {};

TEST_P(LinkGrammarOfficeTest, ReadsTheActorsOfTheOffice) {
  auto extractor = extract::MakeLinkGrammarExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().marked, extractor.get()), GetParam().expected)
      << GetParam().marked;
}

const Case kCases[] = {
    {"The president of [Turkey] vowed support for [Azerbaijan].",
     "Turkey -[vow support for]-> Azerbaijan"},
    // An apposition names the holder: the person acts; nobody when the actor layer does
    // not know the name.
    {"The spokesman for the [Kremlin=organization], [Dmitry Peskov=person], dismissed the "
     "claims from [Kyiv=country].",
     "Dmitry Peskov -[dismiss claims from]-> Kyiv"},
    {"The vice minister of [Japan], Makoto Kuroda, flew in from [China] for the talks.", ""},
    {"The prime minister of [India], [Narendra Modi=person], met [Joe Biden=person].",
     "Narendra Modi -[meet]- Joe Biden"},
    // The office is an apposition to a name before it; a date before the comma is not one.
    {"Peter Roe, joint chairman of [Warburg Securities=organization], told [Reuters=organization] "
     "the firm lost money.",
     ""},
    {"On Sunday, the president of [Turkey] vowed support for [Azerbaijan].",
     "Turkey -[vow support for]-> Azerbaijan"},
    // An office of a person is the person's own staff, not the person.
    {"The spokesman for [Donald Trump=person] attacked [CNN=organization].", ""},
};
INSTANTIATE_TEST_SUITE_P(Cases, LinkGrammarOfficeTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace actorgraph
