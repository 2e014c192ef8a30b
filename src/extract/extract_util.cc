#include "extract/extract_util.h"

#include <algorithm>
#include <cctype>

#include "actorgraph/extract/lemmatizer.h"
#include "extract/relation_context.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
bool SameActor(const Actor& a, const Actor& b) {
  return !a.id.empty() ? a.id == b.id : a.name == b.name;
}

bool SharesActor(const ActorGroup& a, const ActorGroup& b) {
  for (const GroupMember& x : a.members)
    for (const GroupMember& y : b.members)
      if (SameActor(x.actor, y.actor)) return true;
  return false;
}

namespace {

GroupMember Member(int mention, const Actor& actor) { return GroupMember{mention, actor}; }

void AppendMention(const AnalyzedSentence& s, int index, std::vector<GroupMember>& members) {
  for (const Actor& actor : ActorsOf(s.mentions[index])) {
    bool seen = std::any_of(members.begin(), members.end(),
                            [&](const GroupMember& m) { return SameActor(m.actor, actor); });
    if (!seen) members.push_back(Member(index, actor));
  }
}

}  // namespace

std::vector<Actor> ActorsOf(const Mention& mention) {
  if (mention.how == Resolution::kGroupReference) return mention.members;
  if (mention.actor.id.empty() && mention.actor.name.empty()) return {};
  return {mention.actor};
}

int HeadMentionAt(const AnalyzedSentence& s, size_t token, size_t* mention_begin) {
  size_t n = s.lower.size();
  for (int skip = 0; skip < 2 && token < n; ++skip) {
    int m = s.mention_at[token];
    if (m >= 0 && s.mentions[m].token_begin == token) {
      // Among mentions starting here (a compound has several), take a head mention.
      for (int k = m; k < static_cast<int>(s.mentions.size()) &&
                      s.mentions[k].token_begin == token;
           ++k) {
        if (!s.mentions[k].modifier && !ActorsOf(s.mentions[k]).empty()) {
          if (mention_begin) *mention_begin = token;
          return k;
        }
      }
      return -1;
    }
    if (!(words::IsDeterminer(s.lower[token]) || s.lower[token] == "both")) return -1;
    ++token;
  }
  return -1;
}

std::optional<ActorGroup> GroupAt(const AnalyzedSentence& s, size_t token,
                                  bool allow_bare_commas) {
  size_t begin = 0;
  int m = HeadMentionAt(s, token, &begin);
  if (m < 0) return std::nullopt;
  ActorGroup group;
  group.begin = token;
  AppendMention(s, m, group.members);
  size_t end = s.mentions[m].token_end;
  size_t n = s.lower.size();
  bool closed = false;  // an "and" was seen: the list is complete after its mention
  // "Like Egypt, Bahrain and Kosovo recognized Israel": a comma closes the phrase of
  // "like"/"unlike"; the actors after it are the ones compared with it.
  bool compared = token > 0 && (s.lower[token - 1] == "like" || s.lower[token - 1] == "unlike");
  while (!closed && end < n) {
    size_t next = end;
    bool comma = s.lower[next] == ",";
    if (comma) ++next;
    bool conj = next < n && words::IsCoordinator(s.lower[next]);
    if (conj) ++next;
    if (!comma && !conj) break;
    if (comma && !conj && compared) break;
    int k = HeadMentionAt(s, next);
    // "Maine, New York, New Jersey, ... and Hawaii": a name the actor layer does not know
    // (one to three capitalised words between commas) inside a list of actors leaves the
    // list going on; it is no member.
    if (k < 0 && comma && !conj && group.members.size() >= 1) {
      size_t u = next;
      while (u < n && u < next + 3 && s.mention_at[u] < 0 &&
             !s.sentence->tokens[u].text.empty() &&
             std::isupper(static_cast<unsigned char>(s.sentence->tokens[u].text[0])))
        ++u;
      if (u > next && u + 1 < n && s.lower[u] == "," &&
          (HeadMentionAt(s, u + 1) >= 0 ||
           (words::IsCoordinator(s.lower[u + 1]) && HeadMentionAt(s, u + 2) >= 0))) {
        end = u;
        continue;
      }
    }
    if (k < 0) break;
    // "A, B" without "and" is a list only if an "and" closes it later, or in headlines.
    if (comma && !conj && !allow_bare_commas) {
      bool closes = false;
      size_t probe = s.mentions[k].token_end;
      while (probe + 1 < n && s.lower[probe] == ",") {
        size_t after = probe + 1;
        if (words::IsCoordinator(s.lower[after])) {
          closes = HeadMentionAt(s, after + 1) >= 0;
          break;
        }
        int j = HeadMentionAt(s, after);
        if (j < 0) break;
        probe = s.mentions[j].token_end;
      }
      if (!closes && !(probe < n && words::IsCoordinator(s.lower[probe]) &&
                       HeadMentionAt(s, probe + 1) >= 0))
        break;
    }
    AppendMention(s, k, group.members);
    end = s.mentions[k].token_end;
    closed = conj;
  }
  group.end = end;
  return group;
}

