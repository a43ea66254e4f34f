#include "ingest_service/extract/gazetteer/builder/name_filters.h"

#include "gtest/gtest.h"
#include "ingest_service/extract/gazetteer/index_format.h"

namespace newsgraph::extract::builder {
namespace {

TEST(NameFiltersTest, LatinScript) {
  EXPECT_TRUE(IsLatinScript("Qəbələ"));
  EXPECT_TRUE(IsLatinScript("Tbilisi - Old Town"));
  EXPECT_FALSE(IsLatinScript("Тбилиси"));
  EXPECT_FALSE(IsLatinScript("Tbilisi - თბილისი"));
}

TEST(NameFiltersTest, UsableAlternateNames) {
  GazetteerModel model;
  model.AddWordFlags("island", index_format::kCommonWord);
  // From GeoNames' alternates of Tbilisi and Iceland.
  EXPECT_TRUE(IsUsableAlternateName("Tiflis", model));
  EXPECT_TRUE(IsUsableAlternateName("Tíblisi", model));
  EXPECT_FALSE(IsUsableAlternateName("TBS", model));      // airport code
  EXPECT_FALSE(IsUsableAlternateName("TBILISI", model));  // all capitals
  EXPECT_FALSE(IsUsableAlternateName("tbylysy", model));  // lower-case romanization
  EXPECT_FALSE(IsUsableAlternateName("Тбилиси", model));
  EXPECT_FALSE(IsUsableAlternateName("Tbilisi 2", model));
  EXPECT_FALSE(IsUsableAlternateName("Island", model));  // an English word
  EXPECT_TRUE(IsUsableAlternateName("Island Bay", model));
}

}  // namespace
}  // namespace newsgraph::extract::builder
