#include "actorgraph/export/style.h"

#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "export/agraph_builder.h"

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

TEST(StyleTest, AgreesWithTheRenderedDiagramsAndTheDotExport) {
  // The Agraph builder (DOT export, rendered diagrams) keeps its own functions; these must
  // stay the values of the shared table.
  for (ActorType type : kTypes) {
    EXPECT_EQ(StyleForActor(type).fill, ActorFillColor(type)) << ActorTypeName(type);
    EXPECT_EQ(StyleForActor(type).dot_shape, ActorShape(type)) << ActorTypeName(type);
  }
  for (Category category : kCategories) {
    EXPECT_EQ(StyleForCategory(category).line, CategoryColor(category, AgraphStyle::kDiagram))
        << CategoryName(category);
    EXPECT_EQ(StyleForCategory(category).data_line, CategoryColor(category, AgraphStyle::kData))
        << CategoryName(category);
  }
  for (int64_t weight : {0, 1, 2, 3, 10, 31, 32, 1000}) {
    EXPECT_EQ(EdgeLineWidth(weight), EdgePenWidth(weight, AgraphStyle::kDiagram)) << weight;
  }
}

TEST(StyleTest, LineWidthGrowsWithTheLogOfTheWeightUpToSix) {
  EXPECT_EQ(EdgeLineWidth(0), 1);
  EXPECT_EQ(EdgeLineWidth(1), 1);
  EXPECT_EQ(EdgeLineWidth(2), 2);
  EXPECT_EQ(EdgeLineWidth(3), 2.6);
  EXPECT_EQ(EdgeLineWidth(32), 6);
  EXPECT_EQ(EdgeLineWidth(1000), 6);
}

}  // namespace
}  // namespace actorgraph
