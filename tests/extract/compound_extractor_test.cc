// CompoundExtractor: "Iran-backed Houthis" and the like.
#include "extract/compound_extractor.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class CompoundExtractorTest : public ::testing::TestWithParam<Case> {};

TEST_P(CompoundExtractorTest, ExtractsExpectedTriples) {
  auto extractor = extract::MakeCompoundExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    {"{Iran}-backed [Houthis=group] fired at the port.", "Iran -[back]-> Houthis"},
    {"The {Russian}-funded separatist [Donetsk Republic=group] voted.",
     "Russia -[fund]-> Donetsk Republic"},
    {"the {Cuban}-backed {Angolan} government", "Cuban -[back]-> Angolan"},
    {"the {Iranian}-backed candidate [John Doe=person]", "Iran -[back]-> John Doe"},
    {"[Peru] and [Chile]-allied forces", ""},
    // Not a relation: the compound describes no actor, or is another participle.
    {"{Iran}-backed militias fired at [Iraq].", ""},
    {"The {Saudi}-led strikes hit [Yemen].", ""},
};

INSTANTIATE_TEST_SUITE_P(Cases, CompoundExtractorTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace actorgraph
