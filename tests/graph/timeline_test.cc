// Timeline buckets (shared/graph/timeline.h).
#include "shared/graph/timeline.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/date/partial_date.h"
#include "shared/model/event_classes.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::graph {
namespace {

using ::newsgraph::testing::IsOkAndHolds;
using ::newsgraph::testing::StatusIs;
using ::testing::HasSubstr;

constexpr int kVerbalCoop = v1::QUAD_CLASS_VERBAL_COOPERATION;
constexpr int kMaterialCoop = v1::QUAD_CLASS_MATERIAL_COOPERATION;
constexpr int kVerbalConflict = v1::QUAD_CLASS_VERBAL_CONFLICT;
constexpr int kMaterialConflict = v1::QUAD_CLASS_MATERIAL_CONFLICT;

TEST(BucketStartTest, Day) {
  EXPECT_THAT(BucketStart("2020-01-21", v1::TIME_GRANULARITY_DAY), IsOkAndHolds("2020-01-21"));
}

TEST(BucketStartTest, IsoWeekStartsOnMonday) {
  // 2020-01-21 is a Tuesday; 2020-01-20 a Monday; 2020-01-26 a Sunday.
  EXPECT_THAT(BucketStart("2020-01-21", v1::TIME_GRANULARITY_WEEK), IsOkAndHolds("2020-01-20"));
  EXPECT_THAT(BucketStart("2020-01-20", v1::TIME_GRANULARITY_WEEK), IsOkAndHolds("2020-01-20"));
  EXPECT_THAT(BucketStart("2020-01-26", v1::TIME_GRANULARITY_WEEK), IsOkAndHolds("2020-01-20"));
  EXPECT_THAT(BucketStart("2020-01-27", v1::TIME_GRANULARITY_WEEK), IsOkAndHolds("2020-01-27"));
}

TEST(BucketStartTest, WeekAcrossTheYearBoundary) {
  // 2020-01-01 is a Wednesday: its ISO week (2020-W01) starts 2019-12-30.
  EXPECT_THAT(BucketStart("2020-01-01", v1::TIME_GRANULARITY_WEEK), IsOkAndHolds("2019-12-30"));
  // 2021-01-03 is a Sunday, in 2020-W53, which starts 2020-12-28.
  EXPECT_THAT(BucketStart("2021-01-03", v1::TIME_GRANULARITY_WEEK), IsOkAndHolds("2020-12-28"));
  // A leap day.
  EXPECT_THAT(BucketStart("2020-03-01", v1::TIME_GRANULARITY_WEEK), IsOkAndHolds("2020-02-24"));
}

TEST(BucketStartTest, MonthAndUnspecifiedMeanMonth) {
  EXPECT_THAT(BucketStart("2020-02-29", v1::TIME_GRANULARITY_MONTH), IsOkAndHolds("2020-02-01"));
  EXPECT_THAT(BucketStart("2019-12-31", v1::TIME_GRANULARITY_MONTH), IsOkAndHolds("2019-12-01"));
  EXPECT_THAT(BucketStart("2019-12-31", v1::TIME_GRANULARITY_UNSPECIFIED),
              IsOkAndHolds("2019-12-01"));
}

TEST(BucketStartTest, NotADayIsInvalid) {
  for (const char* bad : {"", "2020", "2020-01", "2020-1-21", "yesterday", "2020-01-21x"}) {
    EXPECT_THAT(BucketStart(bad, v1::TIME_GRANULARITY_DAY),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("YYYY-MM-DD")))
        << bad;
  }
}

std::string Start(const v1::TimeBucket& bucket) { return date::FormatIsoDate(bucket.start()); }

TEST(BuildTimelineTest, BucketsByMonthOldestFirstWithQuadCounts) {
  const std::vector<store::DatedEventCount> rows = {
      {"2020-01-21", kVerbalCoop, 2},    {"2019-06-10", kMaterialCoop, 1},
      {"2020-01-05", kVerbalConflict, 1}, {"2020-01-30", kMaterialConflict, 3},
      {"2020-01-30", 0, 1},  // no quad class: counted, neither side
      {"", kVerbalCoop, 4}};
  ASSERT_OK_AND_ASSIGN(v1::GetTimelineResponse timeline,
                       BuildTimeline(rows, v1::TIME_GRANULARITY_MONTH, "", ""));
  ASSERT_EQ(timeline.buckets_size(), 2);
  EXPECT_EQ(Start(timeline.buckets(0)), "2019-06-01");
  EXPECT_EQ(timeline.buckets(0).event_count(), 1);
  EXPECT_EQ(timeline.buckets(0).cooperation_count(), 1);
  EXPECT_EQ(timeline.buckets(0).conflict_count(), 0);
  EXPECT_EQ(Start(timeline.buckets(1)), "2020-01-01");
  EXPECT_EQ(timeline.buckets(1).start().precision(), v1::DATE_PRECISION_DAY);
  EXPECT_EQ(timeline.buckets(1).event_count(), 7);
  EXPECT_EQ(timeline.buckets(1).cooperation_count(), 2);
  EXPECT_EQ(timeline.buckets(1).conflict_count(), 4);
  EXPECT_EQ(timeline.event_count(), 8);
  EXPECT_EQ(timeline.undated_event_count(), 4);
}

