// The open-vocabulary clause extractor: parses a sentence with Link Grammar and reads
// actor-verb-actor paths off the linkage (subject, object, verb + preposition, passive
// agent, relative clauses, coordination, copula + adjective or noun + preposition). It runs
// after the pattern extractors and only reads actor pairs they left without a triple.
#ifndef ACTORGRAPH_SRC_EXTRACT_LINK_GRAMMAR_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_LINK_GRAMMAR_EXTRACTOR_H_

#include <cstddef>
#include <memory>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

// Longest sentence (in tokens) the extractor parses; longer ones are left alone.
inline constexpr size_t kLinkGrammarMaxTokens = 30;

// Writes "link_grammar" into Triple::extractor. When the Link Grammar dictionary cannot be
// opened the extractor finds nothing (the pattern extractors still run).
std::unique_ptr<Extractor> MakeLinkGrammarExtractor(const ExtractorContext& context);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_LINK_GRAMMAR_EXTRACTOR_H_
