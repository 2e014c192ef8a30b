#include "extract/apposition_extractor.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/extract/lemmatizer.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "actors/word_lists.h"
#include "extract/clause_extractor.h"
#include "extract/extract_util.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "apposition";
// An apposition longer than this is more likely a clause of its own.
constexpr size_t kMaxAppositionTokens = 16;

// A word that cannot stand inside a short descriptive noun phrase: it opens a clause, a
// prepositional phrase or another list item.
bool BreaksNounPhrase(std::string_view w) {
  return words::IsPunctuation(w) || words::IsPreposition(w) || words::IsCoordinator(w) ||
         words::IsRelativePronoun(w) || words::IsBe(w) || words::IsHave(w) ||
         words::IsModal(w) || words::IsFuture(w) || words::IsDo(w) || w == "or" ||
         w == "as" || w == "'s" || w == "'";
}

// The head mention at `t` when it names one person (titles inside the mention allowed).
int PersonAt(const AnalyzedSentence& s, size_t t) {
  if (t >= s.lower.size()) return -1;
  int m = s.mention_at[t];
  if (m < 0) return -1;
  const Mention& mention = s.mentions[m];
  if (mention.token_begin != t || mention.modifier || mention.actor.type != ActorType::kPerson ||
      mention.how == Resolution::kGroupReference)
    return -1;
  return m;
}

// A person named after title words or a state's modifier: "US President Donald Trump",
// "President Zelensky", "Donald Trump". The mention, or -1; *end is its last token + 1.
int TitledPersonAt(const AnalyzedSentence& s, size_t t) {
  const size_t n = s.lower.size();
  for (size_t k = 0; t < n && k < 4; ++k, ++t) {
    if (int m = PersonAt(s, t); m >= 0) return m;
    int modifier = s.mention_at[t];
    if (modifier >= 0 && s.mentions[modifier].modifier &&
        s.mentions[modifier].actor.type != ActorType::kPerson) {
      t = s.mentions[modifier].token_end - 1;
      continue;
    }
    if (!words::IsTitleWord(s.lower[t]) && s.lower[t] != "former" && s.lower[t] != "then")
      return -1;
  }
  return -1;
}

// A person named after a short description of them: "First Lady Melania Trump", "musician
// Al Jorden", "the late Acme founder Al Doe". Up to four words of titles, state or group
// modifiers and lower-case nouns; none of them an inflected verb ("his son told Al Doe").
// The mention, or -1.
int DescribedPersonAt(const AnalyzedSentence& s, size_t t, size_t limit,
                      const Lemmatizer& lemmatizer) {
  if (t < limit && s.lower[t] == "the") ++t;
  for (size_t k = 0; t < limit && k < 5; ++k, ++t) {
    if (int m = PersonAt(s, t); m >= 0) return m;
    if (int modifier = s.mention_at[t]; modifier >= 0) {
      if (!s.mentions[modifier].modifier || s.mentions[modifier].actor.type == ActorType::kPerson)
        return -1;
      t = s.mentions[modifier].token_end - 1;
      continue;
    }
    const std::string& w = s.lower[t];
    if (words::IsTitleWord(w) || w == "former" || w == "then" || w == "late") continue;
    // "First Lady": a capitalised title of two words.
    if (IsCapitalised(s, t) && (w == "first" || w == "lady")) continue;
    if (IsCapitalised(s, t) || BreaksNounPhrase(w) || words::IsDeterminer(w) ||
        words::IsAdverb(w) || lemmatizer.VerbLemma(w) != w)
      return -1;
  }
  return -1;
}

// Where an apposition opened by the comma at `comma` closes: the token of the next comma,
// semicolon, colon, dash or bracket, or the sentence's final period or end. 0 when it runs
// too long or a quotation opens inside it (a quoted clause, not a description).
size_t AppositionClose(const AnalyzedSentence& s, size_t comma) {
  const size_t n = s.lower.size();
  for (size_t t = comma + 1; t < n && t <= comma + kMaxAppositionTokens; ++t) {
    const std::string& w = s.lower[t];
    if (w == "," || w == ";" || w == ":" || w == "--" || w == "(" || w == ")") return t;
    if (w == "\"" || w == "``" || w == "''") return 0;
    if (t + 1 == n && (w == "." || w == "!" || w == "?")) return t;
  }
  return comma + kMaxAppositionTokens + 1 >= n ? n : 0;
}

// The actor a mention that an apposition describes stands for, or nullopt: one actor,
// heading its noun phrase, not the object of "of" ("the leader of Hamas, a group ..."
// may describe the leader) and not a possessive.
std::optional<GroupMember> DescribedActor(const AnalyzedSentence& s, size_t k) {
  const Mention& m = s.mentions[k];
  if (m.modifier || m.how == Resolution::kGroupReference) return std::nullopt;
  if (k + 1 < s.mentions.size() && s.mentions[k + 1].token_begin < m.token_end)
    return std::nullopt;
  if (m.token_end >= s.lower.size() || s.lower[m.token_end] != ",") return std::nullopt;
  size_t q = m.token_begin;
  while (q > 0 && words::IsDeterminer(s.lower[q - 1])) --q;
  if (q > 0 && (s.lower[q - 1] == "of" || s.lower[q - 1] == "'s")) return std::nullopt;
  std::vector<Actor> actors = ActorsOf(m);
  if (actors.size() != 1) return std::nullopt;
  return GroupMember{static_cast<int>(k), actors[0]};
}

// The token after an article the apposition opens with ("a", "an", "the", "another"); 0 if
// it opens with none.
size_t AfterArticle(const AnalyzedSentence& s, size_t t) {
  if (t >= s.lower.size()) return 0;
  const std::string& w = s.lower[t];
  return w == "a" || w == "an" || w == "the" || w == "another" ? t + 1 : 0;
}

