#include "tools/load/schedule.h"

#include <cmath>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace newsgraph::load {

absl::StatusOr<WeightedRotation> WeightedRotation::Create(const std::vector<int>& weights) {
  if (weights.empty()) return absl::InvalidArgumentError("a mix needs at least one kind of call");
  int64_t total = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] < 1) {
      return absl::InvalidArgumentError(absl::StrCat("weight ", weights[i], " of call kind ", i,
                                                     " is not a positive whole number"));
    }
    total += weights[i];
    if (total > kMaxTotalWeight) {
      return absl::InvalidArgumentError(absl::StrCat(
          "the weights add up to more than ", kMaxTotalWeight, "; use smaller ones"));
    }
  }
  // Smooth weighted round robin: each step every kind gains its weight,
  // the kind furthest ahead (the first of equals) is picked and pays the
  // total back. Over `total` steps each kind is picked `weight` times.
  WeightedRotation rotation;
  rotation.weights_ = weights;
  rotation.slots_.reserve(static_cast<size_t>(total));
  rotation.slot_nth_.reserve(static_cast<size_t>(total));
  std::vector<int64_t> credit(weights.size(), 0);
  std::vector<int64_t> picked(weights.size(), 0);
  for (int64_t step = 0; step < total; ++step) {
    size_t best = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
      credit[i] += weights[i];
      if (credit[i] > credit[best]) best = i;
    }
    credit[best] -= total;
    rotation.slots_.push_back(best);
    rotation.slot_nth_.push_back(picked[best]++);
  }
  return rotation;
}

WeightedRotation::Pick WeightedRotation::At(int64_t n) const {
  const int64_t total = total_weight();
  const size_t slot = static_cast<size_t>(n % total);
  Pick pick;
  pick.kind = slots_[slot];
  pick.nth = n / total * weights_[pick.kind] + slot_nth_[slot];
  return pick;
}

absl::StatusOr<OpenLoopSchedule> OpenLoopSchedule::Create(double per_second) {
  if (!(per_second > 0 && per_second <= kMaxRate)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "rate ", per_second, " is out of range; give calls per second in (0, ", kMaxRate, "]"));
  }
  return OpenLoopSchedule(per_second);
}

absl::Duration OpenLoopSchedule::DueAt(int64_t i) const {
  return absl::Nanoseconds(std::llround(static_cast<double>(i) * 1e9 / per_second_));
}

int64_t OpenLoopSchedule::CallsBefore(absl::Duration elapsed) const {
  if (elapsed <= absl::ZeroDuration()) return 0;
  // An estimate, then settled against DueAt so that the two always agree.
  int64_t count = static_cast<int64_t>(std::ceil(absl::ToDoubleSeconds(elapsed) * per_second_));
  while (count > 0 && DueAt(count - 1) >= elapsed) --count;
  while (DueAt(count) < elapsed) ++count;
  return count;
}

}  // namespace newsgraph::load
