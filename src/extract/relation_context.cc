#include "extract/relation_context.h"

#include <array>
#include <string_view>

#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& words, std::string_view w) {
  for (std::string_view x : words)
    if (x == w) return true;
  return false;
}

// Words that make a sentence about a contest of votes or sport.
bool IsContestWord(std::string_view w) {
  static constexpr std::array<std::string_view, 34> k = {
      "election",  "elections",  "electoral", "vote",       "votes",      "voters",
      "ballot",    "poll",       "polls",     "primary",    "primaries",  "caucus",
      "caucuses",  "race",       "runoff",    "run-off",    "nomination", "seat",
      "seats",     "match",      "game",      "games",      "final",      "semi-final",
      "semifinal", "cup",        "tournament", "championship", "league",  "cricket",
      "football",  "tennis",     "rugby",     "olympics"};
  return In(k, w);
}

// Nouns of what a person says or decides: attacking them is criticism.
bool IsSayingNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 30> k = {
      "policy",   "policies", "plan",      "plans",      "proposal",  "proposals",
      "decision", "stance",   "position",  "record",     "claims",    "claim",
      "remarks",  "comments", "statement", "statements", "forecasts", "forecast",
      "tweet",    "tweets",   "handling",  "views",   "rules",     "practices",
      "subsidies", "tariffs", "measures",  "exemption",  "budget",    "report"};
  return In(k, w);
}

bool SentenceHasContest(const AnalyzedSentence& s) {
  for (const std::string& w : s.lower)
    if (IsContestWord(w)) return true;
  return false;
}

}  // namespace

void AdjustToContext(const AnalyzedSentence& s, int subject_mention, int object_mention,
                     Relation* relation) {
  if (subject_mention < 0 || object_mention < 0) return;
  const Mention& subject = s.mentions[subject_mention];
  const Mention& object = s.mentions[object_mention];
  const std::string& lemma = relation->lemma;
  if (lemma == "defeat" || lemma == "beat") {
    bool people = subject.actor.type == ActorType::kPerson && object.actor.type == ActorType::kPerson;
    if (people || SentenceHasContest(s)) {
      relation->category = Category::kNeutral;
      relation->cameo_root = 0;
    }
    return;
  }
  if (lemma == "attack") {
    size_t n = s.lower.size();
    size_t after = object.token_end;
    bool possessive = after < n && (s.lower[after] == "'s" || s.lower[after] == "'");
    if (possessive) ++after;
    bool verbal = subject.actor.type == ActorType::kPerson || (after < n && s.lower[after] == "for");
    // "attacked Japan's tight-fisted fiscal policy": what the actor said or decided.
    // "attacked Japan's tight-fisted fiscal policy", "attacked OECD forecasts", "attacks U.S.
    // GATT farm rules": what the actor said or decided, in the object's own noun phrase.
    for (size_t t = after; !verbal && t < n && t < after + 5; ++t) {
      const std::string& w = s.lower[t];
      if (words::IsPreposition(w) || words::IsCoordinator(w) ||
          (words::IsPunctuation(w) && w != "-"))
        break;
      verbal = IsSayingNoun(w);
    }
    if (verbal) {
      relation->category = Category::kVerbalConflict;
      relation->cameo_root = 11;
    }
  }
}

}  // namespace actorgraph::extract
