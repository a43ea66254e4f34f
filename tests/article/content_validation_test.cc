#include "ingest_service/article/content_validation.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/article/article_reader.h"

namespace newsgraph::article {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;

absl::Status Validate(std::string_view content, size_t max_bytes = 16 << 20) {
  ReaderLimits limits;
  limits.max_content_bytes = max_bytes;
  return ValidateContent(content, limits);
}

void ExpectInvalid(const absl::Status& status, const std::string& needle1,
                   const std::string& needle2 = "") {
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << status;
  EXPECT_THAT(std::string(status.message()), AllOf(HasSubstr(needle1), HasSubstr(needle2)));
}

TEST(ContentValidationTest, AcceptsOrdinaryText) {
  EXPECT_TRUE(Validate("Title\n\nBody text.\n").ok());
  EXPECT_TRUE(Validate("Caf\xC3\xA9 \xF0\x9F\x98\x80 tab\tform\ffeed\r\n").ok());
}

TEST(ContentValidationTest, RejectsEmptyContent) { ExpectInvalid(Validate(""), "empty"); }

TEST(ContentValidationTest, RejectsWhitespaceOnlyContent) {
  ExpectInvalid(Validate(" \n\t\r\n  "), "only whitespace", "7 bytes");
  ExpectInvalid(Validate("\xC2\xA0\xE3\x80\x80\n"), "only whitespace");  // NBSP, ideographic
  ExpectInvalid(Validate("\xEF\xBB\xBF"), "only whitespace", "byte order mark");
  ExpectInvalid(Validate("\xEF\xBB\xBF \n"), "byte order mark");
}

TEST(ContentValidationTest, RejectsOversizeContentGivingBothSizes) {
  ExpectInvalid(Validate("12345678901", 10), "11 bytes", "limit of 10 bytes");
  EXPECT_TRUE(Validate("1234567890", 10).ok());
}

TEST(ContentValidationTest, RejectsInvalidUtf8GivingTheOffset) {
  ExpectInvalid(Validate("abc\xA3"
                         "def"),
                "byte offset 3", "0xA3");                                     // Latin-1 pound
  ExpectInvalid(Validate("ab\xE2\x80"), "byte offset 2", "not valid UTF-8");  // truncated
  ExpectInvalid(Validate("x\xC0\xAFy"), "byte offset 1");                     // overlong '/'
  ExpectInvalid(Validate("\xED\xA0\x80 surrogate"), "byte offset 0");         // U+D800
  ExpectInvalid(Validate("caf\xC3\xA9 \xF4\x90\x80\x80"), "byte offset 6");   // > U+10FFFF
}

TEST(ContentValidationTest, RejectsControlCharactersGivingOffsetAndCodePoint) {
  ExpectInvalid(Validate(std::string("text\0more", 9)), "U+0000", "byte offset 4");
  // Two-byte "é" before: byte offset 5, code point 4.
  ExpectInvalid(Validate("caf\xC3\xA9\x1B[0m"), "U+001B", "byte offset 5 (code point 4)");
  ExpectInvalid(Validate("vertical\vtab"), "U+000B");
  ExpectInvalid(Validate("bell\a"), "binary");
}

TEST(ContentValidationTest, RejectsDeleteRunsButToleratesOneDelete) {
  ExpectInvalid(Validate("abc\x7F\x7F\x7F"), "DEL", "byte offset 3");
  EXPECT_TRUE(Validate("a stray \x7F delete").ok());
}

TEST(ContentValidationTest, SizeIsCheckedBeforeEncoding) {
  // Oversize and invalid: the size is the first thing to fix.
  ExpectInvalid(Validate("\xFF\xFF\xFF\xFF", 2), "limit of 2 bytes");
}

TEST(ContentValidationTest, ByteOrderMarkLength) {
  EXPECT_EQ(ByteOrderMarkLength("\xEF\xBB\xBFtext"), 3u);
  EXPECT_EQ(ByteOrderMarkLength("text"), 0u);
  EXPECT_EQ(ByteOrderMarkLength("\xEF\xBB"), 0u);
}

TEST(ContentValidationTest, ReadArticleAppliesTheChecks) {
  ArticleInput input;
  input.content = std::string_view("x\0y", 3);
  const absl::StatusOr<v1::Article> article = ReadArticle(input, ReaderLimits());
  ASSERT_FALSE(article.ok());
  ExpectInvalid(article.status(), "U+0000", "byte offset 1");
  ReaderLimits small;
  small.max_content_bytes = 4;
  input.content = "Hello world";
  ExpectInvalid(ReadArticle(input, small).status(), "11 bytes", "limit of 4 bytes");
}

}  // namespace
}  // namespace newsgraph::article
