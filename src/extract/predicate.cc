#include "extract/predicate.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_set>
#include <vector>

#include "actorgraph/extract/lemmatizer.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "extract/extract_util.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr size_t kMaxModifiers = 3;

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += ' ';
    out += p;
  }
  return out;
}

bool NounTakes(const NounEntry& noun, std::string_view w) {
  for (const auto& p : noun.preps)
    if (p == w) return true;
  return false;
}

// A particle right after a verb makes another verb: "rule out", "call off", "back down".
bool IsVerbParticle(std::string_view w) {
  return w == "out" || w == "off" || w == "up" || w == "down" || w == "away" || w == "back";
}

// Prepositions a verb the vocabulary lacks may take before its object, besides these.
bool IsOpenVerbPreposition(std::string_view w) {
  return w == "in" || w == "at" || w == "from" || w == "for" || w == "before" ||
         w == "about" || w == "over" || w == "alongside" || w == "behind" || w == "inside";
}

bool IsObjectPreposition(std::string_view w) {
  return w == "with" || w == "against" || w == "on" || w == "to" || w == "toward" ||
         w == "towards" || w == "into" || w == "upon";
}

// Parses one predicate; `i` walks the lower-cased tokens.
class PredicateParser {
 public:
  PredicateParser(const AnalyzedSentence& s, size_t begin, size_t end,
                  const ExtractorContext& context, PredicateMode mode)
      : s_(s), w_(s.lower), i_(begin), begin_(begin), end_(end), vocabulary_(*context.vocabulary),
        lemmatizer_(*context.lemmatizer), mode_(mode) {}

  std::optional<Predicate> Parse() {
    ReadAuxiliaries();
    core_begin_ = i_;
    bool ok = ReadCore();
    if (!ok && last_have_ != kNone) {
      // "has relations with": the have-form was the light verb, not an auxiliary.
      i_ = last_have_;
      core_begin_ = i_;
      text_.clear();
      ok = ReadLightVerb("have", nullptr, i_ + 1);
    }
    if (!ok) return std::nullopt;
    size_t core_end = i_;
    if (!predicate_.passive) {
      ReadExtension(&core_end);
      while (i_ < end_ && words::IsDeterminer(w_[i_]) && mode_ == PredicateMode::kBeforeObject)
        ++i_;
    }
    if (i_ != end_) return std::nullopt;
    Relation& r = predicate_.relation;
    r.text = Join(text_);
    if (r.text.empty()) return std::nullopt;
    if (mode_ == PredicateMode::kNoObject && !r.symmetric) return std::nullopt;
    predicate_.span = TokenSpan(s_, core_begin_, core_end);
    return predicate_;
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);

  bool At(size_t k, std::string_view word) const { return k < end_ && w_[k] == word; }

  void ReadAuxiliaries() {
    Relation& r = predicate_.relation;
    while (i_ < end_) {
      std::string_view w = w_[i_];
      if (words::IsBe(w)) {
        saw_be_ = true;
      } else if (words::IsHave(w)) {
        last_have_ = i_;
      } else if (words::IsDo(w) || words::IsFuture(w)) {
      } else if (words::IsModal(w)) {
        r.modality = std::string(w);
      } else if (w == "not" && At(i_ + 1, "only")) {
        // "not only condemned X but also ...": emphasis, not negation.
        i_ += 2;
        continue;
      } else if (words::IsNegation(w)) {
        r.negated = true;
      } else if (words::IsAdverb(w)) {
        if (words::IsHedge(w)) r.modality = std::string(w);
      } else if (size_t after = words::TimePhraseEnd(w_, i_, end_); after != i_) {
        // "The UN Security Council on Tuesday urged ...", "... last week signed ...", "has
        // for years opposed ..."
        i_ = after;
        continue;
      } else if (i_ + 1 < end_ && w_[i_ + 1].ends_with("ing") &&
                 ReadGerundCatenative(lemmatizer_.VerbLemma(w))) {
        // "admitted downing", "continued shelling": the gerund is the relation.
      } else if (At(i_ + 1, "on") && At(i_ + 2, "to") && lemmatizer_.VerbLemma(w) == "go") {
        // "went on to serve in the House": what the subject did next is the relation.
        saw_be_ = false;
        last_have_ = kNone;
        i_ += 3;
        continue;
      } else if (At(i_ + 1, "to")) {
        std::string lemma = lemmatizer_.VerbLemma(w);
        std::string_view modality;
        bool negates = false;
        if (words::IsCatenative(lemma, &modality, &negates)) {
          if (!modality.empty()) r.modality = std::string(modality);
          if (negates) r.negated = !r.negated;
        } else if ((saw_be_ || w == "set" || w == "poised") && (w == "set" || w == "expected" || w == "likely" ||
                               w == "poised" || w == "due" || w == "going" || w == "ready" ||
                               w == "willing" || w == "prepared" || w == "about")) {
          if (w == "expected" || w == "likely" || w == "willing" || w == "prepared")
            r.modality = std::string(w);
        } else {
          return;
        }
        saw_be_ = false;
        last_have_ = kNone;
        i_ += 2;
        continue;
      } else {
        return;
      }
      ++i_;
    }
  }

