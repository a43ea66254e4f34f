#include "shared/filter/filter.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::filter {
namespace {

using ::testing::HasSubstr;

std::string Canonical(std::string_view text) {
  auto expr = Parse(text);
  EXPECT_TRUE(expr.ok()) << text << ": " << expr.status();
  return expr.ok() ? ToString(*expr) : "";
}

std::string ErrorOf(std::string_view text) {
  auto expr = Parse(text);
  EXPECT_FALSE(expr.ok()) << text << " parsed as " << (expr.ok() ? ToString(*expr) : "");
  if (expr.ok()) return "";
  EXPECT_EQ(expr.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(expr.status().message());
}

TEST(FilterTest, EmptyFilterMatchesEverything) {
  auto expr = Parse("   ");
  ASSERT_TRUE(expr.ok());
  EXPECT_EQ(expr->kind, Expr::Kind::kTrue);
}

TEST(FilterTest, ComparisonsWithEveryOperator) {
  EXPECT_EQ(Canonical("a = 1"), "a = \"1\"");
  EXPECT_EQ(Canonical("a != 1"), "a != \"1\"");
  EXPECT_EQ(Canonical("a<1"), "a < \"1\"");
  EXPECT_EQ(Canonical("a <= 1"), "a <= \"1\"");
  EXPECT_EQ(Canonical("a > 1"), "a > \"1\"");
  EXPECT_EQ(Canonical("a >= 1"), "a >= \"1\"");
  EXPECT_EQ(Canonical("title:peace"), "title : \"peace\"");
}

TEST(FilterTest, QuotedValuesKeepSpacesAndEscapes) {
  auto expr = Parse(R"(source = "Azer \"News\"" )");
  ASSERT_TRUE(expr.ok());
  EXPECT_EQ(expr->comparison.value, "Azer \"News\"");
  EXPECT_TRUE(expr->comparison.quoted);
  EXPECT_EQ(Parse("source = 'BBC'")->comparison.value, "BBC");
}

TEST(FilterTest, DatesAndNegativeNumbersAreValues) {
  EXPECT_EQ(Canonical("published_date >= 2019-01-01"), "published_date >= \"2019-01-01\"");
  EXPECT_EQ(Canonical("x = -5"), "x = \"-5\"");
}

TEST(FilterTest, OrBindsTighterThanAnd) {
  // AIP-160: a AND b OR c means a AND (b OR c).
  EXPECT_EQ(Canonical("a = 1 AND b = 2 OR c = 3"), "(a = \"1\") AND ((b = \"2\") OR (c = \"3\"))");
}

TEST(FilterTest, JuxtapositionIsAnd) {
  EXPECT_EQ(Canonical("a = 1 b = 2"), "(a = \"1\") AND (b = \"2\")");
}

TEST(FilterTest, NotAndMinusNegate) {
  EXPECT_EQ(Canonical("NOT a = 1"), "NOT (a = \"1\")");
  EXPECT_EQ(Canonical("-a = 1"), "NOT (a = \"1\")");
  EXPECT_EQ(Canonical("a = 1 -b = 2"), "(a = \"1\") AND (NOT (b = \"2\"))");
}

TEST(FilterTest, ParenthesesGroup) {
  EXPECT_EQ(Canonical("(a = 1 AND b = 2) OR c = 3"),
            "((a = \"1\") AND (b = \"2\")) OR (c = \"3\")");
  EXPECT_EQ(Canonical("NOT (a = 1 OR b = 2)"), "NOT ((a = \"1\") OR (b = \"2\"))");
}

TEST(FilterTest, DottedFieldNames) {
  EXPECT_EQ(Parse("actor.country = GEO")->comparison.field, "actor.country");
}

TEST(FilterTest, ErrorsSayWhatAndWhere) {
  EXPECT_THAT(ErrorOf("source"), HasSubstr("expected an operator"));
  EXPECT_THAT(ErrorOf("source ="), HasSubstr("expected a value"));
  EXPECT_THAT(ErrorOf("= 5"), HasSubstr("expected a field name"));
  EXPECT_THAT(ErrorOf("(a = 1"), HasSubstr("unbalanced '('"));
  EXPECT_THAT(ErrorOf("a = 1)"), HasSubstr("unexpected ')'"));
  EXPECT_THAT(ErrorOf("a = \"open"), HasSubstr("unterminated string"));
  EXPECT_THAT(ErrorOf("a = 1 AND"), HasSubstr("the filter ends; expected a field name"));
  EXPECT_THAT(ErrorOf("a = 1 OR OR b = 2"), HasSubstr("unexpected 'OR'"));
  EXPECT_THAT(ErrorOf("a ! 1"), HasSubstr("'!' must be followed by '='"));
  EXPECT_THAT(ErrorOf("a = 1 AND b = 2 c"), HasSubstr("after 'c' at position 17"));
  EXPECT_THAT(ErrorOf("a = 1 b"), HasSubstr("position 7"));
  EXPECT_THAT(ErrorOf("9x = 1"), HasSubstr("not a field name"));
}

TEST(FilterTest, HostileInputIsBounded) {
  EXPECT_THAT(ErrorOf(std::string(5000, 'a')), HasSubstr("longer than the limit"));
  std::string deep(100, '(');
  deep += "a = 1";
  deep += std::string(100, ')');
  EXPECT_THAT(ErrorOf(deep), HasSubstr("nesting deeper"));
  std::string many;
  for (int i = 0; i < 70; ++i) many += "a = 1 ";
  EXPECT_THAT(ErrorOf(many), HasSubstr("comparisons"));
  // Binary junk is an error, not a crash.
  EXPECT_FALSE(Parse(std::string("\0\xff\x01=", 4)).ok());
}

}  // namespace
}  // namespace newsgraph::filter
