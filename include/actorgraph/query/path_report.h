// Writing the answer of a path query: a readable hop-by-hop text, or JSON.
//
// A path is a sequence of actors; each hop lists every edge between its two actors, strongest
// first (see ActorWalk), so parallel relations never make near-duplicate paths.
#ifndef ACTORGRAPH_QUERY_PATH_REPORT_H_
#define ACTORGRAPH_QUERY_PATH_REPORT_H_

#include <iosfwd>
#include <vector>

#include "actorgraph/query/actor_walk.h"
#include "actorgraph/query/path_finder.h"

namespace actorgraph {

// The question a set of paths answers, for the heading and the "no path" line.
struct PathQuery {
  Vertex from;
  Vertex to;
  PathOptions options;
};

// Writes, per path, a heading ("Russia -> Iran -> United States (2 hops)", prefixed with
// "Path 2: " when more than one path was asked for), then one line per hop with the strongest
// relation, its weight and documents, one evidence sentence, and the other relations of the
// hop on an "also:" line (the five strongest, then "N more"). No path: one line,
// "no path from X to Y[ within H hops]".
void WritePathsText(const ActorWalk& walk, const PathQuery& query,
                    const std::vector<ActorPath>& paths, std::ostream& out);

// Writes {"from", "to", "paths": [{"actors": [...], "hops": [{"from", "to", "relation",
// "negated", "modality", "direction", "weight", "documents", "evidence": [...],
// "other_relations": [...]}]}]} as described in docs/cli.md, ending with a newline.
void WritePathsJson(const ActorWalk& walk, const PathQuery& query,
                    const std::vector<ActorPath>& paths, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_PATH_REPORT_H_
