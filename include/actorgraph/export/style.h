// Style: the colours, shapes and line widths drawn exports use for actor types, relation
// categories and weights (rendered diagrams, the DOT export, GraphML --yed), so a diagram
// reads the same whatever program draws it. Colours are "#rrggbb"; the table is fixed, not
// configurable, and every field views a static NUL-terminated string (.data() can go to C).
#ifndef ACTORGRAPH_EXPORT_STYLE_H_
#define ACTORGRAPH_EXPORT_STYLE_H_

#include <cstdint>
#include <string_view>

#include "actorgraph/graph/actor.h"
#include "actorgraph/graph/relation.h"

namespace actorgraph {

struct ActorStyle {
  std::string_view fill;       // node fill colour in diagrams (light: black text reads on it)
  std::string_view border;     // node outline colour in diagrams
  std::string_view dot_shape;  // Graphviz node shape ("box", "hexagon", ...)
  std::string_view yed_shape;  // yFiles y:Shape type: the closest to dot_shape
};

struct CategoryStyle {
  std::string_view line;       // edge colour in diagrams (rendered, yEd)
  std::string_view data_line;  // edge colour in the DOT export (darker)
  std::string_view label;      // legend text: "material conflict", "unknown"
};

// The style of an actor of type `type`: one entry per ActorType, no field empty.
const ActorStyle& StyleForActor(ActorType type);

// The style of an edge of category `category`: greens for cooperation, reds for conflict,
// grey for neutral and unknown; the verbal shade lighter than the material one.
const CategoryStyle& StyleForCategory(Category category);

// The line width of an edge of `weight` assertions in diagrams: 1 + log2(weight) rounded to
// one decimal, at most 6; 1 for a weight below 1.
double EdgeLineWidth(int64_t weight);

// The line width of an edge in the DOT export: EdgeLineWidth without the cap of 6.
double EdgeDataLineWidth(int64_t weight);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_STYLE_H_
