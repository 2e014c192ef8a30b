#include "extract/media_extractor.h"

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/lemmatizer.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "extract/extract_util.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "media";
constexpr double kConfidence = 0.7;
constexpr size_t kMaxAppositionTokens = 25;

// The verb of a medium's report stated by its participle: "quoted by M" -> quote.
std::string_view ReportVerb(std::string_view participle) {
  if (participle == "quoted") return "quote";
  if (participle == "reported") return "report";
  if (participle == "interviewed") return "interview";
  return {};
}

// Nouns of something said to a medium, with the relation they write: "in an interview
// with M" -> give interview to, "in remarks to M" -> make remarks to.
std::string_view SpeechNounRelation(std::string_view noun) {
  if (noun == "interview" || noun == "interviews") return "give interview to";
  if (noun == "remarks") return "make remarks to";
  if (noun == "comments") return "make comments to";
  if (noun == "statement" || noun == "statements") return "make statement to";
  return {};
}

// "Speaking to M, X said": a gerund of speaking opening the clause.
bool IsSpeakingGerund(std::string_view w) { return w == "speaking" || w == "talking"; }

// Inflected verbs of saying whose "to" names the listener: "stated to M" -> state.
std::string_view SayingToLemma(std::string_view w) {
  if (w == "stated" || w == "states") return "state";
  if (w == "said" || w == "says") return "say";
  if (w == "explained" || w == "explains") return "explain";
  return {};
}

// Inflected verbs of saying whose "of" names the one spoken of: "said of Y" -> say of.
std::string_view SayingOfLemma(std::string_view w) {
  if (w == "said" || w == "says") return "say";
  if (w == "wrote" || w == "writes") return "write";
  if (w == "spoke" || w == "speaks") return "speak";
  return {};
}

// "spoke on M's morning show": speaking over a medium's air ("talks" is mostly the noun).
bool IsSpokeOn(std::string_view w) { return w == "spoke" || w == "speaks" || w == "talked"; }

// "speaking to an Example Bankers Association trade conference": the event, not its host,
// is addressed.
bool IsEventNoun(std::string_view w) {
  return w == "conference" || w == "conferences" || w == "meeting" || w == "luncheon" ||
         w == "dinner" || w == "hearing" || w == "seminar" || w == "symposium" ||
         w == "forum" || w == "convention" || w == "gathering" || w == "session" ||
         w == "audience" || w == "rally" || w == "summit" || w == "event" || w == "panel";
}

bool IsQuotationMark(std::string_view w) {
  return w == "\"" || w == "\u201c" || w == "\u201d";
}

