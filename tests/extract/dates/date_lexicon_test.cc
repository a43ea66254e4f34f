#include "ingest_service/extract/dates/date_lexicon.h"

#include "gtest/gtest.h"

namespace newsgraph::extract::dates {
namespace {

TEST(DateLexiconTest, KnowsMonthNamesAndAbbreviations) {
  EXPECT_EQ(LookUpHead("January").kind, HeadKind::kMonth);
  EXPECT_EQ(LookUpHead("January").value, 1);
  EXPECT_EQ(LookUpHead("SEPTEMBER").value, 9);
  const HeadWord sept = LookUpHead("Sept");
  EXPECT_EQ(sept.kind, HeadKind::kMonth);
  EXPECT_EQ(sept.value, 9);
  EXPECT_TRUE(sept.abbreviated);
  EXPECT_EQ(LookUpHead("Dec").value, 12);
  EXPECT_FALSE(LookUpHead("May").abbreviated);
}

TEST(DateLexiconTest, KnowsWeekdaysInIsoOrder) {
  EXPECT_EQ(LookUpHead("Monday").kind, HeadKind::kWeekday);
  EXPECT_EQ(LookUpHead("Monday").value, 1);
  EXPECT_EQ(LookUpHead("sunday").value, 7);
  EXPECT_EQ(LookUpHead("Sun").kind, HeadKind::kNone);  // a newspaper, not a date
  EXPECT_EQ(LookUpHead("Wed").kind, HeadKind::kNone);
}

TEST(DateLexiconTest, KnowsDeicticWordsAndUnits) {
  EXPECT_EQ(LookUpHead("yesterday").value, -1);
  EXPECT_EQ(LookUpHead("Tomorrow").value, 1);
  EXPECT_EQ(LookUpHead("tonight").kind, HeadKind::kDeictic);
  EXPECT_EQ(LookUpHead("years").kind, HeadKind::kYearUnit);
  EXPECT_TRUE(LookUpHead("years").plural);
  EXPECT_EQ(LookUpHead("month").kind, HeadKind::kMonthUnit);
  EXPECT_EQ(LookUpHead("day").kind, HeadKind::kDayUnit);
  EXPECT_EQ(LookUpHead("afternoon").kind, HeadKind::kPartOfDay);
}

TEST(DateLexiconTest, RejectsOtherWords) {
  for (const char* word : {"the", "said", "Mayor", "Marches", "todays", "week", "weekend", "ago",
                           "", "a", "Decembers", "dayx", "Jun1"}) {
    EXPECT_EQ(LookUpHead(word).kind, HeadKind::kNone) << word;
  }
}

TEST(DateLexiconTest, FindsEveryHeadWordInAnyCase) {
  struct Expected {
    const char* word;
    HeadKind kind;
    int value;
  };
  const Expected heads[] = {
      {"january", HeadKind::kMonth, 1},      {"February", HeadKind::kMonth, 2},
      {"MARCH", HeadKind::kMonth, 3},        {"april", HeadKind::kMonth, 4},
      {"may", HeadKind::kMonth, 5},          {"June", HeadKind::kMonth, 6},
      {"July", HeadKind::kMonth, 7},         {"August", HeadKind::kMonth, 8},
      {"september", HeadKind::kMonth, 9},    {"October", HeadKind::kMonth, 10},
      {"November", HeadKind::kMonth, 11},    {"December", HeadKind::kMonth, 12},
      {"Jan", HeadKind::kMonth, 1},          {"feb", HeadKind::kMonth, 2},
      {"Mar", HeadKind::kMonth, 3},          {"Apr", HeadKind::kMonth, 4},
      {"Jun", HeadKind::kMonth, 6},          {"JUL", HeadKind::kMonth, 7},
      {"Aug", HeadKind::kMonth, 8},          {"Sep", HeadKind::kMonth, 9},
      {"sept", HeadKind::kMonth, 9},         {"Oct", HeadKind::kMonth, 10},
      {"Nov", HeadKind::kMonth, 11},         {"Dec", HeadKind::kMonth, 12},
      {"Monday", HeadKind::kWeekday, 1},     {"tuesday", HeadKind::kWeekday, 2},
      {"Wednesday", HeadKind::kWeekday, 3},  {"THURSDAY", HeadKind::kWeekday, 4},
      {"Friday", HeadKind::kWeekday, 5},     {"Saturday", HeadKind::kWeekday, 6},
      {"Sunday", HeadKind::kWeekday, 7},     {"Today", HeadKind::kDeictic, 0},
      {"tonight", HeadKind::kDeictic, 0},    {"tomorrow", HeadKind::kDeictic, 1},
      {"Yesterday", HeadKind::kDeictic, -1}, {"year", HeadKind::kYearUnit, 0},
      {"Years", HeadKind::kYearUnit, 0},     {"month", HeadKind::kMonthUnit, 0},
      {"months", HeadKind::kMonthUnit, 0},   {"DAY", HeadKind::kDayUnit, 0},
      {"days", HeadKind::kDayUnit, 0},       {"morning", HeadKind::kPartOfDay, 0},
      {"Afternoon", HeadKind::kPartOfDay, 0}, {"evening", HeadKind::kPartOfDay, 0},
      {"night", HeadKind::kPartOfDay, 0}};
  for (const Expected& e : heads) {
    const HeadWord head = LookUpHead(e.word);
    EXPECT_EQ(head.kind, e.kind) << e.word;
    EXPECT_EQ(head.value, e.value) << e.word;
  }
  // Words that share a head word's first two letters and length.
  for (const char* word : {"jane", "Juno", "mayo", "mon", "Monkey", "yeah", "dab", "tone", "seps",
                           "Septs", "nigh", "Junk", "Marc", "da\xC3\xA9", "M\x01y"}) {
    EXPECT_EQ(LookUpHead(word).kind, HeadKind::kNone) << word;
  }
}

TEST(DateLexiconTest, FilterAdmitsEveryHeadWord) {
  for (const char* word : {"january", "Sept", "Wednesday", "yesterday", "afternoon", "day"}) {
    EXPECT_TRUE(MayBeHeadWord(word)) << word;
  }
  EXPECT_FALSE(MayBeHeadWord("the"));
  EXPECT_FALSE(MayBeHeadWord("ministry"));
}

TEST(DateLexiconTest, ReadsNumberWords) {
  EXPECT_EQ(NumberWordValue("a"), 1);
  EXPECT_EQ(NumberWordValue("Seven"), 7);
  EXPECT_EQ(NumberWordValue("twenty"), 20);
  EXPECT_EQ(NumberWordValue("thirty"), 30);
  EXPECT_EQ(NumberWordValue("few"), 0);
  EXPECT_EQ(NumberWordValue("zero"), 0);
}

TEST(DateLexiconTest, WordClassesIgnoreCase) {
  EXPECT_TRUE(IsDatePreposition("On"));
  EXPECT_TRUE(IsDatePreposition("since"));
  EXPECT_FALSE(IsDatePreposition("to"));  // only in a range
  EXPECT_TRUE(IsYearIntroducer("mid") == false);
  EXPECT_TRUE(IsYearIntroducer("Until"));
  EXPECT_TRUE(IsCountNoun("UTC"));
  EXPECT_TRUE(IsCountNoun("people"));
  EXPECT_TRUE(IsChangeVerb("rose"));
  EXPECT_TRUE(IsYearPartNoun("end"));
  EXPECT_TRUE(IsPossessiveDeterminer("His"));
  EXPECT_TRUE(IsGenericDeterminer("every"));
  EXPECT_FALSE(IsGenericDeterminer("his"));
}

constexpr std::string_view kWords[] = {"will", "shall", "scheduled"};

TEST(DateLexiconTest, WordSetFindsItsWordsOnly) {
  constexpr WordSet set(kWords);
  EXPECT_TRUE(set.Contains("Will"));
  EXPECT_TRUE(set.Contains("SCHEDULED"));
  EXPECT_FALSE(set.Contains("wil"));
  EXPECT_FALSE(set.Contains("shallow"));
  EXPECT_FALSE(set.Contains(""));
  EXPECT_FALSE(set.Contains("9ill"));
}

}  // namespace
}  // namespace newsgraph::extract::dates
