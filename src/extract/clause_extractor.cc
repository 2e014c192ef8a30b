#include "extract/clause_extractor.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "actorgraph/extract/lemmatizer.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "extract/affiliation_extractor.h"
#include "extract/apposition_extractor.h"
#include "extract/extract_util.h"
#include "extract/possessive_object.h"
#include "extract/predicate.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "clause";
constexpr size_t kMaxPredicateTokens = 12;
constexpr size_t kMaxAppositionTokens = 25;

// A preposition before a noun phrase makes it anything but a subject. "after" and "before"
// also start clauses ("after the US withdrew from ...").
bool BlocksSubject(std::string_view w) {
  return words::IsPreposition(w) && w != "after" && w != "before";
}

// "when", "because", ...: a clause of its own, whose verbs are not the subject's.
bool OpensSubordinateClause(std::string_view w) {
  return w == "when" || w == "while" || w == "because" || w == "if" || w == "after" ||
         w == "before" || w == "since" || w == "although" || w == "though" || w == "as" ||
         w == "until" || w == "unless" || w == "whether" || w == "where";
}

// Words [begin, end) name the officials of states, who act for them: a plural state head
// ("officials", "diplomats") or a plural title before "general" ("attorneys general").
bool IsStateOfficials(const AnalyzedSentence& s, size_t begin, size_t end) {
  if (end > s.lower.size() || end <= begin) return false;
  if (end == begin + 1)
    return s.lower[begin].ends_with("s") && words::IsStateHead(s.lower[begin]);
  return end == begin + 2 && s.lower[begin + 1] == "general" &&
         (s.lower[begin] == "attorneys" || s.lower[begin] == "secretaries" ||
          s.lower[begin] == "inspectors");
}

