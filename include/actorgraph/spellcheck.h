// Suggestions for a mistyped name ("did you mean ...?"), for commands and actors alike.
#ifndef ACTORGRAPH_SPELLCHECK_H_
#define ACTORGRAPH_SPELLCHECK_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// Levenshtein distance between the two byte strings, compared case-insensitively (ASCII).
size_t EditDistance(std::string_view a, std::string_view b);

// Up to `max` candidates closest to `query`, best first (ties in candidate order), keeping
// only those within a distance of max(2, length/3). Candidates that start with `query`
// (case-insensitively) count as distance 1. Duplicates are reported once.
std::vector<std::string> ClosestMatches(std::string_view query,
                                        const std::vector<std::string>& candidates,
                                        size_t max = 3);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SPELLCHECK_H_
