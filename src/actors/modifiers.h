// Which mentions are modifiers rather than noun-phrase heads: the parts of compounds
// ("US-Iran talks", "Israeli-Palestinian conflict": each part, within its token) and
// demonyms before a noun ("Iranian officials", "Iranian General Qasem Soleimani").
#ifndef ACTORGRAPH_SRC_ACTORS_MODIFIERS_H_
#define ACTORGRAPH_SRC_ACTORS_MODIFIERS_H_

#include "actors/finder_state.h"

namespace actorgraph::actors_internal {

// Sets `modifier` on compound parts and on demonyms followed by a noun or a name. Leaves
// modifiers already set (a titled person's affiliation) as they are.
void MarkModifiers(SentenceState* sentence);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_MODIFIERS_H_
