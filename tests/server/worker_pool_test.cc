#include "shared/server/worker_pool.h"

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "absl/synchronization/blocking_counter.h"
#include "absl/synchronization/notification.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::server {
namespace {

TEST(WorkerPoolTest, RunsEveryTaskSubmittedBeforeItIsDestroyed) {
  std::atomic<int> ran{0};
  {
    WorkerPool pool(2);
    for (int i = 0; i < 1000; ++i) pool.Submit([&ran] { ran.fetch_add(1); });
  }
  EXPECT_EQ(ran.load(), 1000);
}

TEST(WorkerPoolTest, RunsTasksOnItsOwnThreadsAllAtOnce) {
  constexpr int kThreads = 3;
  WorkerPool pool(kThreads);
  EXPECT_EQ(pool.threads(), kThreads);
  // Each task waits until all have started: only kThreads threads running
  // at once get there.
  absl::BlockingCounter started(kThreads);
  absl::Notification all_started;
  absl::BlockingCounter finished(kThreads);
  std::mutex mu;
  std::set<std::thread::id> ids;
  for (int i = 0; i < kThreads; ++i) {
    pool.Submit([&] {
      {
        std::lock_guard<std::mutex> lock(mu);
        ids.insert(std::this_thread::get_id());
      }
      started.DecrementCount();
      all_started.WaitForNotificationWithTimeout(absl::Seconds(30));
      finished.DecrementCount();
    });
  }
  started.Wait();
  all_started.Notify();
  finished.Wait();
  EXPECT_EQ(ids.size(), static_cast<size_t>(kThreads));
  EXPECT_EQ(ids.count(std::this_thread::get_id()), 0u);
}

TEST(WorkerPoolTest, SubmitDoesNotWaitForBusyThreadsAndTasksRunInOrder) {
  WorkerPool pool(1);
  absl::Notification release;
  absl::Notification blocked;
  pool.Submit([&] {
    blocked.Notify();
    release.WaitForNotification();
  });
  blocked.WaitForNotification();
  std::vector<int> order;  // written by the one worker only
  absl::BlockingCounter done(100);
  for (int i = 0; i < 100; ++i) {
    pool.Submit([&order, &done, i] {
      order.push_back(i);
      done.DecrementCount();
    });
  }
  EXPECT_EQ(pool.queued(), 100);  // all queued while the only thread is busy
  release.Notify();
  done.Wait();
  ASSERT_EQ(order.size(), 100u);
  for (int i = 0; i < 100; ++i) EXPECT_EQ(order[i], i);
  EXPECT_EQ(pool.queued(), 0);
}

TEST(WorkerPoolTest, AtLeastOneThread) {
  WorkerPool pool(0);
  EXPECT_EQ(pool.threads(), 1);
  absl::Notification ran;
  pool.Submit([&ran] { ran.Notify(); });
  EXPECT_TRUE(ran.WaitForNotificationWithTimeout(absl::Seconds(30)));
  EXPECT_GE(DefaultWorkerThreads(), 2);
}

}  // namespace
}  // namespace newsgraph::server
