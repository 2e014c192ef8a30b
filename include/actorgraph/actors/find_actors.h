// FindActors: the `actorgraph actors` pipeline — read articles, split them into sentences,
// find the actor mentions — over many documents in parallel, with output in input order.
#ifndef ACTORGRAPH_ACTORS_FIND_ACTORS_H_
#define ACTORGRAPH_ACTORS_FIND_ACTORS_H_

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/actors/actor_finder.h"
#include "actorgraph/status.h"
#include "actorgraph/text/document_reader.h"

namespace actorgraph {

struct FindActorsStats {
  size_t documents = 0;
  size_t sentences = 0;
  size_t mentions = 0;
  size_t bytes = 0;  // of document text
};

struct FindActorsOptions {
  ReadOptions read;            // --lenient, and where reader warnings go
  ActorFinderOptions finder;
  // Worker threads; 0 means one per hardware thread. The output is the same for any value.
  // Default: 0.
  int threads = 0;
  // Print MentionSummary's table instead of one JSON line per mention. Default: false.
  bool summary = false;
  // Called after each batch of documents with the totals so far (for progress lines).
  std::function<void(const FindActorsStats&)> progress;
};

// Reads `inputs` (see ReadInputs; "-" is `stdin_stream`), finds the mentions of every
// document with `dictionary`, and writes them to `out`: one JSON line per mention in
// document order (AppendMentionJson), or the summary table. Fails with the reader's error
// (file:line: ...) or Internal if the segmenter cannot start. `stats` may be null.
Status FindActors(const std::vector<std::string>& inputs, std::istream& stdin_stream,
                  const ActorDictionary& dictionary, const FindActorsOptions& options,
                  std::ostream& out, FindActorsStats* stats);

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_FIND_ACTORS_H_
