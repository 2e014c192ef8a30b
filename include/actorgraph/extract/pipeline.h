// The extraction pipeline: articles in, relation triples out.
//
//   auto dictionary = actorgraph::ActorDictionary::LoadDefault();
//   auto triples = actorgraph::ExtractDocuments(documents, *dictionary, {});
//   for (const Triple& t : *triples) std::cout << actorgraph::TripleToJsonLine(t);
//
// Each document is segmented (Segmenter), its actors found (ActorFinder), and every sentence
// where two actors (or an actor and a group reference) meet goes through the extractors in
// order (see extractor.h and docs/architecture.md, "Extraction").
#ifndef ACTORGRAPH_EXTRACT_PIPELINE_H_
#define ACTORGRAPH_EXTRACT_PIPELINE_H_

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/extract/extractor.h"
#include "actorgraph/graph/knowledge_graph.h"
#include "actorgraph/graph/triple.h"
#include "actorgraph/status.h"
#include "actorgraph/text/document.h"

namespace actorgraph {

struct ExtractOptions {
  // Worker threads; 0 means one per core. The output is the same for every value.
  // Default: 0.
  size_t threads = 0;
  // Sentences with more tokens than this are skipped with a warning (their mentions are
  // still counted). Default: 150.
  size_t max_sentence_tokens = 150;
  // Emit "be president of" triples for pre-modifier titles ("US President Donald Trump")
  // in every sentence that names the person, besides keeping the office on the person
  // (Actor::affiliation). Appositions ("X, the president of Y") and possessives ("Y's
  // foreign minister X") give their triple either way. Default: false.
  bool title_affiliations = false;
  // Run the Link Grammar extractor too (ExtractorContext::link_grammar). Default: true.
  bool link_grammar = true;
  // Where warnings go (one message each, no trailing newline). Default: dropped.
  std::function<void(const std::string&)> warn;
  // Called after each document with (documents done, documents total), from any thread
  // but never concurrently. Default: none.
  std::function<void(size_t, size_t)> progress;
};

// What a run read, for progress lines and benchmarks.
struct ExtractStats {
  size_t documents = 0;
  size_t sentences = 0;          // all sentences the segmenter found
  size_t sentences_read = 0;     // those with two actors, read by the extractors
  size_t sentences_skipped = 0;  // too long to read (warned)
  size_t triples = 0;
  // Link Grammar's share: sentences parsed, parse attempts (windows of long sentences
  // count one each), failures and time, by length (see ParseCounters in extractor.h).
  ParseCounters parsing;
};

// The triples stated in `documents`, in a deterministic order: by document (input order),
// then sentence, then subject, relation and object byte spans. `dictionary` resolves actor
// names. Fails (Internal) only if the segmenter or the relation vocabulary cannot be set up.
Result<std::vector<Triple>> ExtractDocuments(std::span<const Document> documents,
                                             const ActorDictionary& dictionary,
                                             const ExtractOptions& options = {},
                                             ExtractStats* stats = nullptr);

// Extracts the triples of `documents` (as ExtractDocuments) and adds them to `graph`.
// Returns the number of triples added.
Result<size_t> ExtractIntoGraph(std::span<const Document> documents,
                                const ActorDictionary& dictionary, const ExtractOptions& options,
                                KnowledgeGraph* graph, ExtractStats* stats = nullptr);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_PIPELINE_H_
