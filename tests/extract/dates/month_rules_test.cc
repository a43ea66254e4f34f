// The month rules (month_rules.h), driven through FindDateExpressions on
// sentences from the corpora.
#include "ingest_service/extract/dates/month_rules.h"

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

TEST(MonthRulesTest, MonthAndDay) {
  // Seed article (AzerNews, 2020-01-24).
  EXPECT_THAT(FoundTexts("The Plan was signed during the meeting between Defense Minister of "
                         "Azerbaijan, Colonel General Zakir Hasanov and his counterpart Irakli "
                         "Garibashvili in Tbilisi on January 21."),
              ElementsAre("on January 21"));
  const DateExpression e = OnlyExpression("the attack on December 27th - culminating in the death");
  EXPECT_EQ(e.kind, ExpressionKind::kMonthDay);
  EXPECT_EQ(e.month, 12);
  EXPECT_EQ(e.day, 27);
  EXPECT_STREQ(e.rule, "month_day");
  EXPECT_THAT(FoundTexts("As of January 3, no evidence of Israeli involvement has been reported."),
              ElementsAre("As of January 3"));
  EXPECT_THAT(FoundTexts("SALVADOR, Feb 26 - Showers continued throughout the week"),
              ElementsAre("Feb 26"));
  EXPECT_THAT(FoundTexts("The deadline is Sept. 30, officials said."), ElementsAre("Sept. 30"));
}

TEST(MonthRulesTest, MonthDayYear) {
  const DateExpression e = OnlyExpression("the framework we have is enough to start trading on July 1, 2020");
  EXPECT_EQ(e.kind, ExpressionKind::kAbsolute);
  EXPECT_EQ(e.year, 2020);
  EXPECT_STREQ(e.rule, "absolute:month_day_year");
  EXPECT_THAT(FoundTexts("According to a March 14, 2019 NATO press release, Hungary spent 1.15%."),
              ElementsAre("March 14, 2019"));
  EXPECT_THAT(FoundTexts("NOTE: Periods end January 31, 1987 and 1986, respectively."),
              ElementsAre("January 31, 1987", "1986"));
}

TEST(MonthRulesTest, MonthAndYear) {
  EXPECT_THAT(FoundTexts("Earlier, Hasanov and ex-Georgian Defence Minister Levan Izoria signed "
                         "a bilateral military agreement for 2019 during the trilateral "
                         "ministerial meeting held in Gabala in June 2019."),
              ElementsAre("in June 2019"));
  EXPECT_THAT(FoundTexts("Bolton had held the position since April 2018 and was the third "
                         "official to serve in that office since 2017."),
              ElementsAre("since April 2018", "since 2017"));
  EXPECT_THAT(FoundTexts("Venezuela signed a rescheduling accord in February, 1986, but sought "
                         "new terms."),
              ElementsAre("in February, 1986"));
  EXPECT_THAT(FoundTexts("Fields joined the lab in March of 2016."),
              ElementsAre("in March of 2016"));
  const DateExpression e = OnlyExpression("In a DW report in March of last year, Dave Lewis said so.");
  EXPECT_EQ(e.kind, ExpressionKind::kMonth);
  EXPECT_EQ(e.relation, Relation::kYearOffset);
  EXPECT_EQ(e.offset, -1);
}

TEST(MonthRulesTest, BareMonthsNeedAnIntroduction) {
  EXPECT_THAT(FoundTexts("The International Monetary Fund said in May the AfCFTA might be for "
                         "African countries comparable to the European trade blocs."),
              ElementsAre("in May"));
  EXPECT_THAT(FoundTexts("Brett McGurk, who was Trump's envoy until December, also criticized "
                         "the decision."),
              ElementsAre("until December"));
  EXPECT_THAT(FoundTexts("Last April, the United States Department of State designated the "
                         "IRGC."),
              ElementsAre("Last April"));
  EXPECT_THAT(FoundTexts("protesters who have filled downtown streets since early this June."),
              ElementsAre("since early this June"));
  EXPECT_THAT(FoundTexts("Parliament would meet briefly in early September."),
              ElementsAre("in early September"));
  EXPECT_THAT(FoundTexts("Sales from January to March rose."),
              ElementsAre("from January", "to March"));
}

TEST(MonthRulesTest, TheresaMayAndMarchTheVerbAreNotDates) {
  // Wikinews 2019-07-24.
  EXPECT_THAT(FoundTexts("Following the UK's Brexit vote, Theresa May appointed him Foreign "
                         "Secretary, which he served as until 2018, resigning in protest to "
                         "May's negotiated Brexit agreement."),
              ElementsAre("until 2018"));
  EXPECT_THAT(FoundTexts("Current Prime Minister Theresa May is to step down."), IsEmpty());
  EXPECT_THAT(FoundTexts("The decision was backed by May and her cabinet."), IsEmpty());
  EXPECT_THAT(FoundTexts("March organizers said thousands would march on Sunday."),
              ElementsAre("on Sunday"));
  EXPECT_THAT(FoundTexts("It may rain, and they may march."), IsEmpty());
  EXPECT_THAT(FoundTexts("Jan Smith and Theresa May 2 met."), IsEmpty());
}

TEST(MonthRulesTest, AttributiveMonths) {
  const DateExpression e = OnlyExpression("That ratio shot up to 46 percent in the April survey.");
  EXPECT_EQ(e.kind, ExpressionKind::kMonth);
  EXPECT_EQ(e.month, 4);
  EXPECT_STREQ(e.rule, "month:attributive");
  EXPECT_THAT(FoundTexts("The November border demarcation resulted in overlapping claims."),
              ElementsAre("November"));
  // "May" is left out ("the May government"), as are names and plurals.
  EXPECT_THAT(FoundTexts("Come the May elections, the May government fell."), IsEmpty());
  EXPECT_THAT(FoundTexts("The March of Dimes and the June Nato summit."), IsEmpty());
  EXPECT_THAT(FoundTexts("A member of the Shanghai Youth Federation was awarded the May 4th "
                         "Medal."),
              IsEmpty());
}

TEST(MonthRulesTest, FromMayIsTheMonthOnlyBeforeARangeEnd) {
  EXPECT_THAT(FoundTexts("Japan reopened its borders to tourists from May."),
              ElementsAre("from May"));
  EXPECT_THAT(FoundTexts("Prices are frozen from May to July."),
              ElementsAre("from May", "to July"));
  EXPECT_THAT(FoundTexts("He received a letter from May asking for support."), IsEmpty());
}

TEST(MonthRulesTest, ListsAndYearsOfTheNarration) {
  EXPECT_THAT(FoundTexts("In the surveys taken in January, February and April, the majority "
                         "disagreed."),
              ElementsAre("in January", "February", "April"));
  const DateExpression e = OnlyExpression("The HC on May 13 of that year issued a rule.");
  EXPECT_EQ(e.kind, ExpressionKind::kMonthDay);
  EXPECT_EQ(e.reference, Reference::kAnchor);
  EXPECT_EQ(e.relation, Relation::kYearOffset);
}

}  // namespace
}  // namespace newsgraph::extract::dates
