// ClauseExtractor: relations stated by a clause: subject, predicate, object. Covers SVO
// ("Turkey invaded Syria"), verb + preposition ("withdrew from"), passives with their agent
// ("was killed by a US drone strike"), control and that-clauses ("urged X to",
// "demand that X"), relative clauses (", which backs X"), appositions skipped between the
// subject and its verb, coordinated subjects, objects and verb phrases, symmetric
// predicates of a coordinated subject ("X and Y held talks") and participle clauses that
// continue the main one (", urging X to") or stand as an aside (", responding to X,");
// possessive and appositive objects are read in possessive_object.h.
#ifndef ACTORGRAPH_SRC_EXTRACT_CLAUSE_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_CLAUSE_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "actorgraph/extract/extractor.h"
#include "extract/extract_util.h"

namespace actorgraph::extract {

std::unique_ptr<Extractor> MakeClauseExtractor(const ExtractorContext& context);

// Reads the predicates from token `p` on, with their objects, for a subject another extractor
// found where the clause extractor does not look ("The president of Turkey | vowed support
// for Azerbaijan"), exactly as the clause extractor reads its own subjects. The triples
// appended to `out` are named `extractor`.
void ReadClausePredicates(const ExtractorContext& context, const AnalyzedSentence& s,
                          const ActorGroup& subject, size_t p, double confidence,
                          std::string_view extractor, std::vector<Triple>& out);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_CLAUSE_EXTRACTOR_H_
