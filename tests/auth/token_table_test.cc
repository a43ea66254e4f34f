#include "shared/auth/token_table.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::auth {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::StatusIs;

constexpr char kReader[] = "reader-0123456789abcdef";
constexpr char kWriter[] = "d3JpdGVyLXRva2VuLXNlY3JldA==";
constexpr char kBoth[] = "both.0123456789_~+/abc";
constexpr char kSource[] = "--auth_tokens_file=/etc/tokens";

TEST(TokenTableTest, FindsTheScopesOfEachToken) {
  const std::string text = std::string("# newsgraph tokens\n\n") +  //
                           "read " + kReader + "\n" +               //
                           "  write\t" + kWriter + "  \r\n" +       //
                           "   # an indented comment\n" +           //
                           "read,write " + kBoth;                   // no final newline
  absl::StatusOr<TokenTable> table = TokenTable::Parse(text, kSource);
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_EQ(table->size(), 3u);

  std::optional<ScopeSet> reader = table->Find(kReader);
  ASSERT_TRUE(reader.has_value());
  EXPECT_TRUE(reader->Has(Scope::kRead));
  EXPECT_FALSE(reader->Has(Scope::kWrite));
  std::optional<ScopeSet> writer = table->Find(kWriter);
  ASSERT_TRUE(writer.has_value());
  EXPECT_FALSE(writer->Has(Scope::kRead));
  EXPECT_TRUE(writer->Has(Scope::kWrite));
  std::optional<ScopeSet> both = table->Find(kBoth);
  ASSERT_TRUE(both.has_value());
  EXPECT_TRUE(both->Has(Scope::kRead) && both->Has(Scope::kWrite));
}

TEST(TokenTableTest, FindsOnlyWholeTokens) {
  absl::StatusOr<TokenTable> table = TokenTable::Parse(std::string("read ") + kReader, kSource);
  ASSERT_TRUE(table.ok()) << table.status();
  const std::string token = kReader;
  EXPECT_FALSE(table->Find(token.substr(0, token.size() - 1)).has_value());
  EXPECT_FALSE(table->Find(token + "x").has_value());
  EXPECT_FALSE(table->Find("Reader-0123456789abcdef").has_value());
  EXPECT_FALSE(table->Find("").has_value());
}

TEST(TokenTableTest, SemicolonsSeparateEntriesOnOneLine) {
  absl::StatusOr<TokenTable> table = TokenTable::Parse(
      std::string("read ") + kReader + "; write " + kWriter + ";", "NEWSGRAPH_AUTH_TOKENS");
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_EQ(table->size(), 2u);
  EXPECT_TRUE(table->Find(kWriter)->Has(Scope::kWrite));
}

TEST(TokenTableTest, IsBearerTokenSyntax) {
  for (const char* good : {"a", "abc-._~+/XYZ09", "abc==", "a="}) {
    EXPECT_TRUE(IsBearerTokenSyntax(good)) << good;
  }
  for (const char* bad :
       {"", "=", "==abc", "ab=c", "a b", "a;b", "a#b", "a\"b", "\xc3\xa9t\xc3\xa9"}) {
    EXPECT_FALSE(IsBearerTokenSyntax(bad)) << bad;
  }
}

// Each malformed text fails naming the source and the place, and never
// repeats the secret in it.
TEST(TokenTableTest, MalformedEntriesFailNamingTheLineButNotTheToken) {
  const std::string secret = "s3cr3t-s3cr3t-s3cr3t";
  const struct {
    std::string text;
    std::string where;
    std::string what;
  } cases[] = {
      {"read " + secret + "\nadmin " + secret + "2", "line 2", "unknown scope"},
      {"# c\n\n" + secret + " read", "line 3", "unknown scope"},  // fields swapped
      {"read\n", "line 1", "found 1"},
      {"read " + secret + " extra", "line 1", "found 3"},
      {"read,write " + secret + "!", "line 1", "characters"},
      {"read short-secret", "line 1", "shorter than 16"},
      {"read " + secret + "\nwrite " + secret, "line 2", "repeats the token of line 1"},
      {"read a" + secret + "; write " + secret + "; read b" + secret + "\nread " + secret, "line 2",
       "repeats the token of line 1, entry 2"},
      {"read " + secret + ";write " + secret, "line 1, entry 2", "repeats"},
  };
  for (const auto& c : cases) {
    EXPECT_THAT(TokenTable::Parse(c.text, kSource),
                StatusIs(absl::StatusCode::kInvalidArgument,
                         AllOf(HasSubstr(std::string(kSource) + " " + c.where + ":"),
                               HasSubstr(c.what), Not(HasSubstr("s3cr3t")))))
        << c.text;
  }
}

TEST(TokenTableTest, TextWithoutTokensFails) {
  for (const char* empty : {"", "\n\n", "# only a comment\n", " ; ;\t\n"}) {
    EXPECT_THAT(TokenTable::Parse(empty, kSource),
                StatusIs(absl::StatusCode::kInvalidArgument,
                         AllOf(HasSubstr(kSource), HasSubstr("lists no token"))))
        << empty;
  }
}

}  // namespace
}  // namespace newsgraph::auth
