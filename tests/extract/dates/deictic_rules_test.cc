// The deictic rules (deictic_rules.h), driven through FindDateExpressions on
// sentences from the corpora.
#include "ingest_service/extract/dates/deictic_rules.h"

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


TEST(DeicticRulesTest, TodayYesterdayTomorrowTonight) {
  DateExpression e = OnlyExpression("Yesterday, oil facilities belonging to Saudi Aramco were hit.");
  EXPECT_EQ(e.kind, ExpressionKind::kDayOffset);
  EXPECT_EQ(e.reference, Reference::kSpeech);
  EXPECT_EQ(e.offset, -1);
  e = OnlyExpression("The annual meeting of the United Nations General Assembly is set to open tomorrow.");
  EXPECT_EQ(e.offset, 1);
  e = OnlyExpression("Current Prime Minister Theresa May is to step down today.");
  EXPECT_EQ(e.offset, 0);
  EXPECT_TRUE(e.vague_in_quotes);
  EXPECT_TRUE(e.vague_in_present);
  e = OnlyExpression("\"The WH statement tonight on Syria demonstrates a lack of understanding.\"");
  EXPECT_EQ(e.offset, 0);
  EXPECT_FALSE(e.vague_in_quotes);
}

TEST(DeicticRulesTest, WithPrepositionsModifiersAndPartsOfDay) {
  EXPECT_THAT(FoundTexts("The United States had not, as of yesterday, announced any plans."),
              ElementsAre("as of yesterday"));
  EXPECT_THAT(FoundTexts("Bishop Gutierrez died early yesterday morning, in a hospital."),
              ElementsAre("early yesterday morning"));
  EXPECT_THAT(FoundTexts("AMR announced the order earlier today."), ElementsAre("earlier today"));
  EXPECT_THAT(FoundTexts("While we await clarification on today's resolution, we urge them."),
              ElementsAre("today's"));
  EXPECT_THAT(FoundTexts("The warnings apply from tomorrow night into Friday morning."),
              ElementsAre("from tomorrow night", "Friday morning"));
}

TEST(DeicticRulesTest, NamesAndGenericUsesAreNotDates) {
  EXPECT_THAT(FoundTexts("He told the BBC's Today programme it was over."), IsEmpty());
  EXPECT_THAT(FoundTexts("It is a challenge for the youth of today."), IsEmpty());
}

TEST(DeicticRulesTest, PartsOfTheDay) {
  DateExpression e = OnlyExpression(
      "\"I informed John Bolton last night that his services are no longer "
      "needed.\"");
  EXPECT_EQ(e.offset, -1);
  EXPECT_EQ(e.reference, Reference::kSpeech);
  e = OnlyExpression("which was given to me this morning.");
  EXPECT_EQ(e.offset, 0);
  EXPECT_EQ(e.reference, Reference::kSpeech);
  e = OnlyExpression("In compliance, the network signed off that night.");
  EXPECT_EQ(e.reference, Reference::kAnchor);
  EXPECT_EQ(e.offset, 0);
  e = OnlyExpression("Bolton tendered it the next morning.");
  EXPECT_EQ(e.reference, Reference::kAnchor);
  EXPECT_EQ(e.offset, 1);
  EXPECT_THAT(FoundTexts("Later in the evening, the network signed off and went off-air."),
              ElementsAre("Later in the evening"));
}

TEST(DeicticRulesTest, PartsOfTheDayWithoutADay) {
  EXPECT_THAT(FoundTexts("The attack happened in the morning and lasted all night."), IsEmpty());
  EXPECT_THAT(FoundTexts("It was the last night of the festival."), IsEmpty());
  EXPECT_THAT(FoundTexts("He said that night raids would stop."), IsEmpty());
  EXPECT_THAT(FoundTexts("The Night Wolves rode at night."), IsEmpty());
}

}  // namespace
}  // namespace newsgraph::extract::dates