namespace {

// A word that may stand between a state and its generic head: "US special forces",
// "a Philippine fishing boat" — not a word that ends the noun phrase or starts a clause
// ("Russia said troops ...").
bool CanPremodifyHead(std::string_view w) {
  return !(words::IsPunctuation(w) || words::IsPreposition(w) || words::IsDeterminer(w) ||
           words::IsCoordinator(w) || words::IsBe(w) || words::IsHave(w) || words::IsModal(w) ||
           words::IsFuture(w) || words::IsDo(w) || words::IsRelativePronoun(w) || w == "said" ||
           w == "says" || w == "say" || w == "'s");
}

bool IsCount(std::string_view w) {
  static constexpr std::string_view kWords[] = {"two",  "three", "four",  "five",   "six",
                                                "seven", "eight", "nine", "ten",    "several",
                                                "dozens", "hundreds", "thousands"};
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == ',';
      }))
    return std::isdigit(static_cast<unsigned char>(w[0]));
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

}  // namespace

std::optional<ActorGroup> StateGroupAt(const AnalyzedSentence& s, size_t token) {
  size_t n = s.lower.size();
  size_t t = token;
  if (t < n && words::IsDeterminer(s.lower[t])) ++t;
  // "killed two Israeli soldiers", "12 Afghan police", "about 2,300 Armenian soldiers": a
  // count (after "about", "some", "nearly", "at least", "more than") before the demonym.
  size_t count = t;
  if (count + 1 < n && (s.lower[count] == "about" || s.lower[count] == "some" ||
                        s.lower[count] == "nearly" || s.lower[count] == "around" ||
                        s.lower[count] == "almost" || s.lower[count] == "over"))
    ++count;
  else if (count + 2 < n && ((s.lower[count] == "at" && s.lower[count + 1] == "least") ||
                             (s.lower[count] == "more" && s.lower[count + 1] == "than")))
    count += 2;
  if (count + 1 < n && IsCount(s.lower[count]) && s.mention_at[count] < 0 &&
      s.mention_at[count + 1] >= 0 && s.mentions[s.mention_at[count + 1]].modifier)
    t = count + 1;
  if (t >= n) return std::nullopt;
  int m = s.mention_at[t];
  if (m < 0 || s.mentions[m].token_begin != t || ActorsOf(s.mentions[m]).empty())
    return std::nullopt;
  // "Latin American leaders": the mention is part of a longer name.
  if (t > 0 && !s.sentence->heading && s.mention_at[t - 1] < 0 &&
      !s.sentence->tokens[t - 1].text.empty() &&
      std::isupper(static_cast<unsigned char>(s.sentence->tokens[t - 1].text[0])) &&
      t - 1 != 0)
    return std::nullopt;
  const Mention& mention = s.mentions[m];
  size_t after = mention.token_end;
  // "Iran-backed militias", "US-made jets": the state only describes who backs or made
  // them; the mention ends inside its token.
  if (after == 0 || mention.span.end != s.sentence->tokens[after - 1].end ||
      mention.span.begin != s.sentence->tokens[t].begin)
    return std::nullopt;  // "non-EC producers", "anti-US militias"
  // Materiel stands for a state named as a modifier ("Iranian missiles", "a Chinese coast
  // guard vessel"), not for a head mention before a noun.
  // "the Trump campaign criticized ...": a candidate's campaign speaks for the candidate.
  bool person = mention.actor.type == ActorType::kPerson;
  auto head_at = [&](size_t h) {
    std::string_view w = s.lower[h];
    if (person && (w == "campaign" || w == "camp")) return true;
    return words::IsStateHead(w) || (mention.modifier && words::IsStateMateriel(w));
  };
  auto group_to = [&](size_t end) -> std::optional<ActorGroup> {
    ActorGroup group;
    group.begin = token;
    group.end = end;
    // "military forces", "coast guard vessel": a second head goes with the first.
    if (end < n && head_at(end)) ++group.end;
    // "US envoy Zalmay Khalilzad": the head is a title before a name, which is the actor;
    // "US forces Iran to ...": "forces" is the verb.
    if (group.end < n && s.mention_at[group.end] >= 0 &&
        !s.mentions[s.mention_at[group.end]].modifier)
      return std::nullopt;
    AppendMention(s, m, group.members);
    return group;
  };
  // "US forces", "the Iranian military".
  if (after < n && s.mention_at[after] < 0 && head_at(after)) return group_to(after + 1);
  // "Chinese coast guard", "Israeli air force", "Iranian state media".
  if (after + 1 < n && s.mention_at[after] < 0 && s.mention_at[after + 1] < 0 &&
      words::IsStateHeadPair(s.lower[after], s.lower[after + 1]))
    return group_to(after + 2);
  // "US special forces", "a Philippine fishing boat": at most one word before the head.
  if (after + 1 < n && s.mention_at[after] < 0 && s.mention_at[after + 1] < 0 &&
      CanPremodifyHead(s.lower[after]) && head_at(after + 1))
    return group_to(after + 2);
  return std::nullopt;
}

