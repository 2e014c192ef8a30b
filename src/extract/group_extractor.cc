#include "extract/group_extractor.h"

#include <algorithm>
#include <cctype>
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

constexpr std::string_view kName = "group";
constexpr size_t kMaxPredicateTokens = 12;
// Words between a relation noun and its "between": "was signed", "reached last year".
constexpr size_t kMaxNounFiller = 6;
// Words between a reciprocal predicate and the "with" of its third party: "at the White
// House", "in Lima on Monday".
constexpr size_t kMaxThirdPartyGap = 8;

bool In(std::initializer_list<std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// A preposition before a noun phrase makes it anything but a subject ("after" and "before"
// also open clauses).
bool BlocksSubject(std::string_view w) {
  return words::IsPreposition(w) && w != "after" && w != "before";
}

// The role noun phrase at `t` that can stand for the states after its "of"/"from"
// ("ministers", "heads of state"): its length in tokens, 0 if none. `*agent` tells whether
// it stands for the states as the agent of any verb ("leaders of A and B condemned C"),
// not only of a symmetric one ("officials from A and B met").
size_t RoleNounAt(const AnalyzedSentence& s, size_t t, bool* agent) {
  size_t n = s.lower.size();
  std::string_view w = s.lower[t];
  *agent = true;
  if (w == "heads" && t + 2 < n && s.lower[t + 1] == "of" &&
      (s.lower[t + 2] == "state" || s.lower[t + 2] == "government"))
    return 3;
  if (In({"ministers", "leaders", "governments", "presidents", "premiers", "delegations",
          "envoys"},
         w))
    return 1;
  *agent = false;
  if (In({"officials", "representatives", "delegates", "negotiators", "diplomats"}, w)) return 1;
  return 0;
}

// Relation nouns whose parties may follow "of": "the trilateral meeting of A, B and C",
// "an alliance of A and B" (not "the war of 1812", "the treaty of Paris").
bool TakesPartiesAfterOf(const NounEntry& noun) {
  return In({"meet", "talk", "negotiate", "dialogue", "ally", "partner", "consult", "discuss"},
            noun.lemma);
}

bool AllStates(const std::vector<GroupMember>& members) {
  return std::all_of(members.begin(), members.end(),
                     [](const GroupMember& m) { return m.actor.type == ActorType::kCountry; });
}

bool IsMonth(std::string_view w) {
  return In({"january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"},
            w);
}

// A phrase of time or place at `k` ("last year", "later this month", "in 2016", "in
// Ottawa", "here", "yesterday"): its length in tokens, 0 if none.
size_t TimeOrPlaceAt(const AnalyzedSentence& s, size_t k) {
  size_t n = s.lower.size();
  std::string_view w = s.lower[k];
  if (w == "here" || w == "yesterday" || w == "today") return 1;
  auto unit = [&](size_t i) {
    return i < n && (IsMonth(s.lower[i]) || s.lower[i] == "year" || s.lower[i] == "month" ||
                     s.lower[i] == "week" ||
                     std::isdigit(static_cast<unsigned char>(s.lower[i][0])));
  };
  if (w == "last" || w == "this" || w == "next" || w == "later" || w == "earlier") {
    if (unit(k + 1)) return 2;
    if (k + 2 < n && (s.lower[k + 1] == "this" || s.lower[k + 1] == "last") && unit(k + 2))
      return 3;
    return 0;
  }
  if (w == "in" && unit(k + 1)) return 2;
  // "in Ottawa": a place the mention of which is no party.
  if ((w == "in" || w == "at") && k + 1 < n && s.mention_at[k + 1] >= 0) {
    const Mention& m = s.mentions[s.mention_at[k + 1]];
    if (m.token_begin == k + 1) return 1 + (m.token_end - m.token_begin);
  }
  return 0;
}

// Talks and meetings: events the parties of a group attend together.
bool IsMeeting(const Relation& r) {
  return In({"meet", "talk", "negotiate", "discuss", "consult", "dialogue"}, r.lemma);
}

class GroupExtractor : public Extractor {
 public:
  explicit GroupExtractor(const ExtractorContext& context) : context_(context) {}
  std::string_view name() const override { return kName; }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    size_t n = s.lower.size();
    for (size_t t = 0; t < n; ++t) {
      ReadRoleGroup(s, t, out);
      ReadNounParties(s, t, out);
    }
    size_t covered = 0;
    for (const Mention& m : s.mentions) {
      if (m.token_begin < covered || m.modifier) continue;
      auto group = GroupAt(s, m.token_begin, /*allow_bare_commas=*/s.sentence->heading);
      if (!group) continue;
      covered = group->end;
      if (group->members.size() < 2 || !InSubjectPosition(s, *group)) continue;
      size_t p = group->end;
      // "The two candidates, Donald Trump and Joe Biden, interrupted each other": the group
      // is an apposition to the subject.
      if (p < n && s.lower[p] == "," && group->begin > 0 && s.lower[group->begin - 1] == ",")
        ++p;
      ReadGroupPredicate(s, *group, p, /*agent=*/false, out);
    }
  }

 private:
  const NounEntry* SymmetricNoun(std::string_view w) const {
    return SymmetricRelationNoun(*context_.vocabulary, w);
  }

  // One statement being read: the words it spans (its predicate or noun phrase) and how
  // many triples `out` held before it. A pair that an earlier reading related through words
  // of the statement is left alone: one statement must not give two triples for a pair.
  struct Statement {
    Span words;
    size_t before = 0;
  };

  static bool AlreadyRead(const std::vector<Triple>& out, const Statement& statement,
                          const Actor& a, const Actor& b) {
    for (size_t k = 0; k < statement.before && k < out.size(); ++k) {
      const Triple& t = out[k];
      bool pair = (SameActor(t.subject, a) && SameActor(t.object, b)) ||
                  (SameActor(t.subject, b) && SameActor(t.object, a));
      if (pair && Overlaps(t.evidence.relation, statement.words)) return true;
    }
    return false;
  }

  void EmitOne(const AnalyzedSentence& s, const Statement& statement, const GroupMember& subject,
               const Relation& relation, Span span, const GroupMember& object,
               double confidence, std::vector<Triple>& out) const {
    if (AlreadyRead(out, statement, subject.actor, object.actor)) return;
    EmitPairs(s, {subject}, relation, span, {object}, kName, confidence, out);
  }

  void EmitWithin(const AnalyzedSentence& s, const Statement& statement,
                  const std::vector<GroupMember>& group, const Relation& relation, Span span,
                  double confidence, std::vector<Triple>& out) const {
    for (size_t i = 0; i < group.size(); ++i)
      for (size_t j = i + 1; j < group.size(); ++j)
        EmitOne(s, statement, group[i], relation, span, group[j], confidence, out);
  }

  bool InSubjectPosition(const AnalyzedSentence& s, const ActorGroup& group) const {
    size_t p = group.begin;
    while (p > 0 && (words::IsDeterminer(s.lower[p - 1]) || s.lower[p - 1] == "both")) --p;
    if (p > 0 && BlocksSubject(s.lower[p - 1])) return false;
    if (p > 0 && (s.lower[p - 1] == "'s" || s.lower[p - 1] == "-")) return false;
    bool possessive = false;
    PossessiveAfter(s, s.mentions[group.members.back().mention], &possessive);
    if (possessive) return false;
    if (group.end < s.lower.size() && s.lower[group.end] == "-") return false;
    return true;
  }

  // "(The foreign) ministers of|from A, B and C <predicate>": the role noun stands for the
  // states.
  void ReadRoleGroup(const AnalyzedSentence& s, size_t t, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    bool agent = false;
    size_t len = RoleNounAt(s, t, &agent);
    if (len == 0 || t + len + 1 >= n) return;
    size_t k = t + len;
    if (s.lower[k] != "of" && s.lower[k] != "from") return;
    auto group = GroupAt(s, k + 1);
    if (!group || group->members.size() < 2) return;
    // Words before the role noun: "the", "foreign", "senior", "trade".
    size_t b = t;
    while (b > 0 && b + 4 > t &&
           (words::IsDeterminer(s.lower[b - 1]) || s.lower[b - 1] == "both" ||
            (s.mention_at[b - 1] < 0 && !words::IsPreposition(s.lower[b - 1]) &&
             !words::IsPunctuation(s.lower[b - 1]) &&
             (context_.lemmatizer->IsAdjective(s.lower[b - 1]) ||
              words::IsTitleWord(s.lower[b - 1])))))
      --b;
    if (b > 0 && (BlocksSubject(s.lower[b - 1]) || s.lower[b - 1] == "'s")) return;
    ActorGroup subject = *group;
    subject.begin = b;
    if (!InSubjectPosition(s, subject)) return;
    ReadGroupPredicate(s, subject, group->end, agent, out);
  }

  // The predicate of a group subject starting at `p`: a reciprocal object ("each other"),
  // a symmetric predicate with no object and maybe a third party after "with", or (for a
  // role noun standing for the states, `agent`) any verb and its object.
  void ReadGroupPredicate(const AnalyzedSentence& s, const ActorGroup& subject, size_t p,
                          bool agent, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    if (p >= n || s.lower[p] == "to" || s.lower[p] == "'s") return;
    // "officials from A and B talking behind closed doors can ...": a participle modifies
    // the noun phrase; the clause is elsewhere.
    if (s.lower[p].ends_with("ing") && context_.lemmatizer->IsVerb(s.lower[p])) return;
    size_t limit = std::min(n, p + kMaxPredicateTokens);
    for (size_t e = p + 1; e + 1 < limit; ++e) {
      if (words::IsPunctuation(s.lower[e]) || s.mention_at[e] >= 0) break;
      if ((s.lower[e] == "each" && s.lower[e + 1] == "other") ||
          (s.lower[e] == "one" && s.lower[e + 1] == "another")) {
        ReadEachOther(s, subject, p, e, out);
        return;
      }
    }
    size_t stop = p;
    while (stop < limit && !words::IsPunctuation(s.lower[stop]) && s.mention_at[stop] < 0)
      ++stop;
    if (subject.members.size() >= 2) {
      for (size_t end = stop; end > p; --end) {
        // The third party's "with" is not part of the predicate.
        if (s.lower[end - 1] == "with") continue;
        auto predicate = ParsePredicate(s, p, end, context_, PredicateMode::kNoObject);
        if (!predicate) continue;
        bool with = end < n && s.lower[end] == "with";
        if (!with && !EndsReciprocal(s, end)) break;
        Statement statement{TokenSpan(s, p, end), out.size()};
        // "A and B met with C": the two met each other too only when C is an actor, the
        // predicate is a meeting and the two are states ("Chile and Peru held talks with
        // Trump"); not "Iraq and China have deals with Brazil", nor a firm and its banker
        // meeting a buyer.
        bool third = ReadThirdParty(s, statement, subject, *predicate, end, out);
        if (third && !(IsMeeting(predicate->relation) && AllStates(subject.members))) return;
        if (with && !third) return;
        EmitWithin(s, statement, subject.members, predicate->relation, predicate->span, 0.75,
                   out);
        return;
      }
      if (ReadSpokeTogether(s, subject, p, stop, out)) return;
    }
    if (agent) ReadAgentVerb(s, subject, p, limit, out);
  }

  // "the leaders of A and B spoke by phone": speaking with no one named is speaking with
  // each other. Not speaking to an audience or of a topic ("A and B spoke at the rally",
  // "spoke before the committee", "spoke of progress", "spoke out"): each of them spoke.
  bool ReadSpokeTogether(const AnalyzedSentence& s, const ActorGroup& subject, size_t p,
                         size_t stop, std::vector<Triple>& out) const {
    size_t v = p;
    while (v < stop && (words::IsHave(s.lower[v]) || words::IsAdverb(s.lower[v]))) ++v;
    if (v >= stop) return false;
    std::string lemma = context_.lemmatizer->VerbLemma(s.lower[v]);
    if (lemma != "speak" && lemma != "talk" && lemma != "confer") return false;
    if (!EndsReciprocal(s, v + 1)) return false;
    if (v + 1 < s.lower.size() && In({"at", "before", "of", "out"}, s.lower[v + 1])) return false;
    const VerbEntry* verb = context_.vocabulary->FindVerb(lemma + " with");
    if (!verb) verb = context_.vocabulary->FindVerb(lemma);
    if (!verb) return false;
    Relation r;
    r.text = verb->normal;
    r.lemma = lemma;
    r.category = verb->category;
    r.cameo_root = verb->cameo_root;
    r.symmetric = true;
    Statement statement{TokenSpan(s, p, v + 1), out.size()};
    EmitWithin(s, statement, subject.members, r, TokenSpan(s, v, v + 1), 0.7, out);
    return true;
  }

  // "A and B held talks (at the White House) with C": both held them with C. True if C is
  // an actor.
  bool ReadThirdParty(const AnalyzedSentence& s, Statement statement, const ActorGroup& subject,
                      const Predicate& predicate, size_t end, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    size_t k = end;
    if (k < n && s.lower[k] != "with" && !words::IsPreposition(s.lower[k]) &&
        !words::IsAdverb(s.lower[k]))
      return false;
    for (; k < n && k < end + kMaxThirdPartyGap; ++k) {
      std::string_view w = s.lower[k];
      if (w == "with") break;
      // "at odds over the handling of issues with C": a "with" after a topic or a noun's
      // of-phrase belongs to that noun, not to the predicate.
      if (words::IsPunctuation(w) || words::IsCoordinator(w) || words::IsRelativePronoun(w) ||
          w == "between" || w == "against" || w == "to" || w == "'s" || w == "of" ||
          w == "over" || w == "about" || w == "regarding" || w == "concerning")
        return false;
    }
    if (k >= n || s.lower[k] != "with") return false;
    // "with (US) President Donald Trump": titles before the name.
    size_t o = k + 1;
    while (o < n && o < k + 4 && HeadMentionAt(s, o) < 0 &&
           (words::IsTitleWord(s.lower[o]) || words::IsDeterminer(s.lower[o]) ||
            (s.mention_at[o] >= 0 && s.mentions[s.mention_at[o]].modifier)))
      ++o;
    auto party = GroupAt(s, o);
    if (!party) return false;
    Relation r = predicate.relation;
    if (!r.text.ends_with(" with")) r.text += " with";
    statement.words = TokenSpan(s, end - 1, party->end);
    for (const auto& member : subject.members)
      for (const auto& other : party->members)
        EmitOne(s, statement, member, r, predicate.span, other, 0.7, out);
    return true;
  }

  // "A and B accused each other of ...": the act goes both ways.
  void ReadEachOther(const AnalyzedSentence& s, const ActorGroup& subject, size_t p, size_t e,
                     std::vector<Triple>& out) const {
    if (subject.members.size() < 2) return;
    auto predicate = ParsePredicate(s, p, e, context_, PredicateMode::kBeforeObject);
    if (!predicate || predicate->passive) return;
    // "each other's": a possessive of something else.
    if (e + 2 < s.lower.size() && s.lower[e + 2] == "'s") return;
    Statement statement{TokenSpan(s, p, e + 2), out.size()};
    if (predicate->relation.symmetric) {
      EmitWithin(s, statement, subject.members, predicate->relation, predicate->span, 0.75,
                 out);
      return;
    }
    const auto& g = subject.members;
    for (size_t i = 0; i < g.size(); ++i)
      for (size_t j = 0; j < g.size(); ++j)
        if (i != j)
          EmitOne(s, statement, g[i], predicate->relation, predicate->span, g[j], 0.7, out);
  }

  // "The foreign ministers of A and B condemned C": each state did it.
  void ReadAgentVerb(const AnalyzedSentence& s, const ActorGroup& subject, size_t p,
                     size_t limit, std::vector<Triple>& out) const {
    for (size_t t = p; t < limit; ++t) {
      if (words::IsPunctuation(s.lower[t])) return;
      if (HeadMentionAt(s, t) < 0) {
        if (s.mention_at[t] >= 0) return;
        continue;
      }
      auto object = GroupAt(s, t);
      if (!object) return;
      auto predicate = ParsePredicate(s, p, t, context_, PredicateMode::kBeforeObject);
      if (!predicate) return;
      bool possessive = false;
      PossessiveAfter(s, s.mentions[object->members.back().mention], &possessive);
      if (possessive || (object->end < s.lower.size() && s.lower[object->end] == "-")) return;
      Statement statement{TokenSpan(s, p, object->end), out.size()};
      for (const auto& member : subject.members)
        for (const auto& other : object->members) {
          if (predicate->passive)
            EmitOne(s, statement, other, predicate->relation, predicate->span, member, 0.65,
                    out);
          else
            EmitOne(s, statement, member, predicate->relation, predicate->span, other, 0.65,
                    out);
        }
      return;
    }
  }

  // What may follow a reciprocal predicate: the end of the clause, a phrase of place, time
  // or topic, but not another object ("are meeting British officials").
  bool EndsReciprocal(const AnalyzedSentence& s, size_t t) const {
    if (t >= s.lower.size()) return true;
    std::string_view w = s.lower[t];
    if (w == "with" || w == "against" || w == "between" || w == "to") return false;
    if (words::IsPunctuation(w) || words::IsPreposition(w) || words::IsCoordinator(w) ||
        words::IsRelativePronoun(w) || words::IsAdverb(w) || w == "their" || w == "last" ||
        w == "this" || w == "next" || w == "tomorrow" || w == "today" || w == "yesterday")
      return true;
    return s.mention_at[t] < 0 && (w.ends_with("ed") || w.ends_with("ing")) &&
           context_.lemmatizer->IsVerb(w);
  }

  // "a deal (was signed|brokered|reached last year) between|among A, B and C", "the
  // trilateral meeting of A, B and C", "a meeting of (the foreign) ministers of A and B".
  void ReadNounParties(const AnalyzedSentence& s, size_t t, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    const NounEntry* noun = SymmetricNoun(s.lower[t]);
    if (!noun || t + 2 >= n) return;
    // "a memorandum of understanding": the complement of an earlier noun, read with it.
    if (t >= 2 && s.lower[t - 1] == "of" && SymmetricNoun(s.lower[t - 2])) return;
    // "summit meeting", "summit talks": the last noun of the compound is the head.
    while (t + 1 < n && SymmetricNoun(s.lower[t + 1])) noun = SymmetricNoun(s.lower[++t]);
    std::string verb;  // "signed": the act that made the agreement
    size_t k = t + 1;
    // "a memorandum of understanding ... between": the "of" completes the noun.
    if (k + 1 < n && s.lower[k] == "of" &&
        In({"understanding", "intent", "cooperation"}, s.lower[k + 1]))
      k += 2;
    const size_t first = k;  // the first word of the filler
    size_t limit = std::min(n, k + kMaxNounFiller);
    while (k < limit) {
      std::string_view w = s.lower[k];
      if (w == "between" || w == "among" || w == "amongst" || w == "of") break;
      if (words::IsBe(w) || words::IsHave(w) || words::IsAdverb(w) ||
          ((w == "that" || w == "which") && k == first)) {
        ++k;
        continue;
      }
      // A time or a place: "last year", "later this month", "in 2016", "in Ottawa".
      if (size_t len = TimeOrPlaceAt(s, k)) {
        k += len;
        continue;
      }
      // A topic: "the treaty on legal assistance between", "the dispute over chips between",
      // "a deal on gas prices was reached between": the words it spans do not count
      // against the filler.
      if (k == first && (w == "on" || w == "over" || w == "about")) {
        size_t e = TopicEnd(s, k);
        if (e == k) return;
        limit = std::min(n, e + kMaxNounFiller);
        k = e;
        continue;
      }
      std::string lemma = context_.lemmatizer->VerbLemma(w);
      if (lemma == w || !verb.empty()) return;
      if (In({"sign", "broker", "reach", "conclude", "strike", "ink", "forge", "hold",
              "negotiate", "agree", "seal"},
             lemma)) {
        verb = lemma;
      } else if (!In({"improve", "deteriorate", "worsen", "sour", "grow", "warm", "cool",
                      "deepen", "strain", "escalate", "intensify", "resume", "continue"},
                     lemma)) {
        // "relations have improved between": the relation holds; other verbs ("divide the
        // water between") say something else.
        return;
      }
      verb = verb.empty() ? "-" : verb;
      ++k;
    }
    if (k + 1 >= n) return;
    std::string_view prep = s.lower[k];
    bool of = prep == "of";
    if (!(prep == "between" || prep == "among" || prep == "amongst" || of)) return;
    if (of && (k != t + 1 || !TakesPartiesAfterOf(*noun))) return;
    bool between = !of;
    size_t g = k + 1;
    if (of) {
      // "a meeting of (the) (foreign) ministers of A and B".
      size_t r = g;
      if (r < n && words::IsDeterminer(s.lower[r])) ++r;
      while (r < n && r < g + 3 && s.mention_at[r] < 0 &&
             (words::IsTitleWord(s.lower[r]) || context_.lemmatizer->IsAdjective(s.lower[r])) &&
             !words::IsPreposition(s.lower[r]))
        ++r;
      bool agent = false;
      if (r < n) {
        size_t len = RoleNounAt(s, r, &agent);
        if (len > 0 && r + len < n &&
            (s.lower[r + len] == "of" || s.lower[r + len] == "from"))
          g = r + len + 1;
      }
    }
    auto group = GroupAt(s, g);
    if (!group || group->members.size() < 2) return;
    // "the annual meetings of the IMF and the World Bank": bodies meeting each on their own
    // (or jointly, as one event); only states meeting of themselves meet each other.
    if (of && !AllStates(group->members)) return;
    bool possessive = false;
    PossessiveAfter(s, s.mentions[group->members.back().mention], &possessive);
    if (possessive) return;
    if (group->end < n && s.lower[group->end] == "-") return;
    Relation r = RelationOfNoun(*noun);
    if (!verb.empty() && verb != "-" && verb != "broker" && verb != "hold" &&
        verb != "negotiate" && r.text.starts_with("have "))
      r.text = verb + r.text.substr(4);
    r.modality = HedgeBefore(s, t);
    if (t > 0 && s.lower[t - 1] == "no") r.negated = true;
    Statement statement{TokenSpan(s, t, k + 1), out.size()};
    EmitWithin(s, statement, group->members, r, TokenSpan(s, t, t + 1), 0.8, out);
    if (between) ReadMoreParties(s, statement, *group, r, TokenSpan(s, t, t + 1), out);
  }

  // The end of a topic phrase after the "on"/"over"/"about" at `k` ("on gas prices",
  // "about the pipeline", "over the future of Kashmir"): at most five words of a noun
  // phrase, ending before "between", "was" or a participle that the filler reads; `k`
  // itself if there is none (a clause or a second preposition follows).
  size_t TopicEnd(const AnalyzedSentence& s, size_t k) const {
    size_t n = s.lower.size();
    size_t e = k + 1;
    while (e < n && e < k + 6) {
      std::string_view w = s.lower[e];
      if (words::IsPunctuation(w) || words::IsBe(w) || words::IsHave(w) || words::IsModal(w) ||
          words::IsCoordinator(w) || words::IsRelativePronoun(w) ||
          (words::IsPreposition(w) && w != "of") ||
          (s.mention_at[e] < 0 && w.ends_with("ed") && context_.lemmatizer->IsVerb(w)))
        break;
      ++e;
    }
    if (e == k + 1 || e >= n) return k;
    std::string_view w = s.lower[e];
    if (w == "between" || w == "among" || w == "amongst" || words::IsBe(w) ||
        words::IsHave(w) || (s.mention_at[e] < 0 && w.ends_with("ed")))
      return e;
    return k;
  }

  // More parties of one "between": "deals between A and B and between C, D, and E" (a
  // second group, related within itself); "relations between A and B and C" (the first
  // party with the one added, not B with C).
  void ReadMoreParties(const AnalyzedSentence& s, const Statement& statement,
                       const ActorGroup& group, const Relation& r, Span span,
                       std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    size_t p = group.end;
    if (p < n && s.lower[p] == ",") ++p;
    if (p + 1 >= n || s.lower[p] != "and") return;
    ++p;
    bool again = s.lower[p] == "between" || s.lower[p] == "among";
    if (again) ++p;
    auto more = GroupAt(s, p);
    if (!more) return;
    bool possessive = false;
    PossessiveAfter(s, s.mentions[more->members.back().mention], &possessive);
    if (possessive || (more->end < n && s.lower[more->end] == "-")) return;
    Statement second{statement.words, out.size()};
    if (again) {
      if (more->members.size() < 2) return;
      EmitWithin(s, second, more->members, r, span, 0.75, out);
      ReadMoreParties(s, second, *more, r, span, out);
      return;
    }
    // "between A and B and C's ...", "and C said": C starts something else.
    if (more->members.size() != 1 || group.members.size() != 2) return;
    if (more->end < n && !words::IsPunctuation(s.lower[more->end]) &&
        !words::IsPreposition(s.lower[more->end]))
      return;
    EmitOne(s, second, group.members.front(), r, span, more->members.front(), 0.7, out);
  }

  // "a possible deal", "a proposed summit", "plans for a meeting": "possible" or "proposed"
  // for the noun at `t`; "" if none.
  std::string HedgeBefore(const AnalyzedSentence& s, size_t t) const {
    for (size_t k = t; k > 0 && k + 4 > t; --k) {
      std::string_view w = s.lower[k - 1];
      if (In({"possible", "proposed", "potential", "prospective", "planned", "future",
              "would-be", "eventual"},
             w))
        return "possible";
      std::string lemma = context_.lemmatizer->VerbLemma(w);
      if (In({"arrange", "plan", "prepare", "propose", "seek", "want", "suggest", "urge"},
             lemma) ||
          w == "toward" || w == "towards")
        return "proposed";
      // "called for a summit", not "responsible for the war".
      if (w == "for" && k >= 2 &&
          In({"call", "push", "press", "appeal", "hope", "lobby", "campaign"},
             context_.lemmatizer->VerbLemma(s.lower[k - 2])))
        return "proposed";
      if (words::IsPunctuation(w) || s.mention_at[k - 1] >= 0) break;
    }
    return "";
  }

  ExtractorContext context_;
};

}  // namespace

std::unique_ptr<Extractor> MakeGroupExtractor(const ExtractorContext& context) {
  return std::make_unique<GroupExtractor>(context);
}

}  // namespace actorgraph::extract
