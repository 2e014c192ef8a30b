#include "actors/party_adjectives.h"

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
  for (size_t i = 0; i < entries.size(); ++i) {
    const Actor& actor = entries[i].actor;
    if (actor.type != ActorType::kOrganization || actor.affiliation.empty()) continue;
    std::vector<std::string> keys = Keys(actor.name);
    if (keys.size() != 2 || keys[1] != "party" || actor.name[0] < 'A' || actor.name[0] > 'Z')
      continue;
    parties_[keys[0]].actor = matcher.ActorOf(static_cast<uint32_t>(i));
  }
  // "New Democratic Party" (Canada), "Conservative Party of Canada": another state's party
  // called by the same adjective.
  for (const DictionaryEntry& entry : entries) {
    if (entry.actor.type != ActorType::kOrganization || entry.actor.affiliation.empty()) continue;
    std::vector<std::string> names = entry.names;
    names.push_back(entry.actor.name);
    for (const std::string& name : names) {
      std::vector<std::string> keys = Keys(name);
      for (size_t k = 0; k + 1 < keys.size(); ++k) {
        auto party = parties_.find(keys[k]);
        if (keys[k + 1] != "party" || party == parties_.end() ||
            party->second.actor.affiliation == entry.actor.affiliation)
          continue;
        party->second.rivals.push_back(entry.actor.affiliation);
      }
    }
  }
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
  auto count = [&](const std::string& id) {
    auto it = counts.find(id);
    return it == counts.end() ? 0 : it->second;
  };
  std::vector<Found> added;
  std::vector<int> covered = sentence->Coverage();
  for (size_t w = 0; w + 1 < n; ++w) {
    const Word& word = words[w];
    if (!IsWord(word) || !word.capitalised || word.all_upper) continue;
    auto party = parties_.find(word.key);
    if (party == parties_.end()) continue;
    const Word& next = words[w + 1];
    if (!IsWord(next)) continue;
    // "Social Democratic leader", "Christian Democratic party": the end of another name.
    bool first = w == 0 || !IsWord(words[w - 1]);
    if (!first && words[w - 1].capitalised && covered[w - 1] < 0 &&
        !IsFunctionWord(words[w - 1].key))
      continue;
    bool own_party = next.key == "party" && !next.capitalised;
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
    int own = count(party->second.actor.affiliation);
    bool rival = false;
    for (const std::string& country : party->second.rivals) rival = rival || count(country) > own;
    if (rival) continue;
    size_t end = own_party ? w + 2 : w + 1;
    if (covered[w] >= 0) {
      // "the Republican party": the demonym the dictionary found takes the lower-case noun.
      Found& f = sentence->found[covered[w]];
      if (own_party && f.begin == w && f.end == w + 1 && f.actor.id == party->second.actor.id &&
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
    f.actor = party->second.actor;
    f.how = own_party ? Resolution::kDictionary : Resolution::kDemonym;
    f.kind = own_party ? NameKind::kName : NameKind::kDemonym;
    f.modifier = !own_party;
    added.push_back(std::move(f));
  }
  for (Found& f : added) sentence->Add(std::move(f));
}

}  // namespace actorgraph::actors_internal
