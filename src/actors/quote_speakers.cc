#include "actors/quote_speakers.h"

#include <optional>
#include <string_view>
#include <unordered_set>

namespace actorgraph::actors_internal {
namespace {

// Curly quotes and guillemets say which way they face; a straight one toggles.
bool IsOpening(const Word& word, bool open) {
  if (word.text == "\u201C" || word.text == "\u00AB") return true;
  if (word.text == "\u201D" || word.text == "\u00BB") return false;
  return !open;
}

bool IsSayingVerb(std::string_view key) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "said",     "says",     "say",       "wrote",    "writes",   "tweeted", "tweets",
      "added",    "adds",     "stated",    "states",   "told",     "tells",   "explained",
      "explains", "continued", "declared", "posted",   "commented", "remarked", "insisted",
      "argued",   "replied",  "responded", "warned",   "noted",    "recalled", "concluded",
      "announced"};
  return kVerbs.count(key) > 0;
}

// The named person (a head mention) covering word `w`, or nullptr.
const Found* PersonAt(const SentenceState& state, const std::vector<int>& coverage, size_t w) {
  if (w >= coverage.size() || coverage[w] < 0) return nullptr;
  const Found& f = state.found[coverage[w]];
  if (f.modifier || f.actor.type != ActorType::kPerson || f.how == Resolution::kGroupReference)
    return nullptr;
  return &f;
}

// `"...," Trump said` / `"...," said Trump`: the speaker after the closing mark at `close`.
const Found* SpeakerAfter(const SentenceState& state, const std::vector<int>& coverage,
                          size_t close) {
  const auto& words = state.words;
  size_t k = close + 1;
  if (k < words.size() && words[k].text == ",") ++k;
  if (k >= words.size()) return nullptr;
  if (IsSayingVerb(words[k].key)) {
    const Found* p = PersonAt(state, coverage, k + 1);
    return p && p->begin == k + 1 ? p : nullptr;
  }
  // Titles before the name ("Foreign Minister Ana Ruiz said") are outside the mention.
  size_t name = k;
  while (name < words.size() && name < k + 3 && coverage[name] < 0 && words[name].capitalised)
    ++name;
  const Found* p = PersonAt(state, coverage, name);
  if (!p || p->begin != name || p->end >= words.size()) return nullptr;
  return IsSayingVerb(words[p->end].key) ? p : nullptr;
}

// `Trump wrote on Twitter: "...` / `Trump said, "...`: the speaker before the opening mark.
const Found* SpeakerBefore(const SentenceState& state, const std::vector<int>& coverage,
                           size_t open) {
  const auto& words = state.words;
  if (open == 0) return nullptr;
  size_t k = open - 1;
  if (words[k].text != ":" && words[k].text != ",") return nullptr;
  // Back over at most five words to the verb of saying, with no other person on the way.
  for (size_t v = k; v > 0 && v + 6 > k; --v) {
    size_t verb = v - 1;
    if (coverage[verb] >= 0) {
      if (state.found[coverage[verb]].actor.type == ActorType::kPerson) return nullptr;
      continue;  // "wrote on Twitter:"
    }
    if (IsQuotationMark(words[verb]) || words[verb].text == "." || words[verb].text == ";")
      return nullptr;
    if (!IsSayingVerb(words[verb].key)) continue;
    if (verb == 0) return nullptr;
    const Found* p = PersonAt(state, coverage, verb - 1);
    return p && p->end == verb ? p : nullptr;
  }
  return nullptr;
}

}  // namespace

std::vector<std::vector<Found>> FindQuotedFirstPersons(const std::vector<SentenceState>& states) {
  std::vector<std::vector<Found>> out(states.size());
  bool open = false;                // a quotation left open at the previous sentence's end
  std::optional<Actor> carried;     // its speaker, when known
  for (size_t s = 0; s < states.size(); ++s) {
    const SentenceState& state = states[s];
    if (state.heading) {
      open = false;
      carried.reset();
      continue;
    }
    const auto& words = state.words;
    std::vector<int> coverage = state.Coverage();
    // The quotations of the sentence: [begin, end) of their inside words, with the speaker.
    struct Span {
      size_t begin;
      size_t end;
      std::optional<Actor> speaker;
    };
    std::vector<Span> spans;
    size_t begin = 0;
    bool inside = open;
    std::optional<Actor> speaker = open ? carried : std::nullopt;
    for (size_t w = 0; w < words.size(); ++w) {
      if (!IsQuotationMark(words[w])) continue;
      if (!inside && IsOpening(words[w], inside)) {
        inside = true;
        begin = w + 1;
        const Found* p = SpeakerBefore(state, coverage, w);
        speaker = p ? std::optional<Actor>(p->actor) : std::nullopt;
      } else if (inside) {
        inside = false;
        if (const Found* p = SpeakerAfter(state, coverage, w)) {
          if (!speaker) speaker = p->actor;
          else if (speaker->id != p->actor.id) speaker.reset();  // two speakers: neither
        }
        spans.push_back({begin, w, speaker});
        speaker.reset();
      }
    }
    if (inside) spans.push_back({begin, words.size(), speaker});
    // A quotation opened with no speaker before it that closes in a later sentence with one
    // ("I came. I saw," she said) is not read back: its earlier sentences are done.
    open = inside;
    carried = inside ? speaker : std::nullopt;
    for (const Span& span : spans) {
      if (!span.speaker) continue;
      for (size_t w = span.begin; w < span.end; ++w) {
        const Word& word = words[w];
        if (word.kind != WordKind::kWord || coverage[w] >= 0) continue;
        bool subject = word.text == "I";
        bool object = word.key == "me" || word.key == "myself";
        bool possessive = word.key == "my";
        if (!subject && !object && !possessive) continue;
        Found found;
        found.begin = w;
        found.end = w + 1;
        found.core_begin = w;
        found.actor = *span.speaker;
        found.how = Resolution::kCoreference;
        found.modifier = possessive;
        out[s].push_back(std::move(found));
      }
    }
  }
  return out;
}

}  // namespace actorgraph::actors_internal
