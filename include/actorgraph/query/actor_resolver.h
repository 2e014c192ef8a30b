// Turning the actor names a user types into graph vertices, with "did you mean" when a name
// is not found.
#ifndef ACTORGRAPH_QUERY_ACTOR_RESOLVER_H_
#define ACTORGRAPH_QUERY_ACTOR_RESOLVER_H_

#include <string_view>

#include "actorgraph/graph/knowledge_graph.h"
#include "actorgraph/status.h"

namespace actorgraph {

// The actor `name` designates (an id, canonical name or alias; see
// KnowledgeGraph::LookupActor). NotFound otherwise, naming the graph:
//   no actor "Rusia" in g.json; did you mean "Russia"?
//   "Congo" is ambiguous in g.json: it names "Congo (Brazzaville)" (republic_of_congo) and
//   "Congo (Kinshasa)" (dr_congo); give an id
Result<Vertex> ResolveActor(const KnowledgeGraph& graph, std::string_view name,
                            std::string_view graph_name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_ACTOR_RESOLVER_H_
