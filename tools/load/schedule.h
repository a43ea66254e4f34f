// The arithmetic of a load's calls, apart from making them:
//
// WeightedRotation decides which kind of call the n-th call of a run is,
// in proportion to the kinds' weights and interleaved (smooth weighted
// round robin): of any total_weight() consecutive calls, kind i gets
// exactly weights[i], spread out rather than in runs. It also says how
// many calls of that kind came before, so that each kind cycles through
// its own requests.
//
// OpenLoopSchedule is the timetable of an open-loop run: call i is due
// i / rate seconds after the start, whatever became of the calls before.
//
// Both are immutable values, safe to share between threads.
//
// Example:
//   NG_ASSIGN_OR_RETURN(WeightedRotation rotation, WeightedRotation::Create({1, 9}));
//   WeightedRotation::Pick pick = rotation.At(n);  // pick.kind 0 once in ten calls
//   NG_ASSIGN_OR_RETURN(OpenLoopSchedule schedule, OpenLoopSchedule::Create(200));
//   schedule.DueAt(3);                              // 15 ms
//   schedule.CallsBefore(absl::Seconds(1));          // 200
#ifndef NEWSGRAPH_TOOLS_LOAD_SCHEDULE_H_
#define NEWSGRAPH_TOOLS_LOAD_SCHEDULE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace newsgraph::load {

class WeightedRotation {
 public:
  // The largest sum of weights: one rotation is held as a table of that
  // many entries.
  static constexpr int64_t kMaxTotalWeight = 1'000'000;

  // INVALID_ARGUMENT when there are no weights, one is below 1, or they
  // add up to more than kMaxTotalWeight.
  static absl::StatusOr<WeightedRotation> Create(const std::vector<int>& weights);

  struct Pick {
    size_t kind = 0;   // index into the weights
    int64_t nth = 0;   // calls of this kind among calls 0 .. n-1
  };
  // The kind of call n (n >= 0).
  Pick At(int64_t n) const;

  int64_t total_weight() const { return static_cast<int64_t>(slots_.size()); }

 private:
  WeightedRotation() = default;

  std::vector<int> weights_;
  std::vector<size_t> slots_;      // the kind of each call of one rotation
  std::vector<int64_t> slot_nth_;  // its calls of that kind earlier in the rotation
};

class OpenLoopSchedule {
 public:
  // The most calls per second a schedule may ask for.
  static constexpr double kMaxRate = 1e6;

  // INVALID_ARGUMENT unless 0 < per_second <= kMaxRate.
  static absl::StatusOr<OpenLoopSchedule> Create(double per_second);

  // When call i (i >= 0) is due, counted from the start.
  absl::Duration DueAt(int64_t i) const;

  // How many calls are due before `elapsed` (their DueAt < elapsed); 0 for
  // an elapsed time of zero or less.
  int64_t CallsBefore(absl::Duration elapsed) const;

  double per_second() const { return per_second_; }

 private:
  explicit OpenLoopSchedule(double per_second) : per_second_(per_second) {}

  double per_second_;
};

}  // namespace newsgraph::load

#endif  // NEWSGRAPH_TOOLS_LOAD_SCHEDULE_H_