  // A verb whose gerund object states what the subject does ("admitted downing the jet",
  // "began shelling"); sets the modality a hedge puts on it ("considered imposing").
  bool ReadGerundCatenative(const std::string& lemma) {
    static constexpr std::string_view kPlain[] = {"admit", "continue", "resume", "begin",
                                                  "start"};
    for (std::string_view v : kPlain)
      if (lemma == v) return true;
    if (lemma == "consider") {
      predicate_.relation.modality = "consider";
      return true;
    }
    return false;
  }

  bool ReadCore() {
    if (i_ >= end_) return false;
    if (saw_be_ && ReadCopular()) return true;
    std::string_view w = w_[i_];
    std::string lemma = lemmatizer_.VerbLemma(w);
    // "became president of": the office stated by its own verb.
    if (!saw_be_ && lemma == "become") {
      size_t saved = i_;
      ++i_;
      if (ReadOffice("become")) return true;
      i_ = saved;
    }
    // "served as (the) chair of".
    if (!saw_be_ && lemma == "serve" && At(i_ + 1, "as")) {
      size_t saved = i_;
      i_ += 2;
      if (ReadOffice("serve as")) return true;
      i_ = saved;
    }
    // "US arms sales to Iran": "arms" before a noun is not the verb "arm".
    if (w == "arms" && i_ + 1 < end_ && vocabulary_.FindNoun(w_[i_ + 1])) return false;
    // "EU sanctions on Belarus": a nominalised verb's noun form with its preposition is
    // the noun, not the verb.
    if (!saw_be_ && last_have_ == kNone && i_ + 1 < end_) {
      const NounEntry* noun = vocabulary_.FindNoun(w);
      if (noun && !noun->verb.empty() && w != lemma && NounTakes(*noun, w_[i_ + 1]))
        return false;
    }
    // "cracked down on", "waged war on": verb + two words.
    if (i_ + 2 < end_) {
      std::string three = lemma + " " + w_[i_ + 1] + " " + w_[i_ + 2];
      if (const VerbEntry* verb = vocabulary_.FindVerb(three)) return ReadVerb(*verb, w, 3);
    }
    // "reacted angrily to", "responded swiftly to": a manner adverb between a verb and the
    // preposition it takes.
    if (i_ + 2 < end_ && w_[i_ + 1].ends_with("ly") && words::IsAdverb(w_[i_ + 1])) {
      if (const VerbEntry* verb = vocabulary_.FindVerb(lemma + " " + w_[i_ + 2]))
        return ReadVerb(*verb, w, 3);
    }
    if (i_ + 1 < end_) {
      std::string two = lemma + " " + w_[i_ + 1];
      if (const LightVerbEntry* light = vocabulary_.FindLightVerb(two)) {
        if (TryLightVerb(two, light, i_ + 2)) return true;
      }
      if (const VerbEntry* verb = vocabulary_.FindVerb(two)) return ReadVerb(*verb, w, 2);
    }
    if (const LightVerbEntry* light = vocabulary_.FindLightVerb(lemma)) {
      if (TryLightVerb(lemma, light, i_ + 1)) return true;
    }
    // A verb + particle entry wins over the bare verb when its particle ends the predicate:
    // "sold fighter jets to" is "sell to", "lent money to" is "lend to".
    if (ReadParticleVerb(lemma, w)) return true;
    if (const VerbEntry* verb = vocabulary_.FindVerb(lemma)) return ReadVerb(*verb, w, 1);
    // Any other verb: a neutral relation named by the verb, as Open IE systems read
    // "X co-founded Y" or "X ran for Y" (no CAMEO class: the vocabulary has none for it).
    if (IsOpenVerb(w, lemma)) {
      VerbEntry open;
      open.lemma = lemma;
      open.normal = lemma;
      predicate_.open_verb = true;
      if (!ReadVerb(open, w, 1)) return false;
      // "brought up Hunter Biden", "singled out Iran": a particle goes with the verb.
      if (i_ < end_ && (w_[i_] == "up" || w_[i_] == "out" || w_[i_] == "off" ||
                        w_[i_] == "down" || w_[i_] == "back" || w_[i_] == "away")) {
        size_t k = i_ + 1;
        while (k < end_ && words::IsDeterminer(w_[k])) ++k;
        if (k == end_) text_.push_back(w_[i_++]);
      }
      return true;
    }
    return false;
  }

