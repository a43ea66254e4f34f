#include "ingest_service/extract/gazetteer/name_folding.h"

#include "gtest/gtest.h"

namespace newsgraph::extract {
namespace {

TEST(NameFoldingTest, AsciiSpellingFoldsLatinMarksAndKeepsCase) {
  EXPECT_EQ(AsciiSpelling("Qəbələ"), "Qabala");
  EXPECT_EQ(AsciiSpelling("Erdoğan"), "Erdogan");
  EXPECT_EQ(AsciiSpelling("İstanbul"), "Istanbul");
  EXPECT_EQ(AsciiSpelling("Kiskunfélegyháza"), "Kiskunfelegyhaza");
  EXPECT_EQ(AsciiSpelling("Rosselló"), "Rossello");
  EXPECT_EQ(AsciiSpelling("Poznań"), "Poznan");
  EXPECT_EQ(AsciiSpelling("São Paulo"), "Sao Paulo");
  EXPECT_EQ(AsciiSpelling("Straße"), "Strasse");
  EXPECT_EQ(AsciiSpelling("Łódź"), "Lodz");
  EXPECT_EQ(AsciiSpelling("Tórshavn"), "Torshavn");
  EXPECT_EQ(AsciiSpelling("Þingvellir"), "THingvellir");
  EXPECT_EQ(AsciiSpelling("Ærø"), "AEro");
  EXPECT_EQ(AsciiSpelling("Şanlıurfa"), "Sanliurfa");
  EXPECT_EQ(AsciiSpelling("Hà Nội"), "Ha Noi");  // Vietnamese stacked marks
}

TEST(NameFoldingTest, CombiningMarksAreDropped) {
  EXPECT_EQ(AsciiSpelling("Poznan\u0301"), "Poznan");
  EXPECT_EQ(AsciiSpelling("Qe\u0308bele"), "Qebele");
}

TEST(NameFoldingTest, OtherScriptsPassThrough) {
  EXPECT_EQ(AsciiSpelling("Тбилиси"), "Тбилиси");
  EXPECT_EQ(AsciiSpelling("თბილისი"), "თბილისი");
}

TEST(NameFoldingTest, FoldedKeyIgnoresCaseMarksAndPunctuation) {
  EXPECT_EQ(FoldedKey("Baku–Tbilisi–Ceyhan"), "baku tbilisi ceyhan");
  EXPECT_EQ(FoldedKey("Washington, D.C."), "washington dc");
  EXPECT_EQ(FoldedKey("al-Qaeda"), FoldedKey("Al Qaeda"));
  EXPECT_EQ(FoldedKey("TBILISI"), "tbilisi");
  EXPECT_EQ(FoldedKey("Côte d’Ivoire"), "cote divoire");
  EXPECT_EQ(FoldedKey("  U.S.  "), "us");
}

TEST(NameFoldingTest, FoldedKeyIntoBufferAgreesWithString) {
  for (const std::string_view name : {"Qəbələ", "Washington, D.C.", "Kars–Tbilisi", "x"}) {
    PhraseBuffer buffer;
    const std::optional<std::string_view> key = FoldedKey(name, buffer);
    ASSERT_TRUE(key.has_value());
    EXPECT_EQ(*key, FoldedKey(name)) << name;
  }
  PhraseBuffer buffer;
  EXPECT_FALSE(FoldedKey(std::string(400, 'x'), buffer).has_value());
}

TEST(NameFoldingTest, IsAscii) {
  EXPECT_TRUE(IsAscii("Gabala"));
  EXPECT_FALSE(IsAscii("Qəbələ"));
}

}  // namespace
}  // namespace newsgraph::extract