// What a noun for a person's tie to another actor states: "lawyer" -> "be lawyer for".
struct TieNoun {
  Category category = Category::kNeutral;
  int cameo_root = 0;
  bool family = false;  // owned only by a person
  bool office = false;  // a post: "the envoy for Iran" is another state's envoy to Iran
};

const TieNoun* FindTieNoun(std::string_view w) {
  static const std::unordered_map<std::string_view, TieNoun> kNouns = [] {
    std::unordered_map<std::string_view, TieNoun> nouns;
    for (std::string_view w :
         {"lawyer", "attorney", "counsel", "adviser", "advisor", "aide", "spokesman",
          "spokeswoman", "spokesperson", "envoy", "assistant", "deputy", "representative",
          "negotiator", "secretary", "manager", "agent", "employee"})
      nouns[w] = TieNoun{Category::kNeutral, 0, false, true};
    for (std::string_view w :
         {"bodyguard", "doctor", "physician", "biographer", "associate", "colleague", "confidant", "confidante", "protege", "protégé", "mentor",
          "successor", "predecessor", "countryman", "countrywoman", "compatriot", "teammate",
          "team-mate", "classmate", "bandmate", "coach", "partner", "challenger", "nemesis"})
      nouns[w] = TieNoun{};
    for (std::string_view w : {"friend", "ally", "supporter", "backer", "defender", "admirer"})
      nouns[w] = TieNoun{Category::kVerbalCooperation, 5, false};
    for (std::string_view w : {"critic", "opponent", "rival", "foe", "detractor", "accuser"})
      nouns[w] = TieNoun{Category::kVerbalConflict, 11, false};
    for (std::string_view w :
         {"wife", "husband", "widow", "widower", "son", "daughter", "father", "mother",
          "brother", "sister", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter",
          "grandfather", "grandmother", "cousin", "stepson", "stepdaughter", "stepfather",
          "stepmother", "fiancee", "fiancée", "fiance", "son-in-law", "daughter-in-law",
          "father-in-law", "mother-in-law", "brother-in-law", "sister-in-law", "girlfriend",
          "boyfriend", "ex-wife", "ex-husband", "child", "parent"})
      nouns[w] = TieNoun{Category::kNeutral, 0, true};
    return nouns;
  }();
  auto it = kNouns.find(w);
  return it == kNouns.end() ? nullptr : &it->second;
}

// "aides" -> "aide", "attorneys" -> "attorney"; "" when `w` is no plural of a tie noun.
std::string SingularTie(std::string_view w) {
  if (w == "children") return "child";
  if (w.size() > 3 && w.ends_with("s")) {
    std::string singular(w.substr(0, w.size() - 1));
    if (FindTieNoun(singular)) return singular;
    if (w == "countrymen") return "countryman";
  }
  if (w == "countrymen") return "countryman";
  return "";
}

// Words that describe a tie before its noun: "longtime", "personal", "eldest", "close".
bool IsTieModifier(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "former", "longtime", "long-time", "personal", "close", "top", "senior", "chief",
      "eldest", "elder", "younger", "youngest", "older", "oldest", "late", "new", "then",
      "fierce", "vocal", "outspoken", "staunch", "frequent", "harsh", "leading", "key",
      "trusted", "loyal", "lead", "defence", "defense", "family", "legal", "political",
      "foreign-policy", "policy", "special", "estranged", "only", "second", "third", "first",
      "fellow", "main", "principal", "prominent", "strong", "old", "best", "widowed",
      "adoptive", "biological", "twin", "maternal", "paternal", "half"};
  return kWords.count(w) != 0;
}

Relation TieRelation(std::string_view noun, std::string_view preposition, const TieNoun& tie) {
  Relation r;
  r.text = "be " + std::string(noun) + " " + std::string(preposition);
  r.lemma = std::string(noun);
  r.category = tie.category;
  r.cameo_root = tie.cameo_root;
  return r;
}

// The one actor a mention names, or nullopt.
std::optional<GroupMember> OneActor(const AnalyzedSentence& s, int m) {
  if (m < 0) return std::nullopt;
  std::vector<Actor> actors = ActorsOf(s.mentions[m]);
  if (actors.size() != 1) return std::nullopt;
  return GroupMember{m, actors[0]};
}

using NameGender = actors_internal::Gender;

// The gender a person's given name shows ("Doris Day": female), from the first word of the
// actor's name.
NameGender GenderOfName(std::string_view name) {
  std::string key(name.substr(0, name.find(' ')));
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return actors_internal::GivenNameGender(key);
}

