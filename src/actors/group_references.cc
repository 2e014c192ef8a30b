#include "actors/group_references.h"

#include <string_view>

namespace actorgraph::actors_internal {
namespace {

// Sentences a reference looks back over for a pair.
constexpr size_t kHistorySentences = 12;

enum class Need { kCountries, kLeaders, kAny };

struct Phrase {
  std::vector<std::string_view> keys;
  Need need;
};

const std::vector<Phrase>& Phrases() {
  static const std::vector<Phrase> kPhrases = {
      {{"the", "two", "nations"}, Need::kCountries},
      {{"the", "two", "countries"}, Need::kCountries},
      {{"the", "two", "governments"}, Need::kCountries},
      {{"the", "two", "states"}, Need::kCountries},
      {{"the", "two", "neighbours"}, Need::kCountries},
      {{"the", "two", "neighbors"}, Need::kCountries},
      {{"the", "two", "sides"}, Need::kAny},
      {{"the", "two", "leaders"}, Need::kLeaders},
      {{"both", "nations"}, Need::kCountries},
      {{"both", "countries"}, Need::kCountries},
      {{"both", "governments"}, Need::kCountries},
      {{"both", "sides"}, Need::kAny},
      {{"each", "side"}, Need::kAny},
      {{"both", "leaders"}, Need::kLeaders},
  };
  return kPhrases;
}

bool Satisfies(const PairHistory::Pair& pair, Need need) {
  auto both = [&](ActorType type) {
    return pair.first.type == type && pair.second.type == type;
  };
  switch (need) {
    case Need::kCountries: return both(ActorType::kCountry);
    case Need::kLeaders: return both(ActorType::kCountry) || both(ActorType::kPerson);
    case Need::kAny: return true;
  }
  return false;
}

// True when the words [from, to) between two mentions coordinate them.
bool Coordinates(const std::vector<Word>& words, size_t from, size_t to) {
  std::vector<std::string_view> between;
  for (size_t w = from; w < to; ++w) {
    if (words[w].key == "the") continue;
    between.push_back(words[w].key);
  }
  if (between.size() == 1) {
    std::string_view k = between[0];
    if (k == "and" || k == "," || k == "&" || k == "/") return true;
    if (k == "-") return !words[from].space_before && !words[to].space_before;
    return false;
  }
  return between.size() == 2 && between[0] == "," && between[1] == "and";
}

struct PlacedPair {
  size_t begin = 0;  // words of the whole coordination
  size_t end = 0;
  PairHistory::Pair pair;
};

std::vector<PlacedPair> PairsOf(const SentenceState& sentence) {
  std::vector<PlacedPair> pairs;
  const auto& found = sentence.found;
  for (size_t a = 0; a < found.size();) {
    if (found[a].how == Resolution::kGroupReference) {
      ++a;
      continue;
    }
    size_t b = a;
    while (b + 1 < found.size() && found[b + 1].how != Resolution::kGroupReference &&
           Coordinates(sentence.words, found[b].end, found[b + 1].begin)) {
      ++b;
    }
    if (b == a + 1 && found[a].actor.id != found[b].actor.id) {
      pairs.push_back({found[a].begin, found[b].end, {found[a].actor, found[b].actor}});
    }
    a = b + 1;
  }
  return pairs;
}

}  // namespace

void PairHistory::Push(std::vector<Pair> sentence_pairs) {
  sentences_.push_back(std::move(sentence_pairs));
  while (sentences_.size() > kHistorySentences) sentences_.pop_front();
}

void FindGroupReferences(SentenceState* sentence, PairHistory* history) {
  const auto& words = sentence->words;
  std::vector<PlacedPair> pairs = PairsOf(*sentence);
  std::vector<int> coverage = sentence->Coverage();
  std::vector<Found> references;
  for (size_t i = 0; i < words.size(); ++i) {
    for (const Phrase& phrase : Phrases()) {
      size_t n = phrase.keys.size();
      if (i + n > words.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < n && ok; ++k) {
        ok = coverage[i + k] < 0 && words[i + k].key == phrase.keys[k];
      }
      if (!ok) continue;
      const PairHistory::Pair* chosen = nullptr;
      for (const PlacedPair& p : pairs) {
        if (p.end <= i && Satisfies(p.pair, phrase.need)) chosen = &p.pair;
      }
      for (size_t p = 0; !chosen && p < pairs.size(); ++p) {
        if (pairs[p].begin >= i + n && Satisfies(pairs[p].pair, phrase.need)) {
          chosen = &pairs[p].pair;
        }
      }
      const auto& past = history->sentences();
      for (auto s = past.rbegin(); !chosen && s != past.rend(); ++s) {
        for (auto p = s->rbegin(); !chosen && p != s->rend(); ++p) {
          if (Satisfies(*p, phrase.need)) chosen = &*p;
        }
      }
      if (!chosen) break;
      Found reference;
      reference.begin = i;
      reference.end = i + n;
      reference.core_begin = i;
      reference.how = Resolution::kGroupReference;
      reference.members = {chosen->first, chosen->second};
      references.push_back(std::move(reference));
      i += n - 1;
      break;
    }
  }
  for (Found& reference : references) sentence->Add(std::move(reference));
  std::vector<PairHistory::Pair> sentence_pairs;
  for (PlacedPair& p : pairs) sentence_pairs.push_back(std::move(p.pair));
  history->Push(std::move(sentence_pairs));
}

}  // namespace actorgraph::actors_internal
