#include "ingest_service/article/abbreviations.h"

#include <algorithm>

#include "gtest/gtest.h"

namespace newsgraph::article {
namespace {

TEST(AbbreviationsTest, Kinds) {
  for (std::string_view t : {"Mr.", "Dr.", "Col.", "Gen.", "Lt.", "Maj.", "Brig.", "Capt.", "Sgt.",
                             "Adm.", "Gov.", "Sen.", "Rep.", "Prof.", "St.", "Rev.", "vs."}) {
    EXPECT_EQ(ClassifyAbbreviation(t), AbbreviationKind::kNeverEndsSentence) << t;
  }
  for (std::string_view t : {"U.S.", "U.K.", "U.N.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "a.m.",
                             "p.m.", "etc.", "Jan.", "Sept.", "No.", "W.", "J.K.", "F.B.I."}) {
    EXPECT_EQ(ClassifyAbbreviation(t), AbbreviationKind::kMayEndSentence) << t;
  }
  for (std::string_view t : {"co.", "said.", "LAW.", "1987.", "Mr", "U.S", ".", "Wham.", "AB."}) {
    EXPECT_EQ(ClassifyAbbreviation(t), AbbreviationKind::kNone) << t;
  }
}

TEST(AbbreviationsTest, Initials) {
  EXPECT_TRUE(IsInitial("W."));
  EXPECT_FALSE(IsInitial("J.K."));
  EXPECT_FALSE(IsInitial("W"));
}

TEST(AbbreviationsTest, SentenceStarters) {
  for (std::string_view w : {"The", "He", "She", "It", "They", "We", "But", "In", "A", "An", "This",
                             "That", "There", "However"}) {
    EXPECT_TRUE(IsSentenceStarter(w)) << w;
  }
  for (std::string_view w : {"the", "Army", "Smith", "Security", "THE", ""}) {
    EXPECT_FALSE(IsSentenceStarter(w)) << w;
  }
}

TEST(AbbreviationsTest, SuppressionListHasTheAbbreviationsAndTheLetters) {
  const std::vector<std::string_view>& list = SuppressedAbbreviations();
  for (std::string_view t : {"Mr.", "Inc.", "Lt.", "Col.", "A.", "Z."}) {
    EXPECT_NE(std::find(list.begin(), list.end(), t), list.end()) << t;
  }
  // No inner dots (ICU would turn "A." into a partial match for "A.M.").
  for (std::string_view t : list) EXPECT_EQ(t.find('.'), t.size() - 1) << t;
  EXPECT_EQ(std::find(list.begin(), list.end(), std::string_view()), list.end());
}

}  // namespace
}  // namespace newsgraph::article