  // Whether `w` (lemma `lemma`) reads as a finite or participle verb that states a relation
  // of its own: WordNet knows it as a verb, it is written as one ("ran", "co-founded",
  // "backs"; a bare form only after an auxiliary or a modal), and it is not a verb of
  // saying, being or having, which relate nothing.
  bool IsOpenVerb(std::string_view w, const std::string& lemma) const {
    static const std::unordered_set<std::string_view> kEmpty = {
        "say", "report", "add", "state", "claim", "note", "quote", "be", "have", "become",
        "remain", "seem", "include", "know", "see", "think", "believe", "mention", "cite",
        "do", "get", "let", "make", "find", "show", "explain", "follow", "precede", "take",
        "give", "use", "want", "need", "try", "expect", "like", "feel", "look", "come", "go",
        "put", "set", "mean", "hope", "plan", "seek", "allow", "begin", "start", "continue",
        "keep", "hear", "read", "watch", "consider", "suggest", "argue", "insist",
        "deny", "confirm", "announce", "involve", "concern", "affect", "feature", "contain",
        "cost", "face", "reach", "pass", "place", "raise", "rise", "fall", "grow", "turn",
        "end", "live", "die", "mark", "stay", "leave", "describe", "name", "label", "call",
        "bear", "bury", "base", "locate", "situate", "hospitalize", "hospitalise", "occur",
        "happen", "vote",
        "tell", "ask", "write", "post",
        // Verbs whose object is mostly the subject of a clause after it ("indicated the US
        // was disappointed") or a figure ("estimated Canada's crop").
        "indicate", "concede", "estimate", "recommend", "reiterate", "reaffirm",
        "predict", "forecast", "project", "assume", "hint", "signal", "acknowledge", "admit",
        "realize", "realise", "understand", "assert", "maintain", "contend", "emphasize",
        "emphasise", "stress", "underline", "retire", "enter", "produce", "mine",
        "combine", "close", "approve", "receive", "purchase", "market", "present",
        "refer", "discuss", "file", "second", "appreciate", "mandate", "adjourn", "order"};
    if (lemma.empty() || w.size() < 3 || kEmpty.count(lemma) || !lemmatizer_.IsVerb(w))
      return false;
    if (words::IsPreposition(w) || words::IsDeterminer(w) || words::IsAdverb(w) ||
        words::IsCoordinator(w) || words::IsRelativePronoun(w) || words::IsPunctuation(w))
      return false;
    if (lemmatizer_.IsAdjective(w) && lemma == w) return false;
    // "US troops in Iraq", "United Airlines flights": a plural noun, not a verb in -s.
    // After a relative pronoun it is the verb: "Peru, which borders both countries".
    bool after_relative = begin_ > 0 && words::IsRelativePronoun(w_[begin_ - 1]);
    if (w.ends_with("s") && !w.ends_with("ss") && !after_relative &&
        lemmatizer_.NounLemma(w) != w)
      return false;
    // "levied sanctions against": a relation noun after the verb carries the relation;
    // "tweeted that Conway was ...": the object is a clause's subject.
    for (size_t k = i_ + 1; k < end_; ++k)
      if (vocabulary_.FindNoun(w_[k]) || w_[k] == "that") return false;
    bool inflected = lemma != w && (w.ends_with("ed") || w.ends_with("s") || w.ends_with("en") ||
                                    !w.ends_with("ing"));
    bool after_auxiliary = i_ > begin_;
    return inflected || (after_auxiliary && !w.ends_with("ing"));
  }

