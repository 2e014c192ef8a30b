// Party adjectives: "Democratic Senator Jane Roe", "two Labour MPs", "the Conservative
// leader", "the Democratic party". A listed party named "<Adjective> Party" is mentioned by
// its capitalised adjective right before a political title (singular or plural) or the
// lower-case word "party".
#ifndef ACTORGRAPH_SRC_ACTORS_PARTY_ADJECTIVES_H_
#define ACTORGRAPH_SRC_ACTORS_PARTY_ADJECTIVES_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actors/finder_state.h"
#include "actors/name_matcher.h"

namespace actorgraph::actors_internal {

// How often the document has named each country so far (country actor id -> mentions).
using CountryCounts = std::unordered_map<std::string, int>;

// Adds to `counts` the countries `sentence` names, by name, capital or demonym.
void CountCountries(const SentenceState& sentence, CountryCounts* counts);

class PartyAdjectives {
 public:
  // Reads the parties of `entries`, the ones `matcher` was built from (same indexes).
  PartyAdjectives(const std::vector<DictionaryEntry>& entries, const NameMatcher& matcher);

  // Adds the party adjectives of `sentence` as modifier mentions of their party ("the
  // Democratic party" as the party itself), and drops a party's demonym that begins another
  // name ("Republican Guard"). Leaves the adjective where it starts or continues a longer
  // name ("Social Democratic leader", "Democratic Leadership Council") and where the
  // document names a country that has another listed party of that adjective more often
  // than the party's own (`counts`, the document's earlier sentences).
  void Find(const CountryCounts& counts, SentenceState* sentence) const;

 private:
  struct Party {
    Actor actor;
    std::vector<std::string> rivals;  // countries with another listed "<Adjective> Party"
  };
  std::unordered_map<std::string, Party> parties_;  // adjective key -> party
};

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_PARTY_ADJECTIVES_H_
