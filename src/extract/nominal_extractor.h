// NominalExtractor: relations stated by noun phrases and headlines: "talks between X and
// Y", "tension(s) between X and Y", "X-Y talks/relations/conflict", "X and Y talks",
// "X, Y in talks", "X's support for Y", "X's relations with Y", "X's ally Y",
// "the assassination of X by Y".
#ifndef ACTORGRAPH_SRC_EXTRACT_NOMINAL_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_NOMINAL_EXTRACTOR_H_

#include <memory>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

std::unique_ptr<Extractor> MakeNominalExtractor(const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_NOMINAL_EXTRACTOR_H_
