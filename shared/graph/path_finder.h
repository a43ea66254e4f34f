// Shortest paths between two entities of the entity graph, whose edges are
// shared events and stated relations. Plain C++: the graph is read through
// a callback, so the store decides how edges are fetched.
//
// Bidirectional breadth-first search: each round expands, one hop, the
// side whose frontier is smaller; when the frontiers meet, every shortest
// path through the meeting nodes is assembled (up to `max_paths`, the
// heaviest first by the weight of their weakest edge, then by ids). Very
// connected entities are expanded at most `max_edges_per_node` edges (the
// heaviest), and the search stops after `max_expansions` node expansions;
// either limit marks the result `truncated` when it may hide a path. Two
// tied ends are answered by one tie lookup when the caller can make it
// (reading a hub's edges costs far more).
//
// Thread-safety: a PathFinder holds no state between calls; Find is const.
#ifndef NEWSGRAPH_SHARED_GRAPH_PATH_FINDER_H_
#define NEWSGRAPH_SHARED_GRAPH_PATH_FINDER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace newsgraph::graph {

struct Edge {
  std::string to;
  int64_t weight = 0;
};

// The edges of a node, heaviest first, at most `limit` of them.
using EdgeSource =
    std::function<absl::StatusOr<std::vector<Edge>>(const std::string& node, int limit)>;

// The weight of the edge between two nodes; 0 when there is none.
using TieSource =
    std::function<absl::StatusOr<int64_t>(const std::string& node, const std::string& other)>;

struct PathLimits {
  int max_hops = 3;
  int max_paths = 5;
  int max_edges_per_node = 2000;
  int max_expansions = 400;
};

struct PathResult {
  // Each path lists its nodes from source to target.
  std::vector<std::vector<std::string>> paths;
  bool truncated = false;
};

// The shortest paths from `source` to `target` of at most limits.max_hops
// edges. A node is its own path of no edges. `tie` (optional) gives the
// weight of the edge between two nodes as `edges` would list it, but
// whether or not it is among either node's heaviest max_edges_per_node:
// when the ends are tied, their one-edge path is the answer, found even
// where the capped search would have missed it, and no edges are read.
// Errors of `edges` and `tie` are returned as they are.
absl::StatusOr<PathResult> FindShortestPaths(const std::string& source,
                                             const std::string& target,
                                             const PathLimits& limits,
                                             const EdgeSource& edges,
                                             const TieSource& tie = nullptr);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_SHARED_GRAPH_PATH_FINDER_H_