  // "withdrew its remaining troops from": a verb + particle entry with a short object
  // noun phrase between them. Leaves the parser as it was when it fails.
  bool ReadParticleVerb(const std::string& lemma, std::string_view w) {
    for (size_t k = i_ + 2; k < end_ && k <= i_ + 5; ++k) {
      if (!words::IsPreposition(w_[k])) continue;
      // "called the election for Biden": after a noun phrase "for" names a beneficiary or
      // a purpose, not the party "call for" addresses.
      if (w_[k] == "for") return false;
      const VerbEntry* verb = vocabulary_.FindVerb(lemma + " " + w_[k]);
      if (!verb || k + 1 != end_ || mode_ != PredicateMode::kBeforeObject) return false;
      for (size_t m = i_ + 1; m < k; ++m)
        if (s_.mention_at[m] >= 0 || words::IsPunctuation(w_[m]) || words::IsBe(w_[m]) ||
            words::IsRelativePronoun(w_[m]) || words::IsModal(w_[m]) ||
            (w_[m].ends_with("ing") && !lemmatizer_.IsAdjective(w_[m])))
          return false;
      ReadVerb(*verb, w, 1);
      text_ = {verb->normal};
      i_ = k + 1;
      return true;
    }
    return false;
  }

  // A light-verb reading that leaves the parser as it was when it fails.
  bool TryLightVerb(const std::string& lemma, const LightVerbEntry* light, size_t next) {
    size_t saved = i_;
    Predicate saved_predicate = predicate_;
    if (ReadLightVerb(lemma, light, next)) return true;
    i_ = saved;
    predicate_ = saved_predicate;
    text_.clear();
    return false;
  }

  // An office stated by a copula: "(the) (former) head of", "the foreign minister of" (the
  // "of" ends the predicate). `verb` is "be" or "become".
  bool ReadOffice(const std::string& verb) {
    size_t k = i_;
    if (k < end_ && (w_[k] == "a" || w_[k] == "an" || w_[k] == "the")) ++k;
    if (k < end_ && (w_[k] == "former" || w_[k] == "current" || w_[k] == "new" ||
                     w_[k] == "acting" || w_[k] == "first"))
      ++k;
    size_t first = k;
    while (k < end_ && k < first + 3 && words::IsTitleWord(w_[k])) ++k;
    if (k == first || k + 1 != end_ || w_[k] != "of" || mode_ != PredicateMode::kBeforeObject)
      return false;
    text_ = {verb};
    for (size_t t = first; t < k; ++t) text_.push_back(w_[t] == "gen." ? "general" : w_[t]);
    text_.push_back("of");
    Relation& r = predicate_.relation;
    r.lemma = w_[k - 1];
    r.category = Category::kNeutral;
    r.cameo_root = 0;
    i_ = k + 1;
    return true;
  }

  // The singular of a part noun ("members" -> "member", "territories" -> "territory",
  // "branches" -> "branch"), or "" when `w` is none (words::IsPartNoun).
  static std::string PartNoun(std::string_view w) {
    if (words::IsPartNoun(w)) return std::string(w);
    std::string singular;
    if (w.ends_with("ies")) singular = std::string(w.substr(0, w.size() - 3)) + "y";
    else if (w.ends_with("ches")) singular = std::string(w.substr(0, w.size() - 2));
    else if (w.ends_with("s")) singular = std::string(w.substr(0, w.size() - 1));
    return words::IsPartNoun(singular) ? singular : "";
  }

  // "was married in turn to", "is married briefly to": a two-word phrase with an adverb or
  // "in turn" between its words, which the relation leaves out.
  bool ReadCopularAroundAdverbial() {
    if (i_ + 3 > end_) return false;
    size_t gap = 0;
    if (words::IsAdverb(w_[i_ + 1])) gap = 1;
    else if (i_ + 4 <= end_ && w_[i_ + 1] == "in" && w_[i_ + 2] == "turn") gap = 2;
    if (gap == 0 || i_ + gap + 2 > end_) return false;
    std::string phrase = w_[i_] + " " + w_[i_ + gap + 1];
    const AdjectiveEntry* adjective = vocabulary_.FindAdjective(phrase);
    if (adjective == nullptr) return false;
    SetCopularAdjective(*adjective, std::move(phrase), gap + 2);
    return true;
  }

  // "be <phrase>" with the adjective entry's lemma and class; the phrase took `words` words.
  void SetCopularAdjective(const AdjectiveEntry& adjective, std::string phrase, size_t words) {
    Relation& r = predicate_.relation;
    text_ = {"be", std::move(phrase)};
    r.lemma = adjective.lemma;
    r.category = adjective.category;
    r.cameo_root = adjective.cameo_root;
    r.symmetric = adjective.symmetric;
    i_ += words;
  }

