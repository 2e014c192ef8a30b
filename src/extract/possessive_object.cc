#include "extract/possessive_object.h"

#include <string>
#include <string_view>
#include <unordered_set>

#include "actorgraph/extract/lemmatizer.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

// An office, post or family tie a possessive can own: "Britain's ambassador", "Biden's son".
bool IsPersonNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      // Family.
      "wife", "husband", "widow", "son", "sons", "daughter", "daughters", "father", "mother",
      "brother", "sister", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter",
      "cousin", "stepson", "stepdaughter", "fiancee", "fiancée", "fiance", "son-in-law",
      "daughter-in-law", "children", "child", "family", "girlfriend", "boyfriend",
      // A person's own staff.
      "lawyer", "lawyers", "attorney", "attorneys", "aide", "aides", "adviser", "advisers",
      "advisor", "advisors", "counsel", "staff", "staffer", "staffers", "assistant",
      "deputy", "spokesman", "spokeswoman", "spokesperson", "secretary", "friend", "friends",
      "ally", "allies", "associate", "associates", "doctor", "supporters", "people", "team",
      "office", "campaign", "envoy", "envoys", "ambassador", "representative",
      "representatives", "negotiator", "negotiators", "mayor", "director", "officer",
      "officials", "official", "counterpart", "successor", "predecessor", "opponent",
      "rival", "challenger", "nominee", "candidate", "running", "mate"};
  return kWords.count(w) != 0 || words::IsTitleWord(w) || words::IsStateHead(w);
}

// A family tie or a person's own staff: owned by a person, it stands for nobody else.
bool IsPersonalNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "wife", "husband", "widow", "son", "sons", "daughter", "daughters", "father", "mother",
      "brother", "sister", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter",
      "cousin", "stepson", "stepdaughter", "fiancee", "fiancée", "fiance", "son-in-law",
      "daughter-in-law", "children", "child", "family", "girlfriend", "boyfriend", "lawyer",
      "lawyers", "attorney", "attorneys", "aide", "aides", "adviser", "advisers", "advisor",
      "advisors", "counsel", "staff", "staffer", "staffers", "assistant", "spokesman",
      "spokeswoman", "spokesperson", "friend", "friends", "associate", "associates",
      "doctor", "deputy", "secretary"};
  return kWords.count(w) != 0;
}

// Words that describe an office before its noun: "former", "longtime", "personal".
bool IsOfficeModifier(std::string_view w) {
  return w == "former" || w == "longtime" || w == "long-time" || w == "personal" ||
         w == "top" || w == "senior" || w == "chief" || w == "eldest" || w == "younger" ||
         w == "youngest" || w == "older" || w == "late" || w == "new" || w == "then";
}

// The token after the possessive that follows the single owner of `object`; 0 if the
// object is not one possessive owner.
size_t AfterPossessive(const AnalyzedSentence& s, const ActorGroup& object) {
  if (object.members.size() != 1) return 0;
  const Mention& owner = s.mentions[object.members.back().mention];
  if (owner.token_end != object.end) return 0;
  bool possessive = false;
  size_t t = owner.token_end + PossessiveAfter(s, owner, &possessive);
  return possessive ? t : 0;
}

// A word that may stand inside the noun phrase a possessive opens: "proposed Brexit deal".
bool InPossessedPhrase(const AnalyzedSentence& s, size_t t) {
  std::string_view w = s.lower[t];
  if (words::IsPunctuation(w) || words::IsPreposition(w) || words::IsDeterminer(w) ||
      words::IsCoordinator(w) || words::IsRelativePronoun(w) || words::IsBe(w) ||
      words::IsHave(w) || words::IsModal(w) || words::IsFuture(w) || words::IsDo(w) ||
      w == "as" || w == "'s")
    return false;
  int m = s.mention_at[t];
  return m < 0 || s.mentions[m].modifier;  // "Trump's China policy"
}

// Verbs of stance, judgement or response: what they target may be an actor's act or word.
bool IsStanceVerb(std::string_view text) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "reject",   "dismiss",  "deny",     "condemn",    "criticize", "denounce", "welcome",
      "praise",   "support",  "back",     "endorse",    "oppose",    "respond to", "react to",
      "question", "challenge", "slam",    "applaud",    "hail",      "commend",  "laud",
      "rebuff",   "rebuke",   "ridicule", "mock",       "lambast",   "defend",   "call",
      "describe", "brand",    "label"};
  return kVerbs.count(text) != 0;
}

}  // namespace