class MediaExtractor : public Extractor {
 public:
  explicit MediaExtractor(const ExtractorContext& context) : context_(context) {}
  std::string_view name() const override { return kName; }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    size_t n = s.lower.size();
    for (size_t t = 0; t + 1 < n; ++t) {
      std::string_view w = s.lower[t];
      if (w == "by" && t > 0) {
        ReadReportBy(s, t, out);
      } else if (w == "in" || IsSpeakingGerund(w)) {
        ReadSpeechToMedium(s, t, out);
      } else if (s.lower[t + 1] == "to" && !SayingToLemma(w).empty()) {
        ReadSaidTo(s, t, out);
      } else if (s.lower[t + 1] == "on" && IsSpokeOn(w)) {
        ReadSpokeOn(s, t, out);
      } else if (s.lower[t + 1] == "of" && !SayingOfLemma(w).empty()) {
        ReadSaidOf(s, t, out);
      }
    }
  }

 private:
  // The medium named at `t`: one organisation mention ("the BBC", "Kyodo News"), after at
  // most three lower-case words when `describe` ("the local daily M"); nullopt otherwise.
  std::optional<ActorGroup> MediumAt(const AnalyzedSentence& s, size_t t, bool describe) const {
    size_t n = s.lower.size();
    if (t >= n) return std::nullopt;
    if (describe && s.mention_at[t] < 0) {
      size_t k = t;
      while (k < n && k < t + 3 && s.mention_at[k] < 0 && !words::IsPunctuation(s.lower[k]) &&
             !words::IsPreposition(s.lower[k]) && !words::IsCoordinator(s.lower[k]) &&
             !s.sentence->tokens[k].text.empty() &&
             !std::isupper(static_cast<unsigned char>(s.sentence->tokens[k].text[0])))
        ++k;
      if (k < n && s.mention_at[k] >= 0) t = words::IsDeterminer(s.lower[k - 1]) ? k - 1 : k;
    }
    auto group = GroupAt(s, t);
    if (!group || group->members.size() != 1) return std::nullopt;
    const Mention& m = s.mentions[group->members[0].mention];
    if (m.modifier || m.how == Resolution::kGroupReference ||
        m.actor.type != ActorType::kOrganization)
      return std::nullopt;
    for (size_t k = group->end; k < n && k < group->end + 4 && s.mention_at[k] < 0 &&
                                !words::IsPunctuation(s.lower[k]) &&
                                !words::IsPreposition(s.lower[k]);
         ++k)
      if (IsEventNoun(s.lower[k])) return std::nullopt;
    return group;
  }

  // A verb in a finite, inflected form at `t` ("said", "observed"), after adverbs.
  bool FiniteVerbAt(const AnalyzedSentence& s, size_t t) const {
    size_t n = s.lower.size();
    while (t + 1 < n && words::IsAdverb(s.lower[t]) && s.mention_at[t] < 0) ++t;
    if (t >= n || s.mention_at[t] >= 0) return false;
    std::string_view w = s.lower[t];
    if (words::IsPunctuation(w) || words::IsPreposition(w) || words::IsDeterminer(w) ||
        w.ends_with("ing"))
      return false;
    return words::IsBe(w) || words::IsHave(w) || words::IsModal(w) || words::IsFuture(w) ||
           (context_.lemmatizer->IsVerb(w) && context_.lemmatizer->VerbLemma(w) != w);
  }

  // The group ending right before `t` (adverbs skipped) that a clause opens with: not the
  // object of a preposition or a possessive's owner.
  std::optional<ActorGroup> SubjectBefore(const AnalyzedSentence& s, size_t t) const {
    while (t > 0 && s.mention_at[t - 1] < 0 && words::IsAdverb(s.lower[t - 1])) --t;
    auto group = GroupEndingAt(s, t);
    if (!group) return std::nullopt;
    if (group->begin > 0) {
      std::string_view before = s.lower[group->begin - 1];
      if (words::IsPreposition(before) || before == "'s" || before == "-") return std::nullopt;
    }
    return group;
  }

  // The subject of the verb at `verb`: the group right before it, or before an apposition
  // between commas ("X, a member of Y, spoke on M").
  std::optional<ActorGroup> SubjectOf(const AnalyzedSentence& s, size_t verb) const {
    if (auto group = SubjectBefore(s, verb)) return group;
    if (verb < 2 || s.lower[verb - 1] != ",") return std::nullopt;
    for (size_t t = verb - 1; t > 1 && t + kMaxAppositionTokens > verb; --t) {
      std::string_view w = s.lower[t - 1];
      if (w == "," ) return SubjectBefore(s, t - 1);
      if (w == ";" || w == ":" || IsQuotationMark(w)) return std::nullopt;
    }
    return std::nullopt;
  }

  // The subject of the clause after the comma at `comma`: the first head mention within a
  // few words of titles or description ("Detective Constable X", "herpetologist X"), not a
  // possessive's owner ("UNICEF's X" is X).
  std::optional<ActorGroup> SubjectAfterComma(const AnalyzedSentence& s, size_t comma) const {
    size_t n = s.lower.size();
    for (size_t t = comma + 1; t < n && t < comma + 9; ++t) {
      if (s.mention_at[t] >= 0) {
        const Mention& m = s.mentions[s.mention_at[t]];
        bool possessive = false;
        PossessiveAfter(s, m, &possessive);
        // "Example University public health expert Jo Roe said": a body's name before the
        // lower-case words that describe the speaker is their modifier.
        bool describes = m.actor.type != ActorType::kPerson && m.token_end + 1 < n &&
                         s.mention_at[m.token_end] < 0 && IsLowerCase(s, m.token_end) &&
                         !words::IsPreposition(s.lower[m.token_end]) &&
                         !words::IsCoordinator(s.lower[m.token_end]) &&
                         !words::IsRelativePronoun(s.lower[m.token_end]) &&
                         !FiniteVerbAt(s, m.token_end);
        if (m.modifier || possessive || describes) {
          t = m.token_end - 1;
          if (t + 1 < n && s.lower[t + 1] == "'s") ++t;
          continue;
        }
        auto group = GroupAt(s, m.token_begin);
        if (!group || !FiniteVerbAt(s, group->end)) {
          // "X of UNICEF observed": an "of" phrase may stand between.
          if (!group || group->end + 2 >= n || s.lower[group->end] != "of") return std::nullopt;
          size_t after = group->end + 1;
          if (s.mention_at[after] < 0) return std::nullopt;
          after = s.mentions[s.mention_at[after]].token_end;
          if (!FiniteVerbAt(s, after)) return std::nullopt;
        }
        return group;
      }
      std::string_view w = s.lower[t];
      if (words::IsPunctuation(w) || words::IsPreposition(w) || words::IsCoordinator(w) ||
          words::IsRelativePronoun(w) || FiniteVerbAt(s, t))
        return std::nullopt;
    }
    return std::nullopt;
  }

  // The comma closing the phrase of a medium that ends at `end` ("the X news service,"):
  // a few words with no mention or verb; 0 if none.
  size_t CommaAfterMedium(const AnalyzedSentence& s, size_t end) const {
    for (size_t t = end; t < s.lower.size() && t < end + 5; ++t) {
      if (s.lower[t] == ",") return t;
      if (s.mention_at[t] >= 0 || words::IsPunctuation(s.lower[t]) || FiniteVerbAt(s, t))
        return 0;
    }
    return 0;
  }

  // "X said ..., as quoted by M": the speaker of the clause before `as`: the nearest group
  // outside quotation marks that a finite verb follows.
  std::optional<ActorGroup> SpeakerBefore(const AnalyzedSentence& s, size_t as) const {
    int quotes = 0;
    for (size_t t = as; t > 0; --t) {
      if (IsQuotationMark(s.lower[t - 1])) ++quotes;
      if (quotes % 2 != 0 || s.mention_at[t - 1] < 0) continue;
      const Mention& m = s.mentions[s.mention_at[t - 1]];
      if (m.token_end != t || m.modifier) continue;
      if (!FiniteVerbAt(s, t)) continue;
      auto group = SubjectBefore(s, t);
      if (group) return group;
    }
    return std::nullopt;
  }

  // Whether only an opening adverbial (no mention, no verb) stands before `t`: "On Monday,
  // in an interview with M, ...".
  bool OpensSentence(const AnalyzedSentence& s, size_t t) const {
    if (t == 0) return true;
    if (s.lower[t - 1] != ",") return false;
    for (size_t k = 0; k + 1 < t; ++k)
      if (s.mention_at[k] >= 0 || FiniteVerbAt(s, k)) return false;
    return true;
  }

  Relation MakeRelation(std::string text, std::string_view lemma) const {
    Relation r;
    r.text = std::move(text);
    r.lemma = std::string(lemma);
    r.category = Category::kNeutral;
    if (const VerbEntry* verb = context_.vocabulary->FindVerb(lemma)) {
      r.category = verb->category;
      r.cameo_root = verb->cameo_root;
    }
    return r;
  }

  void Emit(const AnalyzedSentence& s, const ActorGroup& subject, const Relation& relation,
            size_t from, size_t to, const ActorGroup& object, std::vector<Triple>& out) const {
    std::vector<GroupMember> objects;
    for (const GroupMember& o : object.members) {
      bool read = false;
      for (const GroupMember& g : subject.members) read = read || HasPair(out, g.actor, o.actor);
      if (!read) objects.push_back(o);
    }
    if (objects.empty()) return;
    EmitPairs(s, subject.members, relation, TokenSpan(s, from, to), objects, kName, kConfidence,
              out);
  }

  // "X was quoted by M", "X said, as reported by M", "When interviewed by M, X said":
  // M quote / report / interview X.
  void ReadReportBy(const AnalyzedSentence& s, size_t by, std::vector<Triple>& out) const {
    std::string_view verb = ReportVerb(s.lower[by - 1]);
    if (verb.empty()) return;
    auto medium = MediumAt(s, by + 1, /*describe=*/true);
    if (!medium) return;
    bool possessive = false;
    PossessiveAfter(s, s.mentions[medium->members.back().mention], &possessive);
    if (possessive) return;
    size_t participle = by - 1;
    std::optional<ActorGroup> speaker;
    size_t q = participle;
    while (q > 0 && s.mention_at[q - 1] < 0 &&
           (words::IsBe(s.lower[q - 1]) || words::IsHave(s.lower[q - 1]) ||
            (words::IsAdverb(s.lower[q - 1]) && s.lower[q - 1] != "as")))
      --q;
    if (q < participle && words::IsBe(s.lower[participle - 1])) {
      // "X was quoted by M": the passive subject; "was not quoted" reports nothing.
      for (size_t k = q; k < participle; ++k)
        if (words::IsNegation(s.lower[k])) return;
      speaker = SubjectBefore(s, q);
    } else if (participle > 0 && s.lower[participle - 1] == "as" && participle >= 2 &&
               !OpensSentence(s, participle - 1)) {
      speaker = SpeakerBefore(s, participle - 1);
    } else if (verb != "report") {
      // "When interviewed by M, X said": the participle opens the sentence.
      size_t open = participle;
      if (open > 0) {
        std::string_view w = s.lower[open - 1];
        if (w != "when" && w != "while" && w != "after" && w != "once" && w != "as") return;
        --open;
      }
      if (!OpensSentence(s, open)) return;
      size_t comma = CommaAfterMedium(s, medium->end);
      if (comma != 0) speaker = SubjectAfterComma(s, comma);
    }
    if (!speaker) return;
    Emit(s, *medium, MakeRelation(std::string(verb), verb), participle, by + 1, *speaker, out);
  }

  // "In remarks to M, X said", "X, in an interview with M, said", "X said in an interview
  // with M", "Speaking to M, X said": X speaks to M.
  void ReadSpeechToMedium(const AnalyzedSentence& s, size_t cue, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    std::string relation;
    size_t to = cue + 1;
    if (IsSpeakingGerund(s.lower[cue])) {
      relation = "speak to";
    } else {
      // "in an exclusive interview with", "in his remarks to": up to three words first.
      for (; to < n && to < cue + 5; ++to) {
        relation = std::string(SpeechNounRelation(s.lower[to]));
        if (!relation.empty() || s.mention_at[to] >= 0 || words::IsPunctuation(s.lower[to]))
          break;
      }
      if (relation.empty()) return;
      ++to;
    }
    if (to >= n || (s.lower[to] != "to" && s.lower[to] != "with")) return;
    // "Speaking to newspaper M", "in an interview with the local daily M".
    auto medium = MediumAt(s, to + 1, /*describe=*/true);
    if (!medium) return;
    bool possessive = false;
    PossessiveAfter(s, s.mentions[medium->members.back().mention], &possessive);
    if (possessive) return;
    std::optional<ActorGroup> speaker;
    size_t comma = CommaAfterMedium(s, medium->end);
    if (OpensSentence(s, cue)) {
      if (comma != 0) speaker = SubjectAfterComma(s, comma);
    } else if (cue > 0 && s.lower[cue - 1] == ",") {
      // "X, in remarks to M, said".
      if (comma != 0 && FiniteVerbAt(s, comma + 1)) speaker = SubjectBefore(s, cue - 1);
    } else if (!IsSpeakingGerund(s.lower[cue]) && cue > 0 && FiniteVerbAt(s, cue - 1)) {
      // "X said in an interview with M".
      speaker = SubjectBefore(s, cue - 1);
    }
    if (!speaker) return;
    std::string_view lemma = relation == "speak to"           ? "speak"
                             : relation == "give interview to" ? "interview"
                                                               : "remark";
    Emit(s, *speaker, MakeRelation(relation, lemma), cue, to + 1, *medium, out);
  }

  // "X stated to M that ...", "X explained to M": X state to M.
  void ReadSaidTo(const AnalyzedSentence& s, size_t verb, std::vector<Triple>& out) const {
    auto medium = MediumAt(s, verb + 2, /*describe=*/false);
    if (!medium) return;
    auto speaker = SubjectOf(s, verb);
    if (!speaker) return;
    std::string_view lemma = SayingToLemma(s.lower[verb]);
    Emit(s, *speaker, MakeRelation(std::string(lemma) + " to", lemma), verb, verb + 2, *medium,
         out);
  }

  // "X spoke on M's morning show", "X spoke on M": X speak on M.
  void ReadSpokeOn(const AnalyzedSentence& s, size_t verb, std::vector<Triple>& out) const {
    auto medium = MediumAt(s, verb + 2, /*describe=*/false);
    if (!medium) return;
    auto speaker = SubjectOf(s, verb);
    if (!speaker) return;
    Emit(s, *speaker, MakeRelation("speak on", "speak"), verb, verb + 2, *medium, out);
  }

  // "X said of Y, \"...\"", "\"...,\" X wrote of Y.": X say / write / speak of Y. Y is the
  // whole "of" phrase, closed by a comma, colon, quotation mark or the sentence's end: not
  // a possessive's owner or a modifier ("said of Y's statement", "of Y military
  // strength"), not the subject of a gerund ("spoke of Y assuming the duty").
  void ReadSaidOf(const AnalyzedSentence& s, size_t verb, std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    auto spoken_of = GroupAt(s, verb + 2);
    if (!spoken_of) return;
    for (const GroupMember& member : spoken_of->members)
      if (s.mentions[member.mention].how == Resolution::kGroupReference) return;
    bool possessive = false;
    PossessiveAfter(s, s.mentions[spoken_of->members.back().mention], &possessive);
    if (possessive) return;
    if (spoken_of->end < n) {
      std::string_view next = s.lower[spoken_of->end];
      if (next != "," && next != ":" && next != "." && !IsQuotationMark(next)) return;
    }
    auto speaker = SubjectOf(s, verb);
    if (!speaker) return;
    std::string_view lemma = SayingOfLemma(s.lower[verb]);
    Emit(s, *speaker, MakeRelation(std::string(lemma) + " of", lemma), verb, verb + 2,
         *spoken_of, out);
  }

  ExtractorContext context_;
};

}  // namespace

std::unique_ptr<Extractor> MakeMediaExtractor(const ExtractorContext& context) {
  return std::make_unique<MediaExtractor>(context);
}

}  // namespace actorgraph::extract
