#include "query_service/response_cache.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace newsgraph::query {
namespace {

// A data version the test moves by hand, counting its readings.
class FakeVersion {
 public:
  ResponseCache::VersionSource Source() {
    return [this]() -> absl::StatusOr<int64_t> {
      ++reads_;
      if (!error_.ok()) return error_;
      return version_.load();
    };
  }
  void Commit() { ++version_; }
  void Fail(absl::Status error) { error_ = std::move(error); }
  int reads() const { return reads_; }

 private:
  std::atomic<int64_t> version_{1};
  std::atomic<int> reads_{0};
  absl::Status error_;
};

constexpr size_t kMiB = size_t{1} << 20;

// Looks `key` up; on a miss keeps `answer`. Returns what was served.
std::string Serve(ResponseCache& cache, const std::string& key, const std::string& answer) {
  ResponseCache::Probe probe = cache.Find(key);
  if (probe.answer != nullptr) return *probe.answer;
  cache.Keep(std::move(probe), std::make_shared<const std::string>(answer));
  return answer;
}

TEST(ResponseCacheTest, AKeptAnswerIsServedWhileTheDataIsUnchanged) {
  FakeVersion version;
  ResponseCache cache(kMiB, version.Source());
  EXPECT_EQ(Serve(cache, "k", "first"), "first");
  EXPECT_EQ(Serve(cache, "k", "second"), "first");
  EXPECT_EQ(Serve(cache, "other", "third"), "third");
  const ResponseCache::Stats stats = cache.stats();
  EXPECT_EQ(stats.hits, 1);
  EXPECT_EQ(stats.misses, 2);
  EXPECT_EQ(stats.entries, 2);
  EXPECT_GT(stats.bytes, 0);
}

TEST(ResponseCacheTest, ACommitMakesEveryKeptAnswerAMiss) {
  FakeVersion version;
  ResponseCache cache(kMiB, version.Source());
  Serve(cache, "a", "old a");
  Serve(cache, "b", "old b");
  version.Commit();
  EXPECT_EQ(Serve(cache, "a", "new a"), "new a");
  EXPECT_EQ(cache.stats().entries, 1) << "the older version's answers are dropped";
  EXPECT_EQ(Serve(cache, "b", "new b"), "new b");
  EXPECT_EQ(Serve(cache, "a", "newer a"), "new a");
}

TEST(ResponseCacheTest, AnAnswerLookedUpBeforeACommitIsNotKept) {
  FakeVersion version;
  ResponseCache cache(kMiB, version.Source());
  ResponseCache::Probe probe = cache.Find("k");  // reads the version first
  version.Commit();                              // the data changes during the lookup
  Serve(cache, "other", "x");                    // a later call sees the new version
  cache.Keep(std::move(probe), std::make_shared<const std::string>("looked up across the commit"));
  EXPECT_EQ(Serve(cache, "k", "fresh"), "fresh");
}

TEST(ResponseCacheTest, WhenTheVersionCannotBeReadNothingIsServedOrKept) {
  FakeVersion version;
  ResponseCache cache(kMiB, version.Source());
  Serve(cache, "k", "kept");
  version.Fail(absl::UnavailableError("store busy"));
  ResponseCache::Probe probe = cache.Find("k");
  EXPECT_EQ(probe.answer, nullptr);
  EXPECT_FALSE(probe.version.has_value());
  cache.Keep(std::move(probe), std::make_shared<const std::string>("not kept"));
  version.Fail(absl::OkStatus());
  EXPECT_EQ(Serve(cache, "k", "again"), "kept");
}

TEST(ResponseCacheTest, TheLeastRecentlyUsedAnswersGoFirst) {
  FakeVersion version;
  const std::string answer(1000, 'x');
  const size_t entry = 1 + answer.size() + ResponseCache::kEntryOverheadBytes;
  ResponseCache cache(10 * entry, version.Source());  // room for ten
  for (int i = 0; i < 10; ++i) Serve(cache, absl::StrCat(i), answer);
  EXPECT_EQ(cache.stats().entries, 10);
  Serve(cache, "0", "");      // "0" is now the most recent
  Serve(cache, "a", answer);  // evicts "1", the least recent
  EXPECT_EQ(cache.stats().entries, 10);
  EXPECT_LE(static_cast<size_t>(cache.stats().bytes), 10 * entry);
  EXPECT_EQ(Serve(cache, "0", "miss"), answer);
  EXPECT_EQ(Serve(cache, "1", "miss"), "miss");
}

TEST(ResponseCacheTest, AnAnswerLargerThanAnEighthOfTheCapacityIsNotKept) {
  FakeVersion version;
  ResponseCache cache(8 * 1024, version.Source());
  const std::string big(1024, 'b');
  Serve(cache, "big", big);
  EXPECT_EQ(cache.stats().entries, 0);
  Serve(cache, "small", "s");
  EXPECT_EQ(cache.stats().entries, 1);
}

TEST(ResponseCacheTest, ZeroCapacityIsOffAndReadsNoVersion) {
  FakeVersion version;
  ResponseCache cache(0, version.Source());
  EXPECT_FALSE(cache.enabled());
  EXPECT_EQ(Serve(cache, "k", "first"), "first");
  EXPECT_EQ(Serve(cache, "k", "second"), "second");
  EXPECT_EQ(version.reads(), 0);
  EXPECT_EQ(cache.stats().entries, 0);
}

TEST(ResponseCacheTest, ConcurrentCallsServeOnlyAnswersOfTheirVersion) {
  FakeVersion version;
  ResponseCache cache(kMiB, version.Source());
  std::atomic<bool> stale{false};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        if (t == 0 && i % 50 == 0) version.Commit();
        const std::string key = absl::StrCat(i % 16);
        ResponseCache::Probe probe = cache.Find(key);
        if (probe.answer != nullptr) {
          // Every answer names the version its lookup read; a hit must be
          // of the version this call read.
          if (*probe.answer != absl::StrCat(*probe.version)) stale = true;
          continue;
        }
        if (probe.version.has_value()) {
          auto answer = std::make_shared<const std::string>(absl::StrCat(*probe.version));
          cache.Keep(std::move(probe), std::move(answer));
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_FALSE(stale);
  EXPECT_GT(cache.stats().hits, 0);
}

}  // namespace
}  // namespace newsgraph::query