std::optional<ActorGroup> GroupEndingAt(const AnalyzedSentence& s, size_t token) {
  // Walk back over mentions joined by "and"/",", then read the group forwards.
  size_t start = token;
  bool found = false;
  for (int k = static_cast<int>(s.mentions.size()) - 1; k >= 0; --k) {
    const Mention& m = s.mentions[k];
    if (m.token_end == start && !m.modifier) {
      found = true;
      size_t before = m.token_begin;
      if (before > 0 && words::IsDeterminer(s.lower[before - 1])) --before;
      start = before;
      size_t sep = start;
      if (sep > 0 && words::IsCoordinator(s.lower[sep - 1])) --sep;
      if (sep > 0 && s.lower[sep - 1] == ",") --sep;
      if (sep == start) break;
      start = sep;
    }
  }
  if (!found) return std::nullopt;
  // `start` may sit on a separator when the walk stopped on one; step over it.
  while (start < token && (s.lower[start] == "," || words::IsCoordinator(s.lower[start])))
    ++start;
  for (size_t t = start; t < token; ++t) {
    auto group = GroupAt(s, t);
    if (group && group->end == token) return group;
  }
  return std::nullopt;
}

bool IsCapitalised(const AnalyzedSentence& s, size_t t) {
  const std::string& text = s.sentence->tokens[t].text;
  return !text.empty() && std::isupper(static_cast<unsigned char>(text[0]));
}

