#include "extract/noun_phrase_extractor.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "actorgraph/extract/lemmatizer.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "extract/extract_util.h"
#include "extract/possessive_object.h"
#include "extract/predicate.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "noun_phrase";

// How many lower-case words may stand between a demonym pair and its relation noun ("the
// Turkish-Libyan maritime border agreement"): more and the noun belongs to another phrase.
constexpr int kMaxPairModifiers = 3;

bool IsAlpha(std::string_view w) {
  return !w.empty() &&
         std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

bool IsDash(std::string_view w) { return w == "-" || w == "\u2013" || w == "\u2014"; }

bool IsPossessivePronoun(std::string_view w) {
  return w == "his" || w == "her" || w == "its" || w == "their";
}

std::vector<GroupMember> MembersOf(const AnalyzedSentence& s, int m) {
  std::vector<GroupMember> out;
  for (const Actor& actor : ActorsOf(s.mentions[m])) out.push_back({m, actor});
  return out;
}

void EmitNew(const AnalyzedSentence& s, const std::vector<GroupMember>& subjects,
             const Relation& relation, Span span, const std::vector<GroupMember>& objects,
             double confidence, std::vector<Triple>& out) {
  for (const auto& subject : subjects)
    for (const auto& object : objects) {
      if (HasPair(out, subject.actor, object.actor)) continue;
      EmitPairs(s, {subject}, relation, span, {object}, kName, confidence, out);
    }
}

// A standing relation named by its own noun ("Trump's rival Joe Biden") is a fact apart from
// what the clause says of the pair ("Trump attacked his rival Joe Biden" states both): it is
// emitted even when the pair is already related, once per relation text.
void EmitStanding(const AnalyzedSentence& s, const std::vector<GroupMember>& subjects,
                  const Relation& relation, Span span, const std::vector<GroupMember>& objects,
                  std::vector<Triple>& out) {
  EmitPairs(s, subjects, relation, span, objects, kName, 0.75, out);
}

// A person's stance against, or contest with, another actor, named by a noun: "critic",
// "rival", "opponent", "ally". False for any other word.
bool AdversaryRelation(std::string_view noun, Relation* r) {
  *r = Relation{};
  if (noun == "critic" || noun == "critics") {
    r->text = "be a critic of";
    r->lemma = "critic";
    r->category = Category::kVerbalConflict;
    r->cameo_root = 11;
  } else if (noun == "opponent" || noun == "opponents") {
    r->text = "be an opponent of";
    r->lemma = "opponent";
    r->category = Category::kVerbalConflict;
  } else if (noun == "rival" || noun == "rivals" || noun == "challenger") {
    r->text = "be a rival of";
    r->lemma = "rival";
    r->category = Category::kNeutral;
    r->symmetric = true;
  } else if (noun == "ally" || noun == "allies") {
    r->text = "be allied with";
    r->lemma = "ally";
    r->category = Category::kVerbalCooperation;
    r->cameo_root = 5;
    r->symmetric = true;
  } else {
    return false;
  }
  return true;
}

class NounPhraseExtractor : public Extractor {
 public:
  NounPhraseExtractor(const ExtractorContext& context, bool standing)
      : context_(context), standing_(standing) {}
  std::string_view name() const override { return kName; }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    if (standing_) {
      for (size_t k = 0; k < s.mentions.size(); ++k) {
        ReadAdversaryCompound(s, k, out);
        ReadPossessiveAdversary(s, k, out);
      }
      return;
    }
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      ReadDemonymPair(s, k, out);
      ReadHeadMentionAct(s, k, out);
      ReadClaimOnAct(s, k, out);
      ReadModifiedObject(s, k, out);
    }
    for (size_t t = 0; t < s.lower.size(); ++t) {
      ReadObjectRelative(s, t, out);
      ReadGerundAfterIn(s, t, out);
      ReadActAtTheRequestOf(s, t, out);
      ReadActInResponseTo(s, t, out);
    }
    for (size_t t = 0; t < s.lower.size(); ++t) {
      if (s.lower[t] != "between") continue;
      ReadMediation(s, t, out);
      ReadBetweenHub(s, t, out);
    }
  }

 private:
  const NounEntry* RelationNoun(std::string_view w) const {
    return SymmetricRelationNoun(*context_.vocabulary, w);
  }

  // A lower-case word that may modify a noun inside a noun phrase: "maritime", "border",
  // "energy", "long-running" — not a function word, an inflected verb ("signed", "said")
  // or a mention.
  bool IsInnerModifier(const AnalyzedSentence& s, size_t t) const {
    std::string_view w = s.lower[t];
    const std::string& text = s.sentence->tokens[t].text;
    if (s.mention_at[t] >= 0 || text.empty()) return false;
    if (!s.sentence->heading && std::isupper(static_cast<unsigned char>(text[0]))) return false;
    std::string letters(w);
    letters.erase(std::remove(letters.begin(), letters.end(), '-'), letters.end());
    if (!IsAlpha(letters)) return false;
    if (words::IsPreposition(w) || words::IsDeterminer(w) || words::IsCoordinator(w) ||
        words::IsBe(w) || words::IsHave(w) || words::IsModal(w) || words::IsFuture(w) ||
        words::IsDo(w) || words::IsRelativePronoun(w) || words::IsAdverb(w))
      return false;
    // "the Turkish-Libyan navy signed agreements": an inflected verb form ends the phrase,
    // even one WordNet also lists as an adjective ("signed"); a hyphenated one does not
    // ("long-running"), nor "arms" ("arms control agreements", as in "arms sales").
    if (w != "arms" && w.find('-') == std::string_view::npos &&
        context_.lemmatizer->VerbLemma(w) != w)
      return false;
    // A nominalised act is a head of its own ("Turkish-Libyan sanctions talks" is rare,
    // "US-Iran sanctions relief" names no relation between them).
    const NounEntry* noun = context_.vocabulary->FindNoun(w);
    return !noun || noun->verb.empty();
  }

  // "the Turkish-Libyan maritime border agreement", "the long-running Indian-Pakistani
  // border dispute": two actors joined by a hyphen or dash, up to three modifiers, then a
  // symmetric relation noun.
  void ReadDemonymPair(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    if (k + 1 >= s.mentions.size()) return;
    const Mention& a = s.mentions[k];
    const Mention& b = s.mentions[k + 1];
    bool same_token = a.token_begin == b.token_begin && a.token_end == b.token_end;
    bool dash = a.token_end + 1 == b.token_begin && IsDash(s.lower[a.token_end]);
    if (!same_token && !dash) return;
    // "US-Iran-Iraq": a third party makes it a list the nominal reader handles.
    if (k + 2 < s.mentions.size() && s.mentions[k + 2].token_begin <= b.token_end) return;
    size_t n = s.lower.size();
    size_t t = b.token_end;
    int modifiers = 0;
    while (t < n && !RelationNoun(s.lower[t]) && modifiers < kMaxPairModifiers &&
           IsInnerModifier(s, t)) {
      ++t;
      ++modifiers;
    }
    // No modifier: the nominal reader's case.
    if (t >= n || modifiers == 0 || !RelationNoun(s.lower[t])) return;
    // "border agreement talks": the last relation noun of a compound is the head.
    while (t + 1 < n && RelationNoun(s.lower[t + 1])) ++t;
    const NounEntry* noun = RelationNoun(s.lower[t]);
    // "Russian-Chinese trade talks with Iran": the noun takes an object of its own.
    if (t + 1 < n && (s.lower[t + 1] == "with" || s.lower[t + 1] == "between")) return;
    auto first = MembersOf(s, static_cast<int>(k));
    auto second = MembersOf(s, static_cast<int>(k + 1));
    Relation r = RelationOfNoun(*noun);
    r.modality = HedgeBefore(s, a.token_begin);
    EmitNew(s, first, r, TokenSpan(s, t, t + 1), second, 0.8, out);
  }

  // "the proposed Turkish-Libyan deal": a premodifier before the phrase that makes the
  // relation one hoped for; "" if none.
  static std::string HedgeBefore(const AnalyzedSentence& s, size_t begin) {
    static constexpr std::string_view kHedged[] = {
        "possible", "proposed", "potential", "prospective", "planned", "future", "hoped-for",
        "would-be", "envisaged", "eventual"};
    for (size_t p = begin; p > 0 && p + 4 > begin; --p) {
      std::string_view w = s.lower[p - 1];
      for (std::string_view h : kHedged)
        if (w == h) return "possible";
      if (words::IsPunctuation(w) || words::IsPreposition(w)) break;
    }
    return "";
  }

  // "the US withdrawal from the Paris Agreement", "the UN investigation into Iran": a head
  // mention before a nominalised act that cannot be a verb form names who acts. (The
  // nominal reader takes only modifiers and plural nouns there, where "US support for"
  // could be a clause.)
  void ReadHeadMentionAct(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& x = s.mentions[k];
    size_t n = s.lower.size();
    if (x.modifier || x.token_end + 2 >= n) return;
    if (k + 1 < s.mentions.size() && s.mentions[k + 1].token_begin < x.token_end) return;
    if (x.span.begin != s.sentence->tokens[x.token_begin].begin ||
        x.span.end != s.sentence->tokens[x.token_end - 1].end)
      return;  // "non-EU", "US-led"
    // "Iran and the US withdrawal ...": only a single actor before the noun.
    size_t before = x.token_begin;
    if (before > 0 && words::IsDeterminer(s.lower[before - 1])) --before;
    if (before > 0 && (words::IsCoordinator(s.lower[before - 1]) || s.lower[before - 1] == "'s" ||
                       s.lower[before - 1] == ","))
      return;
    size_t t = x.token_end;
    std::string_view w = s.lower[t];
    const NounEntry* noun = context_.vocabulary->FindNoun(w);
    if (!noun || noun->verb.empty() || context_.lemmatizer->IsVerb(w)) return;
    if (std::find(noun->preps.begin(), noun->preps.end(), s.lower[t + 1]) == noun->preps.end())
      return;
    const VerbEntry* verb = context_.vocabulary->FindVerb(noun->verb);
    auto group = GroupAt(s, t + 2);
    if (!verb || !group) return;
    Relation r = RelationOfVerb(*verb);
    r.modality = HedgeBefore(s, x.token_begin);
    EmitNew(s, MembersOf(s, static_cast<int>(k)), r, TokenSpan(s, t, t + 2), group->members,
            0.75, out);
  }

  // A person named right after a mention ending at `end`, skipping nothing; -1 if none.
  int PersonAt(const AnalyzedSentence& s, size_t t) const {
    int p = HeadMentionAt(s, t);
    if (p < 0 || s.mentions[p].actor.type != ActorType::kPerson) return -1;
    return p;
  }

  // A name ending a noun phrase: the phrase does not go on with a possessive ("Trump
  // critic Romney's bill": still Romney) or a hyphen.
  static bool EndsPhrase(const AnalyzedSentence& s, const Mention& m) {
    size_t e = m.token_end;
    if (e < s.lower.size() && IsDash(s.lower[e])) return false;
    return true;
  }

  // "Kremlin critic Alexei Navalny", "Trump ally Rudy Giuliani": an actor, an adversary
  // noun and a person's name; and the apposition "Mitt Romney, a sometime Trump critic,".
  void ReadAdversaryCompound(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& owner = s.mentions[k];
    size_t n = s.lower.size();
    if (owner.token_end >= n || ActorsOf(owner).empty()) return;
    if (IsPossessivePronoun(s.lower[owner.token_begin])) return;
    if (k + 1 < s.mentions.size() && s.mentions[k + 1].token_begin < owner.token_end) return;
    size_t t = owner.token_end;
    Relation r;
    if (!AdversaryRelation(s.lower[t], &r)) return;
    // "Biden's 2008 US Senate opponent X": the mention is inside a longer noun phrase whose
    // owner comes earlier.
    if (owner.token_begin > 0) {
      std::string_view before = s.lower[owner.token_begin - 1];
      if (before == "'s" || before == "'" || std::isdigit(static_cast<unsigned char>(before[0])) ||
          s.mention_at[owner.token_begin - 1] >= 0)
        return;
    }
    // "a Trump ally": the singular noun; the plural ("Trump allies") names no one.
    auto owners = MembersOf(s, static_cast<int>(k));
    if (int p = PersonAt(s, t + 1); p >= 0 && s.lower[t].back() != 's' &&
                                    EndsPhrase(s, s.mentions[p])) {
      EmitStanding(s, MembersOf(s, p), r, TokenSpan(s, t, t + 1), owners, out);
      return;
    }
    // "Y, a (sometime|longtime) X critic,": the apposition closes after the noun.
    if (t + 1 < n && s.lower[t + 1] != "," && t + 1 != n - 1) return;
    size_t q = owner.token_begin;
    while (q > 0 && q + 4 > owner.token_begin && s.mention_at[q - 1] < 0 &&
           (context_.lemmatizer->IsAdjective(s.lower[q - 1]) || words::IsAdverb(s.lower[q - 1]) ||
            s.lower[q - 1] == "longtime" || s.lower[q - 1] == "long-time" ||
            s.lower[q - 1] == "sometime" || s.lower[q - 1] == "former" ||
            s.lower[q - 1] == "frequent" || s.lower[q - 1] == "vocal"))
      --q;
    if (q < 2 || (s.lower[q - 1] != "a" && s.lower[q - 1] != "an") || s.lower[q - 2] != ",")
      return;
    auto person = GroupEndingAt(s, q - 2);
    if (!person || person->members.size() != 1) return;
    const Mention& named = s.mentions[person->members[0].mention];
    if (named.actor.type != ActorType::kPerson) return;
    EmitStanding(s, person->members, r, TokenSpan(s, t, t + 1), owners, out);
  }

  // "Trump's opponent, Joe Biden,", "his main presidential rival Joe Biden", "its closest
  // ally, Pakistan": the possessor's rival or ally is the name after the noun. A possessive
  // pronoun stands for its antecedent (the coreference layer resolves "his").
  void ReadPossessiveAdversary(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& owner = s.mentions[k];
    size_t n = s.lower.size();
    if (ActorsOf(owner).empty()) return;
    size_t t = owner.token_end;
    bool pronoun = owner.token_end == owner.token_begin + 1 &&
                   IsPossessivePronoun(s.lower[owner.token_begin]);
    if (!pronoun) {
      if (owner.modifier) return;
      bool possessive = false;
      t += PossessiveAfter(s, owner, &possessive);
      if (!possessive) return;
    }
    // "main presidential", "closest", "longtime political".
    for (int skip = 0; skip < 3 && t < n && s.mention_at[t] < 0; ++skip) {
      std::string_view w = s.lower[t];
      Relation probe;
      if (AdversaryRelation(w, &probe)) break;
      if (!(context_.lemmatizer->IsAdjective(w) || w.ends_with("est") || w == "longtime" ||
            w == "long-time" || w == "former" || w == "main" || w == "chief"))
        return;
      ++t;
    }
    Relation r;
    if (t + 1 >= n || !AdversaryRelation(s.lower[t], &r) || s.lower[t].back() == 's') return;
    size_t o = t + 1;
    if (s.lower[o] == ",") ++o;
    int p = HeadMentionAt(s, o);
    if (p < 0) return;
    const Mention& named = s.mentions[p];
    // A rival, critic or opponent is a person or a party; an ally may be a state.
    if (r.lemma != "ally" && named.actor.type != ActorType::kPerson) return;
    bool possessive = false;
    PossessiveAfter(s, named, &possessive);
    if (possessive || !EndsPhrase(s, named)) return;
    // "his rival, Biden, and ...": with a comma the name is an apposition; it must close.
    if (o == t + 2) {
      size_t e = named.token_end;
      if (e < n && s.lower[e] != "," && !words::IsPunctuation(s.lower[e])) return;
    }
    EmitStanding(s, MembersOf(s, p), r, TokenSpan(s, t, t + 1), MembersOf(s, static_cast<int>(k)),
                 out);
  }

  // The token after the verb group that ends right before `v` is read backwards: where the
  // subject group ends, or `v` if no auxiliary precedes. Sets *negated for "not", "never".
  static size_t SkipAuxiliariesBack(const AnalyzedSentence& s, size_t v, bool* negated) {
    size_t p = v;
    while (p > 0 && p + 5 > v) {
      std::string_view w = s.lower[p - 1];
      if (words::IsNegation(w)) {
        *negated = true;
      } else if (!(words::IsHave(w) || words::IsBe(w) || words::IsModal(w) ||
                   words::IsFuture(w) || words::IsDo(w) || words::IsAdverb(w))) {
        break;
      }
      --p;
    }
    return p;
  }

  // The subject group ending at token `end`, if it stands in subject position (no
  // preposition or possessive before it).
  std::optional<ActorGroup> SubjectEndingAt(const AnalyzedSentence& s, size_t end) const {
    auto group = GroupEndingAt(s, end);
    if (!group) return std::nullopt;
    size_t p = group->begin;
    while (p > 0 && words::IsDeterminer(s.lower[p - 1])) --p;
    if (p > 0 && (words::IsPreposition(s.lower[p - 1]) || s.lower[p - 1] == "'s" ||
                  IsDash(s.lower[p - 1])))
      return std::nullopt;
    const Mention& last = s.mentions[group->members.back().mention];
    if (last.modifier) return std::nullopt;
    return group;
  }

  // "Saudi Arabia and the United States have alleged Iranian involvement": a verb of claim
  // and a demonym before an act noun name the actor the claim is about.
  void ReadClaimOnAct(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& m = s.mentions[k];
    size_t n = s.lower.size();
    if (!m.modifier || m.token_end >= n || m.token_begin < 2) return;
    if (IsPossessivePronoun(s.lower[m.token_begin])) return;
    static constexpr std::string_view kActs[] = {
        "involvement", "interference", "meddling", "role", "complicity", "responsibility",
        "aggression", "support", "backing", "presence", "intervention"};
    std::string_view act = s.lower[m.token_end];
    if (std::find(std::begin(kActs), std::end(kActs), act) == std::end(kActs)) return;
    size_t v = m.token_begin - 1;
    if (words::IsDeterminer(s.lower[v]) && v > 0) --v;
    std::string lemma = context_.lemmatizer->VerbLemma(s.lower[v]);
    Relation r;
    if (lemma == "allege" || lemma == "claim" || lemma == "suspect") {
      r.category = Category::kVerbalConflict;
      r.cameo_root = 11;  // accuse
    } else {
      return;
    }
    // "alleged Iranian involvement" read as an adjective ("the alleged Iranian role") has
    // no subject: the verb must follow one.
    bool negated = false;
    size_t end = SkipAuxiliariesBack(s, v, &negated);
    auto subject = SubjectEndingAt(s, end);
    if (!subject) return;
    r.text = lemma + " " + std::string(act) + " of";
    r.lemma = lemma;
    r.negated = negated;
    EmitNew(s, subject->members, r, TokenSpan(s, v, m.token_end + 1),
            MembersOf(s, static_cast<int>(k)), 0.65, out);
  }

  // A noun for people, forces or property an actor has, which a modifier names the owner of:
  // "ISIS fighters", "Iranian assets", "US interests".
  static bool IsOwnedNoun(std::string_view w) {
    static constexpr std::string_view kOwned[] = {
        "detainees", "prisoners", "captives", "hostages", "members", "supporters",
        "citizens", "nationals", "personnel", "targets", "strongholds", "tankers",
        "interests", "assets", "facilities", "installations", "convoy", "convoys",
        "camps", "hideouts", "territory", "fighter", "militant", "detainee", "prisoner",
        "hostage", "citizen", "operatives", "sympathizers", "sympathisers", "recruits",
        "cells", "funds", "accounts"};
    if (words::IsStateHead(w) || words::IsStateMateriel(w)) return true;
    return std::find(std::begin(kOwned), std::end(kOwned), w) != std::end(kOwned);
  }

  // A verb that relates nothing to what it governs: saying, thinking, being, having, and
  // verbs whose object is mostly a clause's subject or a figure.
  static bool IsEmptyVerb(std::string_view lemma) {
    static constexpr std::string_view kEmpty[] = {
        "say", "tell", "report", "add", "state", "claim", "note", "quote", "be", "have",
        "become", "remain", "seem", "include", "know", "see", "think", "believe", "mention",
        "cite", "do", "get", "let", "make", "find", "show", "explain", "follow", "take",
        "give", "use", "want", "need", "try", "expect", "like", "feel", "look", "come", "go",
        "put", "set", "mean", "hope", "plan", "seek", "allow", "keep", "hear", "read",
        "watch", "consider", "suggest", "argue", "insist", "deny", "confirm", "announce",
        "involve", "concern", "affect", "feature", "contain", "estimate", "describe", "name",
        "label", "call", "indicate", "predict", "forecast", "assume", "acknowledge", "admit",
        "understand", "assert", "maintain", "emphasize", "stress", "represent", "regard",
        "deem", "view", "number", "total", "count", "leave", "face", "reach", "raise",
        "list", "identify", "fear"};
    return std::find(std::begin(kEmpty), std::end(kEmpty), lemma) != std::end(kEmpty);
  }

  // The relation of a verb at token `v` that takes an object the parser cannot reach
  // (a gap, or an actor modifying the object's noun): the vocabulary's entry, else the
  // verb itself when it is written as a verb. Sets negation and modality from the
  // auxiliaries in [aux, v). False when the word relates nothing.
  bool VerbRelation(const AnalyzedSentence& s, size_t aux, size_t v, bool allow_gerund,
                    Relation* r) const {
    std::string_view w = s.lower[v];
    if (s.mention_at[v] >= 0 || !context_.lemmatizer->IsVerb(w) || words::IsPreposition(w) ||
        words::IsDeterminer(w) || words::IsAdverb(w) || words::IsPunctuation(w) ||
        words::IsBe(w) || words::IsHave(w) || words::IsModal(w) || words::IsDo(w))
      return false;
    std::string lemma = context_.lemmatizer->VerbLemma(w);
    if (lemma.empty() || IsEmptyVerb(lemma)) return false;
    bool gerund = w.ends_with("ing");
    if (gerund && !allow_gerund) return false;
    const VerbEntry* verb = context_.vocabulary->FindVerb(lemma);
    // A verb the vocabulary lacks must be written as one: inflected ("served"), or a bare
    // form after an auxiliary.
    if (!verb && lemma == w && aux == v) return false;
    if (!verb && context_.lemmatizer->IsAdjective(w) && lemma == w) return false;
    *r = verb ? RelationOfVerb(*verb) : Relation{};
    if (!verb) {
      r->text = lemma;
      r->lemma = lemma;
      r->category = Category::kNeutral;
    }
    for (size_t a = aux; a < v; ++a) {
      std::string_view x = s.lower[a];
      if (words::IsNegation(x)) r->negated = !r->negated;
      if (words::IsModal(x) && r->modality.empty()) r->modality = std::string(x);
    }
    return true;
  }

  // The subject of the verb group that starts at `aux`, read backwards over a closing quote
  // ("The \"United States\" is not holding ...").
  std::optional<ActorGroup> SubjectBefore(const AnalyzedSentence& s, size_t aux) const {
    if (auto subject = SubjectEndingAt(s, aux)) return subject;
    if (aux > 1 && (s.lower[aux - 1] == "\"" || s.lower[aux - 1] == "'"))
      return SubjectEndingAt(s, aux - 1);
    return std::nullopt;
  }

  // "The US is not holding any ISIS detainees", "would take over guarding captured ISIS
  // fighters": an actor that modifies the noun of a verb's object owns what the verb acts
  // on; the subject is related to it as "hold detainees of".
  void ReadModifiedObject(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& m = s.mentions[k];
    size_t n = s.lower.size();
    // The actor layer marks demonyms as modifiers ("Iranian assets"), names before a noun
    // not always ("ISIS fighters"): the owned noun after it decides.
    if (m.token_begin < 2 || m.token_end >= n || ActorsOf(m).empty()) return;
    if (k + 1 < s.mentions.size() && s.mentions[k + 1].token_begin < m.token_end) return;
    if (k > 0 && s.mentions[k - 1].token_end > m.token_begin) return;
    // "ISIS-held", "anti-US": the actor is only part of its word.
    if (m.span.begin != s.sentence->tokens[m.token_begin].begin ||
        m.span.end != s.sentence->tokens[m.token_end - 1].end)
      return;
    size_t noun = m.token_end;
    if (!IsOwnedNoun(s.lower[noun])) return;
    // The noun ends the phrase: not "ISIS fighters' families".
    if (noun + 1 < n) {
      std::string_view after = s.lower[noun + 1];
      // ... or a time phrase ("froze Iranian assets last year").
      bool time = after == "last" || after == "this" || after == "next" ||
                  after == "yesterday" || after == "today";
      if (!(words::IsPunctuation(after) || words::IsPreposition(after) ||
            words::IsCoordinator(after) || words::IsRelativePronoun(after) || time) ||
          after == "'s" || after == "'" || after == "-")
        return;
    }
    // Back over "captured", "any", "20": the words before the modifier inside the phrase.
    size_t q = m.token_begin;
    for (int skip = 0; skip < 3 && q > 0; ++skip) {
      std::string_view w = s.lower[q - 1];
      if (s.mention_at[q - 1] >= 0) return;
      bool count = std::isdigit(static_cast<unsigned char>(w[0])) || w == "several" ||
                   w == "dozens" || w == "hundreds" || w == "thousands" || w == "two" ||
                   w == "three" || w == "four" || w == "five" || w == "six" || w == "ten";
      // "captured", "senior" — not a gerund, which may be the verb ("holding").
      bool adjective = (context_.lemmatizer->IsAdjective(w) || w.ends_with("ed")) &&
                       !w.ends_with("ing") && !words::IsPreposition(w) &&
                       !words::IsDeterminer(w) && !words::IsAdverb(w);
      if (IsPossessivePronoun(w) || w == "'s") return;  // "its ISIS detainees": its own
      if (words::IsDeterminer(w) || w == "any" || w == "all" || count || adjective) {
        --q;
        continue;
      }
      break;
    }
    if (q == 0) return;
    size_t v = q - 1;
    // "take over guarding", "continue holding": a gerund after a verb of beginning or
    // going on is the act; its subject is that verb's.
    size_t head = v;
    if (s.lower[v].ends_with("ing") && v > 0) {
      size_t c = v - 1;
      if (c > 0 && (s.lower[c] == "over" || s.lower[c] == "on")) --c;
      std::string lemma = context_.lemmatizer->VerbLemma(s.lower[c]);
      if (lemma == "take" || lemma == "continue" || lemma == "begin" || lemma == "start" ||
          lemma == "resume" || lemma == "keep" || lemma == "carry")
        head = c;
    }
    bool negated = false;
    size_t aux = SkipAuxiliariesBack(s, head, &negated);
    // A progressive "is holding" has its auxiliaries before the gerund itself.
    bool gerund_ok = head != v || aux < head;
    Relation r;
    if (!VerbRelation(s, aux, v, gerund_ok, &r)) return;
    if (head != v) {
      r.negated = negated;
    }
    // "was armed with", a passive participle: not the subject's act.
    for (size_t a = aux; a < head; ++a)
      if (words::IsBe(s.lower[a]) && !s.lower[v].ends_with("ing")) return;
    auto subject = SubjectBefore(s, aux);
    if (!subject) return;
    r.text += " " + s.lower[noun] + " of";
    r.symmetric = false;
    EmitNew(s, subject->members, r, TokenSpan(s, v, noun + 1), MembersOf(s, static_cast<int>(k)),
            0.6, out);
  }

  // "the SDF, which Trump just served up to Turkey": a relative clause whose subject is
  // another actor, with no object after its verb, acts on the antecedent: Trump -> serve
  // up -> SDF.
  void ReadObjectRelative(const AnalyzedSentence& s, size_t t, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    std::string_view pronoun = s.lower[t];
    if ((pronoun != "which" && pronoun != "whom" && pronoun != "who") || t < 2 || t + 2 >= n)
      return;
    size_t end = s.lower[t - 1] == "," ? t - 1 : t;
    auto antecedent = GroupEndingAt(s, end);
    if (!antecedent) return;
    // "sanctions on Iran, which the US imposed": after a preposition the pronoun may stand
    // for the noun before it; only a verb's agent or partner is taken ("held by the SDF").
    size_t b = antecedent->begin;
    while (b > 0 && words::IsDeterminer(s.lower[b - 1])) --b;
    if (b > 0) {
      std::string_view before = s.lower[b - 1];
      if (before == "'s" || IsDash(before) || s.mention_at[b - 1] >= 0) return;
      if (words::IsPreposition(before)) {
        if (before != "by" && before != "with" && before != "to" && before != "against" &&
            before != "from")
          return;
        if (b < 2) return;
        std::string_view verb = s.lower[b - 2];
        if (!context_.lemmatizer->IsVerb(verb) || context_.lemmatizer->VerbLemma(verb) == verb ||
            context_.vocabulary->FindNoun(verb))
          return;
      }
    }
    auto agent = GroupAt(s, t + 1);
    if (!agent || agent->end >= n) return;
    bool possessive = false;
    PossessiveAfter(s, s.mentions[agent->members.back().mention], &possessive);
    if (possessive || s.lower[agent->end] == "-") return;
    // The verb after auxiliaries and adverbs ("has long accused", "just served").
    size_t v = agent->end;
    while (v < n && v < agent->end + 4 &&
           (words::IsHave(s.lower[v]) || words::IsModal(s.lower[v]) ||
            words::IsFuture(s.lower[v]) || words::IsDo(s.lower[v]) ||
            words::IsNegation(s.lower[v]) || words::IsAdverb(s.lower[v])))
      ++v;
    if (v >= n) return;
    Relation r;
    if (!VerbRelation(s, agent->end, v, /*allow_gerund=*/false, &r)) return;
    // "Iran, which the US says is ...": with a clause after the verb the antecedent is
    // that clause's subject, not the verb's object.
    size_t after = v + 1;
    if (after < n && (s.lower[after] == "up" || s.lower[after] == "out" ||
                      s.lower[after] == "off" || s.lower[after] == "down" ||
                      s.lower[after] == "back" || s.lower[after] == "away")) {
      // "served up": a particle goes with a verb the vocabulary lacks; with a listed verb
      // only as its own entry ("back down" is no act on anyone).
      std::string lemma = context_.lemmatizer->VerbLemma(s.lower[v]);
      if (const VerbEntry* particle = context_.vocabulary->FindVerb(lemma + " " + s.lower[after])) {
        Relation with = RelationOfVerb(*particle);
        with.negated = r.negated;
        with.modality = r.modality;
        r = with;
      } else if (!context_.vocabulary->FindVerb(lemma)) {
        r.text += " " + s.lower[after];
      } else {
        return;
      }
      ++after;
    }
    if (after < n) {
      std::string_view w = s.lower[after];
      bool ends = words::IsPunctuation(w) || (words::IsPreposition(w) && w != "that") ||
                  words::IsAdverb(w) || w == "last" || w == "this" || w == "yesterday" ||
                  w == "today";
      if (!ends || s.mention_at[after] >= 0) return;
    }
    EmitNew(s, agent->members, r, TokenSpan(s, v, after), antecedent->members, 0.65, out);
  }

  // "The US had been allied with Kurdish groups in fighting ISIS", "joined the EU in
  // condemning Iran": a gerund after "in" is the clause subject's act too.
  void ReadGerundAfterIn(const AnalyzedSentence& s, size_t t, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    if (s.lower[t] != "in" || t < 2 || t + 2 >= n) return;
    size_t g = t + 1;
    std::string_view w = s.lower[g];
    if (!w.ends_with("ing") || s.mention_at[g] >= 0) return;
    std::string lemma = context_.lemmatizer->VerbLemma(w);
    const VerbEntry* verb = context_.vocabulary->FindVerb(lemma);
    if (!verb || !context_.lemmatizer->IsVerb(w)) return;
    // "interested in buying": a wish, not an act; "delay in", "failed in": not done.
    std::string_view before = s.lower[t - 1];
    if (before == "interested" || before == "interest" || before == "delay" ||
        before == "delays" || before == "failed" || before == "fails" || before == "fail" ||
        before == "difficulty" || before == "difficulties" || before == "hesitate" ||
        before == "hesitation" || before == "mistake" || before == "wrong" ||
        before == "error" || before == "chance" || before == "progress")
      return;
    // The object: right after the gerund (a noun "fighting" then "with" is the noun: "killed
    // in fighting with rebels"), or after the preposition the verb takes.
    size_t o = g + 1;
    if (o < n && words::IsDeterminer(s.lower[o])) ++o;
    std::optional<ActorGroup> object = GroupAt(s, o);
    size_t object_at = o;
    if (!object && !context_.vocabulary->FindNoun(w) && g + 2 < n &&
        words::IsPreposition(s.lower[g + 1])) {
      object_at = g + 2;
      object = GroupAt(s, object_at);
    }
    if (!object) return;
    auto predicate = ParsePredicate(s, g, object_at, context_, PredicateMode::kBeforeObject);
    if (!predicate || predicate->passive) return;
    // The clause subject: the nearest group before "in" that a verb group follows, with no
    // punctuation, clause word or other head mention on the way.
    std::optional<ActorGroup> subject;
    for (size_t p = t; p > 0 && p + 16 > t; --p) {
      size_t q = p - 1;
      std::string_view x = s.lower[q];
      if ((words::IsPunctuation(x) && x != "\"") || words::IsRelativePronoun(x) ||
          x == "when" || x == "while" || x == "because" || x == "if" || x == "after" ||
          x == "before" || x == "since" || x == "although" || x == "as" || x == "until")
        return;
      int m = s.mention_at[q];
      if (m < 0 || s.mentions[m].modifier || s.mentions[m].token_end != q + 1) continue;
      auto group = GroupEndingAt(s, q + 1);
      if (!group) return;
      size_t aux = group->end;
      if (!StartsVerb(s, aux)) return;  // another actor between: whose act is unclear
      if (!SubjectEndingAt(s, group->end)) return;
      subject = group;
      break;
    }
    if (!subject) return;
    // "is likely to succeed in joining", "did not succeed in buying": the main clause's
    // hedge and negation hold for the act too.
    Relation r = predicate->relation;
    for (size_t a = subject->end; a < t; ++a) {
      std::string_view x = s.lower[a];
      if (words::IsNegation(x)) r.negated = !r.negated;
      if (!r.modality.empty()) continue;
      if (words::IsModal(x) || x == "likely" || x == "expected" || x == "unlikely" ||
          x == "hope" || x == "hopes" || x == "hoped" || x == "plan" || x == "plans" ||
          x == "planned" || x == "want" || x == "wants" || x == "wanted" || x == "seek" ||
          x == "seeks" || x == "sought" || x == "try" || x == "tries" || x == "tried" ||
          x == "aim" || x == "aims" || x == "intend" || x == "intends" || x == "able")
        r.modality = std::string(x);
    }
    EmitNew(s, subject->members, r, predicate->span, object->members, 0.6, out);
  }

  // "X suspended the talks at the request of Y", "X's troops are there at the invitation of
  // Y": the clause subject acts on the other actor's request; Y -> request/invite/urge -> X.
  // Not for a passive or a verb of saying, whose subject is no doer ("the action was taken
  // at the request of Y", "X said at the request of Y the aid ...").
  void ReadActAtTheRequestOf(const AnalyzedSentence& s, size_t t,
                             std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    if (s.lower[t] != "at" || t < 2 || t + 4 >= n || s.lower[t + 1] != "the" ||
        s.lower[t + 3] != "of")
      return;
    static constexpr std::pair<std::string_view, std::string_view> kRequests[] = {
        {"request", "request"}, {"behest", "request"}, {"invitation", "invite"},
        {"urging", "urge"}};
    std::string_view lemma;
    for (const auto& [noun, verb] : kRequests)
      if (s.lower[t + 2] == noun) lemma = verb;
    if (lemma.empty()) return;
    const VerbEntry* verb = context_.vocabulary->FindVerb(std::string(lemma));
    if (!verb) return;
    auto requester = GroupAt(s, t + 4);
    if (!requester) return;
    auto subject = DoerBefore(s, t, /*speech_acts=*/false);
    if (!subject || SharesActor(*subject, *requester)) return;
    Relation r = RelationOfVerb(*verb);
    EmitNew(s, requester->members, r, TokenSpan(s, t, t + 4), subject->members, 0.6, out);
  }

  // The doer of the clause around the adjunct at `t`: the nearest group before it that a
  // verb group follows, with no punctuation, clause word or other head mention on the way;
  // nullopt for a passive (its subject did nothing) and, unless `speech_acts`, for a verb of
  // saying ("X said at the request of Y the aid ..." reports what was said).
  std::optional<ActorGroup> DoerBefore(const AnalyzedSentence& s, size_t t,
                                       bool speech_acts) const {
    std::optional<ActorGroup> subject;
    for (size_t p = t; p > 0 && p + 16 > t; --p) {
      size_t q = p - 1;
      std::string_view x = s.lower[q];
      if (words::IsPunctuation(x) || words::IsRelativePronoun(x) || x == "when" ||
          x == "while" || x == "because" || x == "if" || x == "after" || x == "before" ||
          x == "by")
        return std::nullopt;
      int m = s.mention_at[q];
      if (m < 0 || s.mentions[m].modifier || s.mentions[m].token_end != q + 1) continue;
      auto group = GroupEndingAt(s, q + 1);
      if (!group || !StartsVerb(s, group->end) || !SubjectEndingAt(s, group->end))
        return std::nullopt;
      subject = group;
      break;
    }
    if (!subject) return std::nullopt;
    for (size_t a = subject->end; a < t; ++a) {
      std::string_view x = s.lower[a];
      if (!speech_acts && context_.lemmatizer->IsVerb(x)) {
        std::string said = context_.lemmatizer->VerbLemma(x);
        if (said == "say" || said == "tell" || said == "announce" || said == "report" ||
            said == "state")
          return std::nullopt;
      }
      // A passive: "be" or "get" and a participle.
      if ((words::IsBe(x) || x == "got" || x == "get") && a + 1 < t) {
        std::string_view next = s.lower[a + 1];
        if (words::IsAdverb(next) && a + 2 < t) next = s.lower[a + 2];
        if ((next.ends_with("ed") || next.ends_with("en")) && context_.lemmatizer->IsVerb(next) &&
            context_.lemmatizer->VerbLemma(next) != next)
          return std::nullopt;
      }
    }
    return subject;
  }

  // "X raised tariffs in response to a complaint from Y", "X said in reply to a question
  // from Y": the
  // clause subject answers Y (X -> respond to -> Y). Between them, what Y said or asked: up
  // to two lower-case words ending in a claim noun ("an unsolicited offer"), not any thing
  // of Y's ("rising imports from Y"). A reply is a speech act, so a verb of saying counts.
  void ReadActInResponseTo(const AnalyzedSentence& s, size_t t, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    if (s.lower[t] != "in" || t < 2 || t + 5 >= n || s.lower[t + 2] != "to") return;
    std::string_view answer = s.lower[t + 1];
    if (answer != "response" && answer != "reply" && answer != "answer") return;
    size_t k = t + 3;
    if (words::IsDeterminer(s.lower[k])) ++k;
    size_t first = k;
    while (k < n && k < first + 2 && IsNounPhraseWord(s, k)) ++k;
    if (k == first || k + 1 >= n || (s.lower[k] != "from" && s.lower[k] != "by") ||
        !IsClaimNoun(s.lower[k - 1]))
      return;
    auto asker = GroupAt(s, k + 1);
    const VerbEntry* verb = context_.vocabulary->FindVerb("respond to");
    if (!asker || !verb) return;
    auto subject = DoerBefore(s, t, /*speech_acts=*/true);
    if (!subject || SharesActor(*subject, *asker)) return;
    EmitNew(s, subject->members, RelationOfVerb(*verb), TokenSpan(s, t, t + 3), asker->members,
            0.6, out);
  }

  // A verb group starts at `t`: an auxiliary, or a verb form that is not a noun's.
  bool StartsVerb(const AnalyzedSentence& s, size_t t) const {
    while (t + 1 < s.lower.size() && words::IsAdverb(s.lower[t])) ++t;
    if (t >= s.lower.size()) return false;
    std::string_view w = s.lower[t];
    if (words::IsBe(w) || words::IsHave(w) || words::IsModal(w) || words::IsFuture(w) ||
        words::IsDo(w))
      return true;
    return context_.lemmatizer->IsVerb(w) && context_.lemmatizer->VerbLemma(w) != w &&
           !words::IsPreposition(w) && !words::IsPunctuation(w);
  }

  // "Jimmy Carter mediated an end to the conflict between Israel and Egypt", "brokered a
  // ceasefire between A and B": the mediator acts with each party.
  void ReadMediation(const AnalyzedSentence& s, size_t between, std::vector<Triple>& out) const {
    auto parties = GroupAt(s, between + 1);
    if (!parties || parties->members.size() < 2 || between == 0) return;
    // Back over the mediated thing: "an end to the conflict", "a ceasefire", "peace talks".
    size_t v = between;
    while (v > 0 && v + 7 > between) {
      std::string_view w = s.lower[v - 1];
      if (s.mention_at[v - 1] >= 0 || words::IsPunctuation(w)) return;
      std::string lemma = context_.lemmatizer->VerbLemma(w);
      if (lemma == "mediate" || lemma == "broker" || lemma == "facilitate") break;
      if (!(words::IsDeterminer(w) || w == "to" || w == "end" || w == "ceasefire" ||
            w == "truce" || w == "deal" || w == "accord" || context_.vocabulary->FindNoun(w) ||
            (context_.lemmatizer->IsAdjective(w) && !context_.lemmatizer->IsVerb(w))))
        return;
      --v;
    }
    if (v == 0 || v + 7 <= between) return;
    size_t verb = v - 1;
    std::string lemma = context_.lemmatizer->VerbLemma(s.lower[verb]);
    if (lemma != "mediate" && lemma != "broker" && lemma != "facilitate") return;
    // "the deal brokered between": a participle with no subject before it.
    bool negated = false;
    size_t end = SkipAuxiliariesBack(s, verb, &negated);
    auto subject = SubjectEndingAt(s, end);
    if (!subject) return;
    for (const auto& member : subject->members)
      for (const auto& party : parties->members)
        if (member.actor.id == party.actor.id && member.actor.name == party.actor.name) return;
    Relation r;
    r.lemma = lemma;
    // "brokered a ceasefire between" -> "broker ceasefire between".
    std::string thing = NounOf(s, verb + 1, between);
    r.text = lemma == "mediate" || thing.empty() ? lemma + " between"
                                                 : lemma + " " + thing + " between";
    r.category = Category::kVerbalCooperation;
    r.cameo_root = 4;  // CAMEO 045: mediate
    r.negated = negated;
    EmitNew(s, subject->members, r, TokenSpan(s, verb, between + 1), parties->members, 0.7, out);
  }

  // The head noun of tokens [from, to): the last one that is no determiner or adjective.
  std::string NounOf(const AnalyzedSentence& s, size_t from, size_t to) const {
    for (size_t t = to; t > from; --t) {
      std::string_view w = s.lower[t - 1];
      if (!words::IsDeterminer(w) && w != "to") return std::string(w);
    }
    return "";
  }

  // "relations between Israel and the United Arab Emirates and Bahrain": after a complete
  // pair, a further "and X" is another partner of the first.
  void ReadBetweenHub(const AnalyzedSentence& s, size_t between, std::vector<Triple>& out) const {
    if (between == 0) return;
    const NounEntry* noun = RelationNoun(s.lower[between - 1]);
    if (!noun) return;
    auto pair = GroupAt(s, between + 1);
    if (!pair || pair->members.size() != 2) return;
    size_t n = s.lower.size();
    std::vector<GroupMember> more;
    size_t t = pair->end;
    while (t + 1 < n && words::IsCoordinator(s.lower[t])) {
      auto next = GroupAt(s, t + 1);
      if (!next || next->members.size() != 1) break;
      more.push_back(next->members[0]);
      t = next->end;
    }
    if (more.empty()) return;
    // "... and Egypt and Jordan said ...": a verb after the last one makes it a new subject.
    if (t < n) {
      std::string_view w = s.lower[t];
      if (words::IsModal(w) || words::IsFuture(w) || words::IsHave(w) || words::IsBe(w) ||
          (context_.lemmatizer->IsVerb(w) && context_.lemmatizer->VerbLemma(w) != w &&
           !words::IsPreposition(w)))
        more.pop_back();
    }
    EmitNew(s, {pair->members[0]}, RelationOfNoun(*noun), TokenSpan(s, between - 1, between + 1),
            more, 0.7, out);
  }

  ExtractorContext context_;
  bool standing_;  // read only the standing relations (critic, rival, opponent, ally)
};

}  // namespace

std::unique_ptr<Extractor> MakeNounPhraseExtractor(const ExtractorContext& context) {
  return std::make_unique<NounPhraseExtractor>(context, /*standing=*/false);
}

std::unique_ptr<Extractor> MakeStandingRelationExtractor(const ExtractorContext& context) {
  return std::make_unique<NounPhraseExtractor>(context, /*standing=*/true);
}

}  // namespace actorgraph::extract
