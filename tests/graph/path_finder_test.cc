// Shortest paths over a hand-built undirected graph (shared/graph/path_finder.h).
#include "shared/graph/path_finder.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::graph {
namespace {

using ::newsgraph::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;
using Path = std::vector<std::string>;

// An undirected weighted graph that answers like the store: heaviest
// edges first (ties by id), at most `limit`; counts the calls.
class Graph {
 public:
  Graph& Add(const std::string& a, const std::string& b, int64_t weight = 1) {
    adjacency_[a][b] = weight;
    adjacency_[b][a] = weight;
    return *this;
  }
  EdgeSource Source() {
    return [this](const std::string& node, int limit) -> absl::StatusOr<std::vector<Edge>> {
      ++calls_;
      asked_.push_back(node);
      std::vector<Edge> edges;
      for (const auto& [to, weight] : adjacency_[node]) edges.push_back({to, weight});
      std::stable_sort(edges.begin(), edges.end(),
                       [](const Edge& x, const Edge& y) { return x.weight > y.weight; });
      if (static_cast<int>(edges.size()) > limit) edges.resize(limit);
      return edges;
    };
  }
  TieSource Ties() {
    return [this](const std::string& node, const std::string& other) -> absl::StatusOr<int64_t> {
      ++tie_calls_;
      auto it = adjacency_[node].find(other);
      return it == adjacency_[node].end() ? 0 : it->second;
    };
  }
  int calls() const { return calls_; }
  int tie_calls() const { return tie_calls_; }
  const std::vector<std::string>& asked() const { return asked_; }

