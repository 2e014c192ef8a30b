// ReachExtractor: clause arguments the clause extractor does not reach from an actor
// mention. A subject built from a noun phrase that stands for the actors of its of-phrase
// ("The president of Turkey vowed support for Azerbaijan", "the Gulf states of Bahrain and
// the United Arab Emirates recognized Israel", "The navies of France and India held ..."),
// and a second prepositional object after the first ("met with the IMF on Tuesday, then
// with President Trump"). Runs after the clause, nominal, affiliation and group extractors
// and skips the pairs they related.
#ifndef ACTORGRAPH_SRC_EXTRACT_REACH_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_REACH_EXTRACTOR_H_

#include <memory>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

std::unique_ptr<Extractor> MakeReachExtractor(const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_REACH_EXTRACTOR_H_
