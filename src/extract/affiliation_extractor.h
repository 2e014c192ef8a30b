// AffiliationExtractor: a person's office in a state or body, from titles: "Iranian General
// Qasem Soleimani" -> Qasem Soleimani -[be general of]-> Iran, "Iran's foreign minister
// Javad Zarif" -> Javad Zarif -[be foreign minister of]-> Iran.
#ifndef ACTORGRAPH_SRC_EXTRACT_AFFILIATION_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_AFFILIATION_EXTRACTOR_H_

#include <memory>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

std::unique_ptr<Extractor> MakeAffiliationExtractor(const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_AFFILIATION_EXTRACTOR_H_
