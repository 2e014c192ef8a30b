// Triple: one relation assertion, subject actor -> relation -> object actor, with evidence.
#ifndef ACTORGRAPH_GRAPH_TRIPLE_H_
#define ACTORGRAPH_GRAPH_TRIPLE_H_

#include <string>

#include "actorgraph/graph/actor.h"
#include "actorgraph/graph/evidence.h"
#include "actorgraph/graph/relation.h"

namespace actorgraph {

struct Triple {
  Actor subject;
  Relation relation;
  Actor object;
  double confidence = 1.0;  // 0..1
  std::string extractor;    // name of the extractor that produced it; "input" when read
  Evidence evidence;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_TRIPLE_H_
