// The CAMEO root and category of some verbs depend on the sentence, not on the verb alone:
// "Pakistan defeated India in a cricket match" is a contest, not a battle; "Biden attacked
// Trump for the tweet" is criticism, not an assault.
#ifndef ACTORGRAPH_SRC_EXTRACT_RELATION_CONTEXT_H_
#define ACTORGRAPH_SRC_EXTRACT_RELATION_CONTEXT_H_

#include "actorgraph/extract/extractor.h"
#include "actorgraph/graph/relation.h"

namespace actorgraph::extract {

// Re-reads `relation`'s category and CAMEO root for the subject and object mentions (indices
// into s.mentions) in sentence `s`: "defeat"/"beat" in an election or a game becomes
// neutral (no root); "attack" by a person, or "attack X for ...", "attack X's policy",
// becomes verbal conflict (11, disapprove). Anything else is left as it is.
void AdjustToContext(const AnalyzedSentence& s, int subject_mention, int object_mention,
                     Relation* relation);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_RELATION_CONTEXT_H_
