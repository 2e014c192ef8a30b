#include "actorgraph/query/path_finder.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <set>

namespace actorgraph {
namespace {

constexpr size_t kUnreached = std::numeric_limits<size_t>::max();

// Finds the first path in (hops, actor ids) order between two actors, avoiding blocked
// actors and some steps out of the start. Reuses its buffers between searches.
class SpurSearch {
 public:
  explicit SpurSearch(const ActorWalk& walk)
      : walk_(walk),
        distance_(walk.num_actors(), kUnreached),
        blocked_(walk.num_actors(), false) {}

  void SetBlocked(Vertex v, bool blocked) { blocked_[v] = blocked; }

  // The path from `from` to `to` of at most `limit` hops, not stepping from `from` to any
  // actor in `banned_next`; empty if there is none.
  std::vector<Vertex> Find(Vertex from, Vertex to, size_t limit,
                           const std::vector<Vertex>& banned_next) {
    auto banned = [&](Vertex v) {
      return std::find(banned_next.begin(), banned_next.end(), v) != banned_next.end();
    };
    std::vector<Vertex> path;
    if (from == to) {
      path.push_back(from);
      return path;
    }
    // Distances to `to`, breadth-first against the steps, until `from` is reached: every
    // actor closer to `to` than `from` is then settled, which is all the walk below needs.
    std::deque<Vertex> queue = {to};
    touched_.push_back(to);
    distance_[to] = 0;
    while (!queue.empty() && distance_[from] == kUnreached) {
      Vertex x = queue.front();
      queue.pop_front();
      if (distance_[x] >= limit) continue;
      for (Vertex p : walk_.StepsInto(x)) {
        if (blocked_[p] || distance_[p] != kUnreached) continue;
        if (p == from && banned(x)) continue;
        distance_[p] = distance_[x] + 1;
        touched_.push_back(p);
        if (p == from) break;
        queue.push_back(p);
      }
    }
    if (distance_[from] != kUnreached) {
      // Steps are sorted by actor id, so taking the first one that gets closer gives the
      // path with the smallest ids among the shortest.
      Vertex current = from;
      path.push_back(current);
      while (current != to) {
        for (const Step& step : walk_.StepsFrom(current)) {
          if (distance_[step.to] + 1 != distance_[current] || blocked_[step.to]) continue;
          if (current == from && banned(step.to)) continue;
          current = step.to;
          break;
        }
        path.push_back(current);
      }
    }
    for (Vertex v : touched_) distance_[v] = kUnreached;
    touched_.clear();
    return path;
  }

 private:
  const ActorWalk& walk_;
  std::vector<size_t> distance_;
  std::vector<bool> blocked_;
  std::vector<Vertex> touched_;
};

}  // namespace

std::vector<ActorPath> FindShortestPaths(const ActorWalk& walk, Vertex from, Vertex to,
                                         const PathOptions& options) {
  std::vector<ActorPath> found;
  if (options.k == 0) return found;
  const size_t limit = options.max_hops == 0 ? kUnreached - 1 : options.max_hops;
  SpurSearch search(walk);
  std::vector<Vertex> first = search.Find(from, to, limit, {});
  if (first.empty()) return found;
  found.push_back({std::move(first)});

  auto before = [&](const std::vector<Vertex>& a, const std::vector<Vertex>& b) {
    if (a.size() != b.size()) return a.size() < b.size();
    return std::lexicographical_compare(
        a.begin(), a.end(), b.begin(), b.end(),
        [&](Vertex x, Vertex y) { return walk.Rank(x) < walk.Rank(y); });
  };
  std::set<std::vector<Vertex>, decltype(before)> candidates(before);

  // Yen: every path not found yet leaves some found path at one actor (the spur) after
  // sharing its first actors (the root); the best such path for each root and spur is the
  // root plus the best spur path that avoids the root and the next actors already taken.
  while (found.size() < options.k) {
    const std::vector<Vertex> last = found.back().actors;
    for (size_t i = 0; i + 1 < last.size(); ++i) {
      std::vector<Vertex> banned_next;
      for (const ActorPath& path : found) {
        if (path.actors.size() > i + 1 &&
            std::equal(last.begin(), last.begin() + i + 1, path.actors.begin())) {
          banned_next.push_back(path.actors[i + 1]);
        }
      }
      for (size_t j = 0; j < i; ++j) search.SetBlocked(last[j], true);
      std::vector<Vertex> spur = search.Find(last[i], to, limit - i, banned_next);
      for (size_t j = 0; j < i; ++j) search.SetBlocked(last[j], false);
      if (spur.empty()) continue;
      std::vector<Vertex> candidate(last.begin(), last.begin() + i);
      candidate.insert(candidate.end(), spur.begin(), spur.end());
      candidates.insert(std::move(candidate));
    }
    if (candidates.empty()) break;
    found.push_back({candidates.extract(candidates.begin()).value()});
  }
  return found;
}

}  // namespace actorgraph
