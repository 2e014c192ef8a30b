// The clause extractor's subject reaching its verb past an apposition and a relative
// clause, and not reaching a verb it is not the subject of.
#include <gtest/gtest.h>

#include "extract/clause_extractor.h"
#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct Case {
  const char* sentence;
  const char* expected;
};

class ClauseSubjectReachTest : public ::testing::TestWithParam<Case> {};

TEST_P(ClauseSubjectReachTest, ReadsTheSubjectsOwnVerb) {
  auto extractor = extract::MakeClauseExtractor(testing::TestContext());
  EXPECT_EQ(testing::ExtractRendered(GetParam().sentence, extractor.get()), GetParam().expected)
      << GetParam().sentence;
}

const Case kCases[] = {
    // An apposition, then a relative clause with its own closing comma.
    {"[Jane Roe=person], 39, who has waived her right to anonymity, met [John Doe=person] at "
     "a hotel.",
     "Jane Roe -[meet]- John Doe"},
    {"[Iran], a member of [OPEC=organization], which has long opposed sanctions, criticised "
     "the [US] on Monday.",
     "Iran -[be a member of]-> OPEC; Iran -[criticize]-> United States"},
    // The relative clause's own relation is read too.
    {"[Iran], a key oil producer, which recently met [Iraq], attacked [Israel].",
     "Iran -[meet]- Iraq; Iran -[attack]-> Israel"},
    // "Paris" names the agreement; the verb after "and" is the main subject's, not its.
    {"[Joe Biden=person] said he would rejoin the [Paris] agreement and criticised [Donald "
     "Trump=person].",
     "Joe Biden -[criticize]-> Donald Trump"},
    // After adverbials the verb is still the subject's own.
    {"[Russia] on Monday urged the embassy to reconsider and spoke with [Turkey].",
     "Russia -[speak with]- Turkey"},
    // The actor of a "like"/"unlike" phrase is compared with the subjects, not one of them.
    {"Like [Egypt], [Bahrain] and [Kosovo] recognized [Israel].",
     "Bahrain -[recognize]-> Israel; Kosovo -[recognize]-> Israel"},
    {"Unlike [France] and [Italy], [Germany] recognized [Kosovo].", "Germany -[recognize]-> Kosovo"},
    // A body before a post and a person's name is where the person works, not the object.
    {"[Russia] praised {Acme Oil=organization} engineer [Jane Roe=person].", ""},
    {"[Russia] arrested [Acme Oil=organization] chief economist [Jane Roe=person].", ""},
    {"[Russia] arrested [Acme Oil=organization] staff on Monday.",
     "Russia -[arrest]-> Acme Oil"},
    {"[Egypt], [Bahrain] and [Kosovo] recognized [Israel].",
     "Egypt -[recognize]-> Israel; Bahrain -[recognize]-> Israel; Kosovo -[recognize]-> Israel"},
};
INSTANTIATE_TEST_SUITE_P(Cases, ClauseSubjectReachTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace actorgraph
