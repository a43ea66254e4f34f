// DeadlineScope: the thread's deadline, nesting, moves and threads.
#include "shared/deadline/deadline_scope.h"

#include <optional>
#include <string>
#include <thread>
#include <utility>

#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph {
namespace {

TEST(DeadlineScopeTest, WithoutAScopeTheDeadlineIsInfinite) {
  EXPECT_EQ(CurrentDeadline(), absl::InfiniteFuture());
  EXPECT_FALSE(DeadlinePassed());
}

TEST(DeadlineScopeTest, AScopeSetsTheDeadlineUntilItEnds) {
  const absl::Time soon = absl::Now() + absl::Hours(1);
  {
    DeadlineScope scope(soon);
    EXPECT_EQ(CurrentDeadline(), soon);
    EXPECT_FALSE(DeadlinePassed());
  }
  EXPECT_EQ(CurrentDeadline(), absl::InfiniteFuture());
}

TEST(DeadlineScopeTest, APassedDeadlineIsPassed) {
  DeadlineScope scope(absl::Now() - absl::Milliseconds(1));
  EXPECT_TRUE(DeadlinePassed());
}

TEST(DeadlineScopeTest, ScopesNest) {
  const absl::Time outer = absl::Now() + absl::Hours(2);
  const absl::Time inner = absl::Now() + absl::Hours(1);
  DeadlineScope a(outer);
  {
    DeadlineScope b(inner);
    EXPECT_EQ(CurrentDeadline(), inner);
  }
  EXPECT_EQ(CurrentDeadline(), outer);
}

TEST(DeadlineScopeTest, AMovedScopeEndsOnceWhereItWasMovedTo) {
  const absl::Time soon = absl::Now() + absl::Hours(1);
  {
    std::optional<DeadlineScope> holder;
    {
      DeadlineScope scope(soon);
      holder.emplace(std::move(scope));
    }
    EXPECT_EQ(CurrentDeadline(), soon);  // the moved-from one restored nothing
  }
  EXPECT_EQ(CurrentDeadline(), absl::InfiniteFuture());
}

TEST(DeadlineScopeTest, OtherThreadsDoNotInheritIt) {
  DeadlineScope scope(absl::Now() - absl::Milliseconds(1));
  bool passed_there = true;
  std::thread([&] { passed_there = DeadlinePassed(); }).join();
  EXPECT_FALSE(passed_there);
}

TEST(DeadlineScopeTest, TheErrorSaysWhatToDo) {
  const absl::Status status = DeadlineExceeded("while listing");
  EXPECT_EQ(status.code(), absl::StatusCode::kDeadlineExceeded);
  EXPECT_THAT(std::string(status.message()), ::testing::HasSubstr("deadline passed while listing"));
  EXPECT_THAT(std::string(status.message()), ::testing::HasSubstr("longer deadline"));
}

}  // namespace
}  // namespace newsgraph
