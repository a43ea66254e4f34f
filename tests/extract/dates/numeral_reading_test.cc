#include "ingest_service/extract/dates/numeral_reading.h"

#include <string>

#include "gtest/gtest.h"

namespace newsgraph::extract::dates {
namespace {

// The token that starts at the first occurrence of `what` in `tokens`.
Token TokenOf(const SentenceTokens& tokens, const std::string& what) {
  const size_t at = tokens.text().find(what);
  EXPECT_NE(at, std::string::npos) << what;
  return tokens.Next(at);
}

TEST(NumeralReadingTest, FreeYearNumbers) {
  const SentenceTokens tokens("in 2019 and (1997) but 1,000 $2019 1990s 2019/20 2019-20 12345 x");
  EXPECT_TRUE(IsFreeYearNumber(tokens, TokenOf(tokens, "2019 and")));
  EXPECT_TRUE(IsFreeYearNumber(tokens, TokenOf(tokens, "1997")));
  EXPECT_FALSE(IsFreeYearNumber(tokens, TokenOf(tokens, "000")));
  EXPECT_FALSE(IsFreeYearNumber(tokens, TokenOf(tokens, "2019 1990s")));  // after "$"
  EXPECT_FALSE(IsFreeYearNumber(tokens, TokenOf(tokens, "1990s")));
  EXPECT_FALSE(IsFreeYearNumber(tokens, TokenOf(tokens, "2019/20")));
  EXPECT_FALSE(IsFreeYearNumber(tokens, TokenOf(tokens, "2019-20")));
  EXPECT_FALSE(IsFreeYearNumber(tokens, TokenOf(tokens, "12345")));
}

TEST(NumeralReadingTest, WordsAfterAYear) {
  const SentenceTokens tokens("in 2015 signed, in 2000 km, in 2016 the, in 1500 homes, in 2019.");
  EXPECT_TRUE(YearFollowerAllowed(tokens, TokenOf(tokens, "2015")));
  EXPECT_FALSE(YearFollowerAllowed(tokens, TokenOf(tokens, "2000")));
  EXPECT_TRUE(YearFollowerAllowed(tokens, TokenOf(tokens, "2016")));
  EXPECT_FALSE(YearFollowerAllowed(tokens, TokenOf(tokens, "1500")));
  EXPECT_TRUE(YearFollowerAllowed(tokens, TokenOf(tokens, "2019")));
}

TEST(NumeralReadingTest, DayNumbers) {
  const SentenceTokens tokens("21st 3:00 2.5 31 32 0 10am 7%");
  EXPECT_TRUE(IsDayNumber(tokens, TokenOf(tokens, "21st")));
  EXPECT_EQ(tokens.View(OrdinalSuffix(tokens, TokenOf(tokens, "21st"))), "st");
  EXPECT_FALSE(IsDayNumber(tokens, TokenOf(tokens, "3:00")));
  EXPECT_FALSE(IsDayNumber(tokens, TokenOf(tokens, "2.5")));
  EXPECT_TRUE(IsDayNumber(tokens, TokenOf(tokens, "31")));
  EXPECT_FALSE(IsDayNumber(tokens, TokenOf(tokens, "32")));
  EXPECT_FALSE(IsDayNumber(tokens, TokenOf(tokens, "0 ")));
  EXPECT_FALSE(IsDayNumber(tokens, TokenOf(tokens, "10am")));
  EXPECT_FALSE(IsDayNumber(tokens, TokenOf(tokens, "7%")));
}

TEST(NumeralReadingTest, MonthNames) {
  const SentenceTokens tokens("Sept. 30 and Jan 5 and may 4 and March");
  uint32_t end = 0;
  EXPECT_EQ(MonthAt(tokens, TokenOf(tokens, "Sept"), &end), 9);
  EXPECT_EQ(tokens.text().substr(0, end), "Sept.");
  EXPECT_EQ(MonthAt(tokens, TokenOf(tokens, "Jan"), &end), 1);
  EXPECT_EQ(MonthAt(tokens, TokenOf(tokens, "may"), &end), 0);  // the verb
  EXPECT_EQ(MonthAt(tokens, TokenOf(tokens, "March"), &end), 3);
}

TEST(NumeralReadingTest, MayAsAName) {
  const SentenceTokens tokens("He met Theresa May 5; On May 5; Tuesday May 5; May 5");
  EXPECT_TRUE(MayIsAName(tokens, TokenOf(tokens, "May 5;"), 5));
  EXPECT_FALSE(MayIsAName(tokens, TokenOf(tokens, "May 5; Tuesday"), 5));
  EXPECT_FALSE(MayIsAName(tokens, TokenOf(tokens, "May 5; May"), 5));
  EXPECT_FALSE(MayIsAName(tokens, TokenOf(tokens, "Theresa"), 1));
  const SentenceTokens opening("The May 2019 map");
  EXPECT_FALSE(MayIsAName(opening, TokenOf(opening, "May"), 5));  // "The" opens the sentence
}

TEST(NumeralReadingTest, MonthAndDayWithOrWithoutYear) {
  MonthDayText text;
  const SentenceTokens full("on January 21, 2020 in Tbilisi");
  ASSERT_TRUE(ReadMonthDay(full, TokenOf(full, "January"), &text));
  EXPECT_EQ(text.month, 1);
  EXPECT_EQ(text.day, 21);
  EXPECT_EQ(text.year, 2020);
  EXPECT_EQ(full.text().substr(3, text.end - 3), "January 21, 2020");
  const SentenceTokens ordinal("on December 27th - culminating");
  ASSERT_TRUE(ReadMonthDay(ordinal, TokenOf(ordinal, "December"), &text));
  EXPECT_EQ(text.year, 0);
  EXPECT_EQ(ordinal.text().substr(3, text.end - 3), "December 27th");
  const SentenceTokens name("the May 4th Movement");
  EXPECT_FALSE(ReadMonthDay(name, TokenOf(name, "May"), &text));
  const SentenceTokens no_day("in June 2019");
  EXPECT_FALSE(ReadMonthDay(no_day, TokenOf(no_day, "June"), &text));
}

TEST(NumeralReadingTest, YearPhrases) {
  DateExpression e;
  uint32_t end = 0;
  const SentenceTokens last("March 20 last year.");
  ASSERT_TRUE(ReadYearPhrase(last, 8, &e, &end));
  EXPECT_EQ(e.reference, Reference::kSpeech);
  EXPECT_EQ(e.offset, -1);
  EXPECT_EQ(last.text().substr(0, end), "March 20 last year");
  const SentenceTokens following("August of the following year");
  ASSERT_TRUE(ReadYearPhrase(following, 6, &e, &end));
  EXPECT_EQ(e.reference, Reference::kAnchor);
  EXPECT_EQ(e.offset, 1);
  const SentenceTokens same("May 13 of that same year");
  ASSERT_TRUE(ReadYearPhrase(same, 6, &e, &end));
  EXPECT_EQ(e.offset, 0);
  const SentenceTokens none("May 13 of the convention");
  EXPECT_FALSE(ReadYearPhrase(none, 6, &e, &end));
  const SentenceTokens anchor_needs_of("May 13 that year");
  EXPECT_FALSE(ReadYearPhrase(anchor_needs_of, 6, &e, &end));
}

TEST(NumeralReadingTest, AttributiveDeterminers) {
  const SentenceTokens tokens("the a his Johnson's Johnson\u2019s this");
  EXPECT_TRUE(IsAttributiveDeterminer(tokens, TokenOf(tokens, "the")));
  EXPECT_TRUE(IsAttributiveDeterminer(tokens, TokenOf(tokens, "his")));
  EXPECT_TRUE(IsAttributiveDeterminer(tokens, tokens.Next(TokenOf(tokens, "'s").end)));
  EXPECT_TRUE(IsAttributiveDeterminer(tokens, tokens.Next(TokenOf(tokens, "\u2019s").end)));
  EXPECT_FALSE(IsAttributiveDeterminer(tokens, TokenOf(tokens, "this")));
}

}  // namespace
}  // namespace newsgraph::extract::dates
