#include "ingest_service/extract/gazetteer/builder/spelling_variants.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::extract::builder {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

TEST(SpellingVariantsTest, AzerbaijaniPlacesGetTheirEnglishRomanization) {
  // The seed's "Gabala" is GeoNames' "Qəbələ" (and "Qabala").
  EXPECT_THAT(SpellingVariants("Qəbələ", "AZ"), Contains("Gabala"));
  EXPECT_THAT(SpellingVariants("Qabala", "AZ"), Contains("Gabala"));
  EXPECT_THAT(SpellingVariants("Gəncə", "AZ"), Contains("Ganja"));
  EXPECT_THAT(SpellingVariants("Şəki", "AZ"), Contains("Shaki"));
  EXPECT_THAT(SpellingVariants("Şəki", "AZ"), Contains("Sheki"));
  EXPECT_THAT(SpellingVariants("Xankəndi", "AZ"), Contains("Khankendi"));
  EXPECT_THAT(SpellingVariants("Naxçıvan", "AZ"), Contains("Nakhchivan"));
  EXPECT_THAT(SpellingVariants("Lǝnkǝran", "AZ"), Contains("Lankaran"));  // GeoNames' U+01DD
  EXPECT_THAT(SpellingVariants("Cəlilabad", "AZ"), Contains("Jalilabad"));
}

TEST(SpellingVariantsTest, EnglishSpellingsOfAzerbaijaniPlacesAreLeftAlone) {
  // No Azerbaijani letter: "ch" must not become "jh".
  EXPECT_THAT(SpellingVariants("Khachmaz", "AZ"), IsEmpty());
  EXPECT_THAT(SpellingVariants("Baku", "AZ"), IsEmpty());
}

TEST(SpellingVariantsTest, OtherCountriesGetOnlyTheAsciiSpelling) {
  EXPECT_THAT(SpellingVariants("Qəbələ", "GE"), ElementsAre("Qabala"));
  EXPECT_THAT(SpellingVariants("Şanlıurfa", "TR"), ElementsAre("Sanliurfa"));
  EXPECT_THAT(SpellingVariants("Qazvin", "IR"), IsEmpty());
  EXPECT_THAT(SpellingVariants("Tbilisi", "GE"), IsEmpty());
}

TEST(SpellingVariantsTest, GermanUmlautsAlsoSpeltOut) {
  EXPECT_THAT(SpellingVariants("Düsseldorf", "DE"), ElementsAre("Dusseldorf", "Duesseldorf"));
  EXPECT_THAT(SpellingVariants("Düsseldorf", "FR"), Not(Contains("Duesseldorf")));
}

TEST(SpellingVariantsTest, RomanizeAzerbaijaniKeepsCase) {
  EXPECT_EQ(RomanizeAzerbaijani("ŞUŞA", "a"), "ShUShA");
  EXPECT_EQ(RomanizeAzerbaijani("Ağdam", "a"), "Aghdam");
  EXPECT_EQ(RomanizeAzerbaijani("London", "a"), "London");
}

}  // namespace
}  // namespace newsgraph::extract::builder