class ClauseExtractor : public Extractor {
 public:
  explicit ClauseExtractor(const ExtractorContext& context) : context_(context) {}
  std::string_view name() const override { return kName; }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    size_t covered = 0;
    std::optional<ActorGroup> main_subject;
    for (const Mention& m : s.mentions) {
      if (m.token_begin < covered || m.modifier) continue;
      auto group = GroupAt(s, m.token_begin, /*allow_bare_commas=*/s.sentence->heading);
      if (!group) continue;
      covered = group->end;
      if (!InSubjectPosition(s, *group)) continue;
      size_t before = out.size();
      bool stated = ReadClauses(s, *group, out);
      // "if Pakistan defeated India": a condition, not an assertion.
      if (IsConditional(s, group->begin))
        for (size_t k = before; k < out.size(); ++k)
          if (out[k].relation.modality.empty()) out[k].relation.modality = "if";
      // "Knapp predicts Biden defeats Trump": a forecast or a wish, not an assertion.
      if (std::string hedge = HedgeBefore(s, group->begin); !hedge.empty())
        for (size_t k = before; k < out.size(); ++k)
          if (out[k].relation.modality.empty()) out[k].relation.modality = hedge;
      if (stated && !main_subject) main_subject = group;
      if (!main_subject && StartsVerbGroup(s, group->end)) main_subject = group;
    }
    // "claimed by the Houthis who are aligned with Iran", "sanctions on Iran, which backs
    // ...": a relative clause after an actor anywhere in the sentence states the actor's own
    // relation (ReadClauses reads it after a subject already).
    for (size_t k = 0; k < s.mentions.size(); ++k) ReadRelativeAfter(s, k, out);
    // "Colombia's president thanked ...", "Mali's foreign ministry said ...".
    for (size_t k = 0; k < s.mentions.size(); ++k) ReadPossessiveSubject(s, k, out);
    // "Pyongyang said it would not hold talks with Seoul".
    for (size_t k = 0; k < s.mentions.size(); ++k) ReadSaidIt(s, k, out);
    // "US forces killed ...", "Turkish troops attacked ...".
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      const Mention& m = s.mentions[k];
      if (k > 0 && s.mentions[k - 1].token_begin == m.token_begin) continue;
      auto group = StateGroupAt(s, m.token_begin);
      if (!group || !InSubjectPosition(s, *group)) continue;
      ReadPredicates(s, *group, group->end, 0.7, out);
    }
    if (main_subject) ReadParticipleClauses(s, *main_subject, out);
    ReadLeadingParticiple(s, out);
  }

  // See ReadClausePredicates.
  void ReadPredicatesOf(const AnalyzedSentence& s, const ActorGroup& subject, size_t p,
                        double confidence, std::vector<Triple>& out) const {
    ReadPredicates(s, subject, p, confidence, out);
  }

 private:
  bool InSubjectPosition(const AnalyzedSentence& s, const ActorGroup& group) const {
    size_t p = group.begin;
    while (p > 0 && (words::IsDeterminer(s.lower[p - 1]) || s.lower[p - 1] == "both")) --p;
    // "the military government in Bamako has relied on Russia"; "officials from France and
    // Germany met ...": the officials of several states.
    size_t head = p >= 2 ? p - 2 : 0;
    bool from = false;
    if (p >= 2 && s.lower[p - 1] == "from") {
      if (IsStateOfficials(s, p - 2, p - 1)) {
        from = true;
      } else if (p >= 3 && IsStateOfficials(s, p - 3, p - 1)) {
        from = true;
        head = p - 3;
      }
    }
    if (p >= 2 && (s.lower[p - 1] == "in" || s.lower[p - 1] == "of" || from) &&
        (from || words::IsStateHead(s.lower[head])) && (group.members.size() == 1 || from)) {
      size_t q = head;
      while (q > 0 && q + 4 > p && context_.lemmatizer->IsAdjective(s.lower[q - 1])) --q;
      if (q == 0 || words::IsDeterminer(s.lower[q - 1])) return true;
    }
    if (p > 0 && BlocksSubject(s.lower[p - 1])) return false;
    // "the assassination of the general Qasem Soleimani ... and demanded": a title does
    // not open a subject the preposition before it governs.
    for (size_t q = p; q > 0 && q + 4 > p;) {
      if (words::IsTitleWord(s.lower[q - 1]) || words::IsDeterminer(s.lower[q - 1])) {
        --q;
        continue;
      }
      if (q != p && BlocksSubject(s.lower[q - 1])) return false;
      break;
    }
    // "Jo Roe of the charity Caritas told Reuters": words naming the kind of body, after a
    // preposition, make the body its object ("of the energy company X", "at the rights group
    // X"), as without them ("of Caritas").
    if (p > 0 && words::IsBodyKindNoun(s.lower[p - 1])) {
      size_t q = p - 1;
      while (q > 0 && q + 4 > p && !IsCapitalised(s, q - 1) &&
             !words::IsPunctuation(s.lower[q - 1]) && !words::IsDeterminer(s.lower[q - 1]) &&
             !words::IsPreposition(s.lower[q - 1]) && !words::IsCoordinator(s.lower[q - 1]) &&
             !words::IsRelativePronoun(s.lower[q - 1]) && !words::IsBe(s.lower[q - 1]) &&
             !context_.lemmatizer->IsVerb(s.lower[q - 1]))
        --q;
      if (q > 0 && words::IsDeterminer(s.lower[q - 1])) --q;
      if (q > 0 && BlocksSubject(s.lower[q - 1])) return false;
    }
    if (p > 0 && (s.lower[p - 1] == "'s" || s.lower[p - 1] == "-")) return false;
    // "efforts on leaving the EU were described by Johnson": the object of a gerund after a
    // preposition.
    if (p >= 2 && s.lower[p - 1].ends_with("ing") && words::IsPreposition(s.lower[p - 2]) &&
        context_.lemmatizer->IsVerb(s.lower[p - 1]))
      return false;
    const Mention& last = s.mentions[group.members.back().mention];
    bool possessive = false;
    PossessiveAfter(s, last, &possessive);
    if (possessive) return false;
    // "the US-led coalition": the actor modifies a longer noun phrase.
    if (group.end < s.lower.size() && s.lower[group.end] == "-") return false;
    return true;
  }

  void ReadRelativeAfter(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& m = s.mentions[k];
    if (m.modifier || ActorsOf(m).empty()) return;
    if (k + 1 < s.mentions.size() && s.mentions[k + 1].token_begin < m.token_end) return;
    auto group = GroupAt(s, m.token_begin, /*allow_bare_commas=*/false);
    if (!group || group->members.empty() ||
        s.mentions[group->members.back().mention].token_begin != m.token_begin ||
        group->begin != m.token_begin)
      return;
    size_t t = group->end;
    if (t < s.lower.size() && s.lower[t] == ",") ++t;
    size_t relative = RelativeClauseStart(s, t);
    if (relative == 0 || (s.lower[t] != "who" && s.lower[t] != "which")) return;
    // A subject's relative clause is read with its subject.
    if (InSubjectPosition(s, *group)) return;
    std::vector<Triple> found;
    ReadPredicates(s, *group, relative, 0.7, found);
    for (Triple& triple : found)
      if (!HasPair(out, triple.subject, triple.object)) out.push_back(std::move(triple));
  }

  // "X's president|government|foreign minister VERB Y": the state stands for its office.
  void ReadPossessiveSubject(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& m = s.mentions[k];
    if (m.modifier || ActorsOf(m).empty() || m.actor.type == ActorType::kPerson) return;
    bool possessive = false;
    size_t t = m.token_end + PossessiveAfter(s, m, &possessive);
    if (!possessive) return;
    size_t head = t;
    while (head < s.lower.size() && head < t + 3 &&
           (words::IsTitleWord(s.lower[head]) || words::IsStateHead(s.lower[head]) ||
            s.lower[head] == "ministry"))
      ++head;
    if (head == t || !StartsVerbGroup(s, head)) return;
    ActorGroup group;
    group.begin = m.token_begin;
    group.end = head;
    for (const Actor& actor : ActorsOf(m)) group.members.push_back({static_cast<int>(k), actor});
    ReadPredicates(s, group, head, 0.7, out);
  }

  // "X said (that) it|they ...": the pronoun is X.
  void ReadSaidIt(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& m = s.mentions[k];
    if (m.modifier || (k > 0 && s.mentions[k - 1].token_begin == m.token_begin)) return;
    auto group = GroupAt(s, m.token_begin);
    if (!group || !InSubjectPosition(s, *group)) return;
    size_t t = group->end;
    size_t n = s.lower.size();
    // "the Syrian Democratic Forces (SDF) announced it ...": an acronym in brackets.
    if (t + 2 < n && s.lower[t] == "(" && s.lower[t + 2] == ")") t += 3;
    if (t < n && words::IsAdverb(s.lower[t])) ++t;
    if (t >= n) return;
    std::string_view verb = s.lower[t];
    if (verb != "said" && verb != "says" && verb != "announced" && verb != "added" &&
        verb != "stated" && verb != "insisted" && verb != "warned")
      return;
    ++t;
    if (t < n && s.lower[t] == "that") ++t;
    if (t >= n) return;
    std::string_view pronoun = s.lower[t];
    bool fits = group->members.size() == 1 ? pronoun == "it" : pronoun == "they";
    if (!fits) return;
    ReadPredicates(s, *group, t + 1, 0.7, out);
  }

  // The verb of forecast or wish whose clause the subject at `begin` opens ("predicts
  // (that) former Vice President Biden ..."), lemmatised; "" if none.
  std::string HedgeBefore(const AnalyzedSentence& s, size_t begin) const {
    size_t p = begin;
    while (p > 0 && p + 5 > begin &&
           (words::IsDeterminer(s.lower[p - 1]) || words::IsTitleWord(s.lower[p - 1]) ||
            s.lower[p - 1] == "former" ||
            (s.mention_at[p - 1] >= 0 && s.mentions[s.mention_at[p - 1]].modifier)))
      --p;
    if (p > 0 && s.lower[p - 1] == "that") --p;
    if (p == 0) return "";
    static constexpr std::string_view kHedges[] = {"predict", "expect", "hope", "fear",
                                                   "forecast", "speculate", "wish", "doubt"};
    std::string lemma = context_.lemmatizer->VerbLemma(s.lower[p - 1]);
    for (std::string_view hedge : kHedges)
      if (lemma == hedge) return lemma;
    return "";
  }

  static bool IsConditional(const AnalyzedSentence& s, size_t begin) {
    size_t p = begin;
    while (p > 0 && words::IsDeterminer(s.lower[p - 1])) --p;
    return p > 0 && (s.lower[p - 1] == "if" || s.lower[p - 1] == "unless" ||
                     s.lower[p - 1] == "whether");
  }

  // The object's noun phrase may open with words that describe it: "newly elected
  // Ukrainian President Volodymyr Zelensky", and before a person also up to two capitalised
  // words no actor was found in ("Roman Catholic Pope Francis", "Agriculture Secretary X";
  // in "told Reuters Finance Secretary X had ..." the third is the hearer).
  // Returns where the predicate ends.
  static size_t StripObjectPremodifiers(const AnalyzedSentence& s, size_t p, size_t t) {
    bool secretary_of_state = false;
    int head = s.mention_at[t];
    bool person = head >= 0 && !s.mentions[head].modifier &&
                  s.mentions[head].actor.type == ActorType::kPerson;
    size_t capitalised = 0;  // capitalised words just before `t` that were left out
    while (t > p + 1) {
      std::string_view w = s.lower[t - 1];
      int m = s.mention_at[t - 1];
      capitalised = IsCapitalised(s, t - 1) ? capitalised + 1 : 0;
      if (m >= 0 && s.mentions[m].modifier && s.mentions[m].token_end == t) {
        t = s.mentions[m].token_begin;
      } else if (m >= 0 && secretary_of_state && s.mentions[m].token_end == t &&
                 s.mentions[m].actor.type == ActorType::kCountry) {
        // "US Secretary of State X": the finder leaves the state a head mention there.
        t = s.mentions[m].token_begin;
        secretary_of_state = false;
      } else if (words::IsTitleWord(w) || w == "former" || w == "newly" || w == "elected" ||
                 w == "late" || w == "incumbent" || w == "acting" || w == "outgoing") {
        --t;
      } else if (w == "state" && t >= p + 4 && s.lower[t - 2] == "of" &&
                 s.lower[t - 3] == "secretary") {
        t -= 3;
        secretary_of_state = true;
      } else if (IsCompassWord(w)) {
        --t;
      } else if (person && m < 0 && !s.sentence->heading && capitalised != 0 &&
                 capitalised <= 2 && !words::IsPreposition(w) && !BodyModifierAt(s, t - 2)) {
        --t;
      } else if ((w == "in" || w == "of") && t >= p + 2 && words::IsStateHead(s.lower[t - 2])) {
        t -= 2;  // "the government in Caracas"
      } else if (w == "of" && t >= p + 2 &&
                 (s.lower[t - 2] == "state" || s.lower[t - 2] == "province" ||
                  s.lower[t - 2] == "commonwealth" || s.lower[t - 2] == "territory")) {
        t -= 2;  // "sued the state of Montana"
      } else if (w == "of" && t >= p + 3 && LeadsOrServes(s.lower[t - 2])) {
        t -= 2;  // "shook hands with the leaders of Egypt and Israel"
      } else {
        break;
      }
    }
    return t;
  }

  // An organisation's name read as a modifier at `t` ("Reuters" in "told Reuters Finance
  // Secretary X had ..."): the capitalised words after it may be another actor's, the
  // hearer's, so they are not left out as the object's.
  static bool BodyModifierAt(const AnalyzedSentence& s, size_t t) {
    int m = s.mention_at[t];
    return m >= 0 && s.mentions[m].modifier &&
           s.mentions[m].actor.type == ActorType::kOrganization;
  }

  // A body or office that stands for the actor it is "of": "the leaders of Egypt and
  // Israel", "the navies of China, India and Russia", "the foreign ministers of".
  static bool LeadsOrServes(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "leader",   "leaders",   "head",      "heads",       "government", "governments",
        "navy",     "navies",    "army",      "armies",      "military",   "militaries",
        "president", "presidents", "minister", "ministers",  "envoy",      "envoys",
        "ambassador", "ambassadors", "representatives", "delegations", "delegation"};
    for (std::string_view k : kWords)
      if (w == k) return true;
    return false;
  }

  static bool IsCompassWord(std::string_view w) {
    return w == "northern" || w == "southern" || w == "eastern" || w == "western" ||
           w == "central" || w == "north-eastern" || w == "north-western" ||
           w == "south-eastern" || w == "south-western" || w == "northeastern" ||
           w == "northwestern" || w == "southeastern" || w == "southwestern";
  }

  bool StartsVerbGroup(const AnalyzedSentence& s, size_t t) const {
    // "Cummings successfully ran": an adverb may come first.
    while (t + 1 < s.lower.size() && s.lower[t].ends_with("ly") && words::IsAdverb(s.lower[t]))
      ++t;
    if (t >= s.lower.size()) return false;
    std::string_view w = s.lower[t];
    return words::IsBe(w) || words::IsHave(w) || words::IsModal(w) || words::IsFuture(w) ||
           words::IsDo(w) || (context_.lemmatizer->IsVerb(w) && !words::IsPreposition(w) &&
                              !words::IsDeterminer(w) && !words::IsPunctuation(w));
  }

  // Every clause `subject` is the subject of: its relative clause, then the main predicate
  // after any apposition. True if anything was emitted.
  bool ReadClauses(const AnalyzedSentence& s, const ActorGroup& subject,
                   std::vector<Triple>& out) const {
    size_t before = out.size();
    size_t n = s.lower.size();
    size_t p = subject.end;
    if (p < n && s.lower[p] == ",") {
      size_t relative = RelativeClauseStart(s, p + 1);
      if (relative != 0) ReadPredicates(s, subject, relative, 0.75, out);
      ReadOfWhichMember(s, subject, p + 1, out);
      size_t after = AppositionEnd(s, p);
      if (after == 0) {
        // "The foreign minister of Eritrea, Tesfay Gebremariam, accused Ethiopia": the comma
        // closes an apposition the subject itself stands in.
        if (relative == 0 && OpensApposition(s, subject.begin))
          ReadPredicates(s, subject, p + 1, 0.7, out);
        return out.size() > before;
      }
      // "The director of the Example Society, Jane Roe, told Quarry Magazine that costs, ...,
      // rose": a later comma closes no aside when a finite verb follows the subject's own.
      if (relative == 0 && OpensApposition(s, subject.begin) && StartsFiniteVerb(s, p + 1)) {
        ReadPredicates(s, subject, p + 1, 0.7, out);
        if (out.size() > before) return true;
      }
      ReadAppositionMembership(s, subject, p + 1, after - 1, out);
      ReadAppositionAlly(s, subject, p + 1, after - 1, out);
      ReadParticipleAside(s, subject, p + 1, after - 1, out);
      p = after;
      // "Emily Roe, 39, who has waived her anonymity, met ...": a relative clause after the
      // apposition, closed by its own comma, also stands between the subject and its verb.
      for (int more = 0; more < 2 && p < n; ++more) {
        size_t relative = RelativeClauseStart(s, p);
        size_t next = relative != 0 ? AppositionEnd(s, p - 1) : 0;
        if (next == 0) break;
        ReadPredicates(s, subject, relative, 0.75, out);
        p = next;
      }
    } else if (p < n && s.lower[p] == "(") {
      size_t close = p;
      while (close < n && close < p + kMaxAppositionTokens && s.lower[close] != ")") ++close;
      if (close >= n || s.lower[close] != ")") return false;
      p = close + 1;
    }
    ReadPredicates(s, subject, p, 0.8, out);
    return out.size() > before;
  }

  // ", a specialized agency of the United Nations,": the apposition states membership.
  void ReadAppositionMembership(const AnalyzedSentence& s, const ActorGroup& subject,
                                size_t begin, size_t end, std::vector<Triple>& out) const {
    size_t k = begin;
    if (k < end && (s.lower[k] == "a" || s.lower[k] == "an" || s.lower[k] == "the" ||
                    (subject.members.size() > 1 && words::IsQuantifier(s.lower[k]))))
      ++k;
    std::vector<std::string> modifiers;
    while (k < end && modifiers.size() < 3 && context_.lemmatizer->IsAdjective(s.lower[k]) &&
           !IsMembershipNoun(s.lower[k]) && s.mention_at[k] < 0)
      modifiers.push_back(s.lower[k++]);
    if (k + 2 >= end || !IsMembershipNoun(s.lower[k]) || s.lower[k + 1] != "of") return;
    size_t o = k + 2;
    auto object = GroupAt(s, o);
    if (!object || object->end != end) return;
    Relation r;
    std::string noun = s.lower[k];
    if (noun.ends_with("s") && noun != "bus") noun.pop_back();
    r.text = noun == "part" ? "be part of" : "be a ";
    if (noun != "part") {
      for (const auto& m : modifiers) r.text += m + " ";
      r.text += noun + " of";
    }
    r.lemma = noun;
    r.category = Category::kNeutral;
    EmitPairs(s, subject.members, r, TokenSpan(s, k, k + 2), object->members, kName, 0.75, out);
  }

  // "NATO, of which Turkey is a member": membership of the relative clause's subject.
  void ReadOfWhichMember(const AnalyzedSentence& s, const ActorGroup& subject, size_t t,
                         std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    if (t + 2 >= n || s.lower[t] != "of" || s.lower[t + 1] != "which") return;
    auto member = GroupAt(s, t + 2);
    if (!member) return;
    size_t k = member->end;
    if (k < n && (s.lower[k] == "is" || s.lower[k] == "are" || s.lower[k] == "was" ||
                  s.lower[k] == "were"))
      ++k;
    else
      return;
    if (k < n && (s.lower[k] == "a" || s.lower[k] == "an")) ++k;
    std::string modifiers;
    while (k < n && modifiers.size() < 40 && s.lower[k] != "member" && s.lower[k] != "members" &&
           (context_.lemmatizer->IsAdjective(s.lower[k]) || s.lower[k] == "founding"))
      modifiers += s.lower[k++] + " ";
    if (k >= n || (s.lower[k] != "member" && s.lower[k] != "members")) return;
    Relation r;
    r.text = "be a " + modifiers + "member of";
    r.lemma = "member";
    r.category = Category::kNeutral;
    EmitPairs(s, member->members, r, TokenSpan(s, k, k + 1), subject.members, kName, 0.75, out);
  }

  // "China, Pakistan's closest ally,": the apposition names an alliance.
  void ReadAppositionAlly(const AnalyzedSentence& s, const ActorGroup& subject, size_t begin,
                          size_t end, std::vector<Triple>& out) const {
    size_t k = begin;
    if (k < end && words::IsDeterminer(s.lower[k])) ++k;
    if (ReadAllyOf(s, subject, k, end, out)) return;
    auto owner = GroupAt(s, k);
    if (!owner || owner->members.size() != 1) return;
    bool possessive = false;
    size_t t = owner->end + PossessiveAfter(s, s.mentions[owner->members[0].mention], &possessive);
    if (!possessive) return;
    while (t < end && s.lower[t] != "ally" &&
           (context_.lemmatizer->IsAdjective(s.lower[t]) || s.lower[t].ends_with("est")))
      ++t;
    if (t + 1 != end || (s.lower[t] != "ally" && s.lower[t] != "partner")) return;
    Relation r;
    r.text = s.lower[t] == "ally" ? "be allied with" : "be a partner of";
    r.lemma = s.lower[t];
    r.category = Category::kVerbalCooperation;
    r.cameo_root = 5;
    r.symmetric = true;
    EmitPairs(s, subject.members, r, TokenSpan(s, t, t + 1), owner->members, kName, 0.75, out);
  }

  // "Trump, responding to Pelosi's announcement on Twitter, attacked ...": a participle
  // between commas [begin, end) states what the subject does.
  void ReadParticipleAside(const AnalyzedSentence& s, const ActorGroup& subject, size_t begin,
                           size_t end, std::vector<Triple>& out) const {
    if (begin + 1 >= end || !s.lower[begin].ends_with("ing") ||
        !context_.lemmatizer->IsVerb(s.lower[begin]))
      return;
    // The subject must open the sentence or its clause, titles and all ("U.S. Agriculture
    // Secretary Richard Lyng, reacting to ..."): in "named president of the IBM Products
    // Division, succeeding X" the division does not succeed anyone.
    size_t q = subject.begin;
    for (int k = 0; k < 6 && q > 0; ++k) {
      const std::string& text = s.sentence->tokens[q - 1].text;
      bool capitalised = !text.empty() && std::isupper(static_cast<unsigned char>(text[0]));
      if (!words::IsDeterminer(s.lower[q - 1]) && !capitalised && s.mention_at[q - 1] < 0) break;
      --q;
    }
    if (q > 0 && s.lower[q - 1] != "," && s.lower[q - 1] != "\"" && s.lower[q - 1] != "``")
      return;
    ReadOnePredicate(s, subject, begin, 0.65, out);
  }

  // ", a longtime ally of China,", ", a key partner of the EU,": the apposition from `k`
  // (after its article) to `end` names an alliance. True if it was one.
  bool ReadAllyOf(const AnalyzedSentence& s, const ActorGroup& subject, size_t k, size_t end,
                  std::vector<Triple>& out) const {
    size_t t = k;
    while (t < end && t < k + 3 && s.mention_at[t] < 0 && s.lower[t] != "ally" &&
           s.lower[t] != "allies" && s.lower[t] != "partner" &&
           (context_.lemmatizer->IsAdjective(s.lower[t]) || s.lower[t].ends_with("est") ||
            s.lower[t] == "longtime" || s.lower[t] == "long-time" || s.lower[t] == "key"))
      ++t;
    if (t + 2 >= end) return false;
    std::string_view noun = s.lower[t];
    if ((noun != "ally" && noun != "allies" && noun != "partner") || s.lower[t + 1] != "of")
      return false;
    auto owner = GroupAt(s, t + 2);
    if (!owner || owner->end != end) return false;
    Relation r;
    r.text = noun == "partner" ? "be a partner of" : "be allied with";
    r.lemma = noun == "partner" ? "partner" : "ally";
    r.category = Category::kVerbalCooperation;
    r.cameo_root = 5;
    r.symmetric = true;
    EmitPairs(s, subject.members, r, TokenSpan(s, t, t + 2), owner->members, kName, 0.75, out);
    return true;
  }

  static bool IsMembershipNoun(std::string_view w) {
    return w == "member" || w == "members" || w == "agency" || w == "organ" || w == "part" ||
           w == "subsidiary" || w == "branch" || w == "wing" || w == "affiliate" ||
           w == "unit" || w == "division";
  }

  // "which ...", "who ...", "both of which ...": the token after the pronoun; 0 if none.
  size_t RelativeClauseStart(const AnalyzedSentence& s, size_t t) const {
    size_t n = s.lower.size();
    if (t < n && (s.lower[t] == "which" || s.lower[t] == "who")) return t + 1;
    if (t + 2 < n && words::IsQuantifier(s.lower[t]) && s.lower[t + 1] == "of" &&
        (s.lower[t + 2] == "which" || s.lower[t + 2] == "whom"))
      return t + 3;
    return 0;
  }

  // Whether a comma opens the apposition that starts at `begin`, directly or before a few
  // describing words ("authors, herpetologist Jane Roe,"): a name standing beside the
  // noun phrase before it. Not a description of a person named before ("Rep. John Doe, a
  // Ruritanian Republican,"), nor a demonym.
  bool OpensApposition(const AnalyzedSentence& s, size_t begin) const {
    int k = s.mention_at[begin];
    if (k < 0 || s.mentions[k].how == Resolution::kDemonym) return false;
    for (size_t t = begin; t > 0 && t + 3 >= begin; --t) {
      std::string_view w = s.lower[t - 1];
      if (w == ",") {
        if (t < 2) return false;
        int left = s.mention_at[t - 2];
        return left < 0 || s.mentions[left].actor.type != ActorType::kPerson;
      }
      if (w == "a" || w == "an") return false;
      if (s.mention_at[t - 1] >= 0 || words::IsPunctuation(w) || words::IsPreposition(w) ||
          words::IsCoordinator(w) || words::IsRelativePronoun(w) || words::IsBe(w) ||
          words::IsHave(w) || (context_.lemmatizer->IsVerb(w) &&
                               context_.lemmatizer->VerbLemma(w) != w))
        return false;
    }
    return false;
  }

  // A verb written in a finite, inflected form at `t` ("told", "accuses"), not a participle
  // of a passive or an aside ("signed by", "speaking").
  bool StartsFiniteVerb(const AnalyzedSentence& s, size_t t) const {
    size_t n = s.lower.size();
    if (t >= n || s.mention_at[t] >= 0) return false;
    std::string_view w = s.lower[t];
    if (words::IsPunctuation(w) || words::IsPreposition(w) || words::IsDeterminer(w) ||
        w.ends_with("ing") || !context_.lemmatizer->IsVerb(w) ||
        context_.lemmatizer->VerbLemma(w) == w)
      return false;
    return !(t + 1 < n && s.lower[t + 1] == "by");
  }

  // The token after the comma that closes an apposition opened by the comma at `comma`;
  // 0 when there is no closing comma close enough.
  size_t AppositionEnd(const AnalyzedSentence& s, size_t comma) const {
    size_t n = s.lower.size();
    for (size_t t = comma + 1; t < n && t <= comma + kMaxAppositionTokens; ++t) {
      if (s.lower[t] == ",") return t + 1 < n ? t + 1 : 0;
      if (s.lower[t] == ";" || s.lower[t] == ":" || s.lower[t] == "\"") return 0;
    }
    return 0;
  }

  // The predicate starting at `p` and the objects it reaches, then coordinated verb
  // phrases ("... with Tehran and have been critical of the US").
  void ReadPredicates(const AnalyzedSentence& s, const ActorGroup& subject, size_t p,
                      double confidence, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    // "did not want Chile to intervene and called on ...": the object of a verb, with an
    // infinitive after it, is not the subject of the verb phrase after "and".
    bool control_object = subject.begin > 0 && subject.end + 1 < n && s.lower[subject.end] == "to" &&
                          context_.lemmatizer->IsVerb(s.lower[subject.begin - 1]) &&
                          !words::IsPreposition(s.lower[subject.begin - 1]);
    for (int round = 0; round < 4 && p < n; ++round) {
      size_t end = ReadOnePredicate(s, subject, p, round == 0 ? confidence : 0.7, out);
      // "rejoin the Paris agreement and criticised Trump": a subject is followed by its verb;
      // an actor before a noun names something, and the verb after "and" is not its own.
      if (end == 0 && !control_object && (round > 0 || StartsVerbGroup(s, SkipAdverbials(s, p))))
        end = NextCoordinatedVerb(s, p);
      if (end == 0 || end >= n) return;
      // Skip the rest of the object noun phrase ("the US's 'maximum pressure' strategy").
      size_t t = end;
      while (t < n && t < end + 8 && !words::IsCoordinator(s.lower[t]) &&
             (s.lower[t] == "'s" || !words::IsPunctuation(s.lower[t]) ||
              s.lower[t] == "\"" || s.lower[t] == "'") &&
             !StartsVerbGroup(s, t))
        ++t;
      if (t < n && s.lower[t] == ",") ++t;
      if (t >= n || !words::IsCoordinator(s.lower[t])) return;
      p = t + 1;
      if (!StartsVerbGroup(s, p)) return;
    }
  }

  // The token after "also", -ly adverbs, "yesterday" and "on Monday" from `p` (at most 4).
  static size_t SkipAdverbials(const AnalyzedSentence& s, size_t p) {
    size_t n = s.lower.size();
    for (size_t k = p; k < n && k < p + 4; ++k) {
      std::string_view w = s.lower[k];
      if (w == "on" && k + 1 < n && IsWeekdayWord(s.lower[k + 1])) {
        ++k;
        continue;
      }
      if (!(words::IsAdverb(w) || IsWeekdayWord(w) || w == "yesterday" || w == "today"))
        return k;
    }
    return std::min(n, p + 4);
  }

  static bool IsWeekdayWord(std::string_view w) {
    return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" ||
           w == "friday" || w == "saturday" || w == "sunday";
  }

  // "urged the embassy to reconsider and spoke with X": when the first predicate reaches no
  // actor, the "and" that opens the next verb phrase. Returns the token of that "and", or 0.
  size_t NextCoordinatedVerb(const AnalyzedSentence& s, size_t p) const {
    size_t n = s.lower.size();
    // An actor on the way ("did not want the U.S. to involve itself and calls on ...")
    // does not stop it: the subject still governs the next verb phrase.
    for (size_t t = p + 1; t + 1 < n && t < p + 15; ++t) {
      if (words::IsPunctuation(s.lower[t]) || words::IsRelativePronoun(s.lower[t]) ||
          OpensSubordinateClause(s.lower[t]))
        return 0;
      if (!words::IsCoordinator(s.lower[t])) continue;
      std::string_view next = s.lower[t + 1];
      bool finite = words::IsHave(next) || words::IsBe(next) || words::IsModal(next) ||
                    (context_.lemmatizer->IsVerb(next) &&
                     context_.lemmatizer->VerbLemma(next) != next && !next.ends_with("ing"));
      return finite ? t : 0;
    }
    return 0;
  }

  // "agrees to suspend UK Parliament": a capitalised noun right after the object makes the
  // actor a modifier of a longer name.
  bool NameGoesOn(const AnalyzedSentence& s, size_t t) const {
    if (t >= s.lower.size() || s.mention_at[t] >= 0) return false;
    const std::string& text = s.sentence->tokens[t].text;
    if (text.empty() || !std::isupper(static_cast<unsigned char>(text[0]))) return false;
    std::string_view w = s.lower[t];
    if (words::IsPreposition(w) || words::IsDeterminer(w) || words::IsCoordinator(w) ||
        words::IsAdverb(w) || words::IsBe(w) || words::IsHave(w) || words::IsModal(w) ||
        words::IsFuture(w) || words::IsRelativePronoun(w) || w == "'s")
      return false;
    if (s.sentence->heading &&
        (context_.lemmatizer->IsVerb(w) || context_.lemmatizer->IsAdjective(w)))
      return false;
    // "wrote to the US Embassy", "the Iraqi Army": a state's organ, capitalised as a name,
    // still stands for the state (as "US forces" does); StateGroupAt reads it.
    if (!s.sentence->heading && words::IsStateHead(w)) return false;
    return true;
  }

  // A single state followed by "Secretary of State" and a person's name ("US Secretary of
  // State Jane Roe"), which the actor finder does not mark as the person's modifier.
  static bool SecretaryOfStateNamed(const AnalyzedSentence& s, const ActorGroup& object) {
    size_t t = object.end;
    if (object.members.size() != 1 || object.members.front().actor.type != ActorType::kCountry ||
        t + 3 >= s.lower.size())
      return false;
    int m = s.mention_at[t + 3];
    return s.lower[t] == "secretary" && s.lower[t + 1] == "of" && s.lower[t + 2] == "state" &&
           m >= 0 && s.mentions[m].token_begin == t + 3 &&
           s.mentions[m].actor.type == ActorType::kPerson;
  }

  // The first token of a person's name after the body of mention `m` and a post ("Clemson
  // University psychologist Jo Jorgensen", "Acme Oil chief economist Jane Roe"), or 0.
  static size_t PersonAfterPost(const AnalyzedSentence& s, int m) {
    size_t n = s.lower.size();
    if (m < 0 || s.mentions[m].actor.type != ActorType::kOrganization) return 0;
    size_t from = s.mentions[m].token_end;
    for (size_t k = from; k < n && k < from + 3; ++k) {
      std::string_view w = s.lower[k];
      if (s.mention_at[k] >= 0 || !IsLowerCase(s, k) || words::IsPunctuation(w) ||
          words::IsPreposition(w) || words::IsDeterminer(w) || words::IsCoordinator(w) ||
          words::IsBe(w) || words::IsRelativePronoun(w))
        return 0;
      if (!IsPostNoun(w)) continue;  // "chief economist": the post's last noun is next
      int person = k + 1 < n ? s.mention_at[k + 1] : -1;
      if (person >= 0 && s.mentions[person].token_begin == k + 1 &&
          !s.mentions[person].modifier && s.mentions[person].actor.type == ActorType::kPerson)
        return k + 1;
    }
    return 0;
  }

  // "join African Union continental free trade bloc": the actor only modifies the name of
  // another body, whose head noun comes within a few lower-case words.
  bool BodyNounFollows(const AnalyzedSentence& s, size_t t) const {
    static constexpr std::string_view kBodies[] = {
        "bloc", "zone", "area", "pact", "treaty", "programme", "program", "mission",
        "coalition", "initiative", "fund", "force", "commission", "scheme",
        // "told a Georgetown University conference": the event, not its host, is addressed.
        "conference", "luncheon", "dinner", "meeting", "hearing", "seminar", "symposium",
        "forum", "convention", "gathering", "session", "audience"};
    // "support Sri Lanka's development program": the body is the actor's own.
    if (t < s.lower.size() && (s.lower[t] == "'s" || s.lower[t] == "'")) return false;
    for (size_t k = t; k < s.lower.size() && k < t + 5; ++k) {
      std::string_view w = s.lower[k];
      if (s.mention_at[k] >= 0 || words::IsPunctuation(w) || words::IsPreposition(w) ||
          words::IsCoordinator(w) || words::IsDeterminer(w) || words::IsBe(w) ||
          words::IsHave(w) || words::IsModal(w) || words::IsFuture(w) ||
          words::IsRelativePronoun(w))
        return false;
      for (std::string_view body : kBodies)
        if (w == body) return true;
    }
    return false;
  }

  // "told Trump's lawyer", "called Trump's order swift": a verb of address or judgement
  // addresses what the possessive owns, not its owner.
  static bool AddressesPossessor(const AnalyzedSentence& s, const Predicate& predicate,
                                 const ActorGroup& object) {
    std::string_view lemma = predicate.relation.lemma;
    if (lemma != "tell" && lemma != "call" && lemma != "describe" && lemma != "write" &&
        lemma != "speak" && lemma != "label" && lemma != "brand" && lemma != "question" &&
        lemma != "address" && lemma != "interview")
      return false;
    bool possessive = false;
    PossessiveAfter(s, s.mentions[object.members.back().mention], &possessive);
    if (possessive) return true;
    // "described Amoco Canada's offer": the name goes on to the possessive.
    for (size_t t = object.end; t < s.lower.size() && t < object.end + 3; ++t) {
      const std::string& text = s.sentence->tokens[t].text;
      if (s.lower[t] == "'s" || s.lower[t] == "'") return t > object.end;
      if (text.empty() || !std::isupper(static_cast<unsigned char>(text[0]))) return false;
    }
    return false;
  }

  // "Amoco Canada is a unit of Amoco Corp", "Example Bank USA is a subsidiary of": a firm's
  // part said of a state is said of a firm whose name ends in the state's.
  static bool IsFirmsPartSaidOfState(const Predicate& predicate, const ActorGroup& subject) {
    std::string_view lemma = predicate.relation.lemma;
    if (lemma != "subsidiary" && lemma != "unit" && lemma != "division" &&
        lemma != "affiliate" && lemma != "branch")
      return false;
    return std::any_of(subject.members.begin(), subject.members.end(),
                       [](const GroupMember& g) { return g.actor.type == ActorType::kCountry; });
  }

  static bool IsPlaceRelation(std::string_view text) {
    return text.ends_with(" in") || text.ends_with(" at") || text.ends_with(" inside") ||
           text.ends_with(" behind") || text.ends_with(" over") || text.ends_with(" from");
  }

  // A verb the vocabulary does not list reaches only an object that ends its noun phrase
  // and the clause: not "Renault's stake", "the U.S. market", "the US was disappointed".
  bool OpenObjectEnds(const AnalyzedSentence& s, const ActorGroup& object) const {
    size_t t = object.end;
    if (t >= s.lower.size()) return true;
    std::string_view w = s.lower[t];
    if (w == "'s" || w == "'" || w == "-" || s.mention_at[t] >= 0) return false;
    if (words::IsPunctuation(w) || words::IsCoordinator(w)) return true;
    if (words::IsPreposition(w)) return w != "of";
    return false;
  }

  // Whether the object is a party to the predicate, and what a possessive after it makes of
  // it: "freed Britain's ambassador Rob Macaire" is the named person, "called May's deal
  // 'lousy'" judges what May made ("call deal of"). False when the object is no party:
  // "told Trump's lawyer", "praised Biden's son", "reacting to criticism of the US" (the US
  // is criticised, not responded to).
  bool ObjectIsParty(const AnalyzedSentence& s, Predicate& predicate, ActorGroup& object) const {
    std::string_view text = predicate.relation.text;
    if ((text.starts_with("respond to ") || text.starts_with("react to ")) &&
        text.ends_with(" of"))
      return false;
    if (auto named = ApposedNameAfter(s, object)) {
      object = *named;
      return true;
    }
    if (OwnsUnnamedPerson(s, object)) return false;
    if (!AddressesPossessor(s, predicate, object)) return true;
    bool possessive = false;
    PossessiveAfter(s, s.mentions[object.members.back().mention], &possessive);
    if (!possessive || predicate.passive) return false;
    return ReadPossession(s, context_, object, &predicate.relation) ==
           PossessionReading::kJudged;
  }

  // "had defeated ISIS and Turkey would be moving": the last "and X" of an object list that
  // is followed by a verb group starts a new clause; X is not an object.
  void TrimNextClauseSubject(const AnalyzedSentence& s, ActorGroup& object) const {
    if (object.members.size() < 2 || object.end >= s.lower.size()) return;
    std::string_view next = s.lower[object.end];
    bool verb_group = words::IsModal(next) || words::IsFuture(next) || words::IsHave(next) ||
                      words::IsBe(next) || words::IsDo(next) ||
                      (context_.lemmatizer->IsVerb(next) && !words::IsPreposition(next) &&
                       context_.lemmatizer->VerbLemma(next) != next);
    if (!verb_group) return;
    int last = object.members.back().mention;
    while (!object.members.empty() && object.members.back().mention == last)
      object.members.pop_back();
  }

  // The predicate [p, t) before an object at `t`, also with the words that describe the
  // object left out: "killed a woman named Heather Heyer", "met newly elected President
  // X", "told his lawyer X".
  std::optional<Predicate> ParsePredicateBefore(const AnalyzedSentence& s, size_t p,
                                                size_t t) const {
    auto predicate = ParsePredicate(s, p, t, context_, PredicateMode::kBeforeObject);
    for (size_t end : {StripNamedDescription(s, p, t), StripObjectPremodifiers(s, p, t),
                       StripPronounsPerson(s, p, t)}) {
      if (predicate) break;
      if (end != t) predicate = ParsePredicate(s, p, end, context_, PredicateMode::kBeforeObject);
    }
    return predicate;
  }

  // Reads one predicate from `p`; returns the token after its object group, or 0.
  size_t ReadOnePredicate(const AnalyzedSentence& s, const ActorGroup& subject, size_t p,
                          double confidence, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    size_t limit = std::min(n, p + kMaxPredicateTokens);
    // "issued warrants for 36 people, including Trump": the predicate ends before the
    // plural the example stands for.
    size_t predicate_end = 0;
    size_t timed = p;  // tokens before it were checked for a phrase of time
    for (size_t t = p; t < limit; ++t) {
      // "increased cooperation in the last few years with": a phrase of time does not count
      // against the predicate's length.
      if (t >= timed) {
        timed = std::max(t + 1, words::TimePhraseEnd(s.lower, t, n));
        limit = std::min(n, limit + (timed - t - 1));
      }
      if (predicate_end == 0) {
        size_t example = 0;
        if (size_t start = ExampleListBefore(s, p, t, &example); start != 0) {
          predicate_end = start;
          t = example;
          limit = std::max(limit, std::min(n, t + 1));
        }
      }
      if (words::IsPunctuation(s.lower[t]) && s.lower[t] != "'s") break;
      if (s.lower[t] == "by" && t > p) {
        if (size_t end = ReadPassiveAgent(s, subject, p, t, confidence, out)) return end;
      }
      std::optional<ActorGroup> object;
      if (HeadMentionAt(s, t) >= 0) object = GroupAt(s, t);
      if (!object) object = StateGroupAt(s, t);
      if (!object) {
        if (size_t end = ReadStanceOnAct(s, subject, p, t, out)) return end;
        continue;
      }
      // "nominated Clemson University psychologist Jo Jorgensen": a body before a post and
      // a person's name is where the person works; the person is the object.
      if (size_t person = object->members.size() == 1
                              ? PersonAfterPost(s, object->members.front().mention)
                              : 0) {
        t = person - 1;
        continue;
      }
      if (predicate_end != 0) {
        auto predicate =
            ParsePredicate(s, p, predicate_end, context_, PredicateMode::kBeforeObject);
        if (!predicate || predicate->passive) break;
        EmitPairs(s, subject.members, predicate->relation, predicate->span, object->members,
                  kName, confidence, out);
        return object->end;
      }
      auto predicate = ParsePredicateBefore(s, p, t);
      if (!predicate) predicate = OrderOut(s, p, t, object->end);
      if (!predicate) predicate = ActActorBeforeNoun(s, p, t, *object);
      if (!predicate) predicate = ParseStanceOnClaim(s, p, t, *object, context_);
      if (!predicate) {
        // "back new EU sanctions on Belarus": an actor right before a relation noun only
        // modifies it; the object is further on.
        if (object->end < s.lower.size() && object->members.size() == 1 &&
            context_.vocabulary->FindNoun(s.lower[object->end])) {
          t = object->end - 1;
          continue;
        }
        break;
      }
      if (BodyNounFollows(s, object->end)) break;
      if (!ObjectIsParty(s, *predicate, *object)) break;
      if (IsFirmsPartSaidOfState(*predicate, subject)) break;
      if (!predicate->passive && ReportsAClause(predicate->relation.lemma) &&
          ClauseGoesOn(s, object->end, *context_.lemmatizer))
        break;
      if (predicate->open_verb && !OpenObjectEnds(s, *object)) break;
      // "served in Chile", "appeared in Iraq": a place where something happened, not a
      // party; "served in the US Army", "appeared in Christchurch District Court" are.
      if (predicate->open_verb && IsPlaceRelation(predicate->relation.text) &&
          std::any_of(object->members.begin(), object->members.end(),
                      [](const GroupMember& g) { return g.actor.type == ActorType::kCountry; }))
        break;
      if (NameGoesOn(s, object->end)) {
        // "spoke with US Secretary of State X": the state is the person's, who is the object.
        if (SecretaryOfStateNamed(s, *object)) {
          t = object->end - 1;
          continue;
        }
        // "Back Venezuela Dialogue": the actor names what the relation noun is with.
        const NounEntry* noun = context_.vocabulary->FindNoun(s.lower[object->end]);
        if (!noun || !noun->verb.empty() || predicate->passive) break;
        predicate->relation.text += " " + s.lower[object->end] + " with";
      }
      TrimNextClauseSubject(s, *object);
      if (predicate->passive)
        EmitPairs(s, object->members, predicate->relation, predicate->span, subject.members,
                  kName, confidence, out);
      else
        EmitPairs(s, subject.members, predicate->relation, predicate->span, object->members,
                  kName, confidence, out);
      if (!predicate->passive) ReadAppealedAct(s, subject, *predicate, object->end, out);
      if (!predicate->passive) {
        if (size_t end = ReadSameActAfter(s, *predicate, *object, confidence, out)) return end;
      }
      return object->end;
    }
    if (subject.members.size() >= 2) ReadReciprocal(s, subject, p, limit, out);
    return 0;
  }

  // "X attacked Y, as did Z", ", as have Z", ", and so did Z": Z did the same to Y. The
  // group must end the clause; a negated act is left alone ("did not attack Y, as did Z"
  // is ambiguous). Returns the token after Z's group, or 0.
  size_t ReadSameActAfter(const AnalyzedSentence& s, const Predicate& predicate,
                          const ActorGroup& object, double confidence,
                          std::vector<Triple>& out) const {
    if (predicate.relation.negated) return 0;
    size_t n = s.lower.size();
    size_t k = object.end;
    if (k + 3 >= n || s.lower[k] != ",") return 0;
    ++k;
    if (s.lower[k] == "as") {
      ++k;
    } else if (s.lower[k] == "and" && s.lower[k + 1] == "so") {
      k += 2;
    } else {
      return 0;
    }
    if (k >= n || !(words::IsDo(s.lower[k]) || words::IsHave(s.lower[k]))) return 0;
    ++k;
    if (k >= n || HeadMentionAt(s, k) < 0) return 0;
    std::optional<ActorGroup> doer = GroupAt(s, k);
    if (!doer || (doer->end < n && !words::IsPunctuation(s.lower[doer->end]))) return 0;
    EmitPairs(s, doer->members, predicate.relation, predicate.span, object.members, kName,
              confidence, out);
    return doer->end;
  }

  // "Trump called on Fox News to fire Griffin", "the UN urged the US to lift sanctions on
  // Iran": an appeal to one actor for an act on another relates the appellant to the
  // target too, as "call to fire", "urge to lift sanctions on".
  void ReadAppealedAct(const AnalyzedSentence& s, const ActorGroup& subject,
                       const Predicate& appeal, size_t to, std::vector<Triple>& out) const {
    static constexpr std::string_view kAppeals[] = {"urge", "call", "ask", "press", "encourage",
                                                    "pressure", "push", "order", "tell",
                                                    "persuade", "lobby", "invite", "force"};
    std::string_view lemma = appeal.relation.lemma;
    bool known = false;
    for (std::string_view a : kAppeals) known = known || a == lemma;
    size_t n = s.lower.size();
    if (!known || to + 2 >= n || s.lower[to] != "to") return;
    size_t limit = std::min(n, to + 1 + kMaxPredicateTokens);
    for (size_t t = to + 2; t < limit; ++t) {
      if (words::IsPunctuation(s.lower[t])) return;
      std::optional<ActorGroup> target;
      if (HeadMentionAt(s, t) >= 0) target = GroupAt(s, t);
      if (!target) target = StateGroupAt(s, t);
      if (!target) continue;
      auto act = ParsePredicate(s, to + 1, t, context_, PredicateMode::kBeforeObject);
      if (!act || act->passive || act->relation.negated) return;
      if (!ObjectIsPartyOf(s, *act, *target)) return;
      Relation r = appeal.relation;
      r.text = std::string(lemma) + " to " + act->relation.text;
      std::vector<GroupMember> targets;
      for (const GroupMember& g : target->members)
        if (!HasPair(out, subject.members.front().actor, g.actor)) targets.push_back(g);
      EmitPairs(s, subject.members, r, act->span, targets, kName, 0.65, out);
      return;
    }
  }

  bool ObjectIsPartyOf(const AnalyzedSentence& s, Predicate& predicate, ActorGroup& object) const {
    if (BodyNounFollows(s, object.end)) return false;
    if (!ObjectIsParty(s, predicate, object)) return false;
    if (predicate.open_verb && !OpenObjectEnds(s, object)) return false;
    return !NameGoesOn(s, object.end);
  }

  // "Pelosi announces Trump impeachment investigation", "launched a Russia probe": a light
  // verb whose act noun follows the actor it is about (one more noun may come between).
  // Tokens [p, t) hold the light verb and a determiner; the object starts at `t`.
  std::optional<Predicate> ActActorBeforeNoun(const AnalyzedSentence& s, size_t p, size_t t,
                                              const ActorGroup& object) const {
    size_t n = s.lower.size();
    if (object.members.size() != 1) return std::nullopt;
    size_t v = p;
    while (v < t && (words::IsHave(s.lower[v]) || words::IsModal(s.lower[v]) ||
                     words::IsFuture(s.lower[v]) || words::IsAdverb(s.lower[v])))
      ++v;
    if (v >= t) return std::nullopt;
    const LightVerbEntry* light =
        context_.vocabulary->FindLightVerb(context_.lemmatizer->VerbLemma(s.lower[v]));
    if (!light) return std::nullopt;
    size_t k = v + 1;
    if (k < t && words::IsDeterminer(s.lower[k])) ++k;
    if (k != t) return std::nullopt;
    const NounEntry* act = nullptr;
    size_t end = object.end;
    for (size_t w = object.end; w < n && w < object.end + 2; ++w) {
      if (s.mention_at[w] >= 0 || words::IsPunctuation(s.lower[w]) ||
          words::IsPreposition(s.lower[w]) || words::IsCoordinator(s.lower[w]) ||
          words::IsDeterminer(s.lower[w]) || StartsVerbGroup(s, w))
        break;
      if (const NounEntry* noun = context_.vocabulary->FindNoun(s.lower[w]);
          noun && !noun->verb.empty()) {
        act = noun;
        end = w + 1;
      }
    }
    if (!act) return std::nullopt;
    // The act noun ends the phrase: not "a Trump investigation report".
    if (end < n && s.mention_at[end] < 0 && !words::IsPunctuation(s.lower[end]) &&
        !words::IsPreposition(s.lower[end]) && !words::IsCoordinator(s.lower[end]) &&
        !words::IsRelativePronoun(s.lower[end]))
      return std::nullopt;
    // "approved Y's acquisition of Z": an act noun with its own "of" patient after it is
    // Y's act, not one done to Y.
    if (end < n && s.lower[end] == "of" &&
        std::find(act->preps.begin(), act->preps.end(), "of") != act->preps.end())
      return std::nullopt;
    const VerbEntry* verb = context_.vocabulary->FindVerb(act->verb);
    if (!verb) return std::nullopt;
    Predicate predicate;
    predicate.relation.text = verb->normal;
    predicate.relation.lemma = verb->normal.substr(0, verb->normal.find(' '));
    predicate.relation.category = verb->category;
    predicate.relation.cameo_root = verb->cameo_root;
    predicate.relation.symmetric = verb->symmetric;
    predicate.relation.modality = light->modality;
    for (size_t a = p; a < v; ++a)
      if (words::IsNegation(s.lower[a])) predicate.relation.negated = true;
    predicate.span = TokenSpan(s, v, end);
    return predicate;
  }

  // "orders French troops out", "ordered the US ambassador to leave": an order to leave is
  // an expulsion. Tokens [p, t) hold the verb, the object ends at `object_end`.
  std::optional<Predicate> OrderOut(const AnalyzedSentence& s, size_t p, size_t t,
                                    size_t object_end) const {
    size_t n = s.lower.size();
    size_t v = p;
    while (v < t && (words::IsHave(s.lower[v]) || words::IsAdverb(s.lower[v]) ||
                     words::IsFuture(s.lower[v])))
      ++v;
    if (v >= t || context_.lemmatizer->VerbLemma(s.lower[v]) != "order") return std::nullopt;
    size_t k = v + 1;
    if (k < t && words::IsDeterminer(s.lower[k])) ++k;
    if (k != t) return std::nullopt;
    bool out_word = object_end < n && s.lower[object_end] == "out";
    bool leave = object_end + 1 < n && s.lower[object_end] == "to" &&
                 context_.lemmatizer->VerbLemma(s.lower[object_end + 1]) == "leave";
    if (!out_word && !leave) return std::nullopt;
    const VerbEntry* expel = context_.vocabulary->FindVerb("expel");
    if (!expel) return std::nullopt;
    Predicate predicate;
    predicate.relation.text = expel->normal;
    predicate.relation.lemma = expel->normal;
    predicate.relation.category = expel->category;
    predicate.relation.cameo_root = expel->cameo_root;
    predicate.span = TokenSpan(s, v, v + 1);
    return predicate;
  }

  // "condemned the North Korean missile launch": a verb of stance on an act names the
  // actor of the act (a modifier) as its object. Returns the token after it, or 0.
  size_t ReadStanceOnAct(const AnalyzedSentence& s, const ActorGroup& subject, size_t p,
                         size_t t, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    size_t k = t;
    if (k < n && words::IsDeterminer(s.lower[k])) ++k;
    if (k >= n) return 0;
    int m = s.mention_at[k];
    if (m < 0 || !s.mentions[m].modifier || s.mentions[m].token_begin != k) return 0;
    // The act: a noun phrase after the modifier, then the clause goes on or ends.
    size_t after = s.mentions[m].token_end;
    if (after >= n || s.mention_at[after] >= 0 || words::IsPunctuation(s.lower[after]) ||
        words::IsPreposition(s.lower[after]) || words::IsCoordinator(s.lower[after]))
      return 0;
    // "criticised Turkish President Recep Tayyip Erdogan('s decision)": the modifier and the
    // title describe the named person, who is the object.
    if (TitleBeforeName(s, after)) return 0;
    if (PersonAfterPost(s, m)) return 0;  // "praised Acme Oil engineer Jane Roe"
    auto predicate = ParsePredicate(s, p, t, context_, PredicateMode::kBeforeObject);
    if (!predicate || predicate->passive) return 0;
    static constexpr std::string_view kStance[] = {
        "condemn", "criticize", "denounce", "welcome", "praise", "reject", "support",
        "back",    "endorse",   "oppose",   "protest", "respond to", "react to"};
    bool stance = false;
    for (auto v : kStance) stance = stance || predicate->relation.text == v;
    if (!stance) return 0;
    std::vector<GroupMember> actors;
    for (const Actor& actor : ActorsOf(s.mentions[m])) actors.push_back({m, actor});
    EmitPairs(s, subject.members, predicate->relation, predicate->span, actors, kName, 0.6, out);
    return after;
  }

  // "X was killed by a US drone strike": the agent is a modifier inside the by-phrase.
  size_t ReadPassiveAgent(const AnalyzedSentence& s, const ActorGroup& subject, size_t p,
                          size_t by, double confidence, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    // "was joined by attorneys general from Maine and Hawaii", "was criticised by officials
    // of both countries": the officials of states act for them.
    {
      size_t t = by + 1;
      if (t < n && words::IsDeterminer(s.lower[t])) ++t;
      size_t end = t;
      if (IsStateOfficials(s, t, t + 1)) end = t + 1;
      else if (IsStateOfficials(s, t, t + 2)) end = t + 2;
      if (end > t && end + 1 < n && s.mention_at[end - 1] < 0 &&
          (s.lower[end] == "from" || s.lower[end] == "of") && HeadMentionAt(s, end + 1) >= 0) {
        auto agents = GroupAt(s, end + 1);
        auto predicate = ParsePredicate(s, p, by + 1, context_, PredicateMode::kBeforeObject);
        if (agents && predicate && predicate->passive) {
          EmitPairs(s, agents->members, predicate->relation, predicate->span, subject.members,
                    kName, confidence * 0.9, out);
          return agents->end;
        }
      }
    }
    for (size_t t = by + 1; t < n && t <= by + 3; ++t) {
      int m = s.mention_at[t];
      if (m < 0) {
        if (!words::IsDeterminer(s.lower[t]) && !context_.lemmatizer->IsAdjective(s.lower[t]))
          return 0;
        continue;
      }
      // "was airlifted by Berlin non-profit X", "by German charity X": the place or the
      // modifier and the kind of body describe the body named after them, the agent.
      size_t k = s.mentions[m].token_end;
      while (k < n && k < s.mentions[m].token_end + 3 && IsNounPhraseWord(s, k) &&
             !words::IsBodyKindNoun(s.lower[k]))
        ++k;
      bool kind = k + 1 < n && IsNounPhraseWord(s, k) && words::IsBodyKindNoun(s.lower[k]) &&
                  s.mention_at[k + 1] >= 0 && !s.mentions[s.mention_at[k + 1]].modifier;
      if (kind) m = s.mention_at[k + 1];
      else if (!s.mentions[m].modifier) return 0;  // a head mention is read as a plain object
      auto predicate = ParsePredicate(s, p, by + 1, context_, PredicateMode::kBeforeObject);
      if (!predicate || !predicate->passive) return 0;
      std::vector<GroupMember> agents;
      for (const Actor& actor : ActorsOf(s.mentions[m])) agents.push_back({m, actor});
      EmitPairs(s, agents, predicate->relation, predicate->span, subject.members, kName,
                confidence * 0.9, out);
      return s.mentions[m].token_end;
    }
    return 0;
  }

  // "the United States and Iran engage in talks": a symmetric predicate with no object.
  void ReadReciprocal(const AnalyzedSentence& s, const ActorGroup& subject, size_t p,
                      size_t limit, std::vector<Triple>& out) const {
    size_t stop = p;
    while (stop < limit && !words::IsPunctuation(s.lower[stop]) &&
           (s.mention_at[stop] < 0 || InsideWord(s, stop)))
      ++stop;
    // "Sudan and South Sudan agree to reopen ...": two parties agreeing agree with each other
    // (not when the clause names another actor: "X and Y agreed to help Z").
    if (subject.members.size() == 2) {
      size_t a = p;
      while (a < stop && (words::IsHave(s.lower[a]) || words::IsAdverb(s.lower[a]))) ++a;
      bool clause_ends = stop == s.lower.size() || words::IsPunctuation(s.lower[stop]);
      if (a + 1 < stop && context_.lemmatizer->VerbLemma(s.lower[a]) == "agree" &&
          s.lower[a + 1] == "to" && clause_ends) {
        Relation r;
        r.text = "agree with";
        r.lemma = "agree";
        r.category = Category::kVerbalCooperation;
        r.cameo_root = 5;
        r.symmetric = true;
        EmitWithinGroup(s, subject.members, r, TokenSpan(s, a, a + 1), kName, 0.7, out);
        return;
      }
    }
    // "Egypt and Jordan spoke by phone": speaking is mutual only over a line between them
    // ("X and Y spoke at a hearing" is each speaking).
    if (subject.members.size() >= 2) {
      size_t a = p;
      while (a < stop && (words::IsHave(s.lower[a]) || words::IsAdverb(s.lower[a]))) ++a;
      std::string lemma = a < stop ? context_.lemmatizer->VerbLemma(s.lower[a]) : "";
      if ((lemma == "speak" || lemma == "talk") && ByPhoneAt(s, a + 1, stop)) {
        Relation r;
        r.text = "speak with";
        r.lemma = "speak";
        r.category = Category::kVerbalCooperation;
        r.cameo_root = 4;
        r.symmetric = true;
        EmitWithinGroup(s, subject.members, r, TokenSpan(s, a, a + 1), kName, 0.7, out);
        return;
      }
    }
    for (size_t end = stop; end > p; --end) {
      auto predicate = ParsePredicate(s, p, end, context_, PredicateMode::kNoObject);
      if (!predicate) continue;
      if (!EndsReciprocal(s, end)) return;
      EmitWithinGroup(s, subject.members, predicate->relation, predicate->span, kName, 0.75,
                      out);
      return;
    }
  }

  // "Resume EU-Brokered Dialogue": the token at `t` holds a modifier mention inside a
  // longer word, which describes the noun and names no party.
  static bool InsideWord(const AnalyzedSentence& s, size_t t) {
    int m = s.mention_at[t];
    if (m < 0) return false;
    const Mention& mention = s.mentions[m];
    const Token& token = s.sentence->tokens[t];
    return mention.modifier && mention.token_begin == t && mention.token_end == t + 1 &&
           (mention.span.begin > token.begin || mention.span.end < token.end);
  }

  // "by phone", "by telephone", "on the phone", "over the telephone" at token `t`.
  static bool ByPhoneAt(const AnalyzedSentence& s, size_t t, size_t stop) {
    if (t + 1 >= stop) return false;
    std::string_view w = s.lower[t];
    if (w != "by" && w != "on" && w != "over") return false;
    size_t k = t + 1;
    if (s.lower[k] == "the" && k + 1 < stop) ++k;
    return s.lower[k] == "phone" || s.lower[k] == "telephone";
  }

  // What may follow a reciprocal predicate: the end of the clause, a phrase of place, time or
  // topic, "their differences" — but not another object ("are meeting British officials").
  bool EndsReciprocal(const AnalyzedSentence& s, size_t t) const {
    if (t >= s.lower.size()) return true;
    std::string_view w = s.lower[t];
    if (w == "with" || w == "against" || w == "between") return false;
    if (words::IsPunctuation(w) || words::IsPreposition(w) || words::IsCoordinator(w) ||
        words::IsRelativePronoun(w) || words::IsAdverb(w) || w == "their" || w == "each" ||
        w == "last" || w == "this" || w == "next" || w == "tomorrow" || w == "today" ||
        w == "yesterday")
      return true;
    // "fought a war over ...": the noun the relation is.
    if (words::IsDeterminer(w) && t + 1 < s.lower.size()) {
      const NounEntry* noun = context_.vocabulary->FindNoun(s.lower[t + 1]);
      if (noun && noun->symmetric && noun->verb.empty()) return true;
    }
    // "talks aimed at ...", "talks seeking ...".
    return s.mention_at[t] < 0 && (w.ends_with("ed") || w.ends_with("ing")) &&
           context_.lemmatizer->IsVerb(w);
  }

  // Forms of verbs that put someone in an office: "was named", "elected Y".
  static bool IsAppointment(std::string_view w) {
    static constexpr std::string_view kWords[] = {
        "named",    "elected",  "appointed", "promoted", "chosen", "selected",
        "hired",    "nominated", "names",    "elects",   "appoints", "promotes"};
    for (std::string_view a : kWords)
      if (a == w) return true;
    return false;
  }

  // The participle opening the clause after a comma at `at`, or 0: ", urging Y", or the
  // first of a list after "including" (", including giving an address at Y, meeting Z"),
  // or after "and"/"or" once a participle of the list was read (`listed`: "..., meeting
  // Z, and speaking to W").
  size_t ListedParticiple(const AnalyzedSentence& s, size_t at, bool listed) const {
    size_t n = s.lower.size();
    bool opens = s.lower[at] == "including" || (listed && (s.lower[at] == "and" ||
                                                           s.lower[at] == "or"));
    size_t p = at + 1;
    if (opens && p < n && s.lower[p].size() >= 5 && s.lower[p].ends_with("ing") &&
        s.mention_at[p] < 0 && context_.lemmatizer->IsVerb(s.lower[p]))
      return p;
    return s.lower[at].ends_with("ing") ? at : 0;
  }

  // ", urging the US and Iran to ...": a participle clause continues the main subject.
  void ReadParticipleClauses(const AnalyzedSentence& s, const ActorGroup& subject,
                             std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    // "X said Y was named president": after a verb of saying, an appointment is Y's.
    bool said = false;
    bool appointed = false;
    // "X said Y will take the post, replacing Z": another actor after the verb of saying is
    // the reported clause's subject, and the participle after that clause is its act.
    std::optional<ActorGroup> reported;
    bool listed = false;  // a participle clause was read: ", and speaking to Y" may follow
    for (size_t t = subject.end; t + 1 < n; ++t) {
      std::string_view w = s.lower[t];
      if (said && !reported && s.mention_at[t] >= 0) {
        const Mention& m = s.mentions[static_cast<size_t>(s.mention_at[t])];
        bool own = std::any_of(subject.members.begin(), subject.members.end(),
                               [&](const GroupMember& g) { return g.actor.id == m.actor.id; });
        if (!m.modifier && !own) {
          auto group = GroupAt(s, t);
          if (group && InSubjectPosition(s, *group)) reported = group;
        }
      }
      said = said || w == "said" || w == "says" || w == "announced" || w == "reported";
      appointed = appointed || (said && IsAppointment(w));
      if (s.lower[t] != ",") continue;
      size_t p = ListedParticiple(s, t + 1, listed);
      if (p == 0) continue;
      listed = listed || s.lower[p] != "including";
      const ActorGroup& actor = reported ? *reported : subject;
      // "X said it had elected a president, succeeding Z": whoever succeeds Z, not X.
      if (appointed && !reported) {
        std::string lemma = context_.lemmatizer->VerbLemma(s.lower[p]);
        if (lemma == "succeed" || lemma == "replace") continue;
      }
      size_t limit = std::min(n, p + kMaxPredicateTokens);
      for (size_t o = p + 1; o < limit; ++o) {
        if (words::IsPunctuation(s.lower[o])) break;
        if (HeadMentionAt(s, o) < 0) continue;
        auto object = GroupAt(s, o);
        auto predicate = ParsePredicateBefore(s, p, o);
        if (object && predicate && !predicate->passive)
          EmitPairs(s, actor.members, predicate->relation, predicate->span, object->members,
                    kName, 0.65, out);
        break;
      }
    }
  }

  // "Speaking to Reuters, an attendee Om Prakash said ...", "After meeting Putin, Macron
  // told reporters ...": a participle clause opening the sentence has the main clause's
  // subject. The subject is the first actor after the comma (after at most three words of
  // a description: "an attendee", "the French president"), and a verb must follow it.
  void ReadLeadingParticiple(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    size_t p = 0;
    if (p < n && (s.lower[p] == "after" || s.lower[p] == "before" || s.lower[p] == "while" ||
                  s.lower[p] == "when"))
      ++p;
    if (p >= n || !s.lower[p].ends_with("ing") || s.lower[p].size() < 5 ||
        s.mention_at[p] >= 0 || !context_.lemmatizer->IsVerb(s.lower[p]))
      return;
    // A comma inside a name ("University of California, Los Angeles") ends nothing.
    size_t comma = p + 1;
    while (comma < n && comma < p + kMaxPredicateTokens &&
           (s.lower[comma] != "," || s.mention_at[comma] >= 0)) {
      if (words::IsPunctuation(s.lower[comma]) && s.mention_at[comma] < 0) return;
      ++comma;
    }
    if (comma >= n || s.lower[comma] != ",") return;
    size_t at = comma + 1;
    while (at < n && at <= comma + 3 && s.mention_at[at] < 0 &&
           !words::IsPunctuation(s.lower[at]) && !words::IsBe(s.lower[at]) &&
           !words::IsHave(s.lower[at]) && !s.lower[at].ends_with("ed"))
      ++at;
    if (at >= n || HeadMentionAt(s, at) < 0) return;
    auto subject = GroupAt(s, at);
    if (!subject || subject->end >= n) return;
    size_t verb = subject->end;
    while (verb < n && words::IsAdverb(s.lower[verb])) ++verb;
    if (verb >= n) return;
    std::string_view v = s.lower[verb];
    bool verb_follows = words::IsModal(v) || words::IsFuture(v) || words::IsHave(v) ||
                        words::IsBe(v) || words::IsDo(v) ||
                        (context_.lemmatizer->IsVerb(v) && !words::IsPreposition(v) &&
                         context_.lemmatizer->VerbLemma(v) != v);
    if (!verb_follows) return;
    for (size_t o = p + 1; o < comma; ++o) {
      if (HeadMentionAt(s, o) < 0) continue;
      auto object = GroupAt(s, o);
      auto predicate = ParsePredicateBefore(s, p, o);
      if (object && object->end <= comma && predicate && !predicate->passive)
        EmitPairs(s, subject->members, predicate->relation, predicate->span, object->members,
                  kName, 0.65, out);
      return;
    }
  }

  ExtractorContext context_;
};

}  // namespace

std::unique_ptr<Extractor> MakeClauseExtractor(const ExtractorContext& context) {
  return std::make_unique<ClauseExtractor>(context);
}

void ReadClausePredicates(const ExtractorContext& context, const AnalyzedSentence& s,
                          const ActorGroup& subject, size_t p, double confidence,
                          std::string_view extractor, std::vector<Triple>& out) {
  size_t before = out.size();
  ClauseExtractor(context).ReadPredicatesOf(s, subject, p, confidence, out);
  for (size_t k = before; k < out.size(); ++k) out[k].extractor = std::string(extractor);
}

}  // namespace actorgraph::extract
