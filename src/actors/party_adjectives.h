// Party adjectives: "Democratic Senator Jane Roe", "two Labour MPs", "the Conservative
// leader", "the Democratic party". A listed party named "<Adjective> Party" (or "<Adjective>
// Party of <State>", "<Demonym> <Adjective> Party") is mentioned by its capitalised
// adjective right before a political title (singular or plural) or the lower-case word
// "party".
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
  // than the party's own (`counts`, the document's earlier sentences): there the adjective
  // is that state's party ("Liberal MP" in a text on Canada is the Liberal Party of
  // Canada), and nobody's when two such states are named equally often.
  void Find(const CountryCounts& counts, SentenceState* sentence) const;

 private:
  struct Party {
    Actor actor;
    bool listed = false;  // named "<Adjective> Party" itself: the adjective's party when the
                          // document names no state of another
  };
  // The party `adjective` names given the countries the document has named, or nullptr.
  const Actor* PartyOf(const std::string& adjective, const CountryCounts& counts) const;

  // adjective key -> the parties of that adjective, one per state
  std::unordered_map<std::string, std::vector<Party>> parties_;
  // adjective key -> states with no party of that adjective but one with it inside a
  // longer name ("Liberal Democratic Party"): named more often, they leave it to no party
  std::unordered_map<std::string, std::vector<std::string>> rivals_;
};

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_PARTY_ADJECTIVES_H_
