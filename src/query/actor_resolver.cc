#include "actorgraph/query/actor_resolver.h"

#include <string>
#include <vector>

#include "actorgraph/spellcheck.h"

namespace actorgraph {
namespace {

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// Actors with a name or alias equal to `name` ignoring ASCII case: when LookupActor finds
// none of several, the name is ambiguous rather than unknown.
std::vector<Vertex> SameNameActors(const KnowledgeGraph& graph, std::string_view name) {
  std::vector<Vertex> found;
  for (Vertex v : graph.ActorsInOrder()) {
    const Actor& actor = graph.graph()[v].actor;
    bool same = EditDistance(actor.name, name) == 0;
    for (const auto& alias : actor.aliases) same = same || EditDistance(alias, name) == 0;
    if (same) found.push_back(v);
  }
  return found;
}

}  // namespace

Result<Vertex> ResolveActor(const KnowledgeGraph& graph, std::string_view name,
                            std::string_view graph_name) {
  if (auto v = graph.LookupActor(name)) return *v;
  std::vector<Vertex> same = SameNameActors(graph, name);
  if (same.size() > 1) {
    std::string message = Quoted(name) + " is ambiguous in " + std::string(graph_name) +
                          ": it names ";
    for (size_t i = 0; i < same.size(); ++i) {
      if (i > 0) message += i + 1 == same.size() ? " and " : ", ";
      const Actor& actor = graph.graph()[same[i]].actor;
      message += Quoted(actor.name) + " (" + actor.id + ")";
    }
    return Status::NotFound(message + "; give an id");
  }
  std::string message = "no actor " + Quoted(name) + " in " + std::string(graph_name);
  std::vector<std::string> suggestions = graph.SpellcheckActor(name, 3);
  for (size_t i = 0; i < suggestions.size(); ++i) {
    message += i == 0 ? "; did you mean " : (i + 1 == suggestions.size() ? " or " : ", ");
    message += Quoted(suggestions[i]);
  }
  if (!suggestions.empty()) message += "?";
  return Status::NotFound(message);
}

}  // namespace actorgraph
