#include "shared/auth/token_sources.h"

#include <fstream>
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

constexpr char kToken[] = "c2VjcmV0LXRva2VuLWZvci10ZXN0cw";

std::string WriteFile(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::trunc) << text;
  return path;
}

TEST(TokenSourcesTest, NeitherSourceTurnsAuthenticationOff) {
  absl::StatusOr<std::optional<TokenTable>> tokens = LoadTokenTable("", nullptr);
  ASSERT_TRUE(tokens.ok()) << tokens.status();
  EXPECT_FALSE(tokens->has_value());
}

TEST(TokenSourcesTest, ReadsTheFile) {
  const std::string path = WriteFile("tokens_ok", std::string("write ") + kToken + "\n");
  absl::StatusOr<std::optional<TokenTable>> tokens = LoadTokenTable(path, nullptr);
  ASSERT_TRUE(tokens.ok()) << tokens.status();
  ASSERT_TRUE(tokens->has_value());
  EXPECT_TRUE((*tokens)->Find(kToken)->Has(Scope::kWrite));
  EXPECT_EQ(TokenSourceName(path, nullptr), "--auth_tokens_file=" + path);
}

TEST(TokenSourcesTest, ReadsTheEnvironmentText) {
  const std::string env = std::string("read ") + kToken;
  absl::StatusOr<std::optional<TokenTable>> tokens = LoadTokenTable("", env.c_str());
  ASSERT_TRUE(tokens.ok()) << tokens.status();
  ASSERT_TRUE(tokens->has_value());
  EXPECT_TRUE((*tokens)->Find(kToken)->Has(Scope::kRead));
  EXPECT_EQ(TokenSourceName("", env.c_str()), "NEWSGRAPH_AUTH_TOKENS");
}

TEST(TokenSourcesTest, ErrorsNameTheSource) {
  const std::string good = WriteFile("tokens_good", std::string("read ") + kToken);
  EXPECT_THAT(LoadTokenTable(good, "read abc"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("--auth_tokens_file"), HasSubstr("NEWSGRAPH_AUTH_TOKENS"))));

  const std::string missing = ::testing::TempDir() + "/no_such_tokens_file";
  EXPECT_THAT(LoadTokenTable(missing, nullptr),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       HasSubstr("--auth_tokens_file=" + missing + " cannot be opened")));

  EXPECT_THAT(LoadTokenTable(::testing::TempDir(), nullptr),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("is a directory")));

  const std::string bad = WriteFile("tokens_bad", std::string("#\nread ") + kToken + " x\n");
  EXPECT_THAT(
      LoadTokenTable(bad, nullptr),
      StatusIs(absl::StatusCode::kInvalidArgument,
               AllOf(HasSubstr("--auth_tokens_file=" + bad + " line 2"), Not(HasSubstr(kToken)))));

  // A variable that is set but empty is an error, not "authentication off".
  EXPECT_THAT(LoadTokenTable("", ""), StatusIs(absl::StatusCode::kInvalidArgument,
                                               HasSubstr("NEWSGRAPH_AUTH_TOKENS lists no token")));
}

}  // namespace
}  // namespace newsgraph::auth