bool IsClaimNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "claim",      "claims",      "allegation", "allegations", "accusation", "accusations",
      "charge",     "charges",     "statement",  "statements",  "remarks",    "comments",
      "criticism",  "proposal",    "proposals",  "offer",       "offers",     "demand",
      "demands",    "request",     "requests",   "decision",    "announcement", "plan",
      "plans",      "warning",     "warnings",   "threat",      "threats",    "suggestion",
      "suggestions", "assertion",  "assertions", "appeal",      "appeals",    "ultimatum",
      "invitation", "bid",         "call",       "calls",       "report",     "reports",
      "denial",     "denials",     "overture",   "overtures",   "initiative", "message",
      "question",   "questions",   "letter",     "letters",     "complaint",  "complaints",
      "inquiry",    "enquiry",     "petition",   "petitions"};
  return kWords.count(w) != 0;
}

// "sentenced Ohio man James Fields": a place's name before a noun for a person and the
// person's name describes the person; the token of the name, or 0.
size_t NameAfterPlaceNoun(const AnalyzedSentence& s, const ActorGroup& object) {
  static const std::unordered_set<std::string_view> kNouns = {
      "man", "woman", "boy", "girl", "resident", "native", "businessman", "businesswoman",
      "teenager", "youth"};
  if (object.members.size() != 1 || object.members[0].actor.type != ActorType::kCountry)
    return 0;
  const Mention& place = s.mentions[object.members[0].mention];
  size_t t = object.end;
  if (place.token_end != t || t + 1 >= s.lower.size() || !kNouns.count(s.lower[t])) return 0;
  return s.mention_at[t + 1] >= 0 ? t + 1 : 0;
}

std::optional<ActorGroup> ApposedNameAfter(const AnalyzedSentence& s, const ActorGroup& object) {
  if (size_t name = NameAfterPlaceNoun(s, object); name != 0) {
    int m = HeadMentionAt(s, name);
    if (m < 0 || s.mentions[m].actor.type != ActorType::kPerson) return std::nullopt;
    auto named = GroupAt(s, name);
    if (named && named->members.size() == 1) return named;
    return std::nullopt;
  }
  size_t t = AfterPossessive(s, object);
  if (t == 0) return std::nullopt;
  size_t n = s.lower.size();
  size_t k = t;
  bool office = false;
  while (k < n && k < t + 4 && s.mention_at[k] < 0) {
    std::string_view w = s.lower[k];
    if (IsPersonNoun(w)) {
      office = true;
    } else if (!IsOfficeModifier(w)) {
      break;
    }
    ++k;
  }
  if (!office) return std::nullopt;
  // "Jane Doe's wife, John Doe," names her in an apposition.
  if (k < n && s.lower[k] == ",") ++k;
  if (k >= n || s.mention_at[k] < 0) return std::nullopt;
  int m = HeadMentionAt(s, k);
  if (m < 0 || s.mentions[m].actor.type != ActorType::kPerson) return std::nullopt;
  auto named = GroupAt(s, k);
  if (!named || named->members.size() != 1) return std::nullopt;
  if (named->members[0].actor.id == object.members[0].actor.id) return std::nullopt;
  return named;
}

size_t StripPronounsPerson(const AnalyzedSentence& s, size_t p, size_t t) {
  size_t k = t;
  if (k == p || s.mention_at[k - 1] >= 0 || !IsPersonalNoun(s.lower[k - 1])) return t;
  --k;
  while (k > p && IsOfficeModifier(s.lower[k - 1])) --k;
  if (k == p) return t;
  std::string_view pronoun = s.lower[k - 1];
  if (pronoun != "his" && pronoun != "her" && pronoun != "their") return t;
  return k;
}

bool TitleBeforeName(const AnalyzedSentence& s, size_t t) {
  size_t n = s.lower.size();
  size_t k = t;
  while (k < n && k < t + 4 && s.mention_at[k] < 0 &&
         (words::IsTitleWord(s.lower[k]) || IsOfficeModifier(s.lower[k])))
    ++k;
  if (k == t || k >= n) return false;
  int m = HeadMentionAt(s, k);
  return m >= 0 && s.mentions[m].token_begin == k && s.mentions[m].actor.type == ActorType::kPerson;
}

