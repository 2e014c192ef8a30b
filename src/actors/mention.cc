#include "actorgraph/actors/mention.h"

namespace actorgraph {

std::string_view ResolutionName(Resolution resolution) {
  switch (resolution) {
    case Resolution::kDictionary: return "dictionary";
    case Resolution::kCapital: return "capital";
    case Resolution::kDemonym: return "demonym";
    case Resolution::kPattern: return "pattern";
    case Resolution::kAlias: return "alias";
    case Resolution::kGroupReference: return "group_reference";
    case Resolution::kCoreference: return "coreference";
  }
  return "dictionary";
}

}  // namespace actorgraph
