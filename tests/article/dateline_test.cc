#include "ingest_service/article/dateline.h"

#include <ostream>
#include <string>

#include "gtest/gtest.h"

namespace newsgraph::article {
namespace {

struct Expected {
  std::string line;
  std::string place;
  int month;
  int day;
  int year;
  std::string body;  // the text from body_begin
};

void PrintTo(const Expected& e, std::ostream* os) { *os << e.line; }

class DatelineTest : public ::testing::TestWithParam<Expected> {};

TEST_P(DatelineTest, Parses) {
  const Expected& e = GetParam();
  const std::optional<Dateline> d = ParseDateline(e.line, {0, e.line.size()});
  ASSERT_TRUE(d.has_value()) << e.line;
  EXPECT_EQ(Slice(e.line, d->place), e.place);
  EXPECT_EQ(d->month, e.month);
  EXPECT_EQ(d->day, e.day);
  EXPECT_EQ(d->year, e.year);
  EXPECT_EQ(e.line.substr(d->body_begin), e.body);
}

// Shapes seen in Reuters-21578 and the worldwide corpus.
INSTANTIATE_TEST_SUITE_P(
    CorpusShapes, DatelineTest,
    ::testing::Values(
        Expected{"SALVADOR, Feb 26 - Showers continued", "SALVADOR", 2, 26, 0, "Showers continued"},
        Expected{"NEW YORK, March 2 - The", "NEW YORK", 3, 2, 0, "The"},
        Expected{"OTTAWA, Canada, Feb 26 - Canada", "OTTAWA, Canada", 2, 26, 0, "Canada"},
        Expected{"FULLERTON, Calif., March 2 - x", "FULLERTON, Calif.", 3, 2, 0, "x"},
        Expected{"ST. LOUIS, MO., March 3 - x", "ST. LOUIS, MO.", 3, 3, 0, "x"},
        Expected{"Mexico city, april 1 - x", "Mexico city", 4, 1, 0, "x"},
        Expected{"NEW YORK, APril 1 - x", "NEW YORK", 4, 1, 0, "x"},
        Expected{"TOKYO, Oct 20 - x", "TOKYO", 10, 20, 0, "x"},
        Expected{"BUTLER, Pa., Sept. 2 - x", "BUTLER, Pa.", 9, 2, 0, "x"},
        Expected{"AMSTERDAM, 2 March - x", "AMSTERDAM", 3, 2, 0, "x"},
        Expected{"WASHINGTON, March 12, Reuter - x", "WASHINGTON", 3, 12, 0, "x"},
        Expected{"RICHMOND, Va. Feb 26 - x", "RICHMOND, Va.", 2, 26, 0, "x"},
        Expected{"MONTREAL, Feb 26- x", "MONTREAL", 2, 26, 0, "x"},
        Expected{"PARIS,March 16 - x", "PARIS", 3, 16, 0, "x"},
        Expected{"****LONDON, March 5 - x", "LONDON", 3, 5, 0, "x"},
        Expected{"LONDON, March 5 -", "LONDON", 3, 5, 0, ""},
        Expected{"KINSHASA, Jul 26 2022 (IPS) - From", "KINSHASA", 7, 26, 2022, "From"},
        Expected{"BEIJING, July 18 (Xinhua) -- Chinese", "BEIJING", 7, 18, 0, "Chinese"},
        Expected{"afrol News, 26 June - Four", "afrol News", 6, 26, 0, "Four"},
        Expected{"SÃO PAULO, May 4 \xE2\x80\x94 Text", "SÃO PAULO", 5, 4, 0, "Text"},
        // An impossible day: still a dateline, but without a date.
        Expected{"NEW YORK, March 119 - x", "NEW YORK", 0, 0, 0, "x"},
        Expected{"ZURICH, Feb 29 1987 - x", "ZURICH", 0, 0, 0, "x"}));

TEST(DatelineRejectTest, LinesThatAreNotDatelines) {
  for (const std::string line : {
           "FEDERAL RESERVE WEEKLY REPORT 4 - FEB 26",         // no place before the month
           "ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER",  // headline: no comma
           "BICC SEEKS ACCELERATED EARNINGS GROWTH LONDON, March 25 - BICC",  // 6 words
           "The company said on March 2 - a Monday - that it would",
           "JOHANNESBURG March 13 - no comma at all",
           "NEW YORK, Narch 2 - misspelt month",
           "Wilcox/Gibbs - no date",
           "LONDON, March 5 --- three dashes",
           "12 MONKEYS, March 5 - digits in the place",
           "Showers continued throughout the week in",
       }) {
    EXPECT_FALSE(ParseDateline(line, {0, line.size()}).has_value()) << line;
  }
}

TEST(DatelineRejectTest, OnlyTheFirst120BytesAreSearched) {
  const std::string line = std::string(130, 'A') + ", March 5 - x";
  EXPECT_FALSE(ParseDateline(line, {0, line.size()}).has_value());
}

}  // namespace
}  // namespace newsgraph::article
