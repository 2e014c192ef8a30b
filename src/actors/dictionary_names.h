// The first step of ActorFinder: dictionary names, acronyms, capitals and demonyms, longest
// match first, with the context rules that keep a capital out of longer names.
#ifndef ACTORGRAPH_SRC_ACTORS_DICTIONARY_NAMES_H_
#define ACTORGRAPH_SRC_ACTORS_DICTIONARY_NAMES_H_

#include "actors/alias_table.h"
#include "actors/finder_state.h"
#include "actors/name_matcher.h"

namespace actorgraph::actors_internal {

// Adds a mention for every dictionary name in `sentence`, scanning left to right and taking
// the longest name at each word. A capital is skipped when it is part of a longer name
// ("George Washington", "Washington Post"); a one-word name that the document has introduced
// as a person's surname is left to the aliases ("Jordan" after "Michael Jordan"). An organ
// written after its parent ("UN Security Council") becomes one mention of the organ.
void FindDictionaryNames(const NameMatcher& matcher, const AliasTable& aliases,
                         SentenceState* sentence);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_DICTIONARY_NAMES_H_
