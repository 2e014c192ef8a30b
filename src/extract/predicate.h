// Reading the words between a subject and an object as one predicate: auxiliaries, modals,
// adverbs and catenative verbs ("continues to") are stripped (negation and modality are
// kept as flags), the head is lemmatised, and copular and light-verb wrappers reduce to the
// relation they carry ("have been vocal in their support for" -> "support").
#ifndef ACTORGRAPH_SRC_EXTRACT_PREDICATE_H_
#define ACTORGRAPH_SRC_EXTRACT_PREDICATE_H_

#include <cstddef>
#include <optional>

#include "actorgraph/extract/extractor.h"
#include "actorgraph/graph/relation.h"

namespace actorgraph::extract {

struct Predicate {
  Relation relation;
  Span span;             // bytes of the words that carry the relation
  bool passive = false;  // "was killed by": what follows is the agent, the subject the patient
  bool open_verb = false;  // a verb the vocabulary does not list (a neutral relation)
};

enum class PredicateMode {
  kBeforeObject,  // the tokens run up to the object: all of them must be read
  kNoObject,      // a symmetric predicate with no object ("X and Y held talks")
};

// The predicate that tokens [begin, end) of `s` state; nullopt when they are not one
// predicate the vocabulary knows (any stray word makes it fail: when in doubt, no triple).
std::optional<Predicate> ParsePredicate(const AnalyzedSentence& s, size_t begin, size_t end,
                                        const ExtractorContext& context, PredicateMode mode);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_PREDICATE_H_
