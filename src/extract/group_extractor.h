// GroupExtractor: symmetric relations stated of a group of actors, one triple per pair.
// - Role nouns standing for their states: "Ministers from Chile, Peru and Bolivia met in
//   Lima", "the leaders of A and B spoke by phone", "Envoys of A and B condemned C".
// - Symmetric nouns with their parties after between/among/of, past a participle or a
//   short phrase: "a deal was signed between A, B, and C", "the agreement brokered
//   between A and B", "the trilateral meeting of A, B and C", "the debate between A and B".
// - A coordinated subject with a symmetric predicate and a third party after "with":
//   "A and B held talks at the White House with C" -> A-B, A->C, B->C.
// - Reciprocal objects: "A and B accused each other of ..." -> A->B and B->A.
// It runs after the nominal and clause extractors and leaves alone a pair they already
// related through the same words, so one statement gives one triple per pair.
#ifndef ACTORGRAPH_SRC_EXTRACT_GROUP_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_GROUP_EXTRACTOR_H_

#include <memory>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

std::unique_ptr<Extractor> MakeGroupExtractor(const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_GROUP_EXTRACTOR_H_
