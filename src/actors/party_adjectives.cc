#include "actors/party_adjectives.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "actors/word_lists.h"

namespace actorgraph::actors_internal {
namespace {

// The lower-case keys of words ASCII-lower-cased, split at spaces.
std::vector<std::string> Keys(std::string_view name) {
  std::vector<std::string> keys(1);
  for (char c : name) {
    if (c == ' ') {
      if (!keys.back().empty()) keys.emplace_back();
    } else {
      keys.back() += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return keys;
}

// Offices and roles a party's members hold, as the noun right after the party's adjective:
// "Democratic senators", "Labour MP", "Conservative leader", "Republican nominee". Not
// "minister": "Labour Minister" holds the labour portfolio.
bool IsPoliticalTitle(std::string_view key) {
  static const std::unordered_set<std::string_view> kTitles = {
      "senator", "senators", "sen", "representative", "representatives", "rep",
      "congressman", "congresswoman", "congressmen", "congresswomen", "congressperson",
      "governor", "governors", "gov", "lawmaker", "lawmakers", "legislator", "legislators",
      "mp", "mps", "mep", "meps", "msp", "msps", "leader", "leaders", "leadership",
      "candidate", "candidates", "nominee", "nominees", "hopeful", "hopefuls", "chairman",
      "chairwoman", "chair", "member", "members", "mayor", "mayors", "politician",
      "politicians", "delegate", "delegates", "councillor", "councillors", "councilman",
      "councilwoman", "assemblyman", "assemblywoman", "assemblymember", "deputy", "deputies",
      "whip", "spokesman", "spokeswoman", "spokesperson",
      "presidential", "vice-presidential"};
  return kTitles.count(key) != 0;
}

bool IsWord(const Word& word) { return word.kind == WordKind::kWord; }

}  // namespace

void CountCountries(const SentenceState& sentence, CountryCounts* counts) {
  for (const Found& f : sentence.found) {
    if (f.actor.type == ActorType::kCountry) ++(*counts)[f.actor.id];
  }
}

PartyAdjectives::PartyAdjectives(const std::vector<DictionaryEntry>& entries,
                                 const NameMatcher& matcher) {
  std::unordered_map<std::string_view, size_t> entry_of_id;
  for (size_t i = 0; i < entries.size(); ++i) entry_of_id.emplace(entries[i].actor.id, i);
  // The ways a country is named before its party: "Australian", "New Zealand", "Canada's",
  // "UK" (keys joined by spaces).
  auto names_country = [&](const std::string& country, const std::string& prefix) {
    auto it = entry_of_id.find(country);
    if (it == entry_of_id.end()) return false;
    const DictionaryEntry& entry = entries[it->second];
    std::vector<std::string> names = entry.names;
    names.push_back(entry.actor.name);
    for (const std::vector<std::string>* list :
         {static_cast<const std::vector<std::string>*>(&names), &entry.demonyms,
          &entry.acronyms}) {
      for (const std::string& name : *list) {
        std::string key;
        for (const std::string& k : Keys(name)) key += (key.empty() ? "" : " ") + k;
        if (prefix == key || prefix == key + "'s") return true;
      }
    }
    return false;
  };
  // adjective -> states of a party whose longer name has "<adjective> Party"
  std::unordered_map<std::string, std::vector<std::string>> others;
  for (size_t i = 0; i < entries.size(); ++i) {
    const DictionaryEntry& entry = entries[i];
    const Actor& actor = entry.actor;
    if (actor.type != ActorType::kOrganization || actor.affiliation.empty()) continue;
    std::vector<std::string> names = entry.names;
    names.insert(names.begin(), actor.name);
    for (size_t n = 0; n < names.size(); ++n) {
      const std::string& name = names[n];
      if (name.empty() || name[0] < 'A' || name[0] > 'Z') continue;
      std::vector<std::string> keys = Keys(name);
      // "<Adjective> Party", "<Adjective> Party of <Country>", "<Demonym> <Adjective>
      // Party", "<Country>'s <Adjective> Party": the adjective names this party in its
      // state. Not "Liberal Democratic Party", "Social Democratic and Labour Party": a word
      // other than the state's before the adjective makes another adjective.
      for (size_t k = 0; k + 1 < keys.size(); ++k) {
        if (keys[k + 1] != "party") continue;
        std::string prefix;
        for (size_t p = 0; p < k; ++p) prefix += (prefix.empty() ? "" : " ") + keys[p];
        if ((k + 2 < keys.size() && keys[k + 2] != "of") ||
            (!prefix.empty() && !names_country(actor.affiliation, prefix))) {
          others[keys[k]].push_back(actor.affiliation);
          break;
        }
        std::vector<Party>& parties = parties_[keys[k]];
        bool listed = n == 0 && keys.size() == 2;
        auto same = std::find_if(parties.begin(), parties.end(),
                                 [&](const Party& p) { return p.actor.id == actor.id; });
        if (same != parties.end()) {
          same->listed = same->listed || listed;
        } else {
          parties.push_back({matcher.ActorOf(static_cast<uint32_t>(i)), listed});
        }
        break;
      }
    }
  }
  for (auto& [adjective, countries] : others) {
    auto it = parties_.find(adjective);
    if (it == parties_.end()) continue;
    for (const std::string& country : countries) {
      bool own = std::any_of(it->second.begin(), it->second.end(),
                             [&](const Party& p) { return p.actor.affiliation == country; });
      if (!own) rivals_[adjective].push_back(country);
    }
  }
}

const Actor* PartyAdjectives::PartyOf(const std::string& adjective,
                                      const CountryCounts& counts) const {
  auto it = parties_.find(adjective);
  if (it == parties_.end()) return nullptr;
  auto count = [&](const std::string& id) {
    auto c = counts.find(id);
    return c == counts.end() ? 0 : c->second;
  };
  // The party of the state the document names most; the one listed as "<Adjective> Party"
  // when the document names no state of the others or ties with it; a tie between others
  // is no one's.
  int most = 0;
  for (const Party& party : it->second) most = std::max(most, count(party.actor.affiliation));
  // "Democratic leader" in a text on Japan, home of the Liberal Democratic Party.
  auto rivals = rivals_.find(adjective);
  if (rivals != rivals_.end()) {
    for (const std::string& country : rivals->second) {
      if (count(country) > most) return nullptr;
    }
  }
  const Party* best = nullptr;
  int tied = 0;
  for (const Party& party : it->second) {
    if (count(party.actor.affiliation) != most) continue;
    if (party.listed) return &party.actor;
    if (most > 0) {
      best = &party;
      ++tied;
    }
  }
  return tied == 1 ? &best->actor : nullptr;
}

void PartyAdjectives::Find(const CountryCounts& earlier, SentenceState* sentence) const {
  if (sentence->all_capitals) return;
  const std::vector<Word>& words = sentence->words;
  const size_t n = words.size();
  // "the Republican Guard": a party's demonym that begins another name.
  std::erase_if(sentence->found, [&](const Found& f) {
    return f.how == Resolution::kDemonym && f.end == f.begin + 1 && f.end < n &&
           parties_.count(words[f.begin].key) && IsWord(words[f.end]) &&
           words[f.end].capitalised && (words[f.end].key == "guard" || words[f.end].key == "guards");
  });
  CountryCounts counts = earlier;
  CountCountries(*sentence, &counts);
  std::vector<Found> added;
  std::vector<int> covered = sentence->Coverage();
  for (size_t w = 0; w + 1 < n; ++w) {
    const Word& word = words[w];
    if (!IsWord(word) || !word.capitalised || word.all_upper) continue;
    if (parties_.count(word.key) == 0) continue;
    const Word& next = words[w + 1];
    if (!IsWord(next)) continue;
    // "Social Democratic leader", "Christian Democratic party": the end of another name.
    bool first = w == 0 || !IsWord(words[w - 1]);
    if (!first && words[w - 1].capitalised && covered[w - 1] < 0 &&
        !IsFunctionWord(words[w - 1].key))
      continue;
    // "the Liberal Party" in a text on Canada: the capitalised name too, unless it goes on
    // ("Liberal Party Conference", "Liberal Party of Quebec") or a name comes before it
    // ("Ohio Libertarian Party").
    bool party_name = next.key == "party" && next.capitalised &&
                      !(w + 2 < n && IsWord(words[w + 2]) &&
                        (words[w + 2].capitalised || words[w + 2].key == "of")) &&
                      (first || !words[w - 1].capitalised || IsFunctionWord(words[w - 1].key));
    bool own_party = (next.key == "party" && !next.capitalised) || party_name;
    if (!own_party) {
      if (!IsPoliticalTitle(next.key) || covered[w + 1] >= 0) continue;
      // "Democratic Leadership Council", "Labour Party Conference": a body's name.
      if (next.capitalised && w + 2 < n && IsWord(words[w + 2]) && words[w + 2].capitalised &&
          IsOrganizationHead(words[w + 2].key, nullptr))
        continue;
      // A sentence's first word is capitalised anyway ("Conservative leaders in the
      // region"): only a capitalised title makes it the party's.
      if (first && !next.capitalised) continue;
    }
    const Actor* party = PartyOf(word.key, counts);
    if (party == nullptr) continue;
    size_t end = own_party ? w + 2 : w + 1;
    if (covered[w] >= 0) {
      Found& f = sentence->found[covered[w]];
      // "the Conservative Party" in a text on Canada: the listed name is the party of the
      // state the text names.
      if (party_name) {
        const std::vector<Party>& parties = parties_.at(word.key);
        bool of_adjective = std::any_of(parties.begin(), parties.end(), [&](const Party& p) {
          return p.actor.id == f.actor.id;
        });
        if (f.begin == w && f.end == end && f.how == Resolution::kDictionary && of_adjective) {
          f.actor = *party;
        }
        continue;
      }
      // "the Republican party": the demonym the dictionary found takes the lower-case noun.
      if (own_party && f.begin == w && f.end == w + 1 && f.actor.id == party->id &&
          covered[w + 1] < 0) {
        f.end = end;
        f.how = Resolution::kDictionary;
        f.kind = NameKind::kName;
        f.modifier = false;
      }
      continue;
    }
    if (own_party && covered[w + 1] >= 0) continue;
    Found f;
    f.begin = w;
    f.end = end;
    f.core_begin = w;
    f.actor = *party;
    f.how = own_party ? Resolution::kDictionary : Resolution::kDemonym;
    f.kind = own_party ? NameKind::kName : NameKind::kDemonym;
    f.modifier = !own_party;
    added.push_back(std::move(f));
  }
  for (Found& f : added) sentence->Add(std::move(f));
}

}  // namespace actorgraph::actors_internal
