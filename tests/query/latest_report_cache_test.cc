#include "query_service/latest_report_cache.h"

#include <cstdint>

#include "absl/status/status.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/paging/page_token.h"
#include "tests/testing/mock_article_store.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::query {
namespace {

using ::newsgraph::testing::IsOkAndHolds;
using ::newsgraph::testing::StatusIs;
using ::testing::Return;

class LatestReportCacheTest : public ::testing::Test {
 protected:
  testing::MockArticleStore store_;  // calls beyond those expected fail the test
  const paging::PageTokenCodec codec_;
  const EventQueries queries_{&store_, &codec_};
};

TEST_F(LatestReportCacheTest, ReadsTheStoreOncePerMaxAge) {
  EXPECT_CALL(store_, LatestEventSequence()).WillOnce(Return(int64_t{41}));
  LatestReportCache cache(&queries_, absl::Hours(1));
  for (int i = 0; i < 100; ++i) EXPECT_THAT(cache.Latest(), IsOkAndHolds(41));
}

TEST_F(LatestReportCacheTest, ReadsAgainOnceTheValueIsOlderThanMaxAge) {
  EXPECT_CALL(store_, LatestEventSequence())
      .WillOnce(Return(int64_t{41}))
      .WillOnce(Return(int64_t{43}));
  LatestReportCache cache(&queries_, absl::ZeroDuration());
  EXPECT_THAT(cache.Latest(), IsOkAndHolds(41));
  EXPECT_THAT(cache.Latest(), IsOkAndHolds(43));
}

TEST_F(LatestReportCacheTest, AStoreErrorIsReturnedAndNotKept) {
  EXPECT_CALL(store_, LatestEventSequence())
      .WillOnce(Return(absl::UnavailableError("store busy")))
      .WillOnce(Return(int64_t{7}));
  LatestReportCache cache(&queries_, absl::Hours(1));
  EXPECT_THAT(cache.Latest(), StatusIs(absl::StatusCode::kUnavailable));
  EXPECT_THAT(cache.Latest(), IsOkAndHolds(7));
  EXPECT_THAT(cache.Latest(), IsOkAndHolds(7));
}

}  // namespace
}  // namespace newsgraph::query
