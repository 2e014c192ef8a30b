// MediaExtractor: what a news medium reports of a speaker, and what a speaker says to a
// medium, where the clause itself states no relation between them:
//   "X was quoted by M", "X said ..., as reported by M", "When interviewed by M, X said"
//     -> M quote / report / interview X;
//   "In remarks to M, X said", "In an interview with M, X ...", "Speaking to M, X said",
//   "X, in remarks to M, said", "X said in an interview with M"
//     -> X make remarks to / give interview to / speak to M;
//   "X stated to M" -> X state to M; "X spoke on M's morning show" -> X speak on M;
//   "X said of Y, \"...\"" -> X say of Y (also write of, speak of), Y any actor.
// M must be an organisation (a medium named by the actor layer); "told reporters" and
// "interviewed by police" name no actor. "X told M" is the clause extractor's.
#ifndef ACTORGRAPH_SRC_EXTRACT_MEDIA_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_MEDIA_EXTRACTOR_H_

#include <memory>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

std::unique_ptr<Extractor> MakeMediaExtractor(const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_MEDIA_EXTRACTOR_H_
