#include "ingest_service/article/footer_bio.h"

#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::article {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs Handles(std::string_view bio) {
  Pairs pairs;
  for (const v1::SocialHandle& h : ExtractSocialHandles(bio)) {
    pairs.emplace_back(h.platform(), h.handle());
  }
  return pairs;
}

TEST(SocialHandlesTest, SeedFooter) {
  EXPECT_EQ(Handles("Abdul Kerimkhanov is AzerNews’ staff journalist, follow him on Twitter: "
                    "@AbdulKerim94"),
            (Pairs{{"Twitter", "@AbdulKerim94"}}));
}

TEST(SocialHandlesTest, EachHandleTakesThePlatformNamedBeforeIt) {
  EXPECT_EQ(Handles("Follow her on Instagram @lale.h and on X: @lale_h, or on Telegram "
                    "(@lalechannel)."),
            (Pairs{{"Instagram", "@lale.h"}, {"X", "@lale_h"}, {"Telegram", "@lalechannel"}}));
  EXPECT_EQ(Handles("facebook: @page"), (Pairs{{"facebook", "@page"}}));
}

TEST(SocialHandlesTest, JoinedHandlesShareAPlatform) {
  EXPECT_EQ(Handles("on Twitter: @one and @two, @three"),
            (Pairs{{"Twitter", "@one"}, {"Twitter", "@two"}, {"Twitter", "@three"}}));
}

TEST(SocialHandlesTest, HandlesWithoutPlatformAndEmailAddresses) {
  EXPECT_EQ(Handles("Write to news@azernews.az or reach @desk directly."), (Pairs{{"", "@desk"}}));
  // "X" must be the capital letter; "x" and "Xerxes" name no platform.
  EXPECT_EQ(Handles("reply x @a, Xerxes @b"), (Pairs{{"", "@a"}, {"", "@b"}}));
  EXPECT_THAT(Handles("No handles here; just an @ sign."), IsEmpty());
}

TEST(PublisherTest, PossessiveAfterIs) {
  EXPECT_EQ(ExtractPublisher("Abdul Kerimkhanov is AzerNews’ staff journalist, follow him"),
            "AzerNews");
  EXPECT_EQ(ExtractPublisher("Jane Roe is Trend’s correspondent in Baku"), "Trend");
  EXPECT_EQ(ExtractPublisher("Jane Roe is The Baku Times's reporter."), "The Baku Times");
  EXPECT_EQ(ExtractPublisher("Jane Roe is Reuters' Baku correspondent"), "Reuters");
}

TEST(PublisherTest, NoPublisherWithoutAPossessive) {
  EXPECT_EQ(ExtractPublisher("Jane Roe is a staff journalist at AzerNews"), "");
  EXPECT_EQ(ExtractPublisher("Follow AzerNews’ reporter on Twitter"), "");
  EXPECT_EQ(ExtractPublisher("Jane Roe is one of the many people who write here's"), "");
  EXPECT_EQ(ExtractPublisher(""), "");
}

}  // namespace
}  // namespace newsgraph::article
