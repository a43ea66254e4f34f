#include "ingest_service/extract/dates/tense_cues.h"

#include <string>

#include "gtest/gtest.h"

namespace newsgraph::extract::dates {
namespace {

// The tense of the clause around the first occurrence of `expression`.
Tense TenseAround(const std::string& sentence, const std::string& expression) {
  const size_t at = sentence.find(expression);
  EXPECT_NE(at, std::string::npos) << expression;
  const SentenceTokens tokens(sentence);
  return ClauseTense(tokens, static_cast<uint32_t>(at),
                     static_cast<uint32_t>(at + expression.size()));
}

TEST(TenseCuesTest, ScheduledLooksAhead) {
  // Wikinews 2019-02-11: the commission meets on the article's own Monday.
  EXPECT_EQ(TenseAround("The country's election commission is scheduled to discuss the events of "
                        "this past weekend on Monday.",
                        "on Monday"),
            Tense::kFuture);
  EXPECT_EQ(TenseAround("The election is scheduled for March 24.", "March 24"), Tense::kFuture);
}

TEST(TenseCuesTest, ToBeHeldLooksAheadThoughHeldIsAPastForm) {
  EXPECT_EQ(TenseAround("On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the "
                        "Belarusian presidential election to be held on August 9, held a rally "
                        "in Minsk, Belarus.",
                        "on August 9"),
            Tense::kFuture);
}

TEST(TenseCuesTest, NearestCueWins) {
  EXPECT_EQ(
      TenseAround("Trump, who will visit in June, said on Monday the talks failed.", "on Monday"),
      Tense::kPast);
  EXPECT_EQ(TenseAround("Conservative Party members voted on Tuesday to elect Boris Johnson.",
                        "on Tuesday"),
            Tense::kPast);
}

TEST(TenseCuesTest, LooksRightWhenNothingIsLeftOfTheExpression) {
  EXPECT_EQ(TenseAround("On Monday, the commission will rule on all candidates.", "On Monday"),
            Tense::kFuture);
  EXPECT_EQ(TenseAround("On Friday, Youssef Chahed signed a government decree.", "On Friday"),
            Tense::kPast);
  // The clause ends at the second comma: nothing decides.
  EXPECT_EQ(TenseAround("On Friday in Istanbul, as a part of an election rally, Erdogan said it.",
                        "On Friday"),
            Tense::kUnknown);
}

TEST(TenseCuesTest, ExpectationInThePastSaysNothing) {
  EXPECT_EQ(TenseAround("The state of emergency was expected to end on December 15, but on "
                        "December 14 it was extended by two weeks.",
                        "on December 15"),
            Tense::kUnknown);
  EXPECT_EQ(
      TenseAround("Other events have been planned in Cahors until December.", "until December"),
      Tense::kFuture);
}

TEST(TenseCuesTest, ModalPerfectLooksBack) {
  EXPECT_EQ(TenseAround("The New York Times reported that, in a phone call in late July, Trump "
                        "might have encouraged the president.",
                        "in late July"),
            Tense::kPast);
  EXPECT_EQ(TenseAround("The coronavirus may cause 32,000 more deaths by August 4.", "by August 4"),
            Tense::kFuture);
}

TEST(TenseCuesTest, DueToTheIsACauseNotASchedule) {
  EXPECT_EQ(TenseAround("Riots had broken out due to the police shooting of Jacob Blake in "
                        "August.",
                        "in August"),
            Tense::kPast);
  EXPECT_EQ(TenseAround("A fourth book is due out in May.", "in May"), Tense::kFuture);
}

TEST(TenseCuesTest, PresentTenseIsReported) {
  EXPECT_EQ(TenseAround("Easter Island is today a relatively barren place.", "today"),
            Tense::kPresent);
  EXPECT_EQ(TenseAround("Theresa May is to step down today.", "today"), Tense::kFuture);
  EXPECT_EQ(TenseAround("Police have arrested two men today.", "today"), Tense::kPast);
}

TEST(TenseCuesTest, ContractionsAreRead) {
  EXPECT_EQ(TenseAround("Sanders didn't endorse her until July.", "until July"), Tense::kPast);
  EXPECT_EQ(TenseAround("We won't wait until October 31.", "until October 31"), Tense::kFuture);
}

}  // namespace
}  // namespace newsgraph::extract::dates
