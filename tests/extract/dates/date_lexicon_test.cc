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
