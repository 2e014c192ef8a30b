#include "extract/relation_context.h"

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"

namespace actorgraph {
namespace {

struct CategoryCase {
  const char* sentence;
  const char* relation;  // the lemma of the one triple expected
  Category category;
  int cameo_root;
};

class RelationContextTest : public ::testing::TestWithParam<CategoryCase> {};

// The default extractors read the sentence; the single triple's category and root are the
// ones the context gives.
TEST_P(RelationContextTest, CategoryFollowsTheSentence) {
  testing::MarkedSentence s = testing::MakeSentence(GetParam().sentence);
  std::vector<Triple> out;
  for (const auto& e : MakeDefaultExtractors(testing::TestContext())) e->Extract(s.analyzed, out);
  ASSERT_EQ(out.size(), 1u) << GetParam().sentence << "\n" << testing::Render(out);
  EXPECT_EQ(out[0].relation.lemma, GetParam().relation) << GetParam().sentence;
  EXPECT_EQ(out[0].relation.category, GetParam().category) << GetParam().sentence;
  EXPECT_EQ(out[0].relation.cameo_root, GetParam().cameo_root) << GetParam().sentence;
}

const CategoryCase kCases[] = {
    // A battle stays a battle.
    {"[Iraq] defeated [Iran] near the border in 1988.", "defeat", Category::kMaterialConflict, 19},
    {"[Turkey] attacked [Syria] on Monday.", "attack", Category::kMaterialConflict, 19},
    // A contest of votes or sport is not.
    {"[Brazil] defeated [Argentina] in the final of the cup.", "defeat", Category::kNeutral, 0},
    {"[Ann Lee=person] defeated [Bo Chan=person] by six points.", "defeat", Category::kNeutral, 0},
    {"[Labour] defeated [Conservatives] in the election.", "defeat", Category::kNeutral, 0},
    // Words, not weapons.
    {"[Ann Lee=person] attacked [Bo Chan=person] on television.", "attack",
     Category::kVerbalConflict, 11},
    {"[Canada] attacked [Japan] for its subsidies.", "attack", Category::kVerbalConflict, 11},
    {"[Canada] attacked [Japan]'s fiscal policy.", "attack", Category::kVerbalConflict, 11},
    {"[Japan] attacked [OECD=organization] forecasts again.", "attack", Category::kVerbalConflict, 11},
    {"[Japan] attacked [China] from the sea.", "attack", Category::kMaterialConflict, 19},
    {"[Australia] attacks [US] farm rules", "attack", Category::kVerbalConflict, 11},
    {"[Turkey] attacked [Kurds=group] in response to the plan.", "attack",
     Category::kMaterialConflict, 19},
};

INSTANTIATE_TEST_SUITE_P(Cases, RelationContextTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace actorgraph