  // After a be-form: "critical of", "a permanent member of", "vocal in their support for".
  bool ReadCopular() {
    Relation& r = predicate_.relation;
    for (size_t len = 3; len >= 2; --len) {
      if (i_ + len > end_) continue;
      std::string phrase = w_[i_];
      for (size_t k = 1; k < len; ++k) phrase += " " + w_[i_ + k];
      if (const AdjectiveEntry* adjective = vocabulary_.FindAdjective(phrase)) {
        SetCopularAdjective(*adjective, std::move(phrase), len);
        return true;
      }
    }
    if (ReadCopularAroundAdverbial()) return true;
    // "X and Y are at odds (over ...)", "are in talks", "are allied": a symmetric phrase
    // without its "with", when no object follows, is mutual between the subject's members.
    if (mode_ == PredicateMode::kNoObject) {
      for (size_t len = 2; len >= 1; --len) {
        if (i_ + len > end_) continue;
        std::string phrase = w_[i_];
        for (size_t k = 1; k < len; ++k) phrase += " " + w_[i_ + k];
        const AdjectiveEntry* adjective = vocabulary_.FindAdjective(phrase + " with");
        if (adjective == nullptr || !adjective->symmetric) continue;
        text_ = {"be", phrase + " with"};
        r.lemma = adjective->lemma;
        r.category = adjective->category;
        r.cameo_root = adjective->cameo_root;
        r.symmetric = true;
        i_ += len;
        return true;
      }
    }
    // "be in a military conflict with", "be at war with".
    if (w_[i_] == "in" || w_[i_] == "at") {
      size_t saved = i_;
      Predicate saved_predicate = predicate_;
      if (ReadLightVerb("be " + w_[i_], nullptr, i_ + 1) && predicate_.relation.symmetric)
        return true;
      i_ = saved;
      predicate_ = saved_predicate;
      text_.clear();
    }
    if (ReadOffice("be")) return true;
    // Membership: "(a|the) (permanent) member(s) of".
    size_t k = i_;
    // "are all members of", "are both members of".
    if (k < end_ && (w_[k] == "all" || w_[k] == "both" || w_[k] == "each")) ++k;
    // The article as written ("an unincorporated territory", "a unit"); "a" for "the".
    std::string article = "a";
    if (k < end_ && (w_[k] == "a" || w_[k] == "an" || w_[k] == "the")) {
      if (w_[k] == "an") article = "an";
      ++k;
    }
    std::vector<std::string> modifiers;
    while (k < end_ && modifiers.size() < kMaxModifiers && PartNoun(w_[k]).empty() &&
           w_[k] != "ally" && w_[k] != "allies" && w_[k] != "rival" &&
           (lemmatizer_.IsAdjective(w_[k]) || words::IsPartModifier(w_[k])) &&
           !words::IsPreposition(w_[k]))
      modifiers.push_back(w_[k++]);
    if (k + 1 < end_ && (w_[k] == "ally" || w_[k] == "allies") && w_[k + 1] == "of") {
      text_ = {"be allied with"};
      r.lemma = "ally";
      r.category = Category::kVerbalCooperation;
      r.cameo_root = 5;
      r.symmetric = true;
      i_ = k + 2;
      return true;
    }
    if (k + 1 < end_ && w_[k + 1] == "of" && ReadAdversary(w_[k])) {
      i_ = k + 2;
      return true;
    }
    // "a member of", "a wholly owned subsidiary of", "an unincorporated territory of".
    if (std::string part = PartNoun(w_[k]); !part.empty() && k + 1 < end_ && w_[k + 1] == "of") {
      text_ = {"be " + article};
      for (auto& m : modifiers) text_.push_back(m);
      text_.push_back(part + " of");
      r.lemma = part;
      r.category = Category::kNeutral;
      i_ = k + 2;
      return true;
    }
    // Wrapper: "more forceful in blaming" -> "blame".
    for (size_t a = i_; a < i_ + 2 && a + 2 < end_; ++a) {
      if (w_[a + 1] != "in" || !w_[a + 2].ends_with("ing") || !lemmatizer_.IsAdjective(w_[a]))
        continue;
      if (a > i_ && w_[i_] != "more" && w_[i_] != "most" && w_[i_] != "very") break;
      const VerbEntry* verb = vocabulary_.FindVerb(lemmatizer_.VerbLemma(w_[a + 2]));
      if (!verb) break;
      i_ = a + 2;
      saw_be_ = false;
      return ReadVerb(*verb, w_[i_], 1);
    }
    // Wrapper: "vocal in their support for" -> "support".
    if (i_ + 2 < end_ && lemmatizer_.IsAdjective(w_[i_]) && w_[i_ + 1] == "in") {
      size_t n = i_ + 2;
      if (words::IsDeterminer(w_[n])) ++n;
      if (n < end_) {
        const NounEntry* noun = vocabulary_.FindNoun(w_[n]);
        if (noun && !noun->verb.empty()) {
          i_ = n;
          return ReadNominalisation(*noun, nullptr);
        }
      }
    }
    return false;
  }

