#include "tests/extract/dates/gold_scoring.h"

#include "gtest/gtest.h"

namespace newsgraph::extract::testing {
namespace {

TEST(GoldScoringTest, NormalizesLikeScorePy) {
  EXPECT_EQ(NormalizeForScoring("On the same day"), "on the same day");
  EXPECT_EQ(NormalizeForScoring("The next morning"), "next morning");
  EXPECT_EQ(NormalizeForScoring("Sunday's"), "sunday");
  EXPECT_EQ(NormalizeForScoring("Monday\u2019s"), "monday");
  EXPECT_EQ(NormalizeForScoring("  in mid-2019, "), "in mid 2019");
  EXPECT_EQ(NormalizeForScoring("Sept. 30"), "sept 30");
}

TEST(GoldScoringTest, TextsMustOverlapAndValuesBeEqual) {
  const std::vector<ScoredDate> gold = {{"early this June", "2019-06"}, {"in 2018", "2018"}};
  const DateScore score = ScoreDates(
      gold, {{"since early this June", "2019-06"}, {"in 2018", "2017"}, {"2018", "2018"}});
  EXPECT_EQ(score.tp, 2);
  EXPECT_EQ(score.fp, 1);
  EXPECT_EQ(score.fn, 0);
}

TEST(GoldScoringTest, RepeatedExpressionsCountOnce) {
  const DateScore score = ScoreDates({{"yesterday", "2019-10-14"}, {"yesterday", "2019-10-14"}},
                                     {{"yesterday", "2019-10-14"}, {"Yesterday", "2019-10-14"}});
  EXPECT_EQ(score.tp, 1);
  EXPECT_EQ(score.fp, 0);
}

TEST(GoldScoringTest, OptionalItemsNeitherRewardNorPunish) {
  const std::vector<ScoredDate> gold = {{"on January 21", "2020-01-21"},
                                        {"2020", "2020", /*optional=*/true}};
  DateScore found = ScoreDates(gold, {{"on January 21", "2020-01-21"}, {"for 2020", "2020"}});
  EXPECT_EQ(found.tp, 1);
  EXPECT_EQ(found.fp, 0);
  EXPECT_EQ(found.fn, 0);
  DateScore missed = ScoreDates(gold, {{"on January 21", "2020-01-21"}});
  EXPECT_EQ(missed.fn, 0);
  EXPECT_DOUBLE_EQ(missed.F1(), 1.0);
}

TEST(GoldScoringTest, MatchingIsMaximumOneToOne) {
  // Greedy in gold order would give "on monday" to the first gold item and
  // leave the second unmatched; augmenting paths match both.
  const std::vector<ScoredDate> gold = {{"monday", "2019-01-21"}, {"on monday", "2019-01-21"}};
  const DateScore score =
      ScoreDates(gold, {{"on Monday", "2019-01-21"}, {"Monday night", "2019-01-21"}});
  EXPECT_EQ(score.tp, 2);
  EXPECT_EQ(score.fn, 0);
  EXPECT_EQ(score.fp, 0);
}

TEST(GoldScoringTest, EmptyScoresAreZero) {
  const DateScore score = ScoreDates({}, {});
  EXPECT_EQ(score.Precision(), 0.0);
  EXPECT_EQ(score.F1(), 0.0);
}

}  // namespace
}  // namespace newsgraph::extract::testing
