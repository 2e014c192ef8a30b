// AppositionExtractor: relations an apposition, a kin phrase or a list aside carries
// about the actor it describes, where no clause states them:
//   "Jo Roe, a lawyer representing Al Doe, said"   -> Jo Roe -[represent]-> Al Doe
//   "Hamas, a group backed by Iran, said"           -> Iran -[back]-> Hamas
//   "Jo Roe, another lawyer for Al Doe, said"       -> Jo Roe -[be lawyer for]-> Al Doe
//   "Jo Roe, one of Al Doe's aides, said"           -> Jo Roe -[be aide of]-> Al Doe
//   "met Al Doe and his son, Bo Doe"                -> Bo Doe -[be son of]-> Al Doe
//   "Roe's countryman Al Doe won"                   -> Al Doe -[be countryman of]-> Jo Roe
//   "A of X, B of Y, and C of Z, all Republicans"   -> A/B/C -[be member of]-> Republican Party
// Runs after the clause and affiliation extractors and skips the pairs they related.
//
// It also gives the clause extractor two object shapes a plural or descriptive noun phrase
// stands in front of: "killed a woman named Y" (Y is the object) and "warrants for 36
// people, including Y" (Y is one of the objects).
#ifndef ACTORGRAPH_SRC_EXTRACT_APPOSITION_EXTRACTOR_H_
#define ACTORGRAPH_SRC_EXTRACT_APPOSITION_EXTRACTOR_H_

#include <cstddef>
#include <memory>

#include "actorgraph/extract/extractor.h"

namespace actorgraph::extract {

std::unique_ptr<Extractor> MakeAppositionExtractor(const ExtractorContext& context);

// "killed a woman named Heather Heyer": when tokens [p, t) end in an article, at most three
// lower-case words and "named" or "called" right before the person mention at `t`, the
// token where that description starts (the predicate then ends there); `t` otherwise.
size_t StripNamedDescription(const AnalyzedSentence& s, size_t p, size_t t);

// "arrest warrants for 36 people, including Donald Trump", "officials such as X": when the
// token at `t` opens an example list ("including", "such as", after an optional comma) that
// follows a plural noun of people and starts with a person, the token where that noun
// phrase starts (tokens [p, start) are then the predicate) and *object the token of the
// first example; 0 otherwise.
size_t ExampleListBefore(const AnalyzedSentence& s, size_t p, size_t t, size_t* object);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_APPOSITION_EXTRACTOR_H_