  // "(an outspoken) critic of", "(the main) rival of", "opponents of": a person's stance
  // against, or contest with, the object. Sets the relation when `noun` is one.
  bool ReadAdversary(std::string_view noun) {
    Relation& r = predicate_.relation;
    if (noun == "critic" || noun == "critics") {
      text_ = {"be a critic of"};
      r.lemma = "critic";
      r.category = Category::kVerbalConflict;
      r.cameo_root = 11;
    } else if (noun == "opponent" || noun == "opponents") {
      text_ = {"be an opponent of"};
      r.lemma = "opponent";
      r.category = Category::kVerbalConflict;
      r.cameo_root = 0;
    } else if (noun == "rival" || noun == "rivals") {
      // An electoral or a business rival: a contest, not a hostile act.
      text_ = {"be a rival of"};
      r.lemma = "rival";
      r.category = Category::kNeutral;
      r.cameo_root = 0;
      r.symmetric = true;
    } else {
      return false;
    }
    return true;
  }

  bool ReadVerb(const VerbEntry& verb, std::string_view surface, size_t length) {
    Relation& r = predicate_.relation;
    std::string lemma = lemmatizer_.VerbLemma(surface);
    bool participle = lemma != surface && !surface.ends_with("ing") &&
                      !(surface.ends_with("s") && lemma + "s" == surface) &&
                      !(surface.ends_with("es") && lemma + "es" == surface);
    i_ += length;
    text_ = {verb.normal};
    r.lemma = verb.normal.substr(0, verb.normal.find(' '));
    r.category = verb.category;
    r.cameo_root = verb.cameo_root;
    r.symmetric = verb.symmetric;
    if (saw_be_ && participle) {
      // A passive names its agent with "by"; without one the object is not the agent. A
      // short phrase may come between: "was condemned in a joint statement by".
      size_t by = i_;
      // "was killed last week by", "was attacked on Monday by".
      by = words::TimePhraseEnd(w_, by, end_);
      if (by < end_ && (w_[by] == "in" || w_[by] == "on" || w_[by] == "at")) {
        size_t k = by + 1;
        while (k < end_ && k < by + 5 && w_[k] != "by" && !words::IsPunctuation(w_[k]) &&
               !words::IsBe(w_[k]) && !words::IsHave(w_[k]))
          ++k;
        by = k;
      }
      if (At(by, "by") && by + 1 == end_ && mode_ == PredicateMode::kBeforeObject) {
        predicate_.passive = true;
        i_ = by + 1;
        return true;
      }
      return false;
    }
    // "spoke by phone with", "met on Monday with": the means or the day comes between the
    // verb and the preposition that names the other party.
    if (length == 1 && mode_ == PredicateMode::kBeforeObject) {
      size_t k = SkipMeansOrTime(i_);
      if (k != i_ && k + 1 == end_ && IsObjectPreposition(w_[k])) {
        i_ = k;
        // "spoke by phone with" is "speak with", symmetric as that entry is.
        if (const VerbEntry* with = vocabulary_.FindVerb(lemma + " " + w_[k])) {
          text_ = {with->normal};
          r.category = with->category;
          r.cameo_root = with->cameo_root;
          r.symmetric = with->symmetric;
          ++i_;
          return true;
        }
      }
    }
    // "spoke on Radio Accra", "talked on Iran": after a verb of speech "on" names the
    // medium or the topic, not the other party.
    if (length == 1 && At(i_, "on") && (r.lemma == "speak" || r.lemma == "talk")) return false;
    // A verb the vocabulary lacks takes the preposition before its object as part of the
    // relation, whichever it is: "appeared in", "emigrated from", "served at".
    bool open_preposition = predicate_.open_verb && i_ + 1 == end_ && i_ < end_ &&
                            IsOpenVerbPreposition(w_[i_]);
    if (length == 1 && i_ < end_ && (IsObjectPreposition(w_[i_]) || open_preposition) &&
        mode_ == PredicateMode::kBeforeObject) {
      // "US attack on Iran" (a headline): the noun with its own preposition states the
      // verb itself, not "attack on".
      const NounEntry* noun = vocabulary_.FindNoun(surface);
      bool nominal = noun && noun->verb == verb.lemma && NounTakes(*noun, w_[i_]) &&
                     i_ == core_begin_ + 1 && core_begin_ == begin_;
      if (nominal)
        ++i_;
      else
        text_.push_back(w_[i_++]);
    }
    if (verb.that_complement && At(i_, "that")) ++i_;
    return true;
  }