 private:
  std::map<std::string, std::map<std::string, int64_t>> adjacency_;
  int calls_ = 0;
  int tie_calls_ = 0;
  std::vector<std::string> asked_;
};

PathResult Find(Graph& graph, const std::string& from, const std::string& to,
                PathLimits limits = {}) {
  absl::StatusOr<PathResult> result = FindShortestPaths(from, to, limits, graph.Source());
  EXPECT_TRUE(result.ok()) << result.status();
  return result.ok() ? *result : PathResult();
}

TEST(PathFinderTest, DirectEdge) {
  Graph graph;
  graph.Add("s", "t").Add("s", "x").Add("x", "t");
  const PathResult result = Find(graph, "s", "t");
  EXPECT_THAT(result.paths, ElementsAre(Path{"s", "t"}));
  EXPECT_FALSE(result.truncated);
}

TEST(PathFinderTest, TiedEndsAreOneLookupWithoutEdges) {
  Graph graph;
  graph.Add("s", "t", 5).Add("s", "x").Add("x", "t");
  ASSERT_OK_AND_ASSIGN(PathResult result,
                       FindShortestPaths("s", "t", PathLimits(), graph.Source(), graph.Ties()));
  EXPECT_THAT(result.paths, ElementsAre(Path{"s", "t"}));
  EXPECT_FALSE(result.truncated);
  EXPECT_EQ(graph.tie_calls(), 1);
  EXPECT_EQ(graph.calls(), 0);
}

TEST(PathFinderTest, UntiedEndsSearchAsWithoutTheLookup) {
  Graph graph;
  graph.Add("s", "m1").Add("m1", "t").Add("s", "m2", 3).Add("m2", "t", 2);
  ASSERT_OK_AND_ASSIGN(PathResult result,
                       FindShortestPaths("s", "t", PathLimits(), graph.Source(), graph.Ties()));
  EXPECT_THAT(result.paths, ElementsAre(Path{"s", "m2", "t"}, Path{"s", "m1", "t"}));
  EXPECT_EQ(graph.tie_calls(), 1);
  EXPECT_GT(graph.calls(), 0);
}

TEST(PathFinderTest, ATieBeyondTheEdgeCapIsStillTheAnswer) {
  // Hubs whose direct edge is the weakest of each: the capped search alone
  // would not see it.
  Graph graph;
  for (int i = 0; i < 10; ++i) {
    graph.Add("s", "n" + std::to_string(i), 10);
    graph.Add("t", "k" + std::to_string(i), 10);
  }
  graph.Add("s", "t", 1);
  PathLimits limits;
  limits.max_edges_per_node = 5;
  EXPECT_THAT(Find(graph, "s", "t", limits).paths, IsEmpty());
  ASSERT_OK_AND_ASSIGN(PathResult result,
                       FindShortestPaths("s", "t", limits, graph.Source(), graph.Ties()));
  EXPECT_THAT(result.paths, ElementsAre(Path{"s", "t"}));
  EXPECT_FALSE(result.truncated);
}

TEST(PathFinderTest, TieLookupErrorsAreReturned) {
  Graph graph;
  graph.Add("s", "t");
  TieSource failing = [](const std::string&, const std::string&) -> absl::StatusOr<int64_t> {
    return absl::UnavailableError("store is down");
  };
  EXPECT_THAT(FindShortestPaths("s", "t", PathLimits(), graph.Source(), failing),
              StatusIs(absl::StatusCode::kUnavailable, HasSubstr("store is down")));
}

TEST(PathFinderTest, TwoHopsThroughEitherMiddleGivesBothPaths) {
  Graph graph;
  graph.Add("s", "m1").Add("m1", "t").Add("s", "m2").Add("m2", "t").Add("t", "far");
  const PathResult result = Find(graph, "s", "t");
  EXPECT_THAT(result.paths, ElementsAre(Path{"s", "m1", "t"}, Path{"s", "m2", "t"}));
  EXPECT_FALSE(result.truncated);
}

TEST(PathFinderTest, StrongestWeakestEdgeFirst) {
  Graph graph;
  // Through a: weakest edge 1; through b: weakest edge 3.
  graph.Add("s", "a", 10).Add("a", "t", 1).Add("s", "b", 3).Add("b", "t", 4);
  const PathResult result = Find(graph, "s", "t");
  EXPECT_THAT(result.paths, ElementsAre(Path{"s", "b", "t"}, Path{"s", "a", "t"}));
}

TEST(PathFinderTest, OnlyShortestPathsAreReturned) {
  Graph graph;
  graph.Add("s", "m").Add("m", "t").Add("s", "x").Add("x", "y").Add("y", "t");
  EXPECT_THAT(Find(graph, "s", "t").paths, ElementsAre(Path{"s", "m", "t"}));
}

TEST(PathFinderTest, ThreeHopsFromEitherEnd) {
  Graph graph;
  graph.Add("s", "a").Add("a", "b").Add("b", "t");
  EXPECT_THAT(Find(graph, "s", "t").paths, ElementsAre(Path{"s", "a", "b", "t"}));
  EXPECT_THAT(Find(graph, "t", "s").paths, ElementsAre(Path{"t", "b", "a", "s"}));
}

TEST(PathFinderTest, NoPathWithinMaxHopsIsEmpty) {
  Graph graph;
  graph.Add("s", "a").Add("a", "b").Add("b", "t");
  PathLimits limits;
  limits.max_hops = 2;
  const PathResult result = Find(graph, "s", "t", limits);
  EXPECT_THAT(result.paths, IsEmpty());
  EXPECT_FALSE(result.truncated);
  limits.max_hops = 3;
  EXPECT_THAT(Find(graph, "s", "t", limits).paths, SizeIs(1));
}

TEST(PathFinderTest, DisconnectedIsEmptyAndNotTruncated) {
  Graph graph;
  graph.Add("s", "a").Add("t", "b");
  const PathResult result = Find(graph, "s", "t");
  EXPECT_THAT(result.paths, IsEmpty());
  EXPECT_FALSE(result.truncated);
  const PathResult unknown = Find(graph, "s", "nowhere");
  EXPECT_THAT(unknown.paths, IsEmpty());
  EXPECT_FALSE(unknown.truncated);
}

TEST(PathFinderTest, SourceIsTarget) {
  Graph graph;
  graph.Add("s", "a");
  const PathResult result = Find(graph, "s", "s");
  EXPECT_THAT(result.paths, ElementsAre(Path{"s"}));
  EXPECT_FALSE(result.truncated);
  EXPECT_EQ(graph.calls(), 0);
}

TEST(PathFinderTest, MaxPathsCapsTheAnswer) {
  Graph graph;
  for (const char* m : {"m1", "m2", "m3", "m4"}) graph.Add("s", m).Add(m, "t");
  PathLimits limits;
  limits.max_paths = 2;
  EXPECT_THAT(Find(graph, "s", "t", limits).paths,
              ElementsAre(Path{"s", "m1", "t"}, Path{"s", "m2", "t"}));
  limits.max_paths = 20;
  EXPECT_THAT(Find(graph, "s", "t", limits).paths, SizeIs(4));
}

TEST(PathFinderTest, AllShortestChainsThroughSeveralLevels) {
  // s - {a1, a2} - {b1, b2} - t with every a tied to every b: 4 paths of 3.
  Graph graph;
  for (const char* a : {"a1", "a2"}) {
    graph.Add("s", a);
    for (const char* b : {"b1", "b2"}) graph.Add(a, b);
  }
  graph.Add("b1", "t").Add("b2", "t");
  PathLimits limits;
  limits.max_paths = 10;
  EXPECT_THAT(Find(graph, "s", "t", limits).paths,
              ElementsAre(Path{"s", "a1", "b1", "t"}, Path{"s", "a1", "b2", "t"},
                          Path{"s", "a2", "b1", "t"}, Path{"s", "a2", "b2", "t"}));
}

TEST(PathFinderTest, TruncatedWhenTheExpansionBudgetRunsOut) {
  // A hub with many neighbors, the target three hops away.
  Graph graph;
  for (int i = 0; i < 50; ++i) graph.Add("s", "n" + std::to_string(i));
  for (int i = 0; i < 50; ++i) graph.Add("t", "k" + std::to_string(i));
  graph.Add("n7", "k9");
  PathLimits limits;
  limits.max_expansions = 10;
  const PathResult result = Find(graph, "s", "t", limits);
  EXPECT_THAT(result.paths, IsEmpty());
  EXPECT_TRUE(result.truncated);
  EXPECT_LE(graph.calls(), 10);
  // With budget enough, the path is there.
  limits.max_expansions = 400;
  EXPECT_THAT(Find(graph, "s", "t", limits).paths, ElementsAre(Path{"s", "n7", "k9", "t"}));
}

TEST(PathFinderTest, TruncatedWhenANodeHasMoreEdgesThanItMayExpand) {
  // Both ends are hubs whose only link is through their weakest edges.
  Graph graph;
  for (int i = 0; i < 10; ++i) {
    graph.Add("s", "n" + std::to_string(i), 10);
    graph.Add("t", "k" + std::to_string(i), 10);
  }
  graph.Add("s", "weak1", 1).Add("weak1", "weak2", 1).Add("weak2", "t", 1);
  PathLimits limits;
  limits.max_edges_per_node = 5;
  const PathResult result = Find(graph, "s", "t", limits);
  EXPECT_THAT(result.paths, IsEmpty());
  EXPECT_TRUE(result.truncated);
  limits.max_edges_per_node = 11;
  const PathResult full = Find(graph, "s", "t", limits);
  EXPECT_THAT(full.paths, ElementsAre(Path{"s", "weak1", "weak2", "t"}));
  EXPECT_FALSE(full.truncated);
}

TEST(PathFinderTest, EdgeSourceErrorsArePropagated) {
  int calls = 0;
  EdgeSource failing = [&calls](const std::string& node,
                                int) -> absl::StatusOr<std::vector<Edge>> {
    if (++calls == 2) return absl::UnavailableError("store busy at " + node);
    return std::vector<Edge>{{node + "x", 1}};
  };
  EXPECT_THAT(FindShortestPaths("s", "t", PathLimits(), failing),
              StatusIs(absl::StatusCode::kUnavailable, HasSubstr("store busy")));
}

}  // namespace
}  // namespace newsgraph::graph
