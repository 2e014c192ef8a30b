#include "actors/group_references.h"

#include <string_view>

namespace actorgraph::actors_internal {
namespace {

// Sentences a reference looks back over for a pair.
constexpr size_t kHistorySentences = 12;
// How far after a reference a pair in the same sentence may start ("restraint on both
// sides, urging the US and Iran": four words).
constexpr size_t kLookAheadWords = 6;

enum class Need { kCountries, kLeaders, kPeople, kAny };

struct Phrase {
  std::vector<std::string_view> keys;
  Need need;
  // Only a pair of its own sentence or of the one before: "both of them" is as often two
  // things as two actors, so an older pair is too far to trust.
  bool near = false;
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
      {{"the", "two", "men"}, Need::kPeople},
      {{"the", "two", "women"}, Need::kPeople},
      {{"the", "two", "presidents"}, Need::kPeople},
      {{"the", "two", "ministers"}, Need::kPeople},
      {{"both", "nations"}, Need::kCountries},
      {{"both", "countries"}, Need::kCountries},
      {{"both", "governments"}, Need::kCountries},
      {{"both", "sides"}, Need::kAny},
      {{"each", "side"}, Need::kAny},
      {{"both", "leaders"}, Need::kLeaders},
      // "The Senate acquitted both of them": the two people named before.
      {{"both", "of", "them"}, Need::kPeople, true},
      {{"both", "men"}, Need::kPeople, true},
      {{"both", "women"}, Need::kPeople, true},
  };
  return kPhrases;
}

// The pair as `need` wants it, or nullopt: countries for "nations" (a leader stands for his
// country), people or countries for "leaders", anything for "sides".
using Pair = std::pair<Actor, Actor>;

std::optional<Pair> Members(const CoordinatedPair& p, Need need) {
  auto country_of = [](const PairSide& u) -> const Actor* {
    if (u.actor.type == ActorType::kCountry) return &u.actor;
    return u.country ? &*u.country : nullptr;
  };
  switch (need) {
    case Need::kCountries: {
      const Actor* a = country_of(p.first);
      const Actor* b = country_of(p.second);
      if (a && b && a->id != b->id) return Pair{*a, *b};
      return std::nullopt;
    }
    case Need::kLeaders: {
      bool people = p.first.actor.type == ActorType::kPerson &&
                    p.second.actor.type == ActorType::kPerson;
      bool countries = p.first.actor.type == ActorType::kCountry &&
                       p.second.actor.type == ActorType::kCountry;
      if (people || countries) return Pair{p.first.actor, p.second.actor};
      return std::nullopt;
    }
    case Need::kPeople:
      if (p.first.actor.type == ActorType::kPerson && p.second.actor.type == ActorType::kPerson)
        return Pair{p.first.actor, p.second.actor};
      return std::nullopt;
    case Need::kAny: return Pair{p.first.actor, p.second.actor};
  }
  return std::nullopt;
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

// The words [from, to) are ", and" (optionally with "the").
bool SerialAnd(const std::vector<Word>& words, size_t from, size_t to) {
  std::vector<std::string_view> between;
  for (size_t w = from; w < to; ++w) {
    if (words[w].key != "the") between.push_back(words[w].key);
  }
  return between.size() == 2 && between[0] == "," && between[1] == "and";
}

std::vector<PairSide> UnitsOf(const SentenceState& sentence) {
  std::vector<PairSide> units;
  const auto& found = sentence.found;
  for (size_t f = 0; f < found.size(); ++f) {
    if (found[f].how == Resolution::kGroupReference) continue;
    // The affiliation before a titled person joins that person.
    if (found[f].modifier && f + 1 < found.size() &&
        found[f + 1].actor.type == ActorType::kPerson &&
        found[f].actor.type == ActorType::kCountry &&
        (found[f + 1].actor.affiliation == found[f].actor.id ||
         found[f + 1].actor.affiliation.empty())) {
      units.push_back({found[f].begin, found[f + 1].end, found[f + 1].actor, found[f].actor});
      ++f;
      continue;
    }
    units.push_back({found[f].begin, found[f].end, found[f].actor, std::nullopt});
  }
  return units;
}

std::vector<CoordinatedPair> PairsOf(const SentenceState& sentence) {
  std::vector<CoordinatedPair> pairs;
  std::vector<PairSide> units = UnitsOf(sentence);
  for (size_t a = 0; a < units.size();) {
    size_t b = a;
    while (b + 1 < units.size() &&
           Coordinates(sentence.words, units[b].end, units[b + 1].begin)) {
      ++b;
    }
    // "X, and Y" joins clauses more often than it pairs two actors: a list of two written
    // with a serial comma is not a pair ("into Syria, and the US statement said").
    bool clause_and = b == a + 1 && SerialAnd(sentence.words, units[a].end, units[b].begin);
    if (b == a + 1 && units[a].actor.id != units[b].actor.id && !clause_and) {
      pairs.push_back({units[a].begin, units[b].end, units[a], units[b]});
    }
    a = b + 1;
  }
  return pairs;
}

// The two different people named in words [0, before) of the sentence, when there are
// exactly two (each maybe more than once), as a pair; nullopt otherwise.
std::optional<CoordinatedPair> TwoPeople(const SentenceState& sentence, size_t before) {
  std::vector<PairSide> people;
  for (const PairSide& u : UnitsOf(sentence)) {
    if (u.end > before || u.actor.type != ActorType::kPerson) continue;
    bool seen = false;
    for (const PairSide& p : people) seen |= p.actor.id == u.actor.id;
    if (!seen) people.push_back(u);
  }
  if (people.size() != 2) return std::nullopt;
  return CoordinatedPair{people[0].begin, people[1].end, people[0], people[1]};
}

}  // namespace

void PairHistory::Push(std::vector<CoordinatedPair> sentence_pairs,
                       std::optional<CoordinatedPair> two_people) {
  two_people_ = std::move(two_people);
  sentences_.push_back(std::move(sentence_pairs));
  while (sentences_.size() > kHistorySentences) sentences_.pop_front();
}

void FindGroupReferences(SentenceState* sentence, PairHistory* history) {
  const auto& words = sentence->words;
  std::vector<CoordinatedPair> pairs = PairsOf(*sentence);
  std::vector<int> coverage = sentence->Coverage();
  std::vector<Found> references;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& first = words[i].key;
    if (first != "the" && first != "both" && first != "each") continue;
    for (const Phrase& phrase : Phrases()) {
      size_t n = phrase.keys.size();
      if (i + n > words.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < n && ok; ++k) {
        ok = coverage[i + k] < 0 && words[i + k].key == phrase.keys[k];
      }
      if (!ok) continue;
      std::optional<Pair> chosen;
      for (const CoordinatedPair& p : pairs) {
        if (p.end > i) continue;
        if (auto members = Members(p, phrase.need)) chosen = members;
      }
      for (size_t p = 0; !chosen && p < pairs.size(); ++p) {
        if (pairs[p].begin >= i + n && pairs[p].begin <= i + n + kLookAheadWords) {
          chosen = Members(pairs[p], phrase.need);
        }
      }
      const auto& past = history->sentences();
      size_t reach = phrase.near ? 1 : past.size();
      size_t back = 0;
      for (auto s = past.rbegin(); !chosen && s != past.rend() && back < reach; ++s, ++back) {
        for (auto p = s->rbegin(); !chosen && p != s->rend(); ++p) {
          chosen = Members(*p, phrase.need);
        }
      }
      if (!chosen && (phrase.need == Need::kPeople || phrase.need == Need::kLeaders)) {
        std::optional<CoordinatedPair> two = TwoPeople(*sentence, i);
        if (!two) two = history->previous_two_people();
        if (two) chosen = Members(*two, phrase.need);
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
  history->Push(std::move(pairs), TwoPeople(*sentence, words.size()));
}

}  // namespace actorgraph::actors_internal