  // The token after a phrase of means or time at `k` ("by phone", "on the telephone", "over
  // the phone", "via video link", "on Monday", "yesterday"); `k` itself when there is none.
  size_t SkipMeansOrTime(size_t k) const {
    auto means = [](std::string_view w) {
      return w == "phone" || w == "telephone" || w == "videoconference" || w == "video" ||
             w == "videolink" || w == "letter" || w == "email" || w == "e-mail";
    };
    if (size_t after = words::TimePhraseEnd(w_, k, end_); after != k) return after;
    if (k + 1 >= end_ || !(w_[k] == "by" || w_[k] == "on" || w_[k] == "over" ||
                           w_[k] == "via" || w_[k] == "in"))
      return k;
    size_t m = k + 1;
    if (m < end_ && (w_[m] == "the" || w_[m] == "a")) ++m;
    if (m >= end_ || !means(w_[m])) return k;
    ++m;
    if (m < end_ && (w_[m] == "link" || w_[m] == "call" || w_[m] == "conference")) ++m;
    return m;
  }

  // "hold (strong) talks with", "impose sanctions on" (-> "sanction").
  // Words between a light verb and its noun: "strong", "top-level trade", "130 mln dlr
  // loan". Only true adjectives (and relation nouns of a compound) go into the text.
  size_t ReadNounModifiers(size_t k, std::vector<std::string>* text) const {
    for (size_t count = 0; k < end_ && count < 6; ++count, ++k) {
      std::string_view w = w_[k];
      bool in_vocabulary = vocabulary_.FindNoun(w) != nullptr;
      if (in_vocabulary) {
        const NounEntry* next = k + 1 < end_ ? vocabulary_.FindNoun(w_[k + 1]) : nullptr;
        if (!next) break;
        // "trade talks", "peace agreement" keep the first noun; "arrest warrants for",
        // "trade sanctions on" state the second noun's verb.
        if (next->verb.empty()) text->push_back(std::string(w));
      } else if (words::IsPreposition(w) || words::IsDeterminer(w) || words::IsPunctuation(w) ||
                 words::IsCoordinator(w) || words::IsRelativePronoun(w) || words::IsBe(w) ||
                 words::IsHave(w) || words::IsModal(w)) {
        break;
      } else if (lemmatizer_.IsAdjective(w) &&
                 std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); })) {
        text->push_back(std::string(w));
      }
    }
    return k;
  }

  // "hold (strong) talks with", "impose sanctions on" (-> "sanction").
  bool ReadLightVerb(const std::string& lemma, const LightVerbEntry* light, size_t next) {
    size_t k = next;
    // "conducts no trade with", "has no relations with": the determiner negates.
    bool no = k < end_ && w_[k] == "no";
    if (no) ++k;
    while (k < end_ && words::IsDeterminer(w_[k])) ++k;
    std::vector<std::string> modifiers;
    k = ReadNounModifiers(k, &modifiers);
    if (k >= end_) return false;
    const NounEntry* noun = vocabulary_.FindNoun(w_[k]);
    if (!noun) return false;
    if (!noun->verb.empty()) {
      // "impose new sanctions on" states "sanction": the modifiers go with the wrapper.
      i_ = k;
      if (!ReadNominalisation(*noun, light)) return false;
      if (no) predicate_.relation.negated = !predicate_.relation.negated;
      return true;
    }
    Relation& r = predicate_.relation;
    if (no) r.negated = !r.negated;
    text_ = {light ? light->normal : lemma};
    for (auto& m : modifiers) text_.push_back(m);
    text_.push_back(noun->noun);
    r.lemma = noun->lemma;
    r.category = noun->category;
    r.cameo_root = noun->cameo_root;
    r.symmetric = noun->symmetric;
    if (light && light->overrides) {
      r.category = light->category;
      r.cameo_root = light->cameo_root;
      r.symmetric = false;
    }
    if (light && !light->modality.empty() && r.modality.empty()) r.modality = light->modality;
    i_ = k + 1;
    // "has increased cooperation in the last few years with": a phrase of time may come
    // between the noun and its preposition.
    if (size_t after = words::TimePhraseEnd(w_, i_, end_);
        after != i_ && after < end_ && NounTakes(*noun, w_[after]))
      i_ = after;
    if (i_ < end_ && NounTakes(*noun, w_[i_])) {
      text_.push_back(w_[i_]);
      ++i_;
    } else if (mode_ == PredicateMode::kBeforeObject) {
      return false;
    }
    return true;
  }

  // A nominalised verb and its preposition stand for the verb: "support for" -> "support".
  bool ReadNominalisation(const NounEntry& noun, const LightVerbEntry* light) {
    // "imposed sanctions last year on": a phrase of time may come before the preposition.
    size_t prep = words::TimePhraseEnd(w_, i_ + 1, end_);
    if (prep >= end_ && mode_ == PredicateMode::kBeforeObject) return false;
    bool prep_ok = false;
    for (const auto& p : noun.preps) prep_ok = prep_ok || At(prep, p);
    if (!prep_ok) return false;
    const VerbEntry* verb = vocabulary_.FindVerb(noun.verb);
    if (!verb) return false;
    Relation& r = predicate_.relation;
    if (light && w_[prep] == "of" && words::IsVerbOfGetting(light->verb)) {
      // "sought the support of X": X gives the support, so the noun's verb with X as its
      // object would be wrong; the wrapper is the relation, with no hedge of its own.
      text_ = {light->normal, w_[i_], "of"};
      r.lemma = light->normal.substr(0, light->normal.find(' '));
      r.category = Category::kNeutral;
      r.cameo_root = 0;
      r.symmetric = false;
      i_ = prep + 1;
      return true;
    }
    text_ = {verb->normal};
    r.lemma = verb->normal;
    r.category = verb->category;
    r.cameo_root = verb->cameo_root;
    r.symmetric = verb->symmetric;
    if (light && light->overrides) {
      // "suspended loans to Peru" is not lending: the wrapper is the relation.
      text_ = {light->normal, w_[i_], w_[prep]};
      r.lemma = light->normal.substr(0, light->normal.find(' '));
      r.category = light->category;
      r.cameo_root = light->cameo_root;
      r.symmetric = false;
    }
    // "called for support for": the support is asked for, not given.
    if (light && !light->modality.empty() && r.modality.empty()) r.modality = light->modality;
    i_ = prep + 1;
    return true;
  }

  // "... diplomatic engagement with": a relation noun the predicate is about; or a
  // nominalised verb after a verb of stance: "back new EU sanctions on".
  void ReadExtension(size_t* core_end) {
    size_t k = i_;
    // "did not rule out talks with" states no talks.
    if (k < end_ && IsVerbParticle(w_[k])) return;
    while (k < end_ && words::IsDeterminer(w_[k])) ++k;
    std::vector<std::string> modifiers;
    while (k < end_ && modifiers.size() < kMaxModifiers && !vocabulary_.FindNoun(w_[k])) {
      int m = s_.mention_at[k];
      if (m >= 0 && (s_.mentions[m].modifier || (s_.mentions[m].token_end < end_ &&
                                                  vocabulary_.FindNoun(w_[s_.mentions[m].token_end])))) {
        k = s_.mentions[m].token_end;  // "new EU sanctions on": the actor modifies the noun
        continue;
      }
      if (!lemmatizer_.IsAdjective(w_[k]) || words::IsPreposition(w_[k])) break;
      modifiers.push_back(w_[k++]);
    }
    if (k + 1 >= end_) return;
    const NounEntry* noun = vocabulary_.FindNoun(w_[k]);
    if (!noun || !NounTakes(*noun, w_[k + 1]) || k + 2 != end_) return;
    if (noun->verb.empty()) {
      for (auto& m : modifiers) text_.push_back(m);
    }
    text_.push_back(w_[k]);
    text_.push_back(w_[k + 1]);
    i_ = k + 2;
    *core_end = i_;
  }

  const AnalyzedSentence& s_;
  const std::vector<std::string>& w_;
  size_t i_;
  size_t begin_;
  size_t end_;
  const RelationVocabulary& vocabulary_;
  const Lemmatizer& lemmatizer_;
  PredicateMode mode_;
  Predicate predicate_;
  std::vector<std::string> text_;
  size_t core_begin_ = 0;
  bool saw_be_ = false;
  size_t last_have_ = kNone;
};

}  // namespace

std::optional<Predicate> ParsePredicate(const AnalyzedSentence& s, size_t begin, size_t end,
                                        const ExtractorContext& context, PredicateMode mode) {
  if (begin >= end || end > s.lower.size() || end - begin > 14) return std::nullopt;
  return PredicateParser(s, begin, end, context, mode).Parse();
}

}  // namespace actorgraph::extract
