#include "extract/nominal_extractor.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "actorgraph/extract/lemmatizer.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "extract/extract_util.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "nominal";

bool HasPrep(const NounEntry& noun, std::string_view w) {
  for (const auto& p : noun.preps)
    if (p == w) return true;
  return false;
}

bool IsPossessiveMark(std::string_view w) {
  return w == "'s" || w == "'" || w == "\u2019s" || w == "\u2019";
}

bool IsPossessivePronoun(std::string_view w) {
  return w == "its" || w == "their" || w == "his" || w == "her" || w == "our";
}

std::vector<GroupMember> MembersOf(const AnalyzedSentence& s, int m) {
  std::vector<GroupMember> out;
  for (const Actor& actor : ActorsOf(s.mentions[m])) out.push_back({m, actor});
  return out;
}

class NominalExtractor : public Extractor {
 public:
  explicit NominalExtractor(const ExtractorContext& context) : context_(context) {}
  std::string_view name() const override { return kName; }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    size_t first = out.size();
    ReadAll(s, out);
    // "a possible U.S.-Soviet summit", "progress toward Iraq-Iran peace": the noun phrase
    // names a relation that is proposed or hoped for, not one that holds.
    for (size_t k = first; k < out.size(); ++k) {
      if (!out[k].relation.modality.empty()) continue;
      out[k].relation.modality = HedgeOfNounPhrase(s, out[k].evidence.relation, out[k].evidence);
    }
  }

 private:
  // The hedge on the noun phrase holding the relation word at byte span `relation` (its
  // actors at `evidence`): "possible" for a premodifier such as "possible", "proposed",
  // "potential"; "proposed" when the phrase follows "toward(s)" or "call(s) for"; "" if none.
  std::string HedgeOfNounPhrase(const AnalyzedSentence& s, Span relation,
                                const Evidence& evidence) const {
    size_t n = s.lower.size();
    size_t noun = n;
    uint32_t first_byte = std::min({relation.begin, evidence.subject.begin, evidence.object.begin});
    for (size_t t = 0; t < n; ++t)
      if (s.sentence->tokens[t].begin <= first_byte && first_byte < s.sentence->tokens[t].end)
        noun = t;
    if (noun == n) return "";
    static constexpr std::string_view kHedged[] = {
        "possible", "proposed", "potential", "prospective", "planned", "future", "hoped-for",
        "would-be", "envisaged", "eventual"};
    size_t p = noun;
    for (int k = 0; k < 4 && p > 0; ++k) {
      std::string_view w = s.lower[p - 1];
      for (std::string_view h : kHedged)
        if (w == h) return "possible";
      if (!(words::IsDeterminer(w) || w == "-" || s.mention_at[p - 1] >= 0 ||
            context_.lemmatizer->IsAdjective(w) || w.ends_with("ed")))
        break;
      --p;
    }
    if (p == 0) return "";
    std::string_view before = s.lower[p - 1];
    if (before == "toward" || before == "towards") return "proposed";
    // "worked to arrange a meeting between X and Y", "plans a summit with".
    std::string verb = context_.lemmatizer->VerbLemma(before);
    if (verb == "arrange" || verb == "plan" || verb == "prepare" || verb == "propose" ||
        verb == "seek" || verb == "want" || verb == "suggest")
      return "proposed";
    if (before == "for" && p >= 2) {
      std::string verb = context_.lemmatizer->VerbLemma(s.lower[p - 2]);
      if (verb == "call" || verb == "push" || verb == "press" || verb == "appeal" ||
          verb == "hope" || verb == "plan" || verb == "lobby" || verb == "campaign")
        return "proposed";
    }
    return "";
  }

  void ReadAll(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    for (size_t t = 0; t < n; ++t) {
      ReadBetween(s, t, out);
      ReadOfBy(s, t, out);
      ReadOfAgent(s, t, out);
      ReadMadeBy(s, t, out);
    }
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      ReadCompound(s, k, out);
      ReadPossessive(s, k, out);
      ReadModifierAct(s, k, out);
    }
    for (size_t t = 0; t < n; ++t) ReadRelativeAct(s, t, out);
    size_t covered = 0;
    for (const Mention& m : s.mentions) {
      if (m.token_begin < covered || m.modifier) continue;
      auto group = GroupAt(s, m.token_begin, /*allow_bare_commas=*/true);
      if (!group) continue;
      covered = group->end;
      ReadGroupNoun(s, *group, out);
    }
  }

  // A symmetric relation noun: "talks", "tensions" (not a nominalised verb).
  const NounEntry* RelationNoun(std::string_view w) const {
    return SymmetricRelationNoun(*context_.vocabulary, w);
  }
  const NounEntry* Nominalisation(std::string_view w) const {
    const NounEntry* noun = context_.vocabulary->FindNoun(w);
    return noun && !noun->verb.empty() ? noun : nullptr;
  }

  // The head of a compound of relation nouns: "trade talks" -> "talks" (at t or after).
  size_t CompoundHead(const AnalyzedSentence& s, size_t t) const {
    while (t + 1 < s.lower.size() && context_.vocabulary->FindNoun(s.lower[t]) &&
           context_.vocabulary->FindNoun(s.lower[t + 1]))
      ++t;
    return t;
  }

  // Skips up to two adjectives ("nuclear", "diplomatic"); returns the next token.
  size_t SkipAdjectives(const AnalyzedSentence& s, size_t t) const {
    for (int k = 0; k < 2 && t < s.lower.size() && IsModifier(s.lower[t]); ++k) ++t;
    return t;
  }

  // An adjective before a relation noun. WordNet lists many verbs and prepositions as
  // adjectives too ("sign", "on"): a word that is also a verb in its base form does not
  // count, except "free" ("free trade talks").
  bool IsModifier(std::string_view w) const {
    if (context_.vocabulary->FindNoun(w) || !context_.lemmatizer->IsAdjective(w)) return false;
    if (words::IsPreposition(w) || words::IsDeterminer(w) || words::IsCoordinator(w))
      return false;
    if (w == "free" || w == "joint") return true;
    return !(context_.lemmatizer->IsVerb(w) && context_.lemmatizer->VerbLemma(w) == w);
  }

  // "talks between X and Y".
  void ReadBetween(const AnalyzedSentence& s, size_t t, std::vector<Triple>& out) const {
    if (t + 2 >= s.lower.size() || s.lower[t + 1] != "between") return;
    const NounEntry* noun = RelationNoun(s.lower[t]);
    // "a joint effort between", "a collaborative project between": work done together.
    if (!noun && t > 0 && IsJointWork(s.lower[t - 1]))
      noun = RelationNoun("collaboration");
    if (!noun) return;
    // "the debate between US President X and former Vice President Y": titles before either.
    auto group = NamedGroupAt(s, t + 2);
    if (!group) return;
    // "a call between Trump and then-newly elected President Zelensky": the second party
    // after its titles; "between Jo Roe of Example University and Al Doe": after the first
    // person's body.
    size_t second_at = group->end;
    if (group->members.size() == 1) second_at = AfterAside(s, AfterPersonsBody(s, *group));
    if (group->members.size() == 1 && second_at + 1 < s.lower.size() &&
        words::IsCoordinator(s.lower[second_at])) {
      if (auto second = NamedGroupAt(s, second_at + 1))
        for (const auto& member : second->members) group->members.push_back(member);
    }
    if (group->members.size() < 2) return;
    EmitWithinGroup(s, group->members, RelationOfNoun(*noun), TokenSpan(s, t, t + 2), kName, 0.85,
                    out);
  }

  static bool IsJointWork(std::string_view w) {
    return w == "joint" || w == "collaborative" || w == "cooperative" || w == "co-operative";
  }

  // "Jo Roe of the Example Institute at Example University": the token after the body a
  // person is "of" or "at" (capitalised words, "of", "at", "the" and "and" inside its name);
  // the person's own end when none follows.
  size_t AfterPersonsBody(const AnalyzedSentence& s, const ActorGroup& person) const {
    size_t t = person.end, n = s.lower.size();
    if (person.members.front().actor.type != ActorType::kPerson || t + 1 >= n ||
        (s.lower[t] != "of" && s.lower[t] != "at"))
      return person.end;
    size_t last_body = 0;  // the token after the last actor of the body's name
    for (size_t k = t; k < n && k < t + 16; ++k) {
      std::string_view w = s.lower[k];
      int m = s.mention_at[k];
      if (m >= 0) {
        if (s.mentions[m].actor.type == ActorType::kPerson) break;
        k = s.mentions[m].token_end - 1;
        last_body = s.mentions[m].token_end;
        continue;
      }
      const std::string& text = s.sentence->tokens[k].text;
      bool capitalised = !text.empty() && std::isupper(static_cast<unsigned char>(text[0]));
      if (!(capitalised || w == "of" || w == "at" || w == "the" || w == "and")) break;
    }
    return last_body != 0 ? last_body : person.end;
  }

  // "between Jo Roe, claiming to speak for the board, and Al Doe": the token after an aside
  // between commas at `t` that "and" follows; `t` when there is none.
  size_t AfterAside(const AnalyzedSentence& s, size_t t) const {
    size_t n = s.lower.size();
    if (t >= n || s.lower[t] != ",") return t;
    for (size_t k = t + 1; k + 1 < n && k < t + 12; ++k) {
      if (s.lower[k] == ",") return words::IsCoordinator(s.lower[k + 1]) ? k + 1 : t;
      if (words::IsPunctuation(s.lower[k]) || words::IsCoordinator(s.lower[k])) return t;
    }
    return t;
  }

  // "US-Iran talks": two actors in one hyphenated compound, then a relation noun.
  void ReadCompound(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    if (k + 1 >= s.mentions.size()) return;
    const Mention& a = s.mentions[k];
    const Mention& b = s.mentions[k + 1];
    bool same_token = a.token_begin == b.token_begin && a.token_end == b.token_end;
    bool hyphen = a.token_end + 1 == b.token_begin && s.lower[a.token_end] == "-";
    if (!same_token && !hyphen) return;
    if (k + 2 < s.mentions.size() && s.mentions[k + 2].token_begin == b.token_begin) return;
    size_t t = SkipAdjectives(s, b.token_end);
    if (t >= s.lower.size()) return;
    t = CompoundHead(s, t);
    const NounEntry* noun = RelationNoun(s.lower[t]);
    if (!noun) return;
    std::vector<GroupMember> pair = MembersOf(s, static_cast<int>(k));
    for (auto& member : MembersOf(s, static_cast<int>(k + 1))) pair.push_back(member);
    EmitWithinGroup(s, pair, RelationOfNoun(*noun), TokenSpan(s, t, t + 1), kName, 0.85, out);
  }

  // "US and Iran Talks", "US, Iran in Talks".
  void ReadGroupNoun(const AnalyzedSentence& s, const ActorGroup& group,
                     std::vector<Triple>& out) const {
    if (group.members.size() < 2) return;
    size_t t = group.end;
    if (t < s.lower.size() && s.lower[t] == "in") ++t;
    t = SkipAdjectives(s, t);
    if (t >= s.lower.size()) return;
    t = CompoundHead(s, t);
    const NounEntry* noun = RelationNoun(s.lower[t]);
    if (!noun) return;
    // "Ankara and Damascus trade accusations": a base-form verb with words after it is the
    // headline's verb, not a noun.
    std::string_view w = s.lower[t];
    if (t + 1 < s.lower.size() && !words::IsPunctuation(s.lower[t + 1]) &&
        context_.lemmatizer->IsVerb(w) && context_.lemmatizer->VerbLemma(w) == w)
      return;
    // "... and Iran talks with X": the noun has an object of its own.
    if (t + 1 < s.lower.size() && (s.lower[t + 1] == "with" || s.lower[t + 1] == "between"))
      return;
    EmitWithinGroup(s, group.members, RelationOfNoun(*noun), TokenSpan(s, t, t + 1), kName, 0.8, out);
  }

  // "US sanctions on Caracas", "Israeli strikes on Syria": a modifier names the actor of a
  // nominalised act.
  void ReadModifierAct(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& x = s.mentions[k];
    if (x.token_end + 2 >= s.lower.size()) return;
    if (k + 1 < s.mentions.size() && s.mentions[k + 1].token_begin == x.token_begin) return;
    size_t t = x.token_end;
    // "non-EC producer sales to Spain": the actor is negated inside its word.
    if (x.span.begin != s.sentence->tokens[x.token_begin].begin) return;
    // "a 5 billion Canadian-dlr acquisition of Y": the actor names a currency.
    const auto& last = s.sentence->tokens[x.token_end - 1];
    if (x.span.end < last.end) {
      std::string rest = last.text.substr(x.span.end - last.begin);
      if (rest.ends_with("dlr") || rest.ends_with("dlrs") || rest.ends_with("dollar") ||
          rest.ends_with("dollars"))
        return;
    }
    // "US troop withdrawal from", "Canadian wheat exports to", "Israeli air strikes on": one
    // lower-case noun between the modifier and the act (a head mention only before a plural
    // act: "U.S. arms sales to").
    if (!Nominalisation(s.lower[t]) && t + 3 < s.lower.size() && IsPlainNoun(s, t) &&
        Nominalisation(s.lower[t + 1]) &&
        (x.modifier || (s.lower[t + 1].ends_with("s") &&
                        s.lower[t + 1] != Nominalisation(s.lower[t + 1])->verb)))
      ++t;
    const NounEntry* noun = Nominalisation(s.lower[t]);
    if (!noun || t + 2 >= s.lower.size() || !HasPrep(*noun, s.lower[t + 1])) return;
    // A head mention only before a plural noun form ("US sanctions on"), which cannot be
    // its verb.
    if (!x.modifier && !(s.lower[t].ends_with("s") && s.lower[t] != noun->verb)) return;
    auto group = GroupAt(s, t + 2);
    const VerbEntry* verb = context_.vocabulary->FindVerb(noun->verb);
    if (!group || !verb) return;
    EmitPairs(s, MembersOf(s, static_cast<int>(k)), RelationOfVerb(*verb), TokenSpan(s, t, t + 2),
              group->members, kName, 0.75, out);
  }

  // A lower-case word that can only be a noun inside a noun phrase: "troop", "wheat", "air"
  // (not a verb form that could start a clause, nor a function word).
  bool IsPlainNoun(const AnalyzedSentence& s, size_t t) const {
    std::string_view w = s.lower[t];
    const std::string& text = s.sentence->tokens[t].text;
    if (s.mention_at[t] >= 0 || text.empty() ||
        (!s.sentence->heading && std::isupper(static_cast<unsigned char>(text[0]))))
      return false;
    if (!std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
      return false;
    if (words::IsPreposition(w) || words::IsDeterminer(w) || words::IsCoordinator(w) ||
        words::IsBe(w) || words::IsHave(w) || words::IsModal(w) || words::IsFuture(w) ||
        words::IsDo(w) || words::IsRelativePronoun(w) || words::IsAdverb(w))
      return false;
    // "US says sanctions on", "Iran denied attacks on": a finite verb is not a modifier.
    if (w == "arms") return true;  // "US arms sales to Taiwan"
    // "its 239 mln Canadian dlr acquisition of Y": a currency, not the act's agent.
    if (w == "dlr" || w == "dlrs" || w == "dollar" || w == "dollars") return false;
    std::string lemma = context_.lemmatizer->VerbLemma(w);
    if (context_.lemmatizer->IsVerb(w) && lemma != w) return false;
    // "U.S., Britain Bar Sanctions Against South Africa": in a headline a base-form verb may
    // be the predicate; only a relation noun ("trade sanctions") or a word that is no verb.
    return !s.sentence->heading || context_.vocabulary->FindNoun(w) ||
           !context_.lemmatizer->IsVerb(w) || w == "troop" || w == "air";
  }

  // "the sanctions that the EU imposed on Belarus": the relative clause says who did it.
  void ReadRelativeAct(const AnalyzedSentence& s, size_t t, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    if (t + 4 >= n) return;
    const NounEntry* noun = Nominalisation(s.lower[t]);
    if (!noun || (s.lower[t + 1] != "that" && s.lower[t + 1] != "which")) return;
    auto agent = GroupAt(s, t + 2);
    if (!agent) return;
    size_t v = agent->end;
    while (v < n && (words::IsHave(s.lower[v]) || words::IsAdverb(s.lower[v]))) ++v;
    if (v + 2 >= n || !context_.vocabulary->FindLightVerb(context_.lemmatizer->VerbLemma(s.lower[v])))
      return;
    if (!HasPrep(*noun, s.lower[v + 1])) return;
    auto patient = GroupAt(s, v + 2);
    const VerbEntry* verb = context_.vocabulary->FindVerb(noun->verb);
    if (!patient || !verb) return;
    EmitPairs(s, agent->members, RelationOfVerb(*verb), TokenSpan(s, t, t + 1), patient->members,
              kName, 0.75, out);
  }

  // "X's support for Y", "X's relations with Y", "X's ally Y".
  void ReadPossessive(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& x = s.mentions[k];
    if (x.modifier) return;
    bool possessive = false;
    size_t t = x.token_end + PossessiveAfter(s, x, &possessive);
    if (!possessive) return;
    t = SkipAdjectives(s, t);
    // "Colombia's 2016 peace accord with", "the EU's customs agreement with": numbers and
    // one noun before the relation noun.
    if (t < s.lower.size() && std::isdigit(static_cast<unsigned char>(s.lower[t][0]))) ++t;
    if (t + 1 < s.lower.size() && s.mention_at[t] < 0 &&
        !context_.vocabulary->FindNoun(s.lower[t]) && RelationNoun(s.lower[t + 1]) &&
        std::all_of(s.lower[t].begin(), s.lower[t].end(),
                    [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
      ++t;
    t = CompoundHead(s, t);
    if (t + 1 >= s.lower.size()) return;
    std::string_view w = s.lower[t];
    auto subject = MembersOf(s, static_cast<int>(k));
    if (ReadPossessiveGerund(s, subject, t, out)) return;
    if (w == "ally" || w == "allies") {
      size_t o = t + 1;
      if (s.lower[o] == ",") ++o;
      auto group = GroupAt(s, o);
      if (!group) return;
      Relation r;
      r.text = "be allied with";
      r.lemma = "ally";
      r.category = Category::kVerbalCooperation;
      r.cameo_root = 5;
      r.symmetric = true;
      EmitPairs(s, subject, r, TokenSpan(s, t, t + 1), group->members, kName, 0.8, out);
      return;
    }
    if (const NounEntry* noun = Nominalisation(w); noun && HasPrep(*noun, s.lower[t + 1])) {
      auto group = GroupAt(s, t + 2);
      const VerbEntry* verb = context_.vocabulary->FindVerb(noun->verb);
      if (!group || !verb) return;
      // "X's acquisition of Y's division": the act is on what Y owns, not on Y.
      if (group->end < s.lower.size() && IsPossessiveMark(s.lower[group->end])) return;
      EmitPairs(s, subject, RelationOfVerb(*verb), TokenSpan(s, t, t + 2), group->members, kName,
                0.8, out);
      return;
    }
    if (const NounEntry* noun = RelationNoun(w); noun && HasPrep(*noun, s.lower[t + 1])) {
      // "Trump's call with Ukrainian President Volodymyr Zelensky": titles may come first.
      auto group = NamedGroupAt(s, t + 2);
      if (!group) return;
      EmitPairs(s, subject, RelationOfNoun(*noun), TokenSpan(s, t, t + 2), group->members, kName,
                0.8, out);
    }
  }

  // "the administration's withholding of security aid to Ukraine", "Moscow's sending of
  // troops to Syria": a gerund with an "of" object is the owner's act, done to the actor
  // after the object's preposition. The relation keeps the object ("withhold security aid
  // to"). True if it emitted.
  bool ReadPossessiveGerund(const AnalyzedSentence& s, const std::vector<GroupMember>& subject,
                            size_t g, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    std::string_view w = s.lower[g];
    if (g + 4 >= n || !w.ends_with("ing") || s.lower[g + 1] != "of" || s.mention_at[g] >= 0)
      return false;
    // "X's killing of Y": a nominalised act the vocabulary lists is read as one.
    if (Nominalisation(w) || RelationNoun(w)) return false;
    std::string lemma = context_.lemmatizer->VerbLemma(w);
    if (!context_.lemmatizer->IsVerb(w) || lemma == w || lemma.empty()) return false;
    // The object: a determiner, then one to three plain words ("security aid", "troops").
    size_t k = g + 2;
    if (k < n && words::IsDeterminer(s.lower[k])) ++k;
    size_t first = k;
    while (k < n && k < first + 3 && IsNounPhraseWord(s, k)) ++k;
    if (k == first || k + 1 >= n) return false;
    // Where the act goes, or whom it is with: not a place ("in", "at").
    std::string_view prep = s.lower[k];
    if (prep != "to" && prep != "from" && prep != "for" && prep != "against" && prep != "on" &&
        prep != "into" && prep != "with")
      return false;
    auto group = GroupAt(s, k + 1);
    if (!group) return false;
    Relation r;
    if (const VerbEntry* verb = context_.vocabulary->FindVerb(lemma)) {
      r = RelationOfVerb(*verb);
    } else {
      r.lemma = lemma;
      r.category = Category::kNeutral;
    }
    r.text = lemma;
    for (size_t t = first; t < k; ++t) r.text += " " + s.lower[t];
    r.text += " " + std::string(prep);
    r.symmetric = false;
    EmitPairs(s, subject, r, TokenSpan(s, g, k + 1), group->members, kName, 0.7, out);
    return true;
  }

  // "the withdrawal of US troops from Syria", "the visit of Xi Jinping to Russia": when the
  // act's object takes another preposition, its "of" names who acts.
  void ReadOfAgent(const AnalyzedSentence& s, size_t t, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    if (t + 4 >= n || s.lower[t + 1] != "of") return;
    const NounEntry* noun = Nominalisation(s.lower[t]);
    if (!noun || HasPrep(*noun, "of")) return;
    auto agent = StateGroupAt(s, t + 2);
    if (!agent) agent = GroupAt(s, t + 2);
    if (!agent || agent->end + 1 >= n || !HasPrep(*noun, s.lower[agent->end])) return;
    auto patient = GroupAt(s, agent->end + 1);
    const VerbEntry* verb = context_.vocabulary->FindVerb(noun->verb);
    if (!patient || !verb) return;
    EmitPairs(s, agent->members, RelationOfVerb(*verb), TokenSpan(s, t, t + 1), patient->members,
              kName, 0.8, out);
  }

  // The group starting at `t` after a determiner, modifiers and titles ("Ukrainian
  // President Volodymyr Zelensky"); nullopt if none.
  std::optional<ActorGroup> NamedGroupAt(const AnalyzedSentence& s, size_t t) const {
    size_t n = s.lower.size();
    for (int skip = 0; skip < 7 && t < n; ++skip) {
      if (auto group = GroupAt(s, t)) return group;
      int m = s.mention_at[t];
      if (m >= 0 && s.mentions[m].modifier && s.mentions[m].token_begin == t) {
        t = s.mentions[m].token_end;
        continue;
      }
      std::string_view w = s.lower[t];
      if (!(words::IsDeterminer(w) || words::IsTitleWord(w) || w == "then" ||
            w == "former" || w == "-" || w == "newly" || w == "then-newly" ||
            w == "elected" || w == "new" || w == "incoming" || w == "outgoing"))
        return std::nullopt;
      ++t;
    }
    return std::nullopt;
  }

  // "a phone call made by President Trump late last July to Ukrainian President Zelensky",
  // "talks held by X with Y", "an attack carried out by X on Y", "a lawsuit filed by X on
  // Sunday against Y": the act's participle names
  // who made it, and the act's own preposition whom it was with or on. A call or a visit
  // made "to" someone is made with them.
  void ReadMadeBy(const AnalyzedSentence& s, size_t t, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    if (t + 5 >= n) return;
    const NounEntry* relation_noun = RelationNoun(s.lower[t]);
    const NounEntry* act = relation_noun ? nullptr : Nominalisation(s.lower[t]);
    if (!relation_noun && !act) return;
    std::string_view participle = s.lower[t + 1];
    size_t by = t + 2;
    if (participle == "carried" && s.lower[by] == "out") ++by;
    else if (participle != "made" && participle != "placed" && participle != "held" &&
             participle != "conducted" && participle != "launched" && participle != "paid" &&
             participle != "staged" && participle != "filed")
      return;
    if (by + 1 >= n || s.lower[by] != "by") return;
    auto agent = NamedGroupAt(s, by + 1);
    if (!agent) return;
    // Up to six words of time or manner ("late last July") before the preposition.
    size_t p = agent->end;
    bool to_ok = relation_noun && (participle == "made" || participle == "placed");
    auto takes = [&](std::string_view w) {
      if (to_ok && w == "to") return true;
      if (act) return HasPrep(*act, w);
      return relation_noun->preps.empty() ? w == "with" : HasPrep(*relation_noun, w);
    };
    for (; p < n && p < agent->end + 6 && !takes(s.lower[p]); ++p) {
      // "filed by X on Sunday against Y": a phrase of time is no preposition of the act's.
      if (size_t after = words::TimePhraseEnd(s.lower, p, n); after != p) {
        p = after - 1;
        continue;
      }
      std::string_view w = s.lower[p];
      // ("late last May": a month may look like a modal, so modals do not stop it.)
      if (s.mention_at[p] >= 0 || words::IsPunctuation(w) || words::IsRelativePronoun(w) ||
          words::IsBe(w) || words::IsHave(w) || words::IsCoordinator(w) ||
          words::IsPreposition(w) || w == "that")
        return;
    }
    if (p + 1 >= n || !takes(s.lower[p])) return;
    auto patient = NamedGroupAt(s, p + 1);
    if (!patient) return;
    if (relation_noun) {
      EmitPairs(s, agent->members, RelationOfNoun(*relation_noun), TokenSpan(s, t, t + 1),
                patient->members, kName, 0.75, out);
      return;
    }
    const VerbEntry* verb = context_.vocabulary->FindVerb(act->verb);
    if (!verb) return;
    EmitPairs(s, agent->members, RelationOfVerb(*verb), TokenSpan(s, t, t + 1), patient->members,
              kName, 0.75, out);
  }

  // "the assassination of X by Y", "attacks on X by Y": Y did it to X.
  void ReadOfBy(const AnalyzedSentence& s, size_t t, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    if (t + 3 >= n) return;
    const NounEntry* noun = Nominalisation(s.lower[t]);
    if (!noun || !HasPrep(*noun, s.lower[t + 1])) return;
    // The patient: a head mention a few words on ("Iranian General Qasem Soleimani").
    int patient = -1;
    size_t p = t + 2;
    for (; p < n && p <= t + 6; ++p) {
      int m = s.mention_at[p];
      if (m >= 0 && !s.mentions[m].modifier && s.mentions[m].token_begin == p) {
        patient = m;
        break;
      }
      if (m >= 0 || words::IsDeterminer(s.lower[p]) || words::IsTitleWord(s.lower[p])) continue;
      return;
    }
    if (patient < 0) return;
    size_t by = s.mentions[patient].token_end;
    if (by + 1 >= n || s.lower[by] != "by") return;
    int agent = -1;
    for (size_t a = by + 1; a < n && a <= by + 3; ++a) {
      int m = s.mention_at[a];
      if (m >= 0) {
        // "by its U.S. subsidiary": an actor after a possessive names the owner's unit.
        if (a > by + 1 && IsPossessivePronoun(s.lower[a - 1])) return;
        agent = m;
        break;
      }
      if (!words::IsDeterminer(s.lower[a]) && !context_.lemmatizer->IsAdjective(s.lower[a]))
        return;
    }
    const VerbEntry* verb = context_.vocabulary->FindVerb(noun->verb);
    if (agent < 0 || !verb) return;
    EmitPairs(s, MembersOf(s, agent), RelationOfVerb(*verb), TokenSpan(s, t, t + 2),
              MembersOf(s, patient), kName, 0.85, out);
  }

  ExtractorContext context_;
};

}  // namespace

std::unique_ptr<Extractor> MakeNominalExtractor(const ExtractorContext& context) {
  return std::make_unique<NominalExtractor>(context);
}

}  // namespace actorgraph::extract
