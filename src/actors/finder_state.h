// State shared by the steps of ActorFinder (dictionary names, unlisted actors, aliases,
// compounds, group references): the words of one sentence and the mentions found so far,
// as word ranges, plus what a document remembers from sentence to sentence.
#ifndef ACTORGRAPH_SRC_ACTORS_FINDER_STATE_H_
#define ACTORGRAPH_SRC_ACTORS_FINDER_STATE_H_

#include <cstddef>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/actors/mention.h"
#include "actorgraph/graph/actor.h"
#include "actors/words.h"

namespace actorgraph::actors_internal {

// A mention while it is being found: words [begin, end) of the sentence.
struct Found {
  size_t begin = 0;
  size_t end = 0;
  Actor actor;
  Resolution how = Resolution::kDictionary;
  NameKind kind = NameKind::kName;   // for dictionary matches
  bool modifier = false;
  bool keep_trailing_dot = false;    // the name itself ends in '.' ("U.S.", "Corp.")
  size_t core_begin = 0;             // pattern bodies: first word after the country or
                                     // demonym ("Parliament" in "Iraqi Parliament")
  std::vector<Actor> members;        // group references
};

struct SentenceState {
  int index = 0;
  bool heading = false;      // heading or all-capitals line: no organisations by pattern
  bool all_capitals = false;  // a line in capitals: no titled people either
  std::vector<Word> words;
  std::vector<Found> found;  // sorted by begin, never overlapping

  // For each word, the index in `found` of the mention covering it, or -1.
  std::vector<int> Coverage() const;
  // Inserts `found` keeping the order by begin (callers ensure it overlaps nothing).
  void Add(Found mention);
  // The mention ending exactly at word `end` (exclusive), or nullptr.
  const Found* EndingAt(size_t end) const;
};

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_FINDER_STATE_H_
