// AdmissionLimiter: the bound holds under concurrency, refusals are
// immediate RESOURCE_EXHAUSTED, and tickets give their place back.
#include "shared/server/admission.h"

#include <atomic>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/synchronization/barrier.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::server {
namespace {

using ::testing::HasSubstr;

TEST(AdmissionLimiterTest, AdmitsUpToTheLimitThenRefusesAtOnce) {
  AdmissionLimiter limiter("query", 2);
  absl::StatusOr<AdmissionLimiter::Ticket> first = limiter.TryAdmit();
  absl::StatusOr<AdmissionLimiter::Ticket> second = limiter.TryAdmit();
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(limiter.in_flight(), 2);

  const absl::Time start = absl::Now();
  absl::StatusOr<AdmissionLimiter::Ticket> third = limiter.TryAdmit();
  EXPECT_LT(absl::Now() - start, absl::Milliseconds(50));
  ASSERT_EQ(third.status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_THAT(std::string(third.status().message()), HasSubstr("query server is at capacity"));
  EXPECT_THAT(std::string(third.status().message()), HasSubstr("--max_concurrent_calls"));
  EXPECT_THAT(std::string(third.status().message()), HasSubstr("backoff"));
  EXPECT_EQ(limiter.refused(), 1);
  EXPECT_EQ(limiter.in_flight(), 2);  // a refusal holds no place
}

TEST(AdmissionLimiterTest, AnEndedTicketFreesItsPlace) {
  AdmissionLimiter limiter("ingest", 1);
  {
    absl::StatusOr<AdmissionLimiter::Ticket> ticket = limiter.TryAdmit();
    ASSERT_TRUE(ticket.ok());
    EXPECT_FALSE(limiter.TryAdmit().ok());
  }
  EXPECT_EQ(limiter.in_flight(), 0);
  EXPECT_TRUE(limiter.TryAdmit().ok());
}

TEST(AdmissionLimiterTest, AMovedTicketIsGivenBackOnce) {
  AdmissionLimiter limiter("query", 1);
  {
    absl::StatusOr<AdmissionLimiter::Ticket> ticket = limiter.TryAdmit();
    ASSERT_TRUE(ticket.ok());
    AdmissionLimiter::Ticket moved = *std::move(ticket);
    std::optional<AdmissionLimiter::Ticket> again(std::move(moved));
    EXPECT_EQ(limiter.in_flight(), 1);
  }
  EXPECT_EQ(limiter.in_flight(), 0);
}

TEST(AdmissionLimiterTest, ALimitBelowOneAdmitsOne) {
  AdmissionLimiter limiter("query", 0);
  EXPECT_EQ(limiter.max_in_flight(), 1);
  absl::StatusOr<AdmissionLimiter::Ticket> ticket = limiter.TryAdmit();
  EXPECT_TRUE(ticket.ok());
  EXPECT_FALSE(limiter.TryAdmit().ok());
}

// Many threads take and give back tickets at once: never more than the
// limit are held together, and every call is either admitted or refused.
TEST(AdmissionLimiterTest, TheBoundHoldsUnderConcurrency) {
  constexpr int kLimit = 3;
  constexpr int kThreads = 8;
  constexpr int kRounds = 20000;
  AdmissionLimiter limiter("query", kLimit);
  std::atomic<int> holding{0};
  std::atomic<int> most_held{0};
  std::atomic<int64_t> admitted{0};
  absl::Barrier start(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      start.Block();
      for (int i = 0; i < kRounds; ++i) {
        absl::StatusOr<AdmissionLimiter::Ticket> ticket = limiter.TryAdmit();
        if (!ticket.ok()) continue;
        admitted.fetch_add(1);
        const int now = holding.fetch_add(1) + 1;
        int seen = most_held.load();
        while (now > seen && !most_held.compare_exchange_weak(seen, now)) {
        }
        if (i % 7 == 0) std::this_thread::yield();  // hold it a little
        holding.fetch_sub(1);
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_LE(most_held.load(), kLimit);
  EXPECT_GT(admitted.load(), 0);
  EXPECT_EQ(admitted.load() + limiter.refused(), int64_t{kThreads} * kRounds);
  EXPECT_EQ(limiter.in_flight(), 0);
}

TEST(AdmissionLimiterTest, TheDefaultScalesWithTheCores) {
  EXPECT_GE(DefaultMaxConcurrentCalls(), 64);
  EXPECT_EQ(DefaultMaxConcurrentCalls() % 64, 0);
}

}  // namespace
}  // namespace newsgraph::server
