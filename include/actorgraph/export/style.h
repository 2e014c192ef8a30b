// Style: the colours and shapes every drawn export uses for actor types and relation
// categories (DOT/rendered diagrams and GraphML --yed), so a diagram reads the same whatever
// program draws it. Colours are "#rrggbb"; each table entry is fixed, not configurable, and
// every field views a static NUL-terminated string (.data() can go to C APIs).
#ifndef ACTORGRAPH_EXPORT_STYLE_H_
#define ACTORGRAPH_EXPORT_STYLE_H_

#include <string_view>

#include "actorgraph/graph/actor.h"
#include "actorgraph/graph/relation.h"

namespace actorgraph {

struct ActorStyle {
  std::string_view fill;       // node fill colour
  std::string_view border;     // node outline colour
  std::string_view dot_shape;  // Graphviz node shape ("ellipse", "box", ...)
  std::string_view yed_shape;  // yFiles y:Shape type ("ellipse", "roundrectangle", ...)
};

struct CategoryStyle {
  std::string_view line;   // edge colour
  std::string_view label;  // legend text: "material conflict", "unknown"
};

// The style of an actor of type `type`: one entry per ActorType, never empty fields.
const ActorStyle& StyleForActor(ActorType type);

// The style of an edge of category `category`: greens for cooperation, reds for conflict,
// dark grey for neutral and unknown; material darker than verbal.
const CategoryStyle& StyleForCategory(Category category);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_STYLE_H_
