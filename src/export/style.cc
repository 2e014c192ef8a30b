#include "actorgraph/export/style.h"

namespace actorgraph {

const ActorStyle& StyleForActor(ActorType type) {
  // Fills light enough for black label text; each type also has its own shape, so the
  // diagram still reads in greyscale.
  static constexpr ActorStyle kCountry{"#A6C8E8", "#2F5F8A", "ellipse", "ellipse"};
  static constexpr ActorStyle kOrganization{"#F9C98B", "#A65E00", "box", "roundrectangle"};
  static constexpr ActorStyle kPerson{"#B5DDA4", "#3B7A2A", "box", "rectangle"};
  static constexpr ActorStyle kGroup{"#F4A6A6", "#9E2A2A", "hexagon", "hexagon"};
  static constexpr ActorStyle kOther{"#DDDDDD", "#666666", "octagon", "octagon"};
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
  static constexpr CategoryStyle kUnknown{"#808080", "unknown"};
  static constexpr CategoryStyle kNeutral{"#505050", "neutral"};
  static constexpr CategoryStyle kVerbalCooperation{"#5FB35F", "verbal cooperation"};
  static constexpr CategoryStyle kMaterialCooperation{"#1B7A1B", "material cooperation"};
  static constexpr CategoryStyle kVerbalConflict{"#E8743B", "verbal conflict"};
  static constexpr CategoryStyle kMaterialConflict{"#C0161B", "material conflict"};
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

}  // namespace actorgraph