class AppositionExtractor : public Extractor {
 public:
  explicit AppositionExtractor(const ExtractorContext& context) : context_(context) {}
  std::string_view name() const override { return kName; }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      std::optional<GroupMember> described = DescribedActor(s, k);
      if (!described) continue;
      size_t comma = s.mentions[k].token_end;
      size_t close = AppositionClose(s, comma);
      if (close == 0) continue;
      if (ReadParticiple(s, *described, comma + 1, close, out)) continue;
      if (described->actor.type == ActorType::kPerson) ReadTie(s, *described, comma + 1, close, out);
    }
    ReadKin(s, out);
    ReadChildren(s, out);
    ReadPossessiveTie(s, out);
    ReadListParty(s, out);
    for (size_t k = 0; k < s.mentions.size(); ++k) ReadPartyBeforeName(s, k, out);
  }

 private:
  // "Jo Roe, a Toronto lawyer representing Al Doe,", "Hamas, a group backed by Iran,": an
  // article, a short noun phrase and a participle with its object, which ends the
  // apposition [from, close). The participle's predicate is read as the clause extractor
  // reads one. Returns whether it gave a triple.
  bool ReadParticiple(const AnalyzedSentence& s, const GroupMember& subject, size_t from,
                      size_t close, std::vector<Triple>& out) const {
    size_t t = AfterArticle(s, from);
    if (t == 0) return false;
    size_t participle = 0;
    for (size_t u = t; u < close && u < t + 5; ++u) {
      const std::string& w = s.lower[u];
      int m = s.mention_at[u];
      if (m >= 0) {
        // "a Toronto lawyer": a name before the head noun only modifies it.
        if (s.mentions[m].token_end >= close || s.mention_at[s.mentions[m].token_end] >= 0 ||
            BreaksNounPhrase(s.lower[s.mentions[m].token_end]) ||
            IsCapitalised(s, s.mentions[m].token_end))
          return false;
        u = s.mentions[m].token_end - 1;
        continue;
      }
      if (BreaksNounPhrase(w) || words::IsDeterminer(w) || words::IsAdverb(w)) return false;
      // The head noun comes first ("a leading lawyer" is no participle), a lower-case one.
      bool after_noun = u > t && s.mention_at[u - 1] < 0 && !IsCapitalised(s, u - 1) &&
                        !context_.lemmatizer->IsAdjective(s.lower[u - 1]);
      if (after_noun && w.size() > 4 && w.ends_with("ing") && context_.lemmatizer->IsVerb(w)) {
        participle = u;
        break;
      }
      if (after_noun && u + 1 < close && s.lower[u + 1] == "by" &&
          context_.lemmatizer->IsVerb(w) && context_.lemmatizer->VerbLemma(w) != w) {
        participle = u;
        break;
      }
    }
    if (participle == 0) return false;
    if (s.lower[participle + 1] == "by") return ReadPassiveParticiple(s, subject, participle, close, out);
    ActorGroup group;
    group.members = {subject};
    const Mention& m = s.mentions[subject.mention];
    group.begin = m.token_begin;
    group.end = m.token_end;
    std::vector<Triple> found;
    ReadClausePredicates(context_, s, group, participle, 0.65, kName, found);
    const auto& tokens = s.sentence->tokens;
    uint32_t close_byte = close < tokens.size() ? tokens[close].begin : s.sentence->end;
    bool any = false;
    for (Triple& triple : found) {
      // Only what the apposition itself states: its object inside it, ending it.
      const Span& other = triple.subject.id == subject.actor.id ? triple.evidence.object
                                                                : triple.evidence.subject;
      if (other.begin < tokens[participle].begin || other.end > close_byte) continue;
      size_t after = participle;
      while (after < close && tokens[after].end <= other.end) ++after;
      if (after != close) continue;
      if (HasPair(out, triple.subject, triple.object)) continue;
      out.push_back(std::move(triple));
      any = true;
    }
    if (!any && found.empty()) any = ReadOpenParticiple(s, subject, participle, close, out);
    return any;
  }

  // "Jo Roe, a lawyer representing Al Doe,": a participle the predicate parser leaves to
  // finite forms (an open verb in -ing), right before the object that ends the apposition.
  // Only verbs whose object in such an apposition is the subject's client, holding or
  // charge.
  bool ReadOpenParticiple(const AnalyzedSentence& s, const GroupMember& subject,
                          size_t participle, size_t close, std::vector<Triple>& out) const {
    static const std::unordered_set<std::string_view> kVerbs = {
        "represent", "own", "operate", "manage", "run", "employ", "coach", "advise",
        "defend", "prosecute", "sue", "host", "serve", "accompany", "lead", "control"};
    std::string lemma = context_.lemmatizer->VerbLemma(s.lower[participle]);
    if (!kVerbs.count(lemma)) return false;
    std::optional<ActorGroup> object = GroupAt(s, participle + 1);
    if (!object || object->end != close) return false;
    for (const GroupMember& member : object->members)
      if (HasPair(out, subject.actor, member.actor)) return false;
    Relation r;
    if (const VerbEntry* verb = context_.vocabulary->FindVerb(lemma)) {
      r = RelationOfVerb(*verb);
    } else {
      r.text = lemma;
      r.lemma = lemma;
      r.category = Category::kNeutral;
    }
    size_t before = out.size();
    EmitPairs(s, {subject}, r, TokenSpan(s, participle, participle + 1), object->members, kName,
              0.65, out);
    return out.size() > before;
  }

  // "Hamas, a group backed by Iran,", "Zenith, a firm owned by Acme,": the agent after
  // "by" does what the vocabulary verb says to the subject.
  bool ReadPassiveParticiple(const AnalyzedSentence& s, const GroupMember& subject,
                             size_t participle, size_t close, std::vector<Triple>& out) const {
    const VerbEntry* verb =
        context_.vocabulary->FindVerb(context_.lemmatizer->VerbLemma(s.lower[participle]));
    if (!verb) return false;
    std::optional<ActorGroup> agent = GroupAt(s, participle + 2);
    if (!agent || agent->end != close) return false;
    for (const GroupMember& member : agent->members)
      if (HasPair(out, member.actor, subject.actor)) return false;
    size_t before = out.size();
    EmitPairs(s, agent->members, RelationOfVerb(*verb), TokenSpan(s, participle, participle + 2),
              {subject}, kName, 0.65, out);
    return out.size() > before;
  }

  // "Jo Roe, another lawyer for Al Doe,", "Jo Roe, a close friend of Al Doe,", "Jo Roe, an
  // adviser to Al Doe,", "Jo Roe, one of Al Doe's aides,", "Jo Roe, one of the lawyers for
  // Al Doe,": a person's tie to the actor the apposition [from, close) ends with.
  void ReadTie(const AnalyzedSentence& s, const GroupMember& person, size_t from, size_t close,
               std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    size_t t = from;
    bool one_of = t + 1 < close && s.lower[t] == "one" && s.lower[t + 1] == "of";
    if (one_of) {
      t += 2;
      // "one of President Zelensky's aides": a possessive owner, then the plural noun.
      if (int owner = TitledPersonAt(s, t); owner >= 0 || s.mention_at[t] >= 0) {
        if (owner < 0) owner = s.mention_at[t];
        const Mention& o = s.mentions[owner];
        bool possessive = false;
        size_t u = o.token_end + PossessiveAfter(s, o, &possessive);
        if (!possessive) return;
        while (u < close && IsTieModifier(s.lower[u])) ++u;
        if (u + 1 != close) return;
        std::string noun = SingularTie(s.lower[u]);
        if (noun.empty()) return;
        Emit(s, person, noun, "of", OneActor(s, owner), TokenSpan(s, u, u + 1), out);
        return;
      }
      if (t >= close || s.lower[t] != "the") return;
      ++t;
    } else {
      t = AfterArticle(s, from);
      // "Jo Roe, daughter of Al Doe,": a family noun needs no article.
      if (t == 0) {
        size_t u = from;
        while (u < close && IsTieModifier(s.lower[u])) ++u;
        const TieNoun* tie = u < close ? FindTieNoun(s.lower[u]) : nullptr;
        if (!tie || !tie->family) return;
        t = from;
      }
    }
    // Modifiers, then the tie noun, then "of", "for" or "to" and the owner.
    size_t u = t;
    while (u < close && u < t + 3 && s.mention_at[u] < 0 &&
           (IsTieModifier(s.lower[u]) ||
            (IsCapitalised(s, u) && !BreaksNounPhrase(s.lower[u]))))
      ++u;
    // "a Toronto lawyer for": a place's name modifying the noun.
    if (u < close && s.mention_at[u] >= 0 && s.mentions[s.mention_at[u]].actor.type != ActorType::kPerson &&
        s.mentions[s.mention_at[u]].token_end < close)
      u = s.mentions[s.mention_at[u]].token_end;
    if (u + 2 >= close || s.mention_at[u] >= 0) return;
    std::string noun = one_of ? SingularTie(s.lower[u]) : s.lower[u];
    const TieNoun* tie = FindTieNoun(noun);
    if (!tie) return;
    const std::string& preposition = s.lower[u + 1];
    if (preposition != "of" && preposition != "for" && preposition != "to") return;
    size_t v = u + 2;
    if (v < n && (s.lower[v] == "the" || s.lower[v] == "his" || s.lower[v] == "her")) {
      if (s.lower[v] != "the") return;  // "a friend of his": the owner is elsewhere
    }
    int owner = TitledPersonAt(s, v);
    if (owner < 0 && tie->family) owner = DescribedPersonAt(s, v, close, *context_.lemmatizer);
    if (owner < 0) owner = HeadMentionAt(s, v);
    if (owner < 0 || s.mentions[owner].token_end != close) return;
    Emit(s, person, noun, preposition, OneActor(s, owner), TokenSpan(s, u, u + 2), out);
  }

  // With `pronoun_owner`, the owner may be a subject pronoun the coreference layer resolved
  // ("He is survived by his wife, X": the possessive is the subject's).
  void Emit(const AnalyzedSentence& s, const GroupMember& person, std::string_view noun,
            std::string_view preposition, std::optional<GroupMember> owner, Span span,
            std::vector<Triple>& out, bool pronoun_owner = false) const {
    const TieNoun* tie = FindTieNoun(noun);
    if (!tie || !owner || owner->actor.id == person.actor.id) return;
    if (tie->family && owner->actor.type != ActorType::kPerson) return;
    if (tie->office && preposition == "for" && owner->actor.type == ActorType::kCountry) return;
    // A coreferent pronoun's guess is not enough for a tie ("his son", resolved wrongly).
    if (s.mentions[owner->mention].how == Resolution::kCoreference &&
        !s.mentions[owner->mention].modifier && !pronoun_owner)
      return;
    if (tie->family ? HasTie(out, person.actor, owner->actor)
                    : HasPair(out, person.actor, owner->actor))
      return;
    EmitPairs(s, {person}, TieRelation(noun, preposition, *tie), span, {*owner}, kName, 0.7, out);
  }

  // "Joe Biden and his son, Hunter Biden", "with his daughter Nettie Baker" (the pronoun
  // resolved by the actor layer): the named person is the owner's kin or aide.
  void ReadKin(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    for (size_t q = 0; q + 2 < n; ++q) {
      const std::string& pronoun = s.lower[q];
      if (pronoun != "his" && pronoun != "her") continue;
      std::optional<GroupMember> owner;
      int m = s.mention_at[q];
      if (m >= 0 && s.mentions[m].how == Resolution::kCoreference &&
          s.mentions[m].actor.type == ActorType::kPerson) {
        owner = GroupMember{m, s.mentions[m].actor};
      } else if (m < 0 && q >= 2 && s.lower[q - 1] == "and") {
        // "X and his son": the pronoun's owner is the person just named.
        int x = s.mention_at[q - 2];
        if (x >= 0 && s.mentions[x].token_end == q - 1 && !s.mentions[x].modifier &&
            s.mentions[x].actor.type == ActorType::kPerson &&
            s.mentions[x].how != Resolution::kGroupReference)
          owner = GroupMember{x, s.mentions[x].actor};
      }
      // "he and his wife": a name the pronoun stands for is a better owner than "he".
      bool guess = owner && s.mentions[owner->mention].how == Resolution::kCoreference &&
                   !s.mentions[owner->mention].modifier;
      bool pronoun_owner = false;
      if ((!owner || guess) && m < 0) {
        if (std::optional<GroupMember> sole = SolePersonBefore(s, q, &pronoun_owner))
          owner = sole;
      }
      if (!owner && m < 0) owner = ClauseSubjectOwner(s, q, &pronoun_owner);
      if (!owner && m >= 0) continue;
      // "his wife Ann, and children Tom and Sue": kin nouns after the first share its owner.
      for (size_t u = q + 1; u < n;) {
        size_t end = ReadKinNoun(s, u, owner, pronoun_owner, q, out);
        if (end == 0 || !owner) break;
        u = end;
        if (u < n && s.lower[u] == ",") ++u;
        if (u >= n || s.lower[u] != "and") break;
        ++u;
      }
    }
  }

  // The kin noun at `u` (modifiers first) and the relatives named after it, owned by
  // `owner` (the possessive pronoun at `q`; a cataphoric owner is looked for when none):
  // "wife, Amanda,", "younger brother, King X", "children Tom and Sue". Returns the token
  // after the names, or 0 when it read none.
  size_t ReadKinNoun(const AnalyzedSentence& s, size_t u, std::optional<GroupMember>& owner,
                     bool pronoun_owner, size_t q, std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    size_t from = u;
    while (u < n && u < from + 2 && IsTieModifier(s.lower[u])) ++u;
    if (u + 1 >= n || s.mention_at[u] >= 0) return 0;
    std::string noun = s.lower[u];
    const TieNoun* tie = FindTieNoun(noun);
    bool plural = false;
    if (!tie) {
      noun = SingularTie(s.lower[u]);
      tie = noun.empty() ? nullptr : FindTieNoun(noun);
      plural = tie && tie->family;
      if (!plural) return 0;
    }
    // Kin and a person's own staff; "his rival X" is left to the standing extractor.
    if (tie->category != Category::kNeutral) return 0;
    size_t v = u + 1;
    if (s.lower[v] == ",") ++v;
    int named = DescribedPersonAt(s, v, n, *context_.lemmatizer);
    if (named < 0) return 0;
    if (!owner) owner = CataphoricOwner(s, q, named);
    if (!owner) return 0;
    std::vector<int> relatives = {named};
    // "his children Elizabeth and Susan", "His parents, A and B,": a plural noun's list.
    for (size_t next = s.mentions[named].token_end; plural && next < n;) {
      if (s.lower[next] == ",") ++next;
      if (next < n && s.lower[next] == "and") ++next;
      int another = next < n ? PersonAt(s, next) : -1;
      if (next == s.mentions[relatives.back()].token_end || another < 0) break;
      relatives.push_back(another);
      next = s.mentions[another].token_end;
    }
    size_t end = s.mentions[relatives.back()].token_end;
    for (int relative : relatives) {
      // "his son, Hunter Biden, and ...": the name must end there (not "Hunter Biden's").
      bool possessive = false;
      PossessiveAfter(s, s.mentions[relative], &possessive);
      if (possessive) return 0;
    }
    for (int relative : relatives)
      Emit(s, GroupMember{relative, s.mentions[relative].actor}, noun, "of", owner,
           TokenSpan(s, u, u + 1), out, pronoun_owner);
    return end;
  }

  // "According to his wife, Amanda, Huber died": a possessive pronoun at `q` with no person
  // named before it, its kin `named` set off by commas, owned by the person named right
  // after the closing comma. nullopt otherwise.
  static std::optional<GroupMember> CataphoricOwner(const AnalyzedSentence& s, size_t q,
                                                    int named) {
    for (size_t k = 0; k < s.mentions.size() && s.mentions[k].token_end <= q; ++k)
      if (s.mentions[k].actor.type == ActorType::kPerson) return std::nullopt;
    const Mention& kin = s.mentions[named];
    size_t comma = kin.token_end;
    if (kin.token_begin == 0 || s.lower[kin.token_begin - 1] != "," || comma + 1 >= s.lower.size() ||
        s.lower[comma] != ",")
      return std::nullopt;
    int owner = s.mention_at[comma + 1];
    if (owner < 0) return std::nullopt;
    const Mention& o = s.mentions[owner];
    if (o.token_begin != comma + 1 || o.actor.type != ActorType::kPerson || o.modifier ||
        o.how == Resolution::kCoreference || o.how == Resolution::kGroupReference)
      return std::nullopt;
    return GroupMember{owner, o.actor};
  }

  // The owner of a possessive pronoun at `q` the actor layer leaves unresolved because its
  // person is named earlier in the sentence ("His death was announced by his son", "he and
  // his wife", "Doris Roe had a child with her husband"): the one person named before it,
  // unless their given name is of the other gender (on 174 Wikinews articles and 3,000
  // Reuters stories the one person before was the owner in each of 8 new triples). When
  // only a subject pronoun of its gender stands before it ("He is survived by his wife"),
  // that pronoun's person, with *pronoun_owner set. nullopt when two persons are named
  // before it.
  static std::optional<GroupMember> SolePersonBefore(const AnalyzedSentence& s, size_t q,
                                                     bool* pronoun_owner) {
    const bool male = s.lower[q] == "his";
    // "She had a daughter, Ann Roe, with her husband": a subject pronoun left unresolved
    // is the likelier owner than the person named after it.
    if (s.mention_at[0] < 0 && s.lower[0] == (male ? "he" : "she")) return std::nullopt;
    std::optional<GroupMember> owner;
    int subject_pronoun = -1;  // a "he" or "she" of the pronoun's gender before it
    for (size_t k = 0; k < s.mentions.size() && s.mentions[k].token_end <= q; ++k) {
      const Mention& m = s.mentions[k];
      if (m.actor.type != ActorType::kPerson || m.how == Resolution::kGroupReference) continue;
      if (owner && owner->actor.id != m.actor.id) return std::nullopt;
      if (m.how == Resolution::kCoreference && m.token_end == m.token_begin + 1) {
        const std::string& w = s.lower[m.token_begin];
        if (!m.modifier && w == (male ? "he" : "she")) subject_pronoun = static_cast<int>(k);
      }
      // "he" is the coreference layer's guess; a name or "his" it stands by.
      if (m.how == Resolution::kCoreference && !m.modifier) {
        if (!owner) owner = GroupMember{-1, m.actor};
        continue;
      }
      if (!owner || owner->mention < 0 ||
          s.mentions[owner->mention].how == Resolution::kCoreference)
        owner = GroupMember{static_cast<int>(k), m.actor};
    }
    if (!owner) return std::nullopt;
    if (owner->mention < 0) {
      if (subject_pronoun < 0) return std::nullopt;
      *pronoun_owner = true;
      return GroupMember{subject_pronoun, owner->actor};
    }
    NameGender gender = GenderOfName(owner->actor.name);
    if (gender == (male ? NameGender::kFemale : NameGender::kMale)) return std::nullopt;
    return owner;
  }

  // The person the clause at the sentence start is about, when a name or "he"/"she" opens it
  // and a verb follows: "Roe had a child, Al Doe, with ...", "She had a son". Its mention
  // (coreference allowed only for a subject pronoun, with *pronoun_owner set), or nullopt.
  // `male` is the gender the rest of the sentence gives the subject, nullopt when it gives none.
  std::optional<GroupMember> SentenceSubject(const AnalyzedSentence& s, std::optional<bool> male,
                                             bool* pronoun_owner) const {
    int subject = PersonAt(s, 0);
    if (subject < 0) return std::nullopt;
    const Mention& m = s.mentions[subject];
    if (m.token_end >= s.lower.size()) return std::nullopt;
    const std::string& next = s.lower[m.token_end];
    if (BreaksNounPhrase(next) && !words::IsHave(next) && !words::IsBe(next)) return std::nullopt;
    if (!words::IsHave(next) && !words::IsBe(next) && !words::IsAdverb(next) &&
        !context_.lemmatizer->IsVerb(next))
      return std::nullopt;
    if (m.how == Resolution::kCoreference) {
      bool pronoun = male ? s.lower[0] == (*male ? "he" : "she")
                          : s.lower[0] == "he" || s.lower[0] == "she";
      if (m.modifier || m.token_end != 1 || !pronoun) return std::nullopt;
      *pronoun_owner = true;
    } else if (male &&
               GenderOfName(m.actor.name) == (*male ? NameGender::kFemale : NameGender::kMale)) {
      return std::nullopt;
    }
    return GroupMember{subject, m.actor};
  }

  // "Day had one child, Terry Melcher, with her first husband, Al Jorden": a possessive
  // pronoun right after "with" belongs to the sentence's subject when every other person
  // named before it stands in an aside set off by commas. The preposition "with" keeps to
  // the subject's company ("lives with her husband"); other prepositions and "and her"
  // ("met Jo Roe, a lawyer, and her husband") more often take the nearer person. nullopt
  // otherwise.
  std::optional<GroupMember> ClauseSubjectOwner(const AnalyzedSentence& s, size_t q,
                                                bool* pronoun_owner) const {
    if (q < 2 || s.lower[q - 1] != "with") return std::nullopt;
    bool by_pronoun = false;
    std::optional<GroupMember> subject = SentenceSubject(s, s.lower[q] == "his", &by_pronoun);
    if (!subject) return std::nullopt;
    const size_t subject_end = s.mentions[subject->mention].token_end;
    for (size_t k = 0; k < s.mentions.size() && s.mentions[k].token_end <= q; ++k) {
      const Mention& m = s.mentions[k];
      if (static_cast<int>(k) == subject->mention || m.actor.type != ActorType::kPerson ||
          m.actor.id == subject->actor.id)
        continue;
      // "had two children, Al Doe and Bo Doe, with": a list in the aside too.
      bool opened = false, closed = false;
      for (size_t t = m.token_begin; t > subject_end && t + 8 > m.token_begin; --t)
        if (s.lower[t - 1] == ",") opened = true;
      for (size_t t = m.token_end; t < q; ++t)
        if (s.lower[t] == ",") closed = true;
      if (!opened || !closed) return std::nullopt;
    }
    *pronoun_owner = by_pronoun;
    return subject;
  }

  // "Roe had two children, Al and Bo Doe, with her husband, Jo Doe", "He has a son, Al Doe":
  // the sentence's subject has children named after the kin noun (set off by a comma, or
  // after "including"); with the other parent named after "with his/her husband" (or
  // "wife", "partner"), they are that parent's children too and the two have a child
  // together.
  void ReadChildren(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    bool by_pronoun = false;
    int first = PersonAt(s, 0);
    if (first < 0) return;
    size_t t = s.mentions[first].token_end;
    while (t < n && words::IsAdverb(s.lower[t])) ++t;
    if (t >= n || !(s.lower[t] == "had" || s.lower[t] == "has" || s.lower[t] == "have")) return;
    ++t;
    if (t < n && IsCountWord(s.lower[t])) ++t;
    while (t < n && IsTieModifier(s.lower[t])) ++t;
    if (t + 2 >= n) return;
    std::string noun = SingularTie(s.lower[t]);
    if (noun.empty()) noun = s.lower[t];
    if (noun != "child" && noun != "son" && noun != "daughter") return;
    const bool plural = noun != s.lower[t];
    size_t v = t + 1;
    if (s.lower[v] != ",") return;
    ++v;
    if (v < n && s.lower[v] == "including") ++v;
    std::vector<int> children;
    for (int named = DescribedPersonAt(s, v, n, *context_.lemmatizer); named >= 0;) {
      children.push_back(named);
      size_t next = s.mentions[named].token_end;
      if (!plural) break;
      if (next < n && s.lower[next] == ",") ++next;
      if (next < n && s.lower[next] == "and") ++next;
      if (next == s.mentions[named].token_end) break;
      named = PersonAt(s, next);
    }
    if (children.empty()) return;
    const size_t after = s.mentions[children.back()].token_end;
    // "had a son, Al Doe's namesake": the name must end the noun phrase.
    for (int child : children) {
      bool possessive = false;
      PossessiveAfter(s, s.mentions[child], &possessive);
      if (possessive) return;
    }
    // The subject's gender comes from the pronoun after "with" when there is one.
    size_t w = after < n && s.lower[after] == "," ? after + 1 : after;
    bool with = w + 2 < n && s.lower[w] == "with" && (s.lower[w + 1] == "his" || s.lower[w + 1] == "her");
    std::optional<GroupMember> parent = SentenceSubject(
        s, with ? std::optional<bool>(s.lower[w + 1] == "his") : std::nullopt, &by_pronoun);
    if (!parent || parent->mention != first) return;
    for (int child : children)
      Emit(s, GroupMember{child, s.mentions[child].actor}, noun, "of", parent,
           TokenSpan(s, t, t + 1), out, by_pronoun);
    if (!with) return;
    size_t u = w + 2;
    while (u < n && IsTieModifier(s.lower[u])) ++u;
    if (u + 1 >= n || !(s.lower[u] == "husband" || s.lower[u] == "wife" || s.lower[u] == "partner"))
      return;
    size_t y = u + 1 < n && s.lower[u + 1] == "," ? u + 2 : u + 1;
    int other = DescribedPersonAt(s, y, n, *context_.lemmatizer);
    if (other < 0 || s.mentions[other].actor.id == parent->actor.id) return;
    bool possessive = false;
    PossessiveAfter(s, s.mentions[other], &possessive);
    if (possessive) return;
    GroupMember other_parent{other, s.mentions[other].actor};
    for (int child : children)
      Emit(s, GroupMember{child, s.mentions[child].actor}, noun, "of", other_parent,
           TokenSpan(s, t, t + 1), out);
    Relation together;
    together.text = "have child with";
    together.lemma = "child";
    together.category = Category::kNeutral;
    together.symmetric = true;
    EmitPairs(s, {*parent}, together, TokenSpan(s, t, t + 1), {other_parent}, kName, 0.7, out);
  }

  // "a", "one", "two" ... "ten" or digits: how many children a person has.
  static bool IsCountWord(std::string_view w) {
    static const std::unordered_set<std::string_view> kWords = {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    return kWords.count(w) != 0 ||
           (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }));
  }

  // "Kosgei's countryman Eliud Kipchoge", "Roe's longtime friend, Al Doe,", "Roe's tag team
  // partner Al Doe": a possessive owner, a tie noun (after up to two nouns modifying it) and
  // the person's name.
  void ReadPossessiveTie(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      const Mention& owner = s.mentions[k];
      if (owner.how == Resolution::kGroupReference || owner.how == Resolution::kDemonym) continue;
      bool possessive = false;
      size_t u = owner.token_end + PossessiveAfter(s, owner, &possessive);
      if (!possessive) continue;
      while (u < n && u < owner.token_end + 4 && IsTieModifier(s.lower[u])) ++u;
      if (u + 1 >= n || s.mention_at[u] >= 0) continue;
      const TieNoun* tie = FindTieNoun(s.lower[u]);
      for (size_t extra = 0; !tie && extra < 2 && u + 2 < n && IsModifyingNoun(s, u); ++extra)
        tie = s.mention_at[++u] < 0 ? FindTieNoun(s.lower[u]) : nullptr;
      if (!tie) continue;
      size_t v = u + 1;
      if (s.lower[v] == ",") ++v;
      int named = DescribedPersonAt(s, v, n, *context_.lemmatizer);
      if (named < 0) continue;
      Emit(s, GroupMember{named, s.mentions[named].actor}, s.lower[u], "of",
           OneActor(s, static_cast<int>(k)), TokenSpan(s, u, u + 1), out);
    }
  }

  // A lower-case word that may modify a noun after it: "tag" and "team" in "tag team
  // partner"; not a verb form, a function word or a name.
  bool IsModifyingNoun(const AnalyzedSentence& s, size_t t) const {
    const std::string& w = s.lower[t];
    return s.mention_at[t] < 0 && !IsCapitalised(s, t) && !BreaksNounPhrase(w) &&
           !words::IsDeterminer(w) && !words::IsAdverb(w) &&
           context_.lemmatizer->VerbLemma(w) == w && !FindTieNoun(w);
  }

  // "Since then, a Republican, Mark Amodei, has ...": the party member named after the
  // apposed party noun.
  void ReadPartyBeforeName(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    int person = PersonAt(s, s.mentions[k].token_begin);
    if (person != static_cast<int>(k)) return;
    size_t b = s.mentions[k].token_begin;
    if (b < 3 || s.lower[b - 1] != ",") return;
    int party = s.mention_at[b - 2];
    if (party < 0 || !IsPartyMember(s.mentions[party]) || s.mentions[party].token_end != b - 1)
      return;
    size_t a = s.mentions[party].token_begin;
    if (a == 0 || (s.lower[a - 1] != "a" && s.lower[a - 1] != "an")) return;
    // The phrase stands between commas or opens the sentence: not "the wife of a
    // Republican, X", nor "Once a Republican, X" (no longer one) or "As a Democrat, X".
    size_t article = a - 1;
    if (article > 0 && s.lower[article - 1] != "," && s.lower[article - 1] != ";" &&
        s.lower[article - 1] != "--")
      return;
    // The name ends there: "a Republican, Mark Amodei's aide" is someone else.
    bool possessive = false;
    PossessiveAfter(s, s.mentions[k], &possessive);
    if (possessive) return;
    const Mention& p = s.mentions[party];
    if (HasPair(out, s.mentions[k].actor, p.actor)) return;
    Relation r;
    r.text = "be member of";
    r.lemma = "member";
    r.category = Category::kNeutral;
    EmitPairs(s, {{static_cast<int>(k), s.mentions[k].actor}}, r, p.span, {{party, p.actor}},
              kName, 0.75, out);
  }

  // A party's member noun as the actor layer finds it: "Republican" (one person), a
  // demonym of a party.
  static bool IsPartyMember(const Mention& m) {
    return !m.modifier && m.how == Resolution::kDemonym &&
           m.actor.type == ActorType::kOrganization && !m.surface.ends_with("s") &&
           (m.actor.name.find(" Party") != std::string::npos ||
            m.actor.name.find(" party") != std::string::npos);
  }

  // "Senators A of X, B of Y, and C of Z, all Republicans", "A and B, both Democrats": each
  // person of the list is a member of the party the plural names.
  void ReadListParty(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    for (size_t t = 2; t + 1 < n; ++t) {
      if (s.lower[t - 1] != "," || (s.lower[t] != "all" && s.lower[t] != "both")) continue;
      int party = s.mention_at[t + 1];
      if (party < 0) continue;
      const Mention& p = s.mentions[party];
      if (p.token_begin != t + 1 || p.modifier || p.how != Resolution::kDemonym ||
          p.actor.type != ActorType::kOrganization || !p.surface.ends_with("s") ||
          (p.actor.name.find(" Party") == std::string::npos &&
           p.actor.name.find(" party") == std::string::npos))
        continue;
      if (p.token_end < n && !words::IsPunctuation(s.lower[p.token_end])) continue;
      // The people of the list, read backwards from the comma.
      std::vector<GroupMember> people;
      size_t e = t - 1;  // the list ends before e
      for (int item = 0; item < 8 && e > 0; ++item) {
        int m = s.mention_at[e - 1];
        if (m < 0) break;
        // "B of Y": the place after the name belongs to the item.
        if (s.mentions[m].actor.type != ActorType::kPerson) {
          size_t of = s.mentions[m].token_begin;
          if (of < 2 || s.lower[of - 1] != "of") break;
          e = of - 1;
          m = s.mention_at[e - 1];
          if (m < 0) break;
        }
        const Mention& person = s.mentions[m];
        if (person.token_end != e || person.modifier || person.actor.type != ActorType::kPerson ||
            person.how == Resolution::kGroupReference)
          break;
        people.push_back(GroupMember{m, person.actor});
        size_t b = person.token_begin;
        if (b > 0 && s.lower[b - 1] == "and") --b;
        if (b > 0 && s.lower[b - 1] == ",") {
          e = b - 1;
        } else if (b < person.token_begin) {
          e = b;
        } else {
          break;
        }
      }
      if (people.size() < 2 || (s.lower[t] == "both" && people.size() != 2)) continue;
      Relation r;
      r.text = "be member of";
      r.lemma = "member";
      r.category = Category::kNeutral;
      for (auto it = people.rbegin(); it != people.rend(); ++it)
        if (!HasPair(out, it->actor, p.actor))
          EmitPairs(s, {*it}, r, p.span, {{party, p.actor}}, kName, 0.75, out);
    }
  }

  const ExtractorContext& context_;
};

