#include "shared/store/sql/article_codec.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::sql {
namespace {

using ::newsgraph::store::testing::Date;
using ::newsgraph::store::testing::IsOk;
using ::newsgraph::store::testing::IsOkAndHolds;
using ::newsgraph::store::testing::MakeArticle;
using ::newsgraph::store::testing::ProtoEquals;
using ::newsgraph::store::testing::StatusIs;
using ::testing::ElementsAre;

TEST(ArticleCodecTest, RowColumnsComeFromTheArticle) {
  v1::Article article = MakeArticle("id1", "Title");
  article.set_format(v1::ARTICLE_FORMAT_BYLINE);
  article.add_authors("Second Author");
  *article.mutable_published_date() = Date("2019-06");
  *article.mutable_create_time() = MicrosToTimestamp(1579860000123456);
  const ArticleRow row = MakeArticleRow(article);
  EXPECT_EQ(row.article_id, "id1");
  EXPECT_EQ(row.published_key, "2019-06-01");
  EXPECT_EQ(row.create_time_us, 1579860000123456);
  EXPECT_EQ(row.format, "ARTICLE_FORMAT_BYLINE");
  EXPECT_EQ(row.title, "Title");
  EXPECT_EQ(row.body, article.body());
  EXPECT_THAT(row.authors, ElementsAre("Jane Doe", "Second Author"));
  ASSERT_OK_AND_ASSIGN(const v1::Article record, ParseArticleBlob(row.record_blob, "id1"));
  EXPECT_TRUE(ProtoEquals(record, article));
  ASSERT_OK_AND_ASSIGN(const v1::Article basic, ParseArticleBlob(row.basic_blob, "id1"));
  EXPECT_TRUE(ProtoEquals(basic, BasicView(article)));
  EXPECT_LT(row.basic_blob.size(), row.record_blob.size());
}

TEST(ArticleCodecTest, UndatedArticlesHaveAnEmptyKey) {
  v1::Article article = MakeArticle("id1");
  article.clear_published_date();
  EXPECT_EQ(MakeArticleRow(article).published_key, "");
}

TEST(ArticleCodecTest, ValidatesIdAndDate) {
  EXPECT_THAT(ValidateForStore(MakeArticle("x")), IsOk());
  EXPECT_THAT(ValidateForStore(MakeArticle("")), StatusIs(absl::StatusCode::kInvalidArgument));
  v1::Article bad_date = MakeArticle("x");
  bad_date.mutable_published_date()->set_day(31);
  bad_date.mutable_published_date()->set_month(2);
  EXPECT_THAT(ValidateForStore(bad_date), StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST(ArticleCodecTest, TimestampsRoundTripThroughMicros) {
  for (const int64_t micros :
       {int64_t{0}, int64_t{1}, int64_t{1579860000123456}, int64_t{-1}, int64_t{-1500000}}) {
    const google::protobuf::Timestamp t = MicrosToTimestamp(micros);
    EXPECT_GE(t.nanos(), 0);
    EXPECT_LT(t.nanos(), 1000000000);
    EXPECT_EQ(TimestampToMicros(t), micros);
  }
}

TEST(ArticleCodecTest, CreateTimeSortKeysAreTwentyDigitsThatSortNumerically) {
  EXPECT_EQ(CreateTimeSortKey(42), "00000000000000000042");
  EXPECT_LT(CreateTimeSortKey(999), CreateTimeSortKey(1000));
  EXPECT_THAT(ParseCreateTimeSortKey("00000000000000000042"), IsOkAndHolds(42));
  EXPECT_THAT(ParseCreateTimeSortKey("42"), IsOkAndHolds(42));
  for (const char* bad :
       {"", "-1", "4 2", "0x10", "99999999999999999999", "123456789012345678901"}) {
    EXPECT_THAT(ParseCreateTimeSortKey(bad), StatusIs(absl::StatusCode::kInvalidArgument)) << bad;
  }
}

TEST(ArticleCodecTest, RecognisesDateKeys) {
  EXPECT_TRUE(IsDateKey(""));
  EXPECT_TRUE(IsDateKey("2020-01-24"));
  for (const char* bad : {"2020-1-24", "2020/01/24", "20200124", "2020-01-2x", "2020-01-245"}) {
    EXPECT_FALSE(IsDateKey(bad)) << bad;
  }
}

TEST(ArticleCodecTest, AnUnparsableBlobIsDataLoss) {
  EXPECT_THAT(ParseArticleBlob("\xff\xff\xff", "id9"),
              StatusIs(absl::StatusCode::kDataLoss, ::testing::HasSubstr("id9")));
}

}  // namespace
}  // namespace newsgraph::store::sql
