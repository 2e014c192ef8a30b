// Helpers the extractors share: reading coordinated actor groups off a sentence and
// building triples with their evidence.
#ifndef ACTORGRAPH_SRC_EXTRACT_EXTRACT_UTIL_H_
#define ACTORGRAPH_SRC_EXTRACT_EXTRACT_UTIL_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "actorgraph/extract/extractor.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "actorgraph/graph/triple.h"

namespace actorgraph::extract {

// One actor slot of a group with the mention that names it.
struct GroupMember {
  int mention = -1;  // index into AnalyzedSentence::mentions
  Actor actor;
};

// Mentions joined by "and" or commas: "Russia and China", "the US, the EU, and Iran".
struct ActorGroup {
  std::vector<GroupMember> members;  // group references expand to their members
  size_t begin = 0;                  // tokens [begin, end) of the whole group
  size_t end = 0;
};

// The actors a mention stands for: its actor, or a group reference's members.
std::vector<Actor> ActorsOf(const Mention& mention);

// The head mention (not a modifier) that starts at token `token`, skipping one determiner
// or "both"; -1 if none.
int HeadMentionAt(const AnalyzedSentence& s, size_t token, size_t* mention_begin = nullptr);

// The coordinated group whose first mention starts at `token` (after an optional
// determiner or "both"); nullopt when no head mention starts there. With
// `allow_bare_commas`, "US, Iran" (no "and") is a group too (headlines).
std::optional<ActorGroup> GroupAt(const AnalyzedSentence& s, size_t token,
                                  bool allow_bare_commas = false);

// An actor standing for its state through a generic head: "US forces", "Turkish troops",
// "the Iranian government" (the mention may be a modifier). nullopt if none starts at `token`.
std::optional<ActorGroup> StateGroupAt(const AnalyzedSentence& s, size_t token);

// The group that ends right before `token` (its last member ends at `token`), read
// backwards; nullopt if none.
std::optional<ActorGroup> GroupEndingAt(const AnalyzedSentence& s, size_t token);

// Number of tokens of a possessive ending right after token `end` ("'s" or "'"); 0 if none.
// Also true (returning 0 with *inside set) for a token like "Iran's" with the mention
// inside it.
size_t PossessiveAfter(const AnalyzedSentence& s, const Mention& m, bool* possessive);

// Whether token t, as written, starts with a capital letter ("Iran", "UN") / a lower-case
// letter ("public"); punctuation and digits are neither.
bool IsCapitalised(const AnalyzedSentence& s, size_t t);
bool IsLowerCase(const AnalyzedSentence& s, size_t t);

// Bytes covering tokens [from, to) of the sentence.
Span TokenSpan(const AnalyzedSentence& s, size_t from, size_t to);

// Appends subject -> relation -> object for every pair of the two groups, skipping an actor
// paired with itself and triples already in `out` (same actors, relation text and
// negation in this sentence).
void EmitPairs(const AnalyzedSentence& s, const std::vector<GroupMember>& subjects,
               const Relation& relation, Span relation_span,
               const std::vector<GroupMember>& objects, std::string_view extractor,
               double confidence, std::vector<Triple>& out);

// For a symmetric relation stated of one group ("the US and Iran engage in talks"): every
// pair of its members, in text order.
void EmitWithinGroup(const AnalyzedSentence& s, const std::vector<GroupMember>& group,
                     const Relation& relation, Span relation_span, std::string_view extractor,
                     double confidence, std::vector<Triple>& out);

// A symmetric relation noun of its own ("talks", "treaty", "tensions"), not a nominalised
// verb; nullptr for any other word.
const NounEntry* SymmetricRelationNoun(const RelationVocabulary& vocabulary, std::string_view w);

// The relation a relation noun states: "talks" -> "hold talks with" (lemma "talk").
Relation RelationOfNoun(const NounEntry& noun);

// The relation a vocabulary verb states, under its normal form ("call upon" -> "call on").
Relation RelationOfVerb(const VerbEntry& verb);

// True if `out` already has a triple between these two actors (either direction).
bool HasPair(const std::vector<Triple>& out, const Actor& a, const Actor& b);

// True if `out` already relates the two actors (either direction) by a tie: a "be ..."
// relation ("be wife of", "be married to") or "marry". A family tie is a fact of its own
// beside what a clause says one did to the other ("Day's son, Terry Melcher, predeceased
// her"), so only another tie stands in its place.
bool HasTie(const std::vector<Triple>& out, const Actor& a, const Actor& b);

// True for verbs whose object may be the subject of the clause they report: "denied (that)
// Germany had broken the rules", "warned Peru would lose" state no denial of, or warning to,
// the actor ("warned Peru that ..." does).
bool ReportsAClause(std::string_view lemma);

// True when the object ending before token `end` (or its possessive: "Germany's bank") is
// followed by an auxiliary or a finite verb: the object opens a clause of its own.
bool ClauseGoesOn(const AnalyzedSentence& s, size_t end, const Lemmatizer& lemmatizer);

// The same actor: by id, or by name for one without an id.
bool SameActor(const Actor& a, const Actor& b);

// True when some member of `a` is the same actor as some member of `b` ("Chile acted at
// Chile's request" relates no one).
bool SharesActor(const ActorGroup& a, const ActorGroup& b);

// True for a word of a plain noun phrase at token `t`: lower-case letters and hyphens (any
// case in a heading), not a mention, a function word, an adverb, punctuation or a verb form
// that opens a clause ("security aid", "a statement", "unsolicited offer").
bool IsNounPhraseWord(const AnalyzedSentence& s, size_t t);

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_EXTRACT_UTIL_H_
