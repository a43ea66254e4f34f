#include "ingest_service/extract/gazetteer/phrase_normalizer.h"

#include <string>

#include "gtest/gtest.h"

namespace newsgraph::extract {
namespace {

std::string Normal(std::string_view phrase) {
  PhraseBuffer buffer;
  const std::optional<std::string_view> normal = NormalizePhrase(phrase, buffer);
  return normal.has_value() ? std::string(*normal) : "<too long>";
}

TEST(PhraseNormalizerTest, PlainAsciiIsReturnedWithoutCopy) {
  PhraseBuffer buffer;
  const std::string_view phrase = "Baku-Tbilisi-Ceyhan pipeline";
  const std::optional<std::string_view> normal = NormalizePhrase(phrase, buffer);
  ASSERT_TRUE(normal.has_value());
  EXPECT_EQ(normal->data(), phrase.data());
}

TEST(PhraseNormalizerTest, TypographicApostrophesBecomeAscii) {
  // The seed article's footer: "AzerNews’ staff journalist".
  EXPECT_EQ(Normal("AzerNews’"), "AzerNews'");
  EXPECT_EQ(Normal("Kurdistan Workers‘ Party"), "Kurdistan Workers' Party");
  EXPECT_EQ(Normal("Oʻzbekiston"), "O'zbekiston");
  EXPECT_EQ(Normal("Côte d´Ivoire"), "Côte d'Ivoire");
}

TEST(PhraseNormalizerTest, DashesBecomeHyphens) {
  EXPECT_EQ(Normal("Kars–Tbilisi–Baku railway"), "Kars-Tbilisi-Baku railway");
  EXPECT_EQ(Normal("African Export—Import Bank"), "African Export-Import Bank");
  EXPECT_EQ(Normal("Guinea‑Bissau"), "Guinea-Bissau");  // non-breaking hyphen
}

TEST(PhraseNormalizerTest, WhiteSpaceRunsCollapseAndTrim) {
  EXPECT_EQ(Normal("  New\tYork \n City "), "New York City");
  EXPECT_EQ(Normal("Sri\u00A0Lanka"), "Sri Lanka");           // no-break space
  EXPECT_EQ(Normal("Hong\u202FKong"), "Hong Kong");           // narrow no-break space
  EXPECT_EQ(Normal("Ka\u00ADzakh\u200Bstan"), "Kazakhstan");  // soft hyphen, zero width
}

TEST(PhraseNormalizerTest, LettersAndCaseAreKept) {
  EXPECT_EQ(Normal("Qəbələ"), "Qəbələ");
  EXPECT_EQ(Normal("TBILISI"), "TBILISI");
  EXPECT_EQ(Normal("al-Qaeda"), "al-Qaeda");
}

TEST(PhraseNormalizerTest, TooLongForAnyName) {
  EXPECT_EQ(Normal(std::string(300, 'a')), "<too long>");
  EXPECT_EQ(Normal(std::string(300, 'a') + "\t"), "<too long>");
  EXPECT_EQ(Normal(std::string(PhraseBuffer::kCapacity, 'a')).size(), PhraseBuffer::kCapacity);
}

TEST(PhraseNormalizerTest, InvalidUtf8IsCopiedNotCrashedOn) {
  EXPECT_EQ(Normal("Bad\xC3 byte"), "Bad\xC3 byte");
  EXPECT_EQ(Normal("\xFF\xFE  x"), "\xFF\xFE x");
}

TEST(PhraseNormalizerTest, NormalizedNameMatchesNormalizePhrase) {
  for (const std::string_view name : {"Kars–Tbilisi", "  A  B ", "Côte d’Ivoire", "Plain"}) {
    EXPECT_EQ(NormalizedName(name), Normal(name)) << name;
  }
}

TEST(PhraseNormalizerTest, Utf8RoundTrip) {
  for (const char32_t c : {U'a', U'ə', U'’', U'😀'}) {
    char bytes[4];
    const size_t n = EncodeUtf8(c, bytes);
    size_t i = 0;
    EXPECT_EQ(DecodeUtf8(std::string_view(bytes, n), &i), c);
    EXPECT_EQ(i, n);
  }
}

}  // namespace
}  // namespace newsgraph::extract
