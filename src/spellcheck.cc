#include "actorgraph/spellcheck.h"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace actorgraph {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool StartsWithIgnoringCase(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (Lower(text[i]) != Lower(prefix[i])) return false;
  }
  return true;
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), size_t{0});
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      size_t substitution = diagonal + (Lower(a[i - 1]) == Lower(b[j - 1]) ? 0 : 1);
      row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string> ClosestMatches(std::string_view query,
                                        const std::vector<std::string>& candidates,
                                        size_t max) {
  const size_t limit = std::max<size_t>(2, query.size() / 3);
  std::vector<std::pair<size_t, size_t>> scored;  // (distance, candidate index)
  for (size_t i = 0; i < candidates.size(); ++i) {
    size_t distance = StartsWithIgnoringCase(candidates[i], query) && !query.empty()
                          ? 1
                          : EditDistance(query, candidates[i]);
    if (distance <= limit) scored.emplace_back(distance, i);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> result;
  for (const auto& [distance, index] : scored) {
    if (result.size() >= max) break;
    if (std::find(result.begin(), result.end(), candidates[index]) == result.end()) {
      result.push_back(candidates[index]);
    }
  }
  return result;
}

}  // namespace actorgraph
