// Unlisted people found by their title: "President Hassan Rouhani", "Iranian General Qasem
// Soleimani" (affiliated with Iran), "Iran's foreign minister, Mohammad Javad Zarif",
// "Mr. Trump" (an alias when the document named Donald Trump before).
#ifndef ACTORGRAPH_SRC_ACTORS_TITLED_PEOPLE_H_
#define ACTORGRAPH_SRC_ACTORS_TITLED_PEOPLE_H_

#include "actors/alias_table.h"
#include "actors/finder_state.h"
#include "actors/name_matcher.h"

namespace actorgraph::actors_internal {

// Adds a person mention (how = kPattern, span = the name without the title) for every title
// followed by a capitalised name no other mention covers. The mention just before the title
// ("Iranian", "US", "Iran's") gives the affiliation and, unless possessive, becomes a
// modifier. A one-word name the document introduced before resolves to that person.
// A one-word name that is the surname of exactly one dictionary person is that person
// ("Turkish president Erdoğan").
void FindTitledPeople(const NameMatcher& matcher, const AliasTable& aliases,
                      SentenceState* sentence);

// The canonical name of words [begin, end): words joined by one space, hyphenated parts
// kept together ("Abu Bakr al-Baghdadi"), trailing dots dropped unless `keep_trailing_dot`;
// a generational suffix always ends in its full stop ("Robert Roe Sr.").
std::string NameOfWords(const std::vector<Word>& words, size_t begin, size_t end,
                        bool keep_trailing_dot = false);
// A pattern-found actor of `type` over words [begin, end), named NameOfWords of them.
Found PatternFound(const std::vector<Word>& words, size_t begin, size_t end, ActorType type);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_TITLED_PEOPLE_H_
