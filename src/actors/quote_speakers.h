// First-person pronouns inside a quotation stand for the person quoted: in `Trump wrote:
// "I informed John Bolton last night ..."` and `"I disagreed with him," Trump said`, "I",
// "me" and "my" are Trump. Only a named person who is the quotation's speaker by the
// layout news uses (the speaker and a verb of saying right after the closing mark, or
// right before the opening one with at most a few words and a comma or colon between) is
// taken; a quotation that runs on into the next sentences of the paragraph keeps its
// speaker. "We" and "our" are left alone: the speaker's body is not always clear.
#ifndef ACTORGRAPH_SRC_ACTORS_QUOTE_SPEAKERS_H_
#define ACTORGRAPH_SRC_ACTORS_QUOTE_SPEAKERS_H_

#include <vector>

#include "actors/finder_state.h"

namespace actorgraph::actors_internal {

// The first-person references of every sentence, resolved to their quotation's speaker
// (how = kCoreference; "my" is a modifier), one vector per state. `states` hold the named
// mentions with their final actors.
std::vector<std::vector<Found>> FindQuotedFirstPersons(const std::vector<SentenceState>& states);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_QUOTE_SPEAKERS_H_
