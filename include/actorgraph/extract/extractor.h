// Extractor: one way of reading relation triples off an analysed sentence. The pipeline runs
// every extractor in a fixed order over each sentence; each sees what the earlier ones
// emitted, so a less precise extractor can leave alone the pairs a better one has read.
#ifndef ACTORGRAPH_EXTRACT_EXTRACTOR_H_
#define ACTORGRAPH_EXTRACT_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/actors/mention.h"
#include "actorgraph/graph/triple.h"
#include "actorgraph/text/document.h"
#include "actorgraph/text/sentence.h"

namespace actorgraph {

class Lemmatizer;
class RelationVocabulary;

// What the extractors spent on syntactic parsing, summed over sentences (for ExtractStats).
struct ParseCounters {
  size_t sentences_parsed = 0;  // sentences with at least one parse attempt
  size_t parses = 0;            // parse attempts (a long sentence may take several windows)
  size_t parses_failed = 0;     // attempts that found no full linkage within the bounds
  double parse_seconds = 0;     // wall time inside the parser
  // Attempts and seconds by parsed length in tokens: 1-10, 11-20, 21-30, 31-40, more.
  size_t parses_by_length[5] = {};
  double seconds_by_length[5] = {};
  void Add(const ParseCounters& o);
};

// One sentence with everything the extractors need. The pointers are borrowed: they must
// outlive every Extract call that is given this sentence.
struct AnalyzedSentence {
  const Document* document = nullptr;
  const Sentence* sentence = nullptr;
  std::vector<Mention> mentions;    // the actors in this sentence, in token order
  std::vector<std::string> lower;   // tokens[i].text lower-cased (ASCII), one per token
  std::vector<int> mention_at;      // per token: index into `mentions` of the mention that
                                    // covers it, or -1 (a token of two mentions: the first)
  // Where extractors count their parses; null when nobody is counting. Owned by the caller,
  // used by one thread at a time.
  ParseCounters* counters = nullptr;
};

// Fills `lower` and `mention_at` from `sentence` and `mentions`.
AnalyzedSentence AnalyzeSentence(const Document& document, const Sentence& sentence,
                                 std::vector<Mention> mentions);

// What an extractor may consult besides the sentence. Both pointers must outlive the
// extractor.
struct ExtractorContext {
  const RelationVocabulary* vocabulary = nullptr;
  const Lemmatizer* lemmatizer = nullptr;
  // Also emit "be <title> of" triples for titles that only pre-modify a name ("US President
  // Donald Trump", "Iranian General Qasem Soleimani"); the office stays on the person
  // (Actor::affiliation) either way. Appositions and possessives are always read.
  // Default: false.
  bool title_affiliations = false;
  // Also run the Link Grammar clause extractor over the actor pairs the pattern extractors
  // leave unrelated: more relations (recall 0.09 -> 0.15 on the unseen-news dev set, at
  // precision 1.0 there), about 7x slower. Default: true.
  bool link_grammar = true;
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  // Short, stable name written into Triple::extractor ("clause", "nominal", ...).
  virtual std::string_view name() const = 0;
  // Appends the triples `sentence` states to `out`. `out` already holds what earlier
  // extractors found in this sentence. Must be thread-safe (const, no shared state).
  virtual void Extract(const AnalyzedSentence& sentence, std::vector<Triple>& out) const = 0;
};

// The extractors in the order the pipeline runs them (see docs/architecture.md).
std::vector<std::unique_ptr<Extractor>> MakeDefaultExtractors(const ExtractorContext& context);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EXTRACTOR_H_