TEST(BuildTimelineTest, RangeIsInclusiveAndUndatedAreCountedApart) {
  const std::vector<store::DatedEventCount> rows = {
      {"2019-12-31", kVerbalCoop, 1}, {"2020-01-01", kVerbalCoop, 1},
      {"2020-01-31", kVerbalCoop, 1}, {"2020-02-01", kVerbalCoop, 1},
      {"", kVerbalConflict, 2}};
  ASSERT_OK_AND_ASSIGN(v1::GetTimelineResponse timeline,
                       BuildTimeline(rows, v1::TIME_GRANULARITY_DAY, "2020-01-01", "2020-01-31"));
  ASSERT_EQ(timeline.buckets_size(), 2);
  EXPECT_EQ(Start(timeline.buckets(0)), "2020-01-01");
  EXPECT_EQ(Start(timeline.buckets(1)), "2020-01-31");
  EXPECT_EQ(timeline.event_count(), 2);
  EXPECT_EQ(timeline.undated_event_count(), 2);
}

TEST(BuildTimelineTest, WeeksMergeDaysOfOneIsoWeek) {
  const std::vector<store::DatedEventCount> rows = {{"2019-12-30", kVerbalCoop, 1},
                                                    {"2020-01-01", kVerbalCoop, 1},
                                                    {"2020-01-05", kVerbalConflict, 1},
                                                    {"2020-01-06", kVerbalCoop, 1}};
  ASSERT_OK_AND_ASSIGN(v1::GetTimelineResponse timeline,
                       BuildTimeline(rows, v1::TIME_GRANULARITY_WEEK, "", ""));
  ASSERT_EQ(timeline.buckets_size(), 2);
  EXPECT_EQ(Start(timeline.buckets(0)), "2019-12-30");
  EXPECT_EQ(timeline.buckets(0).event_count(), 3);
  EXPECT_EQ(timeline.buckets(0).conflict_count(), 1);
  EXPECT_EQ(Start(timeline.buckets(1)), "2020-01-06");
}

TEST(BuildTimelineTest, EmptyAndBadRows) {
  ASSERT_OK_AND_ASSIGN(v1::GetTimelineResponse empty,
                       BuildTimeline({}, v1::TIME_GRANULARITY_MONTH, "", ""));
  EXPECT_EQ(empty.buckets_size(), 0);
  EXPECT_EQ(empty.event_count(), 0);
  EXPECT_THAT(BuildTimeline({{"2020-13", kVerbalCoop, 1}}, v1::TIME_GRANULARITY_MONTH, "", ""),
              StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST(QuadClassTest, CooperationAndConflict) {
  EXPECT_TRUE(model::IsCooperation(kVerbalCoop));
  EXPECT_TRUE(model::IsCooperation(kMaterialCoop));
  EXPECT_FALSE(model::IsCooperation(kVerbalConflict));
  EXPECT_TRUE(model::IsConflict(kVerbalConflict));
  EXPECT_TRUE(model::IsConflict(kMaterialConflict));
  EXPECT_FALSE(model::IsConflict(kMaterialCoop));
  EXPECT_FALSE(model::IsCooperation(0));
  EXPECT_FALSE(model::IsConflict(0));
}

TEST(QuadClassTest, EachCategoryHasItsPloverQuadClass) {
  EXPECT_EQ(model::QuadClassOf(v1::EVENT_CATEGORY_CONSULT), v1::QUAD_CLASS_VERBAL_COOPERATION);
  EXPECT_EQ(model::QuadClassOf(v1::EVENT_CATEGORY_CONCEDE), v1::QUAD_CLASS_VERBAL_COOPERATION);
  EXPECT_EQ(model::QuadClassOf(v1::EVENT_CATEGORY_RETREAT), v1::QUAD_CLASS_MATERIAL_COOPERATION);
  EXPECT_EQ(model::QuadClassOf(v1::EVENT_CATEGORY_THREATEN), v1::QUAD_CLASS_VERBAL_CONFLICT);
  EXPECT_EQ(model::QuadClassOf(v1::EVENT_CATEGORY_PROTEST), v1::QUAD_CLASS_MATERIAL_CONFLICT);
  EXPECT_EQ(model::QuadClassOf(v1::EVENT_CATEGORY_ASSAULT), v1::QUAD_CLASS_MATERIAL_CONFLICT);
  EXPECT_EQ(model::QuadClassOf(v1::EVENT_CATEGORY_UNSPECIFIED), v1::QUAD_CLASS_UNSPECIFIED);
}

}  // namespace
}  // namespace newsgraph::graph
