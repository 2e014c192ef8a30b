// ActorFinder: finds every actor mention in an analysed document and resolves it to one
// canonical actor: dictionary names, capitals and demonyms; people and bodies found by
// pattern (titles, head words); later short forms; compounds ("US-Iran"); group references
// ("both nations" -> the most recent salient pair); pronouns and descriptions ("he",
// "the country") -> the actor in focus.
#ifndef ACTORGRAPH_ACTORS_ACTOR_FINDER_H_
#define ACTORGRAPH_ACTORS_ACTOR_FINDER_H_

#include <memory>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/actors/mention.h"
#include "actorgraph/text/document.h"
#include "actorgraph/text/sentence.h"

namespace actorgraph {

struct ActorFinderOptions {
  // Find people and organisations that are not in the dictionary by pattern. Default: true.
  bool find_unlisted = true;
  // Resolve "both nations", "the two countries", ... to the actors they stand for.
  // Default: true.
  bool resolve_group_references = true;
  // Resolve pronouns and definite descriptions ("he", "the country", "the president") to
  // the actor named before that they stand for (see src/actors/coreference.h).
  // Default: true.
  bool resolve_coreferences = true;
  // With resolve_coreferences, also "it" and "its" (for an organisation or country).
  // Default: true.
  bool resolve_it = true;
};

class ActorFinder {
 public:
  // `dictionary` must outlive the finder.
  explicit ActorFinder(const ActorDictionary& dictionary, ActorFinderOptions options = {});
  ActorFinder(ActorFinder&&) noexcept;
  ~ActorFinder();

  // Every mention in `sentences` of `document`, ordered by (sentence, token, byte).
  // Thread-safe: const and keeps no per-call state.
  std::vector<Mention> FindMentions(const Document& document,
                                    const std::vector<Sentence>& sentences) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_ACTOR_FINDER_H_