bool OwnsUnnamedPerson(const AnalyzedSentence& s, const ActorGroup& object) {
  size_t t = AfterPossessive(s, object);
  if (t == 0 || object.members[0].actor.type != ActorType::kPerson) return false;
  size_t n = s.lower.size();
  for (size_t k = t; k < n && k < t + 3 && s.mention_at[k] < 0; ++k) {
    if (IsPersonalNoun(s.lower[k])) return true;
    if (!IsOfficeModifier(s.lower[k])) return false;
  }
  return false;
}

PossessionReading ReadPossession(const AnalyzedSentence& s, const ExtractorContext& context,
                                 const ActorGroup& object, Relation* relation) {
  std::string_view lemma = relation->lemma;
  bool call = lemma == "call";
  bool as_complement = lemma == "describe" || lemma == "label" || lemma == "brand";
  if (!call && !as_complement && lemma != "question") return PossessionReading::kAddressed;
  size_t t = AfterPossessive(s, object);
  if (t == 0) return PossessionReading::kAddressed;
  size_t n = s.lower.size();
  const Lemmatizer& lemmatizer = *context.lemmatizer;
  // The possessed noun phrase; an adjective after its noun is the complement ("called
  // Peru's offer generous").
  size_t k = t;
  size_t head = n;
  while (k < n && k < t + 5 && InPossessedPhrase(s, k)) {
    std::string_view w = s.lower[k];
    if (IsPersonNoun(w)) return PossessionReading::kAddressed;  // "called Trump's lawyer"
    bool adjective = lemmatizer.IsAdjective(w);
    if (adjective && head != n) break;
    if (!adjective) head = k;
    ++k;
  }
  if (k == t) return PossessionReading::kAddressed;
  if (head == n) head = k - 1;
  // Calling names a judgement after the object ("a betrayal", "'lousy'", "unjust"): without
  // one, "called X's N" may be a telephone call. Describing, labelling and branding say "as".
  if (call || as_complement) {
    if (k >= n) return PossessionReading::kAddressed;
    std::string_view next = s.lower[k];
    bool judgement = next == "as";
    if (call && !judgement) {
      judgement = next == "\"" || next == "'" || next == "“" || next == "‘" || next == "``" ||
                  next == "a" || next == "an" || next == "the" ||
                  (lemmatizer.IsAdjective(next) && k > head);
    }
    if (!judgement) return PossessionReading::kAddressed;
  }
  std::string noun = s.lower[head];
  relation->text = std::string(lemma) + " " + noun + " of";
  return PossessionReading::kJudged;
}

std::optional<Predicate> ParseStanceOnClaim(const AnalyzedSentence& s, size_t begin, size_t end,
                                            const ActorGroup& object,
                                            const ExtractorContext& context) {
  if (end < begin + 3) return std::nullopt;
  bool possessive = false;
  PossessiveAfter(s, s.mentions[object.members.back().mention], &possessive);
  if (possessive) return std::nullopt;
  std::string_view prep = s.lower[end - 1];
  if (prep != "from" && prep != "by") return std::nullopt;
  size_t noun = end - 2;
  if (!IsClaimNoun(s.lower[noun]) || s.mention_at[noun] >= 0) return std::nullopt;
  // "the recent claims from", "these baseless allegations by".
  size_t k = noun;
  while (k > begin + 1 && noun - k < 2 && s.mention_at[k - 1] < 0 &&
         context.lemmatizer->IsAdjective(s.lower[k - 1]) && !words::IsDeterminer(s.lower[k - 1]))
    --k;
  auto predicate = ParsePredicate(s, begin, k, context, PredicateMode::kBeforeObject);
  if (!predicate || predicate->passive || !IsStanceVerb(predicate->relation.text))
    return std::nullopt;
  predicate->relation.text += " " + s.lower[noun] + " " + std::string(prep);
  predicate->span.end = TokenSpan(s, noun, end).end;
  return predicate;
}

}  // namespace actorgraph::extract
