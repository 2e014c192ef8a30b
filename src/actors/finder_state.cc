#include "actors/finder_state.h"

#include <algorithm>

namespace actorgraph::actors_internal {

std::vector<int> SentenceState::Coverage() const {
  std::vector<int> coverage(words.size(), -1);
  for (size_t f = 0; f < found.size(); ++f) {
    for (size_t w = found[f].begin; w < found[f].end && w < words.size(); ++w) {
      coverage[w] = static_cast<int>(f);
    }
  }
  return coverage;
}

void SentenceState::Add(Found mention) {
  auto at = std::upper_bound(found.begin(), found.end(), mention.begin,
                             [](size_t begin, const Found& f) { return begin < f.begin; });
  found.insert(at, std::move(mention));
}

const Found* SentenceState::EndingAt(size_t end) const {
  for (const Found& f : found) {
    if (f.end == end) return &f;
  }
  return nullptr;
}

}  // namespace actorgraph::actors_internal
