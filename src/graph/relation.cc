#include "actorgraph/graph/relation.h"

#include <array>
#include <utility>

namespace actorgraph {
namespace {

constexpr std::array<std::pair<Category, std::string_view>, 6> kCategoryNames = {{
    {Category::kUnknown, ""},
    {Category::kNeutral, "neutral"},
    {Category::kVerbalCooperation, "verbal_cooperation"},
    {Category::kMaterialCooperation, "material_cooperation"},
    {Category::kVerbalConflict, "verbal_conflict"},
    {Category::kMaterialConflict, "material_conflict"},
}};

}  // namespace

std::string_view CategoryName(Category category) {
  for (const auto& [c, name] : kCategoryNames) {
    if (c == category) return name;
  }
  return "";
}

std::optional<Category> ParseCategory(std::string_view name) {
  for (const auto& [c, category_name] : kCategoryNames) {
    if (category_name == name) return c;
  }
  return std::nullopt;
}

}  // namespace actorgraph