bool IsLowerCase(const AnalyzedSentence& s, size_t t) {
  const std::string& text = s.sentence->tokens[t].text;
  return !text.empty() && std::islower(static_cast<unsigned char>(text[0]));
}

size_t PossessiveAfter(const AnalyzedSentence& s, const Mention& m, bool* possessive) {
  *possessive = false;
  size_t end = m.token_end;
  if (end == 0 || end > s.lower.size()) return 0;
  const Token& last = s.sentence->tokens[end - 1];
  if (m.span.end < last.end && s.lower[end - 1].ends_with("'s")) {
    *possessive = true;
    return 0;
  }
  if (end < s.lower.size() && (s.lower[end] == "'s" || s.lower[end] == "'")) {
    *possessive = true;
    return 1;
  }
  return 0;
}

Span TokenSpan(const AnalyzedSentence& s, size_t from, size_t to) {
  const auto& tokens = s.sentence->tokens;
  if (from >= to || to > tokens.size()) return Span{};
  return Span{tokens[from].begin, tokens[to - 1].end};
}

const NounEntry* SymmetricRelationNoun(const RelationVocabulary& vocabulary, std::string_view w) {
  const NounEntry* noun = vocabulary.FindNoun(w);
  return noun && noun->verb.empty() && noun->symmetric ? noun : nullptr;
}

Relation RelationOfVerb(const VerbEntry& verb) {
  Relation r;
  r.text = verb.normal;
  r.lemma = verb.normal.substr(0, verb.normal.find(' '));
  r.category = verb.category;
  r.cameo_root = verb.cameo_root;
  r.symmetric = verb.symmetric;
  return r;
}

Relation RelationOfNoun(const NounEntry& noun) {
  Relation r;
  r.text = noun.text;
  r.lemma = noun.lemma;
  r.category = noun.category;
  r.cameo_root = noun.cameo_root;
  r.symmetric = noun.symmetric;
  return r;
}

namespace {

// Whether `t` is between `a` and `b`, in either direction.
bool Relates(const Triple& t, const Actor& a, const Actor& b) {
  return (SameActor(t.subject, a) && SameActor(t.object, b)) ||
         (SameActor(t.subject, b) && SameActor(t.object, a));
}

}  // namespace

bool HasPair(const std::vector<Triple>& out, const Actor& a, const Actor& b) {
  return std::any_of(out.begin(), out.end(),
                     [&](const Triple& t) { return Relates(t, a, b); });
}

bool HasTie(const std::vector<Triple>& out, const Actor& a, const Actor& b) {
  return std::any_of(out.begin(), out.end(), [&](const Triple& t) {
    return Relates(t, a, b) &&
           (t.relation.text.starts_with("be ") || t.relation.lemma == "marry");
  });
}

namespace {

void EmitOne(const AnalyzedSentence& s, const GroupMember& subject, const Relation& relation,
             Span relation_span, const GroupMember& object, std::string_view extractor,
             double confidence, std::vector<Triple>& out) {
  if (SameActor(subject.actor, object.actor)) return;
  for (const Triple& t : out) {
    bool same_direction = SameActor(t.subject, subject.actor) && SameActor(t.object, object.actor);
    bool reverse = SameActor(t.subject, object.actor) && SameActor(t.object, subject.actor);
    if ((same_direction || (relation.symmetric && reverse)) &&
        t.relation.text == relation.text && t.relation.negated == relation.negated)
      return;
    // "Zambia, IMF talks": the noun phrase and the clause reading say the same thing.
    if ((same_direction || reverse) && relation.symmetric && t.relation.symmetric &&
        t.relation.lemma == relation.lemma && t.relation.negated == relation.negated)
      return;
  }
  Triple triple;
  triple.subject = subject.actor;
  triple.relation = relation;
  AdjustToContext(s, subject.mention, object.mention, &triple.relation);
  triple.object = object.actor;
  triple.confidence = confidence;
  triple.extractor = std::string(extractor);
  Evidence& e = triple.evidence;
  e.doc = s.document->id;
  e.date = s.document->date;
  e.sentence_index = s.sentence->index;
  e.sentence = s.document->text.substr(s.sentence->begin, s.sentence->end - s.sentence->begin);
  e.subject = s.mentions[subject.mention].span;
  e.relation = relation_span;
  e.object = s.mentions[object.mention].span;
  out.push_back(std::move(triple));
}

}  // namespace

