#include "actorgraph/export/style.h"

#include <algorithm>
#include <cmath>

namespace actorgraph {

// yFiles has no "note" shape: other actors are round rectangles there.
const ActorStyle& StyleForActor(ActorType type) {
  static constexpr ActorStyle kCountry{"#dbe9f6", "#555555", "box", "rectangle"};
  static constexpr ActorStyle kOrganization{"#e8def3", "#555555", "hexagon", "hexagon"};
  static constexpr ActorStyle kPerson{"#fdf1c7", "#555555", "ellipse", "ellipse"};
  static constexpr ActorStyle kGroup{"#f9dcc8", "#555555", "octagon", "octagon"};
  static constexpr ActorStyle kOther{"#eeeeee", "#555555", "note", "roundrectangle"};
  switch (type) {
    case ActorType::kCountry: return kCountry;
    case ActorType::kOrganization: return kOrganization;
    case ActorType::kPerson: return kPerson;
    case ActorType::kGroup: return kGroup;
    case ActorType::kOther: return kOther;
  }
  return kOther;
}

const CategoryStyle& StyleForCategory(Category category) {
  static constexpr CategoryStyle kUnknown{"#8a8a8a", "#404040", "unknown"};
  static constexpr CategoryStyle kNeutral{"#8a8a8a", "#404040", "neutral"};
  static constexpr CategoryStyle kVerbalCooperation{"#5aae61", "#4d9221", "verbal cooperation"};
  static constexpr CategoryStyle kMaterialCooperation{"#1b6b30", "#276419",
                                                      "material cooperation"};
  static constexpr CategoryStyle kVerbalConflict{"#e0705f", "#d6604d", "verbal conflict"};
  static constexpr CategoryStyle kMaterialConflict{"#b2182b", "#b2182b", "material conflict"};
  switch (category) {
    case Category::kUnknown: return kUnknown;
    case Category::kNeutral: return kNeutral;
    case Category::kVerbalCooperation: return kVerbalCooperation;
    case Category::kMaterialCooperation: return kMaterialCooperation;
    case Category::kVerbalConflict: return kVerbalConflict;
    case Category::kMaterialConflict: return kMaterialConflict;
  }
  return kUnknown;
}

double EdgeLineWidth(int64_t weight) { return std::min(EdgeDataLineWidth(weight), 6.0); }

double EdgeDataLineWidth(int64_t weight) {
  const double width = 1 + std::log2(static_cast<double>(std::max<int64_t>(weight, 1)));
  return std::round(width * 10) / 10;
}

}  // namespace actorgraph
