// The JSONL form of actor mentions (`actorgraph actors`), one object a line; the fields are
// in docs/formats.md, "Actor mentions".
#ifndef ACTORGRAPH_ACTORS_MENTION_JSON_H_
#define ACTORGRAPH_ACTORS_MENTION_JSON_H_

#include <string>

#include "actorgraph/actors/mention.h"
#include "actorgraph/text/document.h"

namespace actorgraph {

// Appends `mention` of `document` as one JSON object and a '\n' to `out`:
// {"doc":"a1","sentence":0,"span":[4,17],"tokens":[1,3],"text":"United States",
//  "actor":"united_states","name":"United States","type":"country","how":"dictionary",
//  "modifier":false}. Group references have "actor", "name" and "type" null and a
// "members" array of {"actor","name","type"}; "affiliation" appears when set.
void AppendMentionJson(const Document& document, const Mention& mention, std::string* out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_MENTION_JSON_H_