void EmitPairs(const AnalyzedSentence& s, const std::vector<GroupMember>& subjects,
               const Relation& relation, Span relation_span,
               const std::vector<GroupMember>& objects, std::string_view extractor,
               double confidence, std::vector<Triple>& out) {
  for (const auto& subject : subjects)
    for (const auto& object : objects)
      EmitOne(s, subject, relation, relation_span, object, extractor, confidence, out);
}

void EmitWithinGroup(const AnalyzedSentence& s, const std::vector<GroupMember>& group,
                     const Relation& relation, Span relation_span, std::string_view extractor,
                     double confidence, std::vector<Triple>& out) {
  for (size_t i = 0; i < group.size(); ++i)
    for (size_t j = i + 1; j < group.size(); ++j)
      EmitOne(s, group[i], relation, relation_span, group[j], extractor, confidence, out);
}

bool ReportsAClause(std::string_view lemma) {
  static constexpr std::string_view kWords[] = {
      "deny",    "warn",   "predict", "confirm", "insist",    "argue",   "claim",
      "suggest", "admit",  "reveal",  "announce", "tweet",    "fear",    "acknowledge",
      "assert",  "allege", "stress",  "emphasize", "concede", "doubt"};
  for (std::string_view w : kWords)
    if (w == lemma) return true;
  return false;
}

namespace {

// An auxiliary or a finite verb: "had", "would", "was", "exceeded" (a past tense; not a
// participle that is also an adjective).
bool IsFiniteVerbWord(std::string_view w, const Lemmatizer& lemmatizer) {
  if (words::IsBe(w) && w != "be" && w != "being" && w != "been" && w != "'s") return true;
  if (w == "has" || w == "had" || w == "have" || words::IsModal(w) || words::IsFuture(w) ||
      w == "did" || w == "does")
    return true;
  return w.size() > 3 && w.ends_with("ed") && lemmatizer.IsVerb(w) && !lemmatizer.IsAdjective(w);
}

}  // namespace

bool ClauseGoesOn(const AnalyzedSentence& s, size_t end, const Lemmatizer& lemmatizer) {
  size_t n = s.lower.size();
  size_t k = end;
  if (k < n && (s.lower[k] == "'s" || s.lower[k] == "'")) {
    ++k;
    for (int skip = 0; skip < 3 && k < n && s.mention_at[k] < 0 &&
                       !words::IsPunctuation(s.lower[k]) &&
                       !IsFiniteVerbWord(s.lower[k], lemmatizer);
         ++skip)
      ++k;
  }
  return k < n && IsFiniteVerbWord(s.lower[k], lemmatizer);
}

bool IsNounPhraseWord(const AnalyzedSentence& s, size_t t) {
  std::string_view w = s.lower[t];
  const std::string& text = s.sentence->tokens[t].text;
  if (s.mention_at[t] >= 0 || text.empty() ||
      (!s.sentence->heading && std::isupper(static_cast<unsigned char>(text[0]))))
    return false;
  if (!std::all_of(w.begin(), w.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '-';
      }))
    return false;
  return !(words::IsPreposition(w) || words::IsDeterminer(w) || words::IsCoordinator(w) ||
           words::IsBe(w) || words::IsHave(w) || words::IsModal(w) || words::IsFuture(w) ||
           words::IsDo(w) || words::IsRelativePronoun(w) || words::IsAdverb(w) ||
           words::IsPunctuation(w));
}

}  // namespace actorgraph::extract
