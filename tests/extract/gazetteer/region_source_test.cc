#include "ingest_service/extract/gazetteer/builder/region_source.h"

#include "gtest/gtest.h"

namespace newsgraph::extract::builder {
namespace {

TEST(RegionSourceTest, WithoutTypeWord) {
  EXPECT_EQ(WithoutTypeWord("Qabala District"), "Qabala");
  EXPECT_EQ(WithoutTypeWord("Idlib Governorate"), "Idlib");
  EXPECT_EQ(WithoutTypeWord("Moscow Oblast"), "Moscow");
  EXPECT_EQ(WithoutTypeWord("Republic of Adygea"), "Adygea");
  EXPECT_EQ(WithoutTypeWord("Texas"), "");
  EXPECT_EQ(WithoutTypeWord("Mexico City"), "");  // "City" is part of city names
  EXPECT_EQ(WithoutTypeWord("X Region"), "");     // too short to be a name alone
}

}  // namespace
}  // namespace newsgraph::extract::builder
