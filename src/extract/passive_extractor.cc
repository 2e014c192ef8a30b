#include "extract/passive_extractor.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "actorgraph/extract/lemmatizer.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "extract/extract_util.h"
#include "extract/predicate.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "passive";
constexpr size_t kMaxPredicateTokens = 14;
// Tokens between a subject's verb and the "and" of a second verb phrase.
constexpr size_t kMaxFirstConjunct = 25;
constexpr size_t kMaxAppositionTokens = 25;

bool In(std::initializer_list<std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// The verb a noun after "under" states of whoever is under it: "under US sanctions" is
// being sanctioned by the US. "" for nouns that name no act of an agent ("under
// consideration", "under way") or that are ambiguous ("under fire" is shooting or
// criticism).
std::string_view UnderNounVerb(std::string_view w) {
  if (w == "sanctions" || w == "sanction") return "sanction";
  if (w == "pressure") return "pressure";
  if (w == "attack" || w == "attacks" || w == "assault") return "attack";
  if (w == "control") return "control";
  if (w == "occupation") return "occupy";
  if (w == "siege") return "besiege";
  if (w == "shelling") return "shell";
  if (w == "bombardment" || w == "bombing") return "bomb";
  if (w == "embargo") return "embargo";
  if (w == "blockade") return "blockade";
  if (w == "rule") return "rule";
  if (w == "investigation") return "investigate";
  if (w == "protection") return "protect";
  return "";
}

// Verbs that put their subject in the state an "under" phrase names: "is|came|fell|remains
// under US control" (not "put X under pressure": the object is the one under it).
bool IsStateVerb(std::string_view lemma) {
  return In({"be", "come", "fall", "remain", "stay", "continue", "live"}, lemma);
}

// A verb that issues a message: "posted a message", "issued a statement".
bool IsIssueVerb(std::string_view lemma) {
  return In({"post", "issue", "release", "publish", "send", "write", "tweet", "deliver",
             "sign", "pass", "adopt", "file", "give", "read", "make", "submit", "table",
             "unveil", "present"},
            lemma);
}

// A message whose participle states its author's act: "a statement condemning X".
bool IsMessageNoun(std::string_view w) {
  return In({"message", "statement", "letter", "tweet", "post", "video", "speech",
             "communique", "declaration", "resolution", "note", "comments", "remarks",
             "complaint", "lawsuit", "motion", "petition", "appeal", "editorial", "op-ed",
             "article", "memo", "report", "bill", "address"},
            w);
}

bool IsSubordinator(std::string_view w) {
  return In({"because", "while", "when", "whereas", "although", "though", "if", "unless",
             "whether", "as", "where", "until", "so"},
            w);
}

// Where the triples go, with those of the sentence from before this extractor ran: pairs
// they relate are read already.
struct Sink {
  std::vector<Triple>& triples;
  const std::vector<Triple> before;
};

class PassiveExtractor : public Extractor {
 public:
  explicit PassiveExtractor(const ExtractorContext& context) : context_(context) {}
  std::string_view name() const override { return kName; }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    if (s.mentions.size() < 2) return;
    Sink sink{out, out};
    for (size_t u = 1; u + 1 < s.lower.size(); ++u)
      if (s.lower[u] == "under") ReadUnder(s, u, sink);
    size_t verb = 0;
    if (auto subject = MainSubject(s, &verb)) {
      ReadSubjectApposition(s, *subject, verb, sink);
      ReadCoordinatedVerbPhrases(s, *subject, verb, sink);
      ReadMessageParticiple(s, *subject, verb, sink);
    }
    ReadJoinedIn(s, sink);
  }

 private:
  bool IsFinite(std::string_view w) const {
    if (words::IsBe(w) || words::IsHave(w) || words::IsModal(w) || words::IsFuture(w) ||
        words::IsDo(w))
      return true;
    if (words::IsPreposition(w) || words::IsDeterminer(w) || words::IsPunctuation(w) ||
        words::IsAdverb(w) || !context_.lemmatizer->IsVerb(w) || w.ends_with("ing"))
      return false;
    std::string lemma = context_.lemmatizer->VerbLemma(w);
    // Past tense or third person: "criticised", "sent", "urges" (a bare form may be a noun).
    return lemma != w || w.ends_with("s");
  }

  // Emits agent -> relation -> patient for the pairs no earlier extractor related here.
  void Emit(const AnalyzedSentence& s, const std::vector<GroupMember>& agents,
            const Relation& relation, Span span, const std::vector<GroupMember>& patients,
            double confidence, Sink& out) const {
    for (const GroupMember& a : agents)
      for (const GroupMember& p : patients) {
        if (HasPair(out.before, a.actor, p.actor)) continue;
        EmitPairs(s, {a}, relation, span, {p}, kName, confidence, out.triples);
      }
  }

  // The group a verb chain ending before `t` has as its subject: "Iran has been (under)",
  // "Turkey, already (under)", "Iran, which is (under)". Sets *negated for "is not", "no
  // longer".
  std::optional<ActorGroup> SubjectBefore(const AnalyzedSentence& s, size_t t,
                                          bool* negated) const {
    *negated = false;
    size_t q = t;
    bool verb = false;
    while (q > 0 && t - q < 6) {
      std::string_view w = s.lower[q - 1];
      if (words::IsNegation(w) || w == "longer" || w == "no") {
        *negated = true;
      } else if (words::IsBe(w) || words::IsHave(w) || words::IsModal(w) ||
                 words::IsFuture(w)) {
        verb = true;
      } else if (!words::IsAdverb(w) && !words::IsPunctuation(w) && s.mention_at[q - 1] < 0 &&
                 IsStateVerb(context_.lemmatizer->VerbLemma(w)) &&
                 context_.lemmatizer->IsVerb(w)) {
        verb = true;
      } else if (!words::IsAdverb(w)) {
        break;
      }
      --q;
    }
    if (q == 0) return std::nullopt;
    size_t end = q;
    if (verb && (s.lower[q - 1] == "which" || s.lower[q - 1] == "who")) {
      // "Iran, which is under US sanctions".
      if (q < 3 || s.lower[q - 2] != ",") return std::nullopt;
      end = q - 2;
    } else if (!verb) {
      // "Turkey, already under EU sanctions, ...": an apposition.
      if (s.lower[q - 1] != "," || q == t) return std::nullopt;
      end = q - 1;
    }
    auto group = GroupEndingAt(s, end);
    if (!group || !OpensNounPhrase(s, group->begin)) return std::nullopt;
    return group;
  }

  // True if a noun phrase starting at `b` can be a clause's subject: nothing before it
  // that it could belong to ("shipping serving Kuwait has come under attack" is the
  // shipping's, "sanctions on Iran" the sanctions').
  bool OpensNounPhrase(const AnalyzedSentence& s, size_t b) const {
    while (b > 0 && (words::IsDeterminer(s.lower[b - 1]) || words::IsTitleWord(s.lower[b - 1]) ||
                     s.lower[b - 1] == "former" ||
                     (s.mention_at[b - 1] >= 0 && s.mentions[s.mention_at[b - 1]].modifier)))
      --b;
    if (b == 0) return true;
    std::string_view w = s.lower[b - 1];
    return (words::IsPunctuation(w) && w != "'s") || words::IsCoordinator(w) ||
           IsSubordinator(w) || w == "that" || w == "but" || words::IsAdverb(w);
  }

  // "under (the) (US) (economic) sanctions", "under pressure from X", "under the control
  // of X": the agent acts on the subject of the verb before "under".
  void ReadUnder(const AnalyzedSentence& s, size_t u, Sink& out) const {
    size_t n = s.lower.size();
    bool negated = false;
    auto patient = SubjectBefore(s, u, &negated);
    if (!patient) return;
    size_t k = u + 1;
    if (k < n && (s.lower[k] == "no" || s.lower[k] == "any")) return;  // "under no pressure"
    if (k < n && words::IsDeterminer(s.lower[k])) ++k;
    std::vector<GroupMember> agents;
    size_t noun = 0;
    // Words that describe the noun: "renewed", "heavy", "economic", "rebel".
    auto describing = [&](size_t t) {
      std::string_view w = s.lower[t];
      return s.mention_at[t] < 0 && !words::IsPunctuation(w) && !words::IsPreposition(w) &&
             !words::IsDeterminer(w) && !words::IsCoordinator(w) && !words::IsBe(w) &&
             !words::IsHave(w) && !words::IsRelativePronoun(w) && UnderNounVerb(w).empty() &&
             std::all_of(w.begin(), w.end(), [](char c) {
               return std::isalpha(static_cast<unsigned char>(c)) || c == '-';
             });
    };
    size_t a = k;
    while (a < n && a < k + 2 && describing(a)) ++a;
    if (a < n && s.mention_at[a] >= 0 && s.mentions[s.mention_at[a]].token_begin == a) {
      // "under US and EU sanctions", "under Houthi control", "under the EU's sanctions".
      size_t t = a;
      while (t < n && s.mention_at[t] >= 0 && s.mentions[s.mention_at[t]].token_begin == t) {
        const Mention& m = s.mentions[s.mention_at[t]];
        // "under Iran-backed militia control": the state only backs the one in control.
        if (m.span.end < s.sentence->tokens[m.token_end - 1].end) return;
        for (const Actor& actor : ActorsOf(m)) agents.push_back({s.mention_at[t], actor});
        t = m.token_end;
        if (t < n && (s.lower[t] == "'s" || s.lower[t] == "'")) ++t;
        if (t + 1 < n && (words::IsCoordinator(s.lower[t]) || s.lower[t] == ",") &&
            s.mention_at[t + 1] >= 0)
          ++t;
        else
          break;
      }
      size_t d = t;
      while (d < n && d < t + 2 && describing(d)) ++d;
      if (d < n && !UnderNounVerb(s.lower[d]).empty()) noun = d;
      if (noun == 0) return;
    } else if (a < n && !UnderNounVerb(s.lower[a]).empty()) {
      noun = a;
      size_t t = a + 1;
      bool of = t < n && s.lower[t] == "of";
      if (t >= n || !(s.lower[t] == "from" || s.lower[t] == "by" || of)) return;
      // "under the control of X" (with its article), not "under pressure of time".
      if (of && a == u + 1) return;
      auto group = GroupAt(s, t + 1);
      if (!group) group = StateGroupAt(s, t + 1);
      if (!group) return;
      agents = group->members;
    } else {
      return;
    }
    const VerbEntry* verb = context_.vocabulary->FindVerb(std::string(UnderNounVerb(s.lower[noun])));
    if (!verb || agents.empty()) return;
    Relation r;
    r.text = verb->normal;
    r.lemma = verb->normal.substr(0, verb->normal.find(' '));
    r.category = verb->category;
    r.cameo_root = verb->cameo_root;
    r.symmetric = false;
    r.negated = negated;
    Emit(s, agents, r, TokenSpan(s, u, noun + 1), patient->members, 0.65, out);
  }

  // The subject of the sentence's main clause, after an introductory phrase ("On Sunday,")
  // and titles; *verb is where its verb group starts (past an apposition).
  std::optional<ActorGroup> MainSubject(const AnalyzedSentence& s, size_t* verb) const {
    size_t n = s.lower.size();
    std::vector<size_t> starts = {0};
    for (size_t t = 0; t < n && t < 12; ++t) {
      if (HeadMentionAt(s, t) >= 0 && s.mention_at[t] >= 0 &&
          !s.mentions[s.mention_at[t]].modifier)
        break;
      if (s.lower[t] == ",") {
        starts.push_back(t + 1);
        break;
      }
    }
    for (size_t p : starts) {
      size_t q = p;
      while (q < n && q < p + 6 && HeadMentionAt(s, q) < 0 &&
             (words::IsDeterminer(s.lower[q]) || words::IsTitleWord(s.lower[q]) ||
              s.lower[q] == "former" || s.lower[q] == "of" ||
              (s.lower[q] == "state" && q > p && s.lower[q - 1] == "of") ||
              (s.mention_at[q] >= 0 && s.mentions[s.mention_at[q]].modifier)))
        ++q;
      auto group = GroupAt(s, q);
      if (!group) continue;
      size_t v = group->end;
      if (v < n && s.lower[v] == ",") {
        size_t close = v + 1;
        while (close < n && close <= v + kMaxAppositionTokens && s.lower[close] != ",") ++close;
        if (close >= n || s.lower[close] != ",") continue;
        v = close + 1;
      }
      while (v < n && words::IsAdverb(s.lower[v])) ++v;
      if (v < n && IsFinite(s.lower[v])) {
        *verb = v;
        return group;
      }
    }
    return std::nullopt;
  }

  // "Guaido, backed by the United States, ...", "Trump, the third president to be
  // impeached by the House, ...": a participle or passive infinitive in the apposition
  // between the subject and its verb describes the subject itself (after another noun it
  // would describe that noun: "an investigation at Bradley Airport, led by ...").
  void ReadSubjectApposition(const AnalyzedSentence& s, const ActorGroup& subject,
                             size_t verb, Sink& out) const {
    size_t n = s.lower.size();
    size_t open = subject.end;
    if (open >= n || s.lower[open] != "," || verb <= open + 1) return;
    size_t close = verb - 1;
    while (close > open && s.lower[close] != ",") --close;
    if (close <= open) return;
    size_t p = open + 1;
    if (p < close && words::IsAdverb(s.lower[p])) ++p;
    if (p >= close || s.mention_at[p] >= 0) return;
    size_t participle = p;
    if (!IsParticiple(s.lower[p])) {
      // "the third president to be impeached by": a noun phrase, then "to be".
      size_t k = p;
      while (k + 2 < close && k < p + 6 && s.lower[k] != "to" &&
             (s.mention_at[k] < 0 || s.mentions[s.mention_at[k]].modifier) &&
             !words::IsPunctuation(s.lower[k]) && !words::IsRelativePronoun(s.lower[k]))
        ++k;
      if (k + 2 >= close || s.lower[k] != "to" || s.lower[k + 1] != "be" ||
          !IsParticiple(s.lower[k + 2]))
        return;
      participle = k + 2;
    }
    size_t by = participle + 1;
    if (by < close && words::IsAdverb(s.lower[by])) ++by;
    if (by >= close || s.lower[by] != "by") return;
    auto agent = GroupAt(s, by + 1);
    if (!agent) agent = StateGroupAt(s, by + 1);
    // The agent ends the apposition, or a phrase of place or time does ("in 2019").
    if (!agent || (agent->end != close &&
                   !((words::IsPreposition(s.lower[agent->end]) || s.lower[agent->end] == "since") &&
                     NoMentionIn(s, agent->end, close))))
      return;
    const VerbEntry* entry =
        context_.vocabulary->FindVerb(context_.lemmatizer->VerbLemma(s.lower[participle]));
    if (!entry) return;
    Relation r;
    r.text = entry->normal;
    r.lemma = entry->normal.substr(0, entry->normal.find(' '));
    r.category = entry->category;
    r.cameo_root = entry->cameo_root;
    r.symmetric = entry->symmetric;
    Emit(s, agent->members, r, TokenSpan(s, participle, participle + 1), subject.members, 0.6,
         out);
  }

  bool IsParticiple(std::string_view w) const {
    if (!context_.lemmatizer->IsVerb(w) || w.ends_with("ing") || words::IsBe(w) ||
        words::IsHave(w))
      return false;
    std::string lemma = context_.lemmatizer->VerbLemma(w);
    return lemma != w && !(lemma + "s" == w) && !(lemma + "es" == w);
  }

  static bool NoMentionIn(const AnalyzedSentence& s, size_t from, size_t to) {
    for (size_t t = from; t < to; ++t)
      if (s.mention_at[t] >= 0) return false;
    return true;
  }

  // True if a head mention starting at `a` may be the subject of a clause of its own: a
  // finite verb follows it and no preposition governs it ("under EU sanctions" is a noun).
  bool OpensClause(const AnalyzedSentence& s, size_t a) const {
    int m = s.mention_at[a];
    if (m < 0 || s.mentions[m].token_begin != a || s.mentions[m].modifier) return false;
    size_t end = s.mentions[m].token_end;
    if (end >= s.lower.size() || !IsFinite(s.lower[end])) return false;
    // "under heavy US sanctions": past the determiner and the words describing the noun.
    size_t b = a;
    while (b > 0 && b + 4 > a &&
           (words::IsDeterminer(s.lower[b - 1]) ||
            (s.mention_at[b - 1] < 0 && context_.lemmatizer->IsAdjective(s.lower[b - 1]) &&
             !words::IsPreposition(s.lower[b - 1]))))
      --b;
    return b == 0 || !words::IsPreposition(s.lower[b - 1]);
  }

  // "..., and was criticised last week in a letter by Greece": a second verb phrase of the
  // subject, after an "and" or "but" the clause extractor's coordination does not cross
  // (a comma, an actor in the first phrase). Stops where another clause could have begun.
  void ReadCoordinatedVerbPhrases(const AnalyzedSentence& s, const ActorGroup& subject,
                                  size_t verb, Sink& out) const {
    size_t n = s.lower.size();
    int read = 0;
    for (size_t a = verb + 1; a + 1 < n && a < verb + kMaxFirstConjunct && read < 3; ++a) {
      std::string_view w = s.lower[a];
      if (w == ";" || w == ":" || w == "\"" || w == "(" || words::IsRelativePronoun(w) ||
          IsSubordinator(w) || w == "said" || w == "says")
        return;
      // "X said Y attacked Z and was ...": the second phrase could be Y's.
      if (OpensClause(s, a)) return;
      // "..., then agreed with Airbus": a comma and "then" join verb phrases as "and" does.
      bool then = w == "," && s.lower[a + 1] == "then";
      if (w != "and" && w != "but" && !then) continue;
      size_t p = a + 1;
      while (p < n && words::IsAdverb(s.lower[p])) ++p;
      if (p >= n || !IsFinite(s.lower[p])) continue;
      ++read;
      ReadVerbPhrase(s, subject, p, /*passive_ok=*/true, out);
    }
  }

  // "Pompeo posted a message on Twitter blaming Iran", "issued a joint statement on Monday
  // condemning X": the message's participle is its author's act.
  void ReadMessageParticiple(const AnalyzedSentence& s, const ActorGroup& subject,
                             size_t verb, Sink& out) const {
    size_t n = s.lower.size();
    size_t v = verb;
    while (v < n && (words::IsHave(s.lower[v]) || words::IsAdverb(s.lower[v]) ||
                     words::IsModal(s.lower[v]) || words::IsFuture(s.lower[v])))
      ++v;
    if (v >= n || !IsIssueVerb(context_.lemmatizer->VerbLemma(s.lower[v]))) return;
    size_t k = v + 1;
    if (k < n && words::IsDeterminer(s.lower[k])) ++k;
    for (size_t m = 0; m < 3 && k < n && !IsMessageNoun(s.lower[k]) &&
                       s.mention_at[k] < 0 &&
                       (context_.lemmatizer->IsAdjective(s.lower[k]) || s.lower[k] == "joint");
         ++m)
      ++k;
    if (k >= n || !IsMessageNoun(s.lower[k])) return;
    // A short phrase of place, medium or time may come before the participle.
    for (size_t g = k + 1; g < n && g < k + 7; ++g) {
      std::string_view w = s.lower[g];
      if (w.ends_with("ing") && s.mention_at[g] < 0 && context_.lemmatizer->IsVerb(w)) {
        ReadVerbPhrase(s, subject, g, /*passive_ok=*/false, out);
        return;
      }
      if (w == "," && g + 1 < n && s.lower[g + 1].ends_with("ing")) continue;
      bool filler = words::IsPreposition(w) || words::IsDeterminer(w) ||
                    (s.mention_at[g] >= 0 && g > k + 1 && words::IsPreposition(s.lower[g - 1])) ||
                    (s.mention_at[g] >= 0 && g > k + 2 && words::IsDeterminer(s.lower[g - 1]) &&
                     words::IsPreposition(s.lower[g - 2])) ||
                    (s.mention_at[g] >= 0 && s.mention_at[g - 1] == s.mention_at[g]) ||
                    In({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "yesterday", "today", "week", "last", "earlier"},
                       w);
      if (!filler) return;
    }
  }

  // "France joined Germany in condemning Russia", "Germany was joined by France in
  // condemning Russia": both parties do what the gerund after "in" states.
  // Also in a reported clause ("Woods said the EC was joined by the US in criticising
  // Brazil"): the subject is the group right before the verb chain.
  void ReadJoinedIn(const AnalyzedSentence& s, Sink& out) const {
    size_t n = s.lower.size();
    for (size_t v = 1; v + 2 < n; ++v) {
      if (s.mention_at[v] >= 0 || context_.lemmatizer->VerbLemma(s.lower[v]) != "join")
        continue;
      size_t q = v;
      bool be = false;
      while (q > 0 && v - q < 4 &&
             (words::IsHave(s.lower[q - 1]) || words::IsBe(s.lower[q - 1]) ||
              words::IsAdverb(s.lower[q - 1]) || words::IsModal(s.lower[q - 1]) ||
              words::IsFuture(s.lower[q - 1]))) {
        be = be || words::IsBe(s.lower[q - 1]);
        --q;
      }
      auto subject = GroupEndingAt(s, q);
      if (!subject) continue;
      size_t b = subject->begin;
      bool reported = b > 0 && (s.lower[b - 1] == "said" || s.lower[b - 1] == "says");
      if (!reported && !OpensNounPhrase(s, b)) continue;
      ReadJoinedInAt(s, *subject, v, be, out);
    }
  }

  void ReadJoinedInAt(const AnalyzedSentence& s, const ActorGroup& subject, size_t v,
                      bool passive, Sink& out) const {
    size_t n = s.lower.size();
    size_t k = v + 1;
    if (k < n && s.lower[k] == "by" && passive) ++k;
    auto other = GroupAt(s, k);
    if (!other || other->end + 1 >= n || s.lower[other->end] != "in" ||
        !s.lower[other->end + 1].ends_with("ing"))
      return;
    size_t g = other->end + 1;
    ReadVerbPhrase(s, subject, g, /*passive_ok=*/false, out);
    ReadVerbPhrase(s, *other, g, /*passive_ok=*/false, out);
  }

  // One verb phrase from `p` with the subject's group: the first actor it reaches is its
  // object, or its agent when the phrase is passive. `passive_ok` false reads only active
  // phrases (a participle of a message).
  void ReadVerbPhrase(const AnalyzedSentence& s, const ActorGroup& subject, size_t p,
                      bool passive_ok, Sink& out) const {
    size_t n = s.lower.size();
    size_t limit = std::min(n, p + kMaxPredicateTokens);
    for (size_t t = p + 1; t < limit; ++t) {
      if (words::IsPunctuation(s.lower[t]) && s.lower[t] != "'s") return;
      std::optional<ActorGroup> object;
      if (HeadMentionAt(s, t) >= 0) object = GroupAt(s, t);
      if (!object) object = StateGroupAt(s, t);
      if (!object) {
        // "was killed by a US drone strike": a modifier inside the by-phrase.
        if (s.lower[t] == "by" && passive_ok && t + 1 < n) {
          size_t k = t + 1;
          while (k < n && k < t + 3 && s.mention_at[k] < 0 &&
                 (words::IsDeterminer(s.lower[k]) || context_.lemmatizer->IsAdjective(s.lower[k])))
            ++k;
          if (k < n && s.mention_at[k] >= 0 && s.mentions[s.mention_at[k]].modifier) {
            auto predicate = ParsePredicate(s, p, t + 1, context_, PredicateMode::kBeforeObject);
            if (!predicate || !predicate->passive) return;
            std::vector<GroupMember> agents;
            for (const Actor& actor : ActorsOf(s.mentions[s.mention_at[k]]))
              agents.push_back({s.mention_at[k], actor});
            Emit(s, agents, predicate->relation, predicate->span, subject.members, 0.6, out);
            return;
          }
        }
        continue;
      }
      auto predicate = ParsePredicate(s, p, t, context_, PredicateMode::kBeforeObject);
      if (!predicate) return;
      // "... and warned that Peru could lose": the actor is the subject of what was said.
      if (!predicate->passive && ReportsAClause(predicate->relation.lemma) &&
          ClauseGoesOn(s, object->end, *context_.lemmatizer))
        return;
      // "the Jorgensen campaign", "the EU summit": the actor modifies a longer noun.
      if (object->end < n && s.mention_at[object->end] < 0 &&
          !s.sentence->tokens[object->end].text.empty() &&
          std::isupper(static_cast<unsigned char>(s.sentence->tokens[object->end].text[0])))
        return;
      if (object->end < n && (s.lower[object->end] == "'s" || s.lower[object->end] == "-"))
        return;
      // "requesting a GATT dispute panel": an indefinite article makes the name a modifier.
      if (t > 0 && (s.lower[t] == "a" || s.lower[t] == "an" || s.lower[t - 1] == "a" ||
                    s.lower[t - 1] == "an"))
        return;
      if (predicate->passive) {
        if (passive_ok)
          Emit(s, object->members, predicate->relation, predicate->span, subject.members, 0.6,
               out);
      } else {
        Emit(s, subject.members, predicate->relation, predicate->span, object->members, 0.6,
             out);
      }
      return;
    }
  }

  ExtractorContext context_;
};

}  // namespace

std::unique_ptr<Extractor> MakePassiveExtractor(const ExtractorContext& context) {
  return std::make_unique<PassiveExtractor>(context);
}

}  // namespace actorgraph::extract
