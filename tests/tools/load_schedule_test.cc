// The load generator's arithmetic: which call is which kind, and when an
// open-loop call is due.
#include "tools/load/schedule.h"

#include <map>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::load {
namespace {

using ::testing::HasSubstr;

TEST(WeightedRotationTest, EveryWindowOfTheTotalHoldsEachKindByItsWeight) {
  const std::vector<int> weights = {1, 9, 3};
  absl::StatusOr<WeightedRotation> rotation = WeightedRotation::Create(weights);
  ASSERT_TRUE(rotation.ok()) << rotation.status();
  ASSERT_EQ(rotation->total_weight(), 13);
  for (int64_t first : {0, 5, 13, 1000}) {  // windows that start anywhere
    std::map<size_t, int> seen;
    for (int64_t n = first; n < first + 13; ++n) ++seen[rotation->At(n).kind];
    EXPECT_EQ(seen[0], 1) << first;
    EXPECT_EQ(seen[1], 9) << first;
    EXPECT_EQ(seen[2], 3) << first;
  }
}

TEST(WeightedRotationTest, CountsEachKindsCallsSoFar) {
  absl::StatusOr<WeightedRotation> rotation = WeightedRotation::Create({2, 3});
  ASSERT_TRUE(rotation.ok()) << rotation.status();
  std::map<size_t, int64_t> calls;
  for (int64_t n = 0; n < 500; ++n) {
    const WeightedRotation::Pick pick = rotation->At(n);
    EXPECT_EQ(pick.nth, calls[pick.kind]) << "call " << n;
    ++calls[pick.kind];
  }
  EXPECT_EQ(calls[0], 200);
  EXPECT_EQ(calls[1], 300);
}

TEST(WeightedRotationTest, InterleavesRatherThanRunsInBlocks) {
  // One heavy kind and one light: the light one's calls are spread out,
  // never two in a row.
  absl::StatusOr<WeightedRotation> rotation = WeightedRotation::Create({9, 1});
  ASSERT_TRUE(rotation.ok());
  size_t previous = rotation->At(0).kind;
  for (int64_t n = 1; n < 100; ++n) {
    const size_t kind = rotation->At(n).kind;
    EXPECT_FALSE(kind == 1 && previous == 1) << n;
    previous = kind;
  }
  // Equal weights alternate.
  rotation = WeightedRotation::Create({1, 1});
  ASSERT_TRUE(rotation.ok());
  EXPECT_EQ(rotation->At(0).kind, 0u);
  EXPECT_EQ(rotation->At(1).kind, 1u);
  EXPECT_EQ(rotation->At(2).kind, 0u);
}

TEST(WeightedRotationTest, OneKindTakesEveryCall) {
  absl::StatusOr<WeightedRotation> rotation = WeightedRotation::Create({5});
  ASSERT_TRUE(rotation.ok());
  EXPECT_EQ(rotation->At(7).kind, 0u);
  EXPECT_EQ(rotation->At(7).nth, 7);
}

TEST(WeightedRotationTest, RefusesWeightsItCannotUse) {
  EXPECT_EQ(WeightedRotation::Create({}).status().code(), absl::StatusCode::kInvalidArgument);
  absl::Status zero = WeightedRotation::Create({3, 0}).status();
  EXPECT_EQ(zero.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(zero.message(), HasSubstr("weight 0"));
  EXPECT_EQ(WeightedRotation::Create({-1}).status().code(), absl::StatusCode::kInvalidArgument);
  absl::Status big = WeightedRotation::Create({1'000'000, 1}).status();
  EXPECT_EQ(big.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(big.message(), HasSubstr("add up"));
}

TEST(OpenLoopScheduleTest, CallsAreDueAtFixedIntervals) {
  absl::StatusOr<OpenLoopSchedule> schedule = OpenLoopSchedule::Create(200);
  ASSERT_TRUE(schedule.ok()) << schedule.status();
  EXPECT_EQ(schedule->DueAt(0), absl::ZeroDuration());
  EXPECT_EQ(schedule->DueAt(1), absl::Milliseconds(5));
  EXPECT_EQ(schedule->DueAt(3), absl::Milliseconds(15));
  EXPECT_EQ(schedule->DueAt(200 * 600), absl::Minutes(10));

  // A rate that does not divide a second: within a nanosecond of i / rate.
  schedule = OpenLoopSchedule::Create(3);
  ASSERT_TRUE(schedule.ok());
  EXPECT_EQ(schedule->DueAt(1), absl::Nanoseconds(333'333'333));
  EXPECT_EQ(schedule->DueAt(2), absl::Nanoseconds(666'666'667));
  EXPECT_EQ(schedule->DueAt(3), absl::Seconds(1));
}

TEST(OpenLoopScheduleTest, CountsTheCallsDueBeforeATime) {
  absl::StatusOr<OpenLoopSchedule> schedule = OpenLoopSchedule::Create(200);
  ASSERT_TRUE(schedule.ok());
  EXPECT_EQ(schedule->CallsBefore(absl::ZeroDuration()), 0);
  EXPECT_EQ(schedule->CallsBefore(-absl::Seconds(1)), 0);
  EXPECT_EQ(schedule->CallsBefore(absl::Nanoseconds(1)), 1);       // call 0, due at 0
  EXPECT_EQ(schedule->CallsBefore(absl::Milliseconds(5)), 1);      // call 1 is due at 5 ms
  EXPECT_EQ(schedule->CallsBefore(absl::Milliseconds(5) + absl::Nanoseconds(1)), 2);
  EXPECT_EQ(schedule->CallsBefore(absl::Seconds(1)), 200);
  EXPECT_EQ(schedule->CallsBefore(absl::Minutes(10)), 120'000);
  // Agrees with DueAt everywhere, also for rates that do not divide.
  for (double rate : {3.0, 7.5, 999.0, 12345.6}) {
    schedule = OpenLoopSchedule::Create(rate);
    ASSERT_TRUE(schedule.ok());
    for (int64_t ms : {1, 333, 1000, 4321, 60000}) {
      const absl::Duration t = absl::Milliseconds(ms);
      const int64_t count = schedule->CallsBefore(t);
      EXPECT_LT(schedule->DueAt(count - 1), t) << rate << " " << ms;
      EXPECT_GE(schedule->DueAt(count), t) << rate << " " << ms;
    }
  }
}

TEST(OpenLoopScheduleTest, RefusesRatesOutOfRange) {
  for (double rate : {0.0, -5.0, 2e6}) {
    absl::Status status = OpenLoopSchedule::Create(rate).status();
    EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << rate;
    EXPECT_THAT(status.message(), HasSubstr("calls per second")) << rate;
  }
}

}  // namespace
}  // namespace newsgraph::load
