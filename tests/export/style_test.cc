#include "actorgraph/export/style.h"

#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

constexpr ActorType kTypes[] = {ActorType::kCountry, ActorType::kOrganization,
                                ActorType::kPerson, ActorType::kGroup, ActorType::kOther};
constexpr Category kCategories[] = {Category::kUnknown,           Category::kNeutral,
                                    Category::kVerbalCooperation, Category::kMaterialCooperation,
                                    Category::kVerbalConflict,    Category::kMaterialConflict};

TEST(StyleTest, EveryActorTypeHasItsOwnFillAndShape) {
  const std::regex colour("#[0-9a-f]{6}");
  std::set<std::string> fills, dot_shapes, yed_shapes;
  for (ActorType type : kTypes) {
    const ActorStyle& style = StyleForActor(type);
    EXPECT_TRUE(std::regex_match(std::string(style.fill), colour)) << style.fill;
    EXPECT_TRUE(std::regex_match(std::string(style.border), colour)) << style.border;
    fills.emplace(style.fill);
    dot_shapes.emplace(style.dot_shape);
    yed_shapes.emplace(style.yed_shape);
  }
  EXPECT_EQ(fills.size(), 5u);
  EXPECT_EQ(dot_shapes.size(), 5u);
  EXPECT_EQ(yed_shapes.size(), 5u);
}

TEST(StyleTest, CooperationAndConflictHaveDistinctColours) {
  const std::regex colour("#[0-9a-f]{6}");
  std::set<std::string> lines;
  for (Category category : kCategories) {
    const CategoryStyle& style = StyleForCategory(category);
    EXPECT_TRUE(std::regex_match(std::string(style.line), colour)) << style.line;
    EXPECT_TRUE(std::regex_match(std::string(style.data_line), colour)) << style.data_line;
    lines.emplace(style.line);
  }
  // Unknown and neutral share grey; the four QuadClasses each have their own.
  EXPECT_EQ(lines.size(), 5u);
  EXPECT_EQ(StyleForCategory(Category::kUnknown).line, StyleForCategory(Category::kNeutral).line);
  EXPECT_EQ(StyleForCategory(Category::kMaterialConflict).label, "material conflict");
}

TEST(StyleTest, LineWidthGrowsWithTheLogOfTheWeightUpToSix) {
  EXPECT_EQ(EdgeLineWidth(0), 1);
  EXPECT_EQ(EdgeLineWidth(1), 1);
  EXPECT_EQ(EdgeLineWidth(2), 2);
  EXPECT_EQ(EdgeLineWidth(3), 2.6);
  EXPECT_EQ(EdgeLineWidth(32), 6);
  EXPECT_EQ(EdgeLineWidth(1000), 6);
}

TEST(StyleTest, DataLineWidthIsTheLineWidthUncapped) {
  EXPECT_EQ(EdgeDataLineWidth(0), 1);
  EXPECT_EQ(EdgeDataLineWidth(3), 2.6);
  EXPECT_EQ(EdgeDataLineWidth(1000), 11);
}

}  // namespace
}  // namespace actorgraph
