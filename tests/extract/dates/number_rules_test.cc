// The number rules (number_rules.h), driven through FindDateExpressions on
// sentences from the corpora.
#include "ingest_service/extract/dates/number_rules.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/extract/dates/expression_finder.h"
#include "tests/extract/dates/dates_test_support.h"

namespace newsgraph::extract::dates {
namespace {

using ::testing::ElementsAre;
using testing::FoundTexts;
using testing::OnlyExpression;
using ::testing::IsEmpty;

// The single expression of `sentence`.

TEST(NumberRulesTest, DayMonthOrder) {
  EXPECT_THAT(FoundTexts("We were called at 8.10am today, 10 September, to reports of a serious "
                         "collision."),
              ElementsAre("today", "10 September"));
  const DateExpression e = OnlyExpression("The summit opened on 21st of January 2020 in Davos.");
  EXPECT_EQ(e.kind, ExpressionKind::kAbsolute);
  EXPECT_EQ(e.day, 21);
  EXPECT_EQ(e.month, 1);
  EXPECT_STREQ(e.rule, "absolute:day_month_year");
  EXPECT_THAT(FoundTexts("He was born on 3 Jan. 1950."), ElementsAre("on 3 Jan. 1950"));
}

TEST(NumberRulesTest, IsoAndNumericDates) {
  const DateExpression iso = OnlyExpression("The filing dated 2020-01-21 was published.");
  EXPECT_EQ(iso.year, 2020);
  EXPECT_EQ(iso.month, 1);
  EXPECT_EQ(iso.day, 21);
  EXPECT_STREQ(iso.rule, "absolute:iso");
  const DateExpression us = OnlyExpression("The order dated 1/21/2020 was released.");
  EXPECT_EQ(us.month, 1);
  EXPECT_EQ(us.day, 21);
  const DateExpression european = OnlyExpression("The order dated 21/1/2020 was released.");
  EXPECT_EQ(european.month, 1);
  EXPECT_EQ(european.day, 21);
  // 3/4/2020 may be March 4 or 3 April: left out.
  EXPECT_THAT(FoundTexts("The order dated 3/4/2020 was released."), IsEmpty());
  EXPECT_THAT(FoundTexts("Scores were 2020-13-45 and 12/25/20."), IsEmpty());
}

TEST(NumberRulesTest, YearsNeedAnIntroduction) {
  EXPECT_THAT(FoundTexts("He then served eight years as the mayor of London, from 2008 to 2016, "
                         "before rejoining Parliament."),
              ElementsAre("from 2008", "to 2016"));
  EXPECT_THAT(FoundTexts("This year we do not have an extreme drought, as there was in 2015 and "
                         "2016 [...] In 2017 and 2018 we had a sufficient rainy season."),
              ElementsAre("This year", "in 2015", "2016", "In 2017", "2018"));
  EXPECT_THAT(FoundTexts("Deutsche Welle (DW) reported in mid-2019, 62 Tesco outlets had closed."),
              ElementsAre("in mid-2019"));
  EXPECT_THAT(FoundTexts("The martial law imposed by Ferdinand Marcos back in 1972."),
              ElementsAre("back in 1972"));
  EXPECT_THAT(FoundTexts("Production is expected to begin in early 1990."),
              ElementsAre("in early 1990"));
  EXPECT_THAT(FoundTexts("The current account deficit was 912 mln dlrs in the fourth quarter of "
                         "1985."),
              ElementsAre("1985"));
}

TEST(NumberRulesTest, NumbersThatAreNotYears) {
  // Wikinews 2019-11-07, 2020-01-10, 2019-09-06, 2020-06-21, 2019-08-24.
  EXPECT_THAT(FoundTexts("With government resolution No. 1430/2019, the state issued an indemnity "
                         "bond."),
              IsEmpty());
  EXPECT_THAT(FoundTexts("Hungary launched a military development program dubbed \"Zrínyi "
                         "2026\"."),
              IsEmpty());
  EXPECT_THAT(FoundTexts("According to the Cyprus Mail, the 2000 km long pipeline is to connect "
                         "the fields with Crete."),
              IsEmpty());
  EXPECT_THAT(FoundTexts("More than 1000 people have been arrested."), IsEmpty());
  EXPECT_THAT(FoundTexts("In the 2019/20 fiscal year, Tesco said its Polish branch had a loss."),
              IsEmpty());
  EXPECT_THAT(FoundTexts("Around 3:00 p.m. local time (1800 UTC), smoke turned the city dark."),
              IsEmpty());
  EXPECT_THAT(FoundTexts("It grew out of the Group of Six, which started in the 1970s."),
              IsEmpty());
  EXPECT_THAT(FoundTexts("Sales rose by 2000 units to 1,000 and cost $2019 in 2000 km."),
              IsEmpty());
  EXPECT_THAT(FoundTexts("Sales rose by 1995."), IsEmpty());
  EXPECT_THAT(FoundTexts("The 2019-20 season ended."), IsEmpty());
  EXPECT_THAT(FoundTexts("The 1,000 megawatt cable and 2.5 billion euros."), IsEmpty());
}

TEST(NumberRulesTest, AttributiveYears) {
  const DateExpression e = OnlyExpression("Britons voted in a 2016 referendum to leave the EU.");
  EXPECT_EQ(e.year, 2016);
  EXPECT_STREQ(e.rule, "absolute:year_attributive");
  EXPECT_THAT(FoundTexts("O'Rourke gained recognition during his 2018 run for Senate."),
              ElementsAre("2018"));
  EXPECT_THAT(FoundTexts("Woolworth's 1986 income rose 21 pct."), ElementsAre("1986"));
  EXPECT_THAT(FoundTexts("The 1000 megawatt cable; the 2000 troops; a 1500 strong force."),
              IsEmpty());
}

TEST(NumberRulesTest, ListsRangesAndOf) {
  EXPECT_THAT(FoundTexts("Both countries presented written pleadings in 2017, 2018, and 2019."),
              ElementsAre("in 2017", "2018", "2019"));
  EXPECT_THAT(FoundTexts("Mugabe ruled Zimbabwe as prime minister, 1980\u20131987, and Shinzo Abe "
                         "in his second stint (2012-2020)."),
              ElementsAre("1980", "1987", "2012", "2020"));
  EXPECT_THAT(FoundTexts("Oil prices briefly fell during the lockdowns of 2020, after the "
                         "presidential elections of 1829 and the first semester of 2022."),
              ElementsAre("2020", "1829", "2022"));
  EXPECT_THAT(FoundTexts("A crowd of 2000 gathered; a total of 1995 votes."), IsEmpty());
  EXPECT_THAT(FoundTexts("The year 2020 was the first year without a race."), ElementsAre("2020"));
}

}  // namespace
}  // namespace newsgraph::extract::dates
