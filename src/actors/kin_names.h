// Relatives named by their given name after a kin noun and its owner: "his wife, Amanda,",
// "Huber's son Brodie", "their sons Wyatt and Zachary", "his wife Ann, and children Tom and
// Sue". News names a person's family this way once the person is known; the relative is
// named with the owner's surname ("Amanda Huber") when the owner is known.
#ifndef ACTORGRAPH_SRC_ACTORS_KIN_NAMES_H_
#define ACTORGRAPH_SRC_ACTORS_KIN_NAMES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "actorgraph/actors/mention.h"
#include "actors/finder_state.h"

namespace actorgraph::actors_internal {

// A relative found under its given name, to be named with its owner's surname once the
// document's people are settled and coreference has said whom a pronoun stands for.
struct PendingKinName {
  size_t state = 0;       // index of the sentence's state
  size_t owner_word = 0;  // the word "his" or "her", or the owner mention's last word
  size_t begin = 0;       // the relative's given name
  bool pronoun = false;   // the owner is "his" or "her"
  bool named = false;     // the owner is the person mention at `owner_word` ("Huber's")
  std::string surname;    // the surname the words give ("the Trumps'"), else empty
  std::string id;         // the relative's actor id as found (the given name's)
  std::string given;      // the given name as written
};

// Adds a person mention (how = kPattern, named by the given name) for every uncovered
// capitalised word, or list of them after a plural noun ("Tom and Sue", "Tom, Sue and
// Ann"), right after a kin noun (wife, son, children, widow, partner, ...; up to five
// lower-case words or numbers between: "14-year-old son") whose owner is a person: "his",
// "her", "their", a person mention with a possessive ("Huber's"), or "the <Surname>s'".
// A name followed by another capitalised word, a date word before a number ("daughter May
// 3") and words that are never names are left alone. Each relative with an owner other
// than "their" is recorded in `*pending` (with `state_index`) for NameKinByOwners.
// Does nothing for headings.
void FindKinGivenNames(size_t state_index, SentenceState* sentence,
                       std::vector<PendingKinName>* pending);

// Renames each pending relative to "<given> <surname>" in `*mentions`, the surname being
// the one its words give ("the Trumps'") or that of its owner: the person mention at the
// owner's word; for a pronoun, the coreference mention there (in `references`, per
// state), else the one person the sentence names before it, else the person named right
// after the relative and a comma ("According to his wife, Ann, Okafor"). A one-word owner
// name that is no given name is a surname ("President Reagan"). Left under the given name
// when the owner is unknown, has no surname, or would share the name.
void NameKinByOwners(const std::vector<SentenceState>& states,
                     const std::vector<std::vector<Found>>& references,
                     const std::vector<PendingKinName>& pending, std::vector<Mention>* mentions);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_KIN_NAMES_H_
