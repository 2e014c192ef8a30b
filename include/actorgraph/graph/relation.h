// Relation: the predicate of an actor–relation–actor triple.
#ifndef ACTORGRAPH_GRAPH_RELATION_H_
#define ACTORGRAPH_GRAPH_RELATION_H_

#include <optional>
#include <string>
#include <string_view>

namespace actorgraph {

// CAMEO QuadClass of a relation, or neutral; kUnknown when nothing says.
enum class Category {
  kUnknown,
  kNeutral,
  kVerbalCooperation,
  kMaterialCooperation,
  kVerbalConflict,
  kMaterialConflict,
};

// "", "neutral", "verbal_cooperation", "material_cooperation", "verbal_conflict",
// "material_conflict".
std::string_view CategoryName(Category category);
// Inverse of CategoryName ("" gives kUnknown); nullopt for anything else.
std::optional<Category> ParseCategory(std::string_view name);

struct Relation {
  std::string text;     // normalised predicate phrase, verb lemmatised: "withdraw from"
  std::string lemma;    // its head lemma: "withdraw"
  Category category = Category::kUnknown;
  int cameo_root = 0;   // CAMEO root code 1..20 where clear, else 0
  bool symmetric = false;  // talks, relations, tension, conflict: direction carries nothing
  bool negated = false;    // "did not attack", "never reconciled"
  std::string modality;    // "" when asserted; else the hedge: "may", "could", "threaten", ...
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_RELATION_H_
