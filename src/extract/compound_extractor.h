// CompoundExtractor: relations stated inside a hyphenated compound before an actor:
// "Iran-backed Houthis" (Iran backs the Houthis), "the Armenian-backed Republic of
// Artsakh", "US-funded rebels of the FSA". The parties are two actors; the compound's
// participle names the relation.
#ifndef ACTORGRAPH_SRC_EXTRACT_COMPOUND_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_COMPOUND_EXTRACTOR_H_

#include <memory>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

std::unique_ptr<Extractor> MakeCompoundExtractor(const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_COMPOUND_EXTRACTOR_H_