// A plural noun for people: what an example list after it may name persons of.
bool IsPeopleNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "people",      "persons",    "individuals", "officials",   "leaders",    "politicians",
      "figures",     "members",    "journalists", "activists",   "lawmakers",  "legislators",
      "ministers",   "executives", "suspects",    "critics",     "opponents",  "dissidents",
      "celebrities", "candidates", "senators",    "diplomats",   "officers",   "commanders",
      "players",     "athletes",   "artists",     "musicians",   "writers",    "others",
      "defendants",  "associates", "aides",       "advisers",    "advisors",   "americans",
      "citizens",    "nationals",  "men",         "women"};
  return kWords.count(w) != 0;
}

// A word that counts or describes a plural of people: "36", "several", "the other", "senior".
bool IsCountWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "several", "many", "some", "other", "others", "senior", "top", "dozens", "hundreds",
      "more", "few", "prominent", "former", "high-ranking", "foreign", "key", "leading",
      "at", "least", "about", "nearly", "almost", "over", "the", "these", "those", "two",
      "three", "four", "five", "six", "seven", "eight", "nine", "ten", "various", "number"};
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](unsigned char c) {
        return std::isdigit(c) || c == ',';
      }))
    return true;
  return kWords.count(w) != 0;
}

}  // namespace

std::unique_ptr<Extractor> MakeAppositionExtractor(const ExtractorContext& context) {
  return std::make_unique<AppositionExtractor>(context);
}

