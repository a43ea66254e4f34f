#include "shared/graph/path_finder.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "shared/base/status_macros.h"

namespace newsgraph::graph {
namespace {

// One side of the search: the distance of each reached node from this
// side's root, and for each node the nodes one hop closer to the root
// with the edge weight.
struct Side {
  absl::flat_hash_map<std::string, int> depth;
  absl::flat_hash_map<std::string, std::vector<std::pair<std::string, int64_t>>> parents;
  std::vector<std::string> frontier;
  int radius = 0;  // depth of the frontier
};

Side Root(const std::string& node) {
  Side side;
  side.depth[node] = 0;
  side.frontier = {node};
  return side;
}

// All chains from `node` back to the side's root (node first), each with
// the weight of its weakest edge.
void ChainsToRoot(const Side& side, const std::string& node, size_t cap,
                  std::vector<std::pair<std::vector<std::string>, int64_t>>* out) {
  std::vector<std::pair<std::vector<std::string>, int64_t>> open = {
      {{node}, std::numeric_limits<int64_t>::max()}};
  while (!open.empty() && out->size() < cap) {
    auto [chain, weakest] = std::move(open.back());
    open.pop_back();
    auto it = side.parents.find(chain.back());
    if (it == side.parents.end() || it->second.empty()) {
      out->emplace_back(std::move(chain), weakest);
      continue;
    }
    for (const auto& [parent, weight] : it->second) {
      std::vector<std::string> longer = chain;
      longer.push_back(parent);
      open.emplace_back(std::move(longer), std::min(weakest, weight));
    }
  }
}

// Expands the frontier of `side` by one hop. Returns false when the work
// budget ran out.
absl::StatusOr<bool> Expand(Side& side, const PathLimits& limits, const EdgeSource& edges,
                            int* expansions, bool* truncated) {
  std::vector<std::string> next;
  for (const std::string& node : side.frontier) {
    if (++*expansions > limits.max_expansions) {
      *truncated = true;
      return false;
    }
    NG_ASSIGN_OR_RETURN(std::vector<Edge> out, edges(node, limits.max_edges_per_node));
    if (static_cast<int>(out.size()) >= limits.max_edges_per_node) *truncated = true;
    for (Edge& edge : out) {
      auto [it, inserted] = side.depth.try_emplace(edge.to, side.radius + 1);
      if (it->second != side.radius + 1) continue;  // reached earlier
      side.parents[edge.to].emplace_back(node, edge.weight);
      if (inserted) next.push_back(std::move(edge.to));
    }
  }
  side.frontier = std::move(next);
  ++side.radius;
  return true;
}

std::vector<std::string> Meeting(const Side& a, const Side& b) {
  std::vector<std::string> met;
  const Side& small = a.depth.size() <= b.depth.size() ? a : b;
  const Side& large = &small == &a ? b : a;
  for (const auto& [node, d] : small.depth) {
    if (large.depth.contains(node)) met.push_back(node);
  }
  return met;
}

PathResult Assemble(const Side& forward, const Side& backward, const std::vector<std::string>& met,
                    int max_paths) {
  int best = std::numeric_limits<int>::max();
  for (const std::string& node : met) {
    best = std::min(best, forward.depth.at(node) + backward.depth.at(node));
  }
  std::vector<std::pair<std::vector<std::string>, int64_t>> paths;
  absl::flat_hash_set<std::vector<std::string>> seen;
  const size_t cap = 256;
  for (const std::string& node : met) {
    if (forward.depth.at(node) + backward.depth.at(node) != best) continue;
    std::vector<std::pair<std::vector<std::string>, int64_t>> heads, tails;
    ChainsToRoot(forward, node, cap, &heads);
    ChainsToRoot(backward, node, cap, &tails);
    for (const auto& [head, head_weight] : heads) {
      for (const auto& [tail, tail_weight] : tails) {
        std::vector<std::string> path(head.rbegin(), head.rend());
        path.insert(path.end(), tail.begin() + 1, tail.end());
        if (seen.insert(path).second) {
          paths.emplace_back(std::move(path), std::min(head_weight, tail_weight));
        }
      }
      if (paths.size() >= cap) break;
    }
  }
  std::sort(paths.begin(), paths.end(), [](const auto& x, const auto& y) {
    if (x.second != y.second) return x.second > y.second;
    return x.first < y.first;
  });
  PathResult result;
  for (auto& [path, weight] : paths) {
    if (static_cast<int>(result.paths.size()) >= max_paths) break;
    result.paths.push_back(std::move(path));
  }
  return result;
}

}  // namespace

absl::StatusOr<PathResult> FindShortestPaths(const std::string& source,
                                             const std::string& target,
                                             const PathLimits& limits,
                                             const EdgeSource& edges,
                                             const TieSource& tie) {
  if (source == target) return PathResult{{{source}}, false};
  if (tie != nullptr && limits.max_hops >= 1) {
    // The only shortest path of tied ends is their edge.
    NG_ASSIGN_OR_RETURN(const int64_t weight, tie(source, target));
    if (weight > 0) return PathResult{{{source, target}}, false};
  }
  Side forward = Root(source);
  Side backward = Root(target);
  int expansions = 0;
  bool truncated = false;
  while (forward.radius + backward.radius < limits.max_hops) {
    Side& side = forward.frontier.size() <= backward.frontier.size() ? forward : backward;
    if (side.frontier.empty()) break;
    NG_ASSIGN_OR_RETURN(const bool within_budget,
                        Expand(side, limits, edges, &expansions, &truncated));
    if (!within_budget) break;
    std::vector<std::string> met = Meeting(forward, backward);
    if (!met.empty()) {
      PathResult result = Assemble(forward, backward, met, limits.max_paths);
      result.truncated = false;  // a shortest path was found
      return result;
    }
  }
  PathResult none;
  none.truncated = truncated;
  return none;
}

}  // namespace newsgraph::graph
