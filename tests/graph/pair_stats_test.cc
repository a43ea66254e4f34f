#include "shared/graph/pair_stats.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::graph {
namespace {

using internal::v1::PairStats;

PairEventFacts Facts(v1::EventCategory category, v1::QuadClass quad, double score,
                     std::string_view key = "", std::string_view text = "") {
  return {category, quad, score, key, text};
}

TEST(PairStatsTest, EmptyStatsAreZeroCounts) {
  v1::Relationship out;
  FillRelationshipStats(PairStats(), &out);
  EXPECT_EQ(out.event_count(), 0);
  EXPECT_EQ(out.mean_score(), 0);
  EXPECT_THAT(out.quad_class_counts(), ::testing::ElementsAre(0, 0, 0, 0));
  EXPECT_FALSE(out.has_first_date());
  EXPECT_EQ(out.months_size(), 0);
  EXPECT_EQ(out.categories_size(), 0);
}

TEST(PairStatsTest, CountsByCategoryQuadClassAndMonth) {
  PairStats stats;
  AddToPairStats(Facts(v1::EVENT_CATEGORY_CONSULT, v1::QUAD_CLASS_VERBAL_COOPERATION, 1,
                       "2020-01-21", "2020-01-21"),
                 &stats);
  AddToPairStats(Facts(v1::EVENT_CATEGORY_ASSAULT, v1::QUAD_CLASS_MATERIAL_CONFLICT, -10,
                       "2019-06-01", "2019-06"),
                 &stats);
  AddToPairStats(Facts(v1::EVENT_CATEGORY_CONSULT, v1::QUAD_CLASS_VERBAL_COOPERATION, 2,
                       "2020-01-05", "2020-01-05"),
                 &stats);
  AddToPairStats(Facts(v1::EVENT_CATEGORY_CONSULT, v1::QUAD_CLASS_VERBAL_COOPERATION, 3), &stats);
  AddToPairStats(Facts(v1::EVENT_CATEGORY_REJECT, v1::QUAD_CLASS_VERBAL_CONFLICT, -4), &stats);
  // Stored in order whatever the order of arrival.
  ASSERT_EQ(stats.categories_size(), 3);
  EXPECT_LT(stats.categories(0).category(), stats.categories(1).category());
  EXPECT_LT(stats.categories(1).category(), stats.categories(2).category());
  ASSERT_EQ(stats.months_size(), 2);
  EXPECT_EQ(stats.months(0).month(), "2019-06");
  EXPECT_EQ(stats.months(1).month(), "2020-01");

  v1::Relationship out;
  FillRelationshipStats(stats, &out);
  EXPECT_EQ(out.event_count(), 5);
  EXPECT_DOUBLE_EQ(out.mean_score(), -8.0 / 5);
  EXPECT_THAT(out.quad_class_counts(), ::testing::ElementsAre(3, 0, 1, 1));
  // First and last over dated events, at their precision.
  EXPECT_EQ(out.first_date().year(), 2019);
  EXPECT_EQ(out.first_date().month(), 6);
  EXPECT_EQ(out.first_date().precision(), v1::DATE_PRECISION_MONTH);
  EXPECT_EQ(out.last_date().day(), 21);
  ASSERT_EQ(out.months_size(), 2);
  EXPECT_EQ(out.months(0).start().month(), 6);
  EXPECT_EQ(out.months(0).conflict_count(), 1);
  EXPECT_EQ(out.months(1).event_count(), 2);
  EXPECT_EQ(out.months(1).cooperation_count(), 2);
  // Most events first.
  ASSERT_EQ(out.categories_size(), 3);
  EXPECT_EQ(out.categories(0).category(), v1::EVENT_CATEGORY_CONSULT);
  EXPECT_EQ(out.categories(0).event_count(), 3);
  EXPECT_DOUBLE_EQ(out.categories(0).mean_score(), 2);
  EXPECT_EQ(out.categories(0).first_date().day(), 5);
  EXPECT_EQ(out.categories(0).last_date().day(), 21);
  // Ties in category order; a category with only undated events has no
  // dates.
  EXPECT_EQ(out.categories(1).category(), v1::EVENT_CATEGORY_REJECT);
  EXPECT_FALSE(out.categories(1).has_first_date());
  EXPECT_FALSE(out.categories(1).has_last_date());
  EXPECT_EQ(out.categories(2).quad_class(), v1::QUAD_CLASS_MATERIAL_CONFLICT);
}

TEST(PairStatsTest, SameFirstDayOrdersByPrecisionText) {
  PairStats stats;
  AddToPairStats(Facts(v1::EVENT_CATEGORY_SUPPORT, v1::QUAD_CLASS_VERBAL_COOPERATION, 0,
                       "2019-06-01", "2019-06-01"),
                 &stats);
  AddToPairStats(Facts(v1::EVENT_CATEGORY_SUPPORT, v1::QUAD_CLASS_VERBAL_COOPERATION, 0,
                       "2019-06-01", "2019-06"),
                 &stats);
  EXPECT_EQ(stats.categories(0).first_text(), "2019-06");
  EXPECT_EQ(stats.categories(0).last_text(), "2019-06-01");
}

}  // namespace
}  // namespace newsgraph::graph