size_t StripNamedDescription(const AnalyzedSentence& s, size_t p, size_t t) {
  if (t < p + 3 || PersonAt(s, t) < 0) return t;
  if (s.lower[t - 1] != "named" && s.lower[t - 1] != "called") return t;
  // "a woman", "a young activist", "an American journalist".
  for (size_t d = t - 2; d > p && d + 5 > t; --d) {
    const std::string& w = s.lower[d];
    if (s.mention_at[d] >= 0 && !s.mentions[s.mention_at[d]].modifier) return t;
    if (w == "a" || w == "an") return d;
    if (BreaksNounPhrase(w) || words::IsDeterminer(w)) return t;
  }
  if (s.lower[p] == "a" || s.lower[p] == "an") return p;
  return t;
}

size_t ExampleListBefore(const AnalyzedSentence& s, size_t p, size_t t, size_t* object) {
  const size_t n = s.lower.size();
  size_t noun_end = t;
  size_t u = t;
  if (u < n && s.lower[u] == ",") ++u;
  if (u + 1 < n && s.lower[u] == "including") {
    ++u;
  } else if (u + 2 < n && s.lower[u] == "such" && s.lower[u + 1] == "as") {
    u += 2;
  } else {
    return 0;
  }
  int person = TitledPersonAt(s, u);
  if (person < 0) return 0;
  if (noun_end <= p + 1 || !IsPeopleNoun(s.lower[noun_end - 1])) return 0;
  // Back over the noun phrase: "36 people", "several senior officials", "the other men".
  size_t start = noun_end - 1;
  while (start > p && start + 4 > noun_end && s.mention_at[start - 1] < 0 &&
         IsCountWord(s.lower[start - 1]))
    --start;
  if (start <= p) return 0;
  // "said five officials, including Jo Roe, were killed": the plural opens a clause of its
  // own, whose verb follows the examples.
  if (auto examples = GroupAt(s, s.mentions[person].token_begin)) {
    size_t e = examples->end;
    if (e < n && s.lower[e] == ",") ++e;
    if (e < n && (words::IsBe(s.lower[e]) || words::IsHave(s.lower[e]) ||
                  words::IsModal(s.lower[e]) || words::IsFuture(s.lower[e]) ||
                  words::IsDo(s.lower[e]) || s.lower[e].ends_with("ed")))
      return 0;
  }
  *object = s.mentions[person].token_begin;
  return start;
}

}  // namespace actorgraph::extract
