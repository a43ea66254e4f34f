#include "shared/resolution/name_normalizer.h"

#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::resolution {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(NormalizeNameTest, FoldsCaseAndAccents) {
  // Names as the corpora spell them (Wikinews 2019/046, the seed article).
  EXPECT_EQ(NormalizeName("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
  EXPECT_EQ(NormalizeName("Recep Tayyip Erdogan"), "recep tayyip erdogan");
  EXPECT_EQ(NormalizeName("ERDOĞAN"), "erdogan");
  EXPECT_EQ(NormalizeName("Zakir Hasanov"), "zakir hasanov");
  EXPECT_EQ(NormalizeName("São Tomé and Príncipe"), "sao tome and principe");
  EXPECT_EQ(NormalizeName("Zürich"), "zurich");
  // Already decomposed input: "g" followed by a combining breve.
  EXPECT_EQ(NormalizeName("Erdog\u0306an"), "erdogan");
  EXPECT_EQ(NormalizeName("İstanbul"), "istanbul");
}

TEST(NormalizeNameTest, FoldsLettersThatDoNotDecompose) {
  EXPECT_EQ(NormalizeName("Łódź"), "lodz");
  EXPECT_EQ(NormalizeName("Øresund"), "oresund");
  EXPECT_EQ(NormalizeName("Straße"), "strasse");
  EXPECT_EQ(NormalizeName("Ærø"), "aero");
  EXPECT_EQ(NormalizeName("Þórshöfn"), "thorshofn");
  EXPECT_EQ(NormalizeName("Đoàn"), "doan");
}

TEST(NormalizeNameTest, PunctuationBreaksWordsAndApostrophesJoinThem) {
  EXPECT_EQ(NormalizeName("U.S."), "u s");
  EXPECT_EQ(NormalizeName("Baku-Tbilisi-Ceyhan pipeline"), "baku tbilisi ceyhan pipeline");
  EXPECT_EQ(NormalizeName("Bashar al-Assad"), "bashar al assad");
  EXPECT_EQ(NormalizeName("Prayuth Chan-o-cha"), "prayuth chan o cha");
  EXPECT_EQ(NormalizeName("O'Brien"), "obrien");
  EXPECT_EQ(NormalizeName("O’Brien"), "obrien");
  EXPECT_EQ(NormalizeName("Kurdistan Workers' Party"), "kurdistan workers party");
  EXPECT_EQ(NormalizeName("  African  Export–Import   Bank\n"), "african export import bank");
  EXPECT_EQ(NormalizeName("United Nations Educational, Scientific and Cultural Organization"),
            "united nations educational scientific and cultural organization");
}

TEST(NormalizeNameTest, DropsALeadingTheOnlyBeforeOtherWords) {
  EXPECT_EQ(NormalizeName("The Hague"), "hague");
  EXPECT_EQ(NormalizeName("the Plan"), "plan");
  EXPECT_EQ(NormalizeName("The"), "the");
  EXPECT_EQ(NormalizeName("Theresa May"), "theresa may");
  EXPECT_EQ(NormalizeName("Parliament of the United Kingdom"), "parliament of the united kingdom");
}

TEST(NormalizeNameTest, FoldsBritishSpellingsAndAmpersands) {
  EXPECT_EQ(NormalizeName("Ministry of Defence"), NormalizeName("Ministry of Defense"));
  EXPECT_EQ(NormalizeName("Levan Izoria, Defence Minister"), "levan izoria defense minister");
  EXPECT_EQ(NormalizeName("World Health Organisation"), "world health organization");
  EXPECT_EQ(NormalizeName("United Nations Development Programme"),
            "united nations development program");
  EXPECT_EQ(NormalizeName("Bosnia & Herzegovina"), NormalizeName("Bosnia and Herzegovina"));
  // Only whole words fold.
  EXPECT_EQ(NormalizeName("Defenceless"), "defenceless");
}

TEST(NormalizeNameTest, KeepsOtherScriptsAndCompatibilityForms) {
  EXPECT_EQ(NormalizeName("Тбилиси"), "тбилиси");
  EXPECT_EQ(NormalizeName("ＮＡＴＯ"), "nato");
  EXPECT_EQ(NormalizeName("G７"), "g7");
  EXPECT_EQ(NormalizeName("Qəbələ"), "qəbələ");
}

TEST(NormalizeNameTest, NothingToKeepGivesEmpty) {
  EXPECT_EQ(NormalizeName(""), "");
  EXPECT_EQ(NormalizeName("—"), "");
  EXPECT_EQ(NormalizeName("!!! ... '"), "");
}

TEST(NormalizeNameTest, InvalidUtf8BreaksWords) {
  EXPECT_EQ(NormalizeName(std::string_view("Ba\xFFku", 5)), "ba ku");
  EXPECT_EQ(NormalizeName(std::string_view("\xC3", 1)), "");
}

TEST(NormalizeNameTest, IsLinearOnLongInput) {
  std::string long_name;
  for (int i = 0; i < 100000; ++i) long_name += "Ab ";
  EXPECT_EQ(NormalizeName(long_name).size(), 100000u * 3 - 1);
}

TEST(NormalizeAsciiWordTest, AgreesWithNormalizeNameOnAsciiWords) {
  std::string out = "left over from an earlier word";
  for (std::string_view word :
       {"Zimbabwe", "OIL", "the", "The", "G7", "2020", "a", "Defence", "DEFENCES", "organisation",
        "Programme", "programmes", "defenceless", "program"}) {
    ASSERT_TRUE(NormalizeAsciiWord(word, &out)) << word;
    EXPECT_EQ(out, NormalizeName(word)) << word;
  }
}

TEST(NormalizeAsciiWordTest, LeavesOtherWordsToNormalizeName) {
  std::string out;
  for (std::string_view word : {"", "Zürich", "U.S.", "O'Brien", "al-Assad", "two words", "\xff"}) {
    EXPECT_FALSE(NormalizeAsciiWord(word, &out)) << word;
  }
}

TEST(WordsTest, CountsAndLastWord) {
  EXPECT_EQ(CountWords(""), 0);
  EXPECT_EQ(CountWords("hasanov"), 1);
  EXPECT_EQ(CountWords("zakir hasanov"), 2);
  EXPECT_EQ(LastWord("zakir hasanov"), "hasanov");
  EXPECT_EQ(LastWord("nato"), "nato");
  EXPECT_EQ(LastWord(""), "");
}

TEST(WordTailsTest, StartsAtEachWordButNotAtConnectives) {
  EXPECT_THAT(WordTails("ministry of defense of georgia"),
              ElementsAre("ministry of defense of georgia", "defense of georgia", "georgia"));
  EXPECT_THAT(WordTails("zakir hasanov"), ElementsAre("zakir hasanov", "hasanov"));
  EXPECT_THAT(WordTails("nato"), ElementsAre("nato"));
  EXPECT_THAT(WordTails("the"), ElementsAre("the"));
  EXPECT_THAT(WordTails(""), IsEmpty());
  // A tail that is only a connective word is kept (it is not "of ...").
  EXPECT_THAT(WordTails("house of"), ElementsAre("house of", "of"));
}

TEST(PrefixUpperBoundTest, BoundsEveryStringWithThePrefix) {
  EXPECT_EQ(PrefixUpperBound("has"), "hat");
  EXPECT_EQ(PrefixUpperBound("erdo"), "erdp");
  EXPECT_EQ(PrefixUpperBound("tbilisi z"), "tbilisi {");
  EXPECT_EQ(PrefixUpperBound("qəbə"), "qəbɚ");
  EXPECT_EQ(PrefixUpperBound("a\u00FF"), "a\u0100");
  EXPECT_EQ(PrefixUpperBound("a\uD7FF"), "a\uE000");
  EXPECT_EQ(PrefixUpperBound("a\U0010FFFF"), "b");
  for (std::string_view prefix : {"has", "qəbə", "a\u00FF", "z"}) {
    const std::string bound = PrefixUpperBound(prefix);
    for (std::string_view tail : {"", " ", "anov", "\u00FF", "\U0010FFFF", "zzz"}) {
      const std::string s = std::string(prefix) + std::string(tail);
      EXPECT_GE(s, prefix);
      EXPECT_LT(s, bound) << s;
    }
  }
  EXPECT_GE(std::string("hat"), PrefixUpperBound("has"));
}

TEST(LooksLikeAcronymTest, CapitalsAndDigits) {
  for (std::string_view yes : {"NATO", "U.S.", "GUAM", "AfCFTA", "G7", "USCIRF", "AU", "EU"}) {
    EXPECT_TRUE(LooksLikeAcronym(yes)) << yes;
  }
  for (std::string_view no :
       {"Nato", "Paris", "A", "G", "7", "NATO members", "Hasanov", "", "ABCDEFGHIJK", "Ü"}) {
    EXPECT_FALSE(LooksLikeAcronym(no)) << no;
  }
}

}  // namespace
}  // namespace newsgraph::resolution
