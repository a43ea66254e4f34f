#include "ingest_service/extract/dates/date_extractor.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/date/partial_date.h"
#include "tests/extract/dates/dates_test_support.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::extract {
namespace {

using testing::DatesOf;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::PlainArticle;

// content[start, end) counted in code points, decoded here one by one.
std::string CodePointSlice(const std::string& content, int start, int end) {
  std::string out;
  int index = 0;
  for (size_t i = 0; i < content.size();) {
    const auto lead = static_cast<unsigned char>(content[i]);
    const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (index >= start && index < end) out += content.substr(i, length);
    i += length;
    ++index;
  }
  return out;
}

TEST(DateExtractorTest, SeedArticleDates) {
  EXPECT_THAT(
      DatesOf("The Plan was signed during the meeting in Tbilisi on January 21.\n\n"
              "On the same day, Hasanov met with Chairman of the Parliament of Georgia.\n\n"
              "Earlier, Hasanov and Levan Izoria signed an agreement in Gabala in June 2019.\n\n"
              "Azerbaijan and Georgia are among the founding members of GUAM established in 1997.",
              "2020-01-24"),
      ElementsAre("on January 21=2020-01-21", "On the same day=2020-01-21", "in June 2019=2019-06",
                  "in 1997=1997"));
}

TEST(DateExtractorTest, SpansCountCodePointsOfTheContent) {
  const std::string text =
      "Erdoğan — «the Turkish President» — spoke on Wednesday in İstanbul.\n\n"
      "Népszava noted the purchase on October 29, 2019.";
  ASSERT_OK_AND_ASSIGN(v1::Article article, PlainArticle(text, "2019-11-07"));
  const std::vector<v1::DateMention> dates = ExtractDates(article);
  ASSERT_EQ(dates.size(), 2u);
  for (const v1::DateMention& d : dates) {
    EXPECT_EQ(CodePointSlice(article.content(), d.span().start(), d.span().end()), d.text());
  }
  EXPECT_EQ(dates[0].text(), "on Wednesday");
  EXPECT_EQ(dates[0].span().start(), 42);
  EXPECT_EQ(dates[0].sentence_index(), 0);
  EXPECT_EQ(dates[1].sentence_index(), 1);
  EXPECT_EQ(dates[1].rule(), "absolute:month_day_year");
  EXPECT_EQ(date::FormatIsoDate(dates[0].value()), "2019-11-06");
}

TEST(DateExtractorTest, YearBoundary) {
  // Wikinews 2020-01-05.
  EXPECT_THAT(
      DatesOf("The United States pointed to the December 24 attack on the embassy.\n\n"
              "As of January 3, no evidence has been reported.\n\n"
              "Last April, the Department of State designated the IRGC.",
              "2020-01-05"),
      ElementsAre("December 24=2019-12-24", "As of January 3=2020-01-03", "Last April=2019-04"));
}

TEST(DateExtractorTest, WeekdaysAroundThePublicationDay) {
  // Monday 2019-02-11.
  EXPECT_THAT(DatesOf("The commission said on Monday it had met.\n\n"
                      "The commission is scheduled to discuss the events on Monday.\n\n"
                      "This past Friday, the princess announced her candidacy.\n\n"
                      "They must rule by this coming Friday.\n\n"
                      "The king will speak next Friday.\n\n"
                      "The party met on Saturday.",
                      "2019-02-11"),
              ElementsAre("on Monday=2019-02-11", "on Monday=2019-02-11",
                          "This past Friday=2019-02-08", "by this coming Friday=2019-02-15",
                          "next Friday=2019-02-22", "on Saturday=2019-02-09"));
}

TEST(DateExtractorTest, LeapYears) {
  EXPECT_THAT(DatesOf("The law took effect on February 29.", "2020-03-10"),
              ElementsAre("on February 29=2020-02-29"));
  EXPECT_THAT(DatesOf("The law took effect on February 29.", "2021-03-10"), IsEmpty());
  EXPECT_THAT(DatesOf("The vote was held yesterday.", "2020-03-01"),
              ElementsAre("yesterday=2020-02-29"));
}

TEST(DateExtractorTest, TheAnchorFollowsTheNarration) {
  // Wikinews 2019-09-12: Tuesday, Monday night, the next morning.
  EXPECT_THAT(DatesOf("On Tuesday, Trump announced he had asked for Bolton's resignation Monday "
                      "night, and that Bolton tendered it the next morning.\n\n"
                      "Seven days earlier, Bolton had met Pompeo.",
                      "2019-09-12"),
              ElementsAre("On Tuesday=2019-09-10", "Monday night=2019-09-09",
                          "the next morning=2019-09-10", "Seven days earlier=2019-09-03"));
}

TEST(DateExtractorTest, DatesAfterThePublicationDateAnchorOnlyTheirSentence) {
  // Wikinews 2019-03-17.
  EXPECT_THAT(DatesOf("The shooting began on Friday at the Al Noor Mosque.\n\n"
                      "He remains in custody until his next court appearance on April 5, the same "
                      "day the report is due.\n\n"
                      "The second attack was in Linwood, on the same day.",
                      "2019-03-17"),
              ElementsAre("on Friday=2019-03-15", "on April 5=2019-04-05",
                          "the same day=2019-04-05", "on the same day=2019-03-15"));
}

TEST(DateExtractorTest, QuotedDeicticsCountFromWhenTheWordsWereSaid) {
  // Wikinews 2019-09-12 (Thursday): the quotes are from Tuesday.
  EXPECT_THAT(
      DatesOf("On Tuesday, Trump announced Bolton's departure.\n\n"
              "\"I informed John Bolton last night that his services are no longer needed. He "
              "resigned this morning,\" wrote Trump on Twitter.\n\n"
              "Bolton wrote: \"I offered to resign last night and Trump said, 'Let's talk about it "
              "tomorrow.' \"\n\n"
              "\"We met yesterday,\" Pompeo told the press on Wednesday.",
              "2019-09-12"),
      ElementsAre("On Tuesday=2019-09-10", "last night=2019-09-09", "this morning=2019-09-10",
                  "last night=2019-09-09", "yesterday=2019-09-10", "on Wednesday=2019-09-11"));
}

TEST(DateExtractorTest, QuotedTodayAndPresentTenseTodayAreLeftOut) {
  EXPECT_THAT(DatesOf("Msallem said, \"We are for the freedom to dress, but today with the "
                      "current situation we find justifications.\"\n\n"
                      "Easter Island is today a relatively barren place.\n\n"
                      "He died today.",
                      "2019-07-08"),
              ElementsAre("today=2019-07-08"));
}

TEST(DateExtractorTest, InTwoDaysIsADateOnlyLookingAhead) {
  EXPECT_THAT(DatesOf("The storm killed 20 people in two days.\n\n"
                      "The summit will open in two days.",
                      "2019-08-24"),
              ElementsAre("in two days=2019-08-26"));
}

TEST(DateExtractorTest, YearsGivenNextToMonths) {
  EXPECT_THAT(DatesOf("She wrote, \"Last year August 8 was one of the happiest days for me.\"",
                      "2020-09-03"),
              ElementsAre("Last year=2019", "August 8=2019-08-08"));
  EXPECT_THAT(DatesOf("Imports may reach one mln tonnes between January and September this year, "
                      "the newsletter said.",
                      "1987-03-03"),
              ElementsAre("between January=1987-01", "September this year=1987-09"));
}

TEST(DateExtractorTest, MonthsOfThatYear) {
  EXPECT_THAT(DatesOf("Odhikar filed the petition with the HC in 2019.\n\n"
                      "The HC on May 13 of that year issued a rule.\n\n"
                      "Lara had 164 executions in the first semester, and in August of that same "
                      "year, it climbed up to 217.",
                      "2022-06-08"),
              ElementsAre("in 2019=2019", "on May 13 of that year=2019-05-13",
                          "in August of that same year=2019-08"));
}

TEST(DateExtractorTest, TrapsAreNotDates) {
  EXPECT_THAT(DatesOf("Theresa May said the Sunday Times had paid $2019 to 2020 people, and "
                      "1,000 more may march. May's cabinet met. The score was 2019-2018.",
                      "2019-07-24"),
              IsEmpty());
}

TEST(DateExtractorTest, WithoutAPublishedDateRelativeDatesKeepTheirPrecision) {
  ASSERT_OK_AND_ASSIGN(v1::Article article,
                       PlainArticle("The ministers met on Monday and again in June.\n\n"
                                    "The pact was signed on January 21, 2020.\n\n"
                                    "On the same day, they dined. It dates from 1997.",
                                    ""));
  ASSERT_FALSE(article.has_published_date());
  const std::vector<v1::DateMention> dates = ExtractDates(article);
  ASSERT_EQ(dates.size(), 5u);
  EXPECT_EQ(dates[0].value().precision(), v1::DATE_PRECISION_DAY);
  EXPECT_EQ(dates[0].value().year(), 0);
  EXPECT_EQ(dates[1].value().precision(), v1::DATE_PRECISION_MONTH);
  EXPECT_EQ(dates[1].value().month(), 6);
  EXPECT_EQ(dates[1].value().year(), 0);
  EXPECT_EQ(date::FormatIsoDate(dates[2].value()), "2020-01-21");
  EXPECT_EQ(date::FormatIsoDate(dates[3].value()), "2020-01-21");  // anchored on the text
  EXPECT_EQ(date::FormatIsoDate(dates[4].value()), "1997");
}

TEST(DateExtractorTest, PerSentenceViewSaysWhichDatesEachSentenceHolds) {
  ASSERT_OK_AND_ASSIGN(v1::Article article,
                       PlainArticle("The Plan was signed in Tbilisi on January 21.\n\n"
                                    "The sides discussed security.\n\n"
                                    "On the same day, Hasanov met Talakvadze. They met in 1997 "
                                    "and in 2019.",
                                    "2020-01-24"));
  const ArticleDates dates = ExtractArticleDates(article);
  ASSERT_EQ(dates.sentences.size(), static_cast<size_t>(article.sentences_size()));
  ASSERT_EQ(dates.mentions.size(), 4u);
  EXPECT_THAT(dates.MentionsOf(0).size(), 1u);
  EXPECT_THAT(dates.MentionsOf(1), IsEmpty());
  EXPECT_EQ(date::FormatIsoDate(dates.sentences[1].anchor), "2020-01-21");
  EXPECT_EQ(dates.sentences[0].anchor.precision(), v1::DATE_PRECISION_UNSPECIFIED);
  ASSERT_EQ(dates.MentionsOf(3).size(), 2u);
  EXPECT_EQ(dates.MentionsOf(3)[1].text(), "in 2019");
  EXPECT_THAT(dates.MentionsOf(-1), IsEmpty());
  EXPECT_THAT(dates.MentionsOf(99), IsEmpty());
  EXPECT_EQ(ExtractDates(article).size(), dates.mentions.size());
}

TEST(DateExtractorTest, EmptyArticle) {
  EXPECT_THAT(ExtractDates(v1::Article()), IsEmpty());
  EXPECT_THAT(ExtractArticleDates(v1::Article()).sentences, IsEmpty());
}

}  // namespace
}  // namespace newsgraph::extract
