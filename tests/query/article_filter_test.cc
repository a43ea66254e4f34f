#include "query_service/article_filter.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::query {
namespace {

using store::ArticleField;
using store::ArticleFilter;
using store::CompareOp;
using ::testing::HasSubstr;

ArticleFilter MustParse(std::string_view text) {
  auto f = ParseArticleFilter(text);
  EXPECT_TRUE(f.ok()) << text << ": " << f.status();
  return f.ok() ? *f : ArticleFilter();
}

std::string ErrorOf(std::string_view text) {
  auto f = ParseArticleFilter(text);
  EXPECT_FALSE(f.ok()) << text;
  if (f.ok()) return "";
  EXPECT_EQ(f.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(f.status().message());
}

void ExpectLeaf(const ArticleFilter& f, ArticleField field, CompareOp op, std::string_view text) {
  ASSERT_EQ(f.kind, ArticleFilter::Kind::kCondition);
  EXPECT_EQ(f.condition.field, field);
  EXPECT_EQ(f.condition.op, op);
  EXPECT_EQ(f.condition.text, text);
}

TEST(ArticleFilterTest, EmptyMatchesAll) {
  EXPECT_EQ(MustParse("").kind, ArticleFilter::Kind::kTrue);
}

TEST(ArticleFilterTest, PartialDatesStandForTheirWholeRange) {
  ArticleFilter eq = MustParse("published_date = \"2019-06\"");
  ASSERT_EQ(eq.kind, ArticleFilter::Kind::kAnd);
  ExpectLeaf(eq.children[0], ArticleField::kPublishedDate, CompareOp::kGe, "2019-06-01");
  ExpectLeaf(eq.children[1], ArticleField::kPublishedDate, CompareOp::kLe, "2019-06-30");
  ExpectLeaf(MustParse("published_date < 2019"), ArticleField::kPublishedDate, CompareOp::kLt,
             "2019-01-01");
  ExpectLeaf(MustParse("published_date <= 2019"), ArticleField::kPublishedDate, CompareOp::kLe,
             "2019-12-31");
  ExpectLeaf(MustParse("published_date > 2019-02"), ArticleField::kPublishedDate, CompareOp::kGt,
             "2019-02-28");
  ExpectLeaf(MustParse("published_date >= 2020-01-24"), ArticleField::kPublishedDate,
             CompareOp::kGe, "2020-01-24");
  ArticleFilter ne = MustParse("published_date != 2019");
  EXPECT_EQ(ne.kind, ArticleFilter::Kind::kNot);
}

TEST(ArticleFilterTest, CreateTimeTakesRfc3339) {
  ArticleFilter f = MustParse("create_time >= \"2020-01-01T00:00:00Z\"");
  ASSERT_EQ(f.kind, ArticleFilter::Kind::kCondition);
  EXPECT_EQ(f.condition.field, ArticleField::kCreateTime);
  EXPECT_EQ(f.condition.number, 1577836800000000LL);
  EXPECT_THAT(ErrorOf("create_time > 2020-01-01"), HasSubstr("RFC 3339"));
}

TEST(ArticleFilterTest, TextFieldsAndFormats) {
  ExpectLeaf(MustParse("source = \"AzerNews\""), ArticleField::kSource, CompareOp::kEq, "AzerNews");
  ExpectLeaf(MustParse("format = wikinews"), ArticleField::kFormat, CompareOp::kEq,
             "ARTICLE_FORMAT_WIKINEWS");
  ExpectLeaf(MustParse("format != ARTICLE_FORMAT_TITLED"), ArticleField::kFormat, CompareOp::kNe,
             "ARTICLE_FORMAT_TITLED");
  ExpectLeaf(MustParse("title:\"defense minister\""), ArticleField::kTitle, CompareOp::kHas,
             "defense minister");
  ExpectLeaf(MustParse("author = \"Abdul Kerimkhanov\""), ArticleField::kAuthor, CompareOp::kEq,
             "Abdul Kerimkhanov");
}

TEST(ArticleFilterTest, NestingIsKept) {
  ArticleFilter f = MustParse("source = A AND (format = plain OR NOT title:x)");
  ASSERT_EQ(f.kind, ArticleFilter::Kind::kAnd);
  ASSERT_EQ(f.children.size(), 2u);
  EXPECT_EQ(f.children[1].kind, ArticleFilter::Kind::kOr);
  EXPECT_EQ(f.children[1].children[1].kind, ArticleFilter::Kind::kNot);
}

TEST(ArticleFilterTest, ErrorsNameTheFieldOperatorOrValue) {
  EXPECT_THAT(ErrorOf("colour = red"), HasSubstr("unknown field 'colour'"));
  EXPECT_THAT(ErrorOf("colour = red"), HasSubstr("published_date, create_time"));
  EXPECT_THAT(ErrorOf("published_date = yesterday"), HasSubstr("published_date ="));
  EXPECT_THAT(ErrorOf("published_date = 2019-02-30"), HasSubstr("no day 30"));
  EXPECT_THAT(ErrorOf("published_date : 2019"), HasSubstr("takes =, !=, <"));
  EXPECT_THAT(ErrorOf("source > A"), HasSubstr("source takes = or !="));
  EXPECT_THAT(ErrorOf("format = pdf"), HasSubstr("not a format"));
  EXPECT_THAT(ErrorOf("title < x"), HasSubstr("title takes"));
  EXPECT_THAT(ErrorOf("source = A AND"), HasSubstr("filter:"));
}

}  // namespace
}  // namespace newsgraph::query
