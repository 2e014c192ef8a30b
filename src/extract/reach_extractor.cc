#include "extract/reach_extractor.h"

#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "actorgraph/extract/lemmatizer.h"
#include "extract/clause_extractor.h"
#include "extract/extract_util.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "reach";
// Tokens that may stand between a first object and the ", then with" of a second one.
constexpr size_t kMaxGapTokens = 8;

bool IsWeekday(std::string_view w) {
  return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" ||
         w == "friday" || w == "saturday" || w == "sunday";
}

// Adverbs that mark a second prepositional object as a later event of the same verb.
bool IsSequenceAdverb(std::string_view w) {
  return w == "then" || w == "later" || w == "also" || w == "again" || w == "afterwards" ||
         w == "subsequently" || w == "separately" || w == "next";
}

class ReachExtractor : public Extractor {
 public:
  explicit ReachExtractor(const ExtractorContext& context) : context_(context) {}
  std::string_view name() const override { return kName; }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    for (size_t t = 1; t + 1 < s.lower.size(); ++t) ReadOfficeSubject(s, t, out);
    ReadLaterObjects(s, out);
  }

 private:
  bool StartsVerbGroup(const AnalyzedSentence& s, size_t t) const {
    if (t >= s.lower.size()) return false;
    std::string_view w = s.lower[t];
    if (s.mention_at[t] >= 0 || words::IsPunctuation(w) || words::IsPreposition(w) ||
        words::IsDeterminer(w) || words::IsCoordinator(w))
      return false;
    return words::IsBe(w) || words::IsHave(w) || words::IsModal(w) || words::IsFuture(w) ||
           words::IsDo(w) || context_.lemmatizer->IsVerb(w);
  }

  // The verb group after a subject, past "on Tuesday", "yesterday", "also" and -ly adverbs.
  bool VerbFollows(const AnalyzedSentence& s, size_t t) const {
    size_t n = s.lower.size();
    for (size_t k = t; k < n && k < t + 4; ++k) {
      std::string_view w = s.lower[k];
      if (w == "on" && k + 1 < n && IsWeekday(s.lower[k + 1])) {
        ++k;
        continue;
      }
      if (IsWeekday(w) || w == "yesterday" || w == "today" || words::IsAdverb(w)) continue;
      return StartsVerbGroup(s, k);
    }
    return false;
  }

  // "The president of Turkey vowed ...": the token `of` holds "of" (or "for" after a
  // spokesman); the head noun before it stands for the actors after it.
  void ReadOfficeSubject(const AnalyzedSentence& s, size_t of, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    std::string_view prep = s.lower[of];
    std::string_view head = s.lower[of - 1];
    if (prep != "of" && !(prep == "for" && head.starts_with("spokes"))) return;
    bool plural = words::IsPluralOfficeHead(head);
    if (!plural && !words::IsOfficeHead(head)) return;
    if (s.mention_at[of - 1] >= 0) return;
    auto group = GroupAt(s, of + 1);
    if (!group || (!plural && group->members.size() != 1)) return;
    for (const GroupMember& m : group->members)
      if (m.actor.type == ActorType::kPerson) return;  // "the spokesman for Trump"
    // Words before the head: the determiner, titles and adjectives ("the Gulf states", "The
    // foreign ministers", "the top military commanders").
    size_t b = of - 1;
    while (b > 0 && b + 4 > of && s.mention_at[b - 1] < 0 &&
           !words::IsDeterminer(s.lower[b - 1]) &&
           (words::IsTitleWord(s.lower[b - 1]) ||
            context_.lemmatizer->IsAdjective(s.lower[b - 1]) ||
            s.lower[b - 1] == "top" || s.lower[b - 1] == "senior" ||
            (IsCapitalised(s, b - 1) && b - 1 > 0)))
      --b;
    if (b == 0 || (s.lower[b - 1] != "the" && s.lower[b - 1] != "both")) return;
    --b;
    if (!InSubjectPosition(s, b)) return;
    // The phrase must end where the verb group begins: not an apposition ("Erdogan, the
    // president of Turkey, said"; "The prime minister of India, Narendra Modi, ..." names the
    // person, whom the clause extractor reads), a possessive or a longer noun phrase.
    size_t after = group->end;
    if (after >= n || !VerbFollows(s, after)) return;
    std::vector<Triple> found;
    ReadClausePredicates(context_, s, *group, after, 0.7, kName, found);
    for (Triple& t : found)
      if (!HasPair(out, t.subject, t.object)) out.push_back(std::move(t));
  }

  // The phrase starting at token `b` ("the"/"both") opens a clause: it begins the sentence
  // or follows an introductory phrase ("On Sunday the ...", "Later, the ..."), "that" or
  // "but" — not a verb or a preposition that would make it an object.
  bool InSubjectPosition(const AnalyzedSentence& s, size_t b) const {
    if (b == 0) return true;
    std::string_view w = s.lower[b - 1];
    if (w == "that" || w == "but" || w == ";" || w == ":" || w == "\"" || IsWeekday(w) ||
        w == "yesterday" || w == "today" || w == "meanwhile")
      return true;
    if (w != ",") return false;
    // "Like the UAE, the nations of X and Y ...", "After Iran, the ...": an actor that ends
    // a short opening phrase is no actor the phrase could be in apposition to.
    std::string_view first = s.lower[0];
    bool opener = b - 1 <= 6 && first != "of" &&
                  (words::IsPreposition(first) || first == "like" || first == "unlike");
    // "Erdogan, the president of Turkey": an apposition to the actor before the comma.
    if (!opener && b >= 2 && s.mention_at[b - 2] >= 0) return false;
    // "..., the president of Turkey": a comma after a clause of its own ("Iran denied it,
    // the president of Turkey said") leaves the phrase in a list or an afterthought; only
    // a short opening phrase (up to 6 tokens from the sentence start) is safe.
    return b - 1 <= 6;
  }

  // "met with the IMF on Tuesday, then with President Trump": a second object of the same
  // verb and preposition, a few tokens after the first triple's object.
  void ReadLaterObjects(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    size_t count = out.size();
    for (size_t i = 0; i < count; ++i) {
      const Triple first = out[i];
      if (first.evidence.object.begin <= first.evidence.relation.begin) continue;  // passive
      int subject = MentionWithSpan(s, first.evidence.subject);
      int object = MentionWithSpan(s, first.evidence.object);
      if (subject < 0 || object < 0) continue;
      std::string prep = PrepositionBefore(s, s.mentions[object].token_begin);
      size_t e = s.mentions[object].token_end;
      while (e < n && words::IsStateHead(s.lower[e])) ++e;  // "Saudi officials"
      for (size_t j = e; j < n && j < e + kMaxGapTokens; ++j) {
        std::string_view w = s.lower[j];
        if (s.mention_at[j] >= 0 || w == ";" || w == ":" || w == "\"" || w == "(" ||
            words::IsRelativePronoun(w))
          break;
        if (w != "," && !words::IsCoordinator(w) && w != "but" && !IsSequenceAdverb(w))
          continue;
        size_t k = j;
        bool joined = false;
        if (k < n && s.lower[k] == ",") ++k;
        if (k < n && (words::IsCoordinator(s.lower[k]) || s.lower[k] == "but")) {
          joined = true;
          ++k;
        }
        bool sequence = false;
        while (k < n && IsSequenceAdverb(s.lower[k])) {
          sequence = true;
          ++k;
        }
        // "and with Y" or ", then with Y"; a bare ", with Y" is a phrase of its own.
        if (!sequence && !joined) continue;
        if (!prep.empty()) {
          if (k >= n || s.lower[k] != prep) continue;
          ++k;
        } else if (!sequence) {
          continue;  // "attacked X and Y ...": coordination the clause extractor reads
        }
        auto second = ObjectAt(s, k);
        if (!second) break;
        // "met X on Monday, then Y said ...": Y opens a clause of its own.
        if (StartsVerbGroup(s, second->end)) break;
        std::vector<GroupMember> subjects = {{subject, first.subject}};
        for (const GroupMember& m : second->members)
          if (!HasPair(out, first.subject, m.actor))
            EmitPairs(s, subjects, first.relation, first.evidence.relation, {m}, kName, 0.65,
                      out);
        break;
      }
    }
  }

  static int MentionWithSpan(const AnalyzedSentence& s, Span span) {
    for (size_t k = 0; k < s.mentions.size(); ++k)
      if (s.mentions[k].span == span) return static_cast<int>(k);
    return -1;
  }

  // The preposition that governs the noun phrase whose actor starts at `t` ("with the IMF",
  // "with President Trump", "to the Emir of Qatar"); "" for a direct object.
  std::string PrepositionBefore(const AnalyzedSentence& s, size_t t) const {
    size_t k = t;
    while (k > 0 && k + 5 > t &&
           (words::IsDeterminer(s.lower[k - 1]) || words::IsTitleWord(s.lower[k - 1]) ||
            s.lower[k - 1] == "emir" || s.lower[k - 1] == "of" ||
            (s.lower[k - 1] != "with" && IsCapitalised(s, k - 1) &&
             s.mention_at[k - 1] < 0 && !words::IsPreposition(s.lower[k - 1]))))
      --k;
    if (k == 0) return "";
    std::string_view w = s.lower[k - 1];
    if (w == "with" || w == "to" || w == "against" || w == "from" || w == "for" ||
        w == "on" || w == "into")
      return std::string(w);
    return "";
  }

  // An object phrase at `t`: an actor group ("President Trump", "Saudi officials") or an
  // office of one ("the Emir of Qatar").
  std::optional<ActorGroup> ObjectAt(const AnalyzedSentence& s, size_t t) const {
    size_t n = s.lower.size();
    if (t >= n) return std::nullopt;
    if (auto group = GroupAt(s, t)) return group;
    if (auto group = StateGroupAt(s, t)) return group;
    size_t k = t;
    if (k < n && words::IsDeterminer(s.lower[k])) ++k;
    size_t titles = 0;
    while (k < n && titles < 3 && s.mention_at[k] < 0 &&
           (words::IsTitleWord(s.lower[k]) || s.lower[k] == "emir" || s.lower[k] == "sultan"))
      ++k, ++titles;
    if (titles == 0) return std::nullopt;
    if (k < n && s.lower[k] == "of") return GroupAt(s, k + 1);
    return GroupAt(s, k);  // "Prime Minister Abe" with the title outside the mention
  }

  ExtractorContext context_;
};

}  // namespace

std::unique_ptr<Extractor> MakeReachExtractor(const ExtractorContext& context) {
  return std::make_unique<ReachExtractor>(context);
}

}  // namespace actorgraph::extract
