// Group references: "both nations", "the two countries", "both sides", "the two leaders"...
// stand for the most recent salient pair of actors.
//
// The rule: a pair is a coordination of exactly two different actors — "X and Y", "X, Y",
// "X-Y" (a compound), optionally with "the" before Y; "between X and Y" is one. "X, and Y"
// joins clauses, not a pair. Lists of three or more are not pairs ("Syria, Iraq, and
// Yemen") and do not hide older pairs. A titled person with a country before the title is
// one side ("US President Donald Trump"). A reference takes, in this order: the last pair
// before it in its sentence; a pair starting at most six words after it in its sentence
// ("restraint on both sides, urging the US and Iran"); the most recent pair in the previous
// twelve sentences of the document; for the phrases that need people, else the two
// people the sentence names before it or the previous sentence names, when it names exactly
// two ("X met Y. The two leaders ..."). "nations", "countries",
// "governments" need a pair of countries; "leaders" a pair of people or of countries (a
// leader of each); "men", "women", "presidents", "ministers" a pair of people; "sides" any
// pair. "both of them", "both men", "both women" need a pair of people of their own
// sentence or of the previous one (older pairs are too far for words that as often mean
// two things). A reference with no such pair is not a mention.
#ifndef ACTORGRAPH_SRC_ACTORS_GROUP_REFERENCES_H_
#define ACTORGRAPH_SRC_ACTORS_GROUP_REFERENCES_H_

#include <deque>
#include <optional>
#include <utility>
#include <vector>

#include "actorgraph/graph/actor.h"
#include "actors/finder_state.h"

namespace actorgraph::actors_internal {

// One side of a coordination: an actor and, for a titled person, the country named before
// the title ("US President Donald Trump" is Donald Trump, for the United States).
struct PairSide {
  size_t begin = 0;  // words of the side in its sentence
  size_t end = 0;
  Actor actor;
  std::optional<Actor> country;
};

struct CoordinatedPair {
  size_t begin = 0;  // words of the whole coordination in its sentence
  size_t end = 0;
  PairSide first;
  PairSide second;
};

// The pairs of the sentences read so far, most recent last.
class PairHistory {
 public:
  void Push(std::vector<CoordinatedPair> sentence_pairs,
            std::optional<CoordinatedPair> two_people = std::nullopt);
  const std::deque<std::vector<CoordinatedPair>>& sentences() const { return sentences_; }
  // The two people the previous sentence named, when it named exactly two ("X met Y").
  const std::optional<CoordinatedPair>& previous_two_people() const { return two_people_; }

 private:
  std::deque<std::vector<CoordinatedPair>> sentences_;
  std::optional<CoordinatedPair> two_people_;
};

// Adds the group references of `sentence` (how = kGroupReference, members = the pair) and
// pushes the sentence's pairs onto `history`. Call after every other step.
void FindGroupReferences(SentenceState* sentence, PairHistory* history);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_GROUP_REFERENCES_H_
