// Unlisted people named without a title: a run of two to four capitalised words ("Ted
// Cruz", "Hamza bin Laden", "Beto O'Rourke") that a cue in the sentence marks as a person
// (a speech verb after it, ", who", a role noun before it, a known first name, ...).
#ifndef ACTORGRAPH_SRC_ACTORS_CAPITALISED_NAMES_H_
#define ACTORGRAPH_SRC_ACTORS_CAPITALISED_NAMES_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "actors/finder_state.h"

namespace actorgraph::actors_internal {

// Whether `key` (a lower-case word) is a given name common in international news.
bool IsGivenName(std::string_view key);

// Whether `key` (a lower-case word) is a noun of a person's role or occupation that news
// puts just before the name: "activist Zara Kay", "drummer Ginger Baker".
bool IsPersonRoleNoun(std::string_view key);

// Whether `key` (a lower-case word) is a common word that starts or continues names of
// places, events, laws and companies rather than being one ("general", "national",
// "united", "pacific", "securities").
bool IsNameFormingWord(std::string_view key);

// Adds a person mention (how = kPattern) for every run of capitalised words no other
// mention covers that a person cue marks, and appends its word keys to `*people` (the
// people found so far in the document). Does nothing for headings. Runs that look like
// places ("in New York", "at Buenos Aires") or events ("World War II") are left alone.
void FindCapitalisedNames(SentenceState* sentence, std::vector<std::vector<std::string>>* people,
                          const std::unordered_set<std::string>& lone_words);

// The keys of capitalised words that some sentence of the document uses alone, not next to
// another capitalised word nor after an article: "Ferraro" in "making Ferraro the party's
// first". A run of name words ending in one is a person's name (news gives the full name
// once, then the surname). `sentences` need only their words and heading flags.
std::unordered_set<std::string> LoneCapitalisedWords(const std::vector<SentenceState>& sentences);

// Adds a person mention for every uncovered run of words equal to the full name of one of
// `people` (as FindCapitalisedNames records them): the mentions before the cue, headings
// included ("Zara Kay tells Wikinews" before "Zara Kay, who ..."). Not in lines of capitals.
void FindKnownCapitalisedNames(const std::vector<std::vector<std::string>>& people,
                               SentenceState* sentence);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_CAPITALISED_NAMES_H_
