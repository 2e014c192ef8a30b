// AffiliationExtractor: a person's office in a state or body, from titles: "Iran's foreign
// minister Javad Zarif" -> Javad Zarif -[be foreign minister of]-> Iran, "The foreign
// minister of Eritrea, Tesfay Gebremariam" -> ... -[be foreign minister of]-> Eritrea, and
// (only when asked) "Iranian General Qasem Soleimani" -> Qasem Soleimani -[be general of]-> Iran.
#ifndef ACTORGRAPH_SRC_EXTRACT_AFFILIATION_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_AFFILIATION_EXTRACTOR_H_

#include <memory>
#include <string_view>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

// Pre-modifier titles ("Iranian General Qasem Soleimani") give a triple only with
// context.title_affiliations; possessives and appositions always do.
std::unique_ptr<Extractor> MakeAffiliationExtractor(const ExtractorContext& context);

// The head noun of an office, a post or an occupation ("minister", "spokeswoman",
// "professor"), as the affiliation extractor reads it.
bool IsPostNoun(std::string_view w);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_AFFILIATION_EXTRACTOR_H_
