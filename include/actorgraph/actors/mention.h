// Mention: one place in a document where an actor is named or referred to.
#ifndef ACTORGRAPH_ACTORS_MENTION_H_
#define ACTORGRAPH_ACTORS_MENTION_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/graph/actor.h"
#include "actorgraph/graph/evidence.h"

namespace actorgraph {

// How a mention was resolved to its actor.
enum class Resolution {
  kDictionary,      // a dictionary name or acronym: "Iran", "US"
  kCapital,         // a capital or seat standing for the government: "Tehran"
  kDemonym,         // an adjective or people: "Iranian", "Americans"
  kPattern,         // a named actor found by a pattern: "President Hassan Rouhani",
                    // "the Iraqi Parliament"
  kAlias,           // a later short form of an actor named earlier: "Soleimani"
  kGroupReference,  // "both nations", "the two countries": stands for `members`
  kCoreference,     // a pronoun or description standing for an actor named before: "he",
                    // "the country", "its"; `actor` is the antecedent
};

// "dictionary", "capital", "demonym", "pattern", "alias", "group_reference",
// "coreference".
std::string_view ResolutionName(Resolution resolution);

struct Mention {
  int sentence_index = 0;
  size_t token_begin = 0;  // tokens [token_begin, token_end) of the sentence; a mention inside
  size_t token_end = 0;    // one token ("US" in "US-Iran") covers that one token
  Span span;               // bytes in Document::text (a part of a token for compounds)
  std::string surface;     // the text as written
  Actor actor;             // the resolved actor (for a group reference: id and name empty)
  Resolution how = Resolution::kDictionary;
  std::vector<Actor> members;  // for kGroupReference: the actors it stands for, in text order
  bool modifier = false;   // used as a modifier, not a noun phrase head: "Iranian" in
                           // "Iranian General Qasem Soleimani", "US" in "US-Iran talks",
                           // a possessive pronoun ("his", "its")
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_MENTION_H_
