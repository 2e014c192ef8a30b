#include "actorgraph/export/style.h"

namespace actorgraph {

const ActorStyle& StyleForActor(ActorType type) {
  // Fills light enough for black label text; each type also has its own shape (the DOT
  // export's since it first had them), so the diagram still reads in greyscale. yFiles has
  // no "note" shape: other actors are round rectangles there.
  static constexpr ActorStyle kCountry{"#a6c8e8", "#2f5f8a", "box", "rectangle"};
  static constexpr ActorStyle kOrganization{"#f9c98b", "#a65e00", "hexagon", "hexagon"};
  static constexpr ActorStyle kPerson{"#b5dda4", "#3b7a2a", "ellipse", "ellipse"};
  static constexpr ActorStyle kGroup{"#f4a6a6", "#9e2a2a", "octagon", "octagon"};
  static constexpr ActorStyle kOther{"#dddddd", "#666666", "note", "roundrectangle"};
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
  // The DOT export's colours since it first had them.
  static constexpr CategoryStyle kUnknown{"#404040", "unknown"};
  static constexpr CategoryStyle kNeutral{"#404040", "neutral"};
  static constexpr CategoryStyle kVerbalCooperation{"#4d9221", "verbal cooperation"};
  static constexpr CategoryStyle kMaterialCooperation{"#276419", "material cooperation"};
  static constexpr CategoryStyle kVerbalConflict{"#d6604d", "verbal conflict"};
  static constexpr CategoryStyle kMaterialConflict{"#b2182b", "material conflict"};
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
