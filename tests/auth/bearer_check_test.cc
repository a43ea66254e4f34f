#include "shared/auth/bearer_check.h"

#include <string>
#include <string_view>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::auth {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::StatusIs;

constexpr char kReader[] = "reader-token-0123456789";
constexpr char kWriter[] = "writer-token-0123456789";

class BearerCheckTest : public ::testing::Test {
 protected:
  BearerCheckTest()
      : tokens_(*TokenTable::Parse(std::string("read ") + kReader + "\nwrite " + kWriter, "test")) {
  }

  absl::Status Check(std::vector<std::string_view> values, Scope needed) {
    return CheckBearer(tokens_, values, needed);
  }

  TokenTable tokens_;
};

TEST_F(BearerCheckTest, TheRightScopePasses) {
  EXPECT_THAT(Check({"Bearer reader-token-0123456789"}, Scope::kRead), testing::IsOk());
  EXPECT_THAT(Check({"Bearer writer-token-0123456789"}, Scope::kWrite), testing::IsOk());
  // The scheme is case-insensitive; more than one space may follow it.
  EXPECT_THAT(Check({"bearer reader-token-0123456789"}, Scope::kRead), testing::IsOk());
  EXPECT_THAT(Check({"BEARER   reader-token-0123456789"}, Scope::kRead), testing::IsOk());
}

TEST_F(BearerCheckTest, AnotherScopeIsPermissionDenied) {
  EXPECT_THAT(Check({"Bearer reader-token-0123456789"}, Scope::kWrite),
              StatusIs(absl::StatusCode::kPermissionDenied,
                       AllOf(HasSubstr("lacks the 'write' scope"), Not(HasSubstr(kReader)))));
  EXPECT_THAT(Check({"Bearer writer-token-0123456789"}, Scope::kRead),
              StatusIs(absl::StatusCode::kPermissionDenied, HasSubstr("lacks the 'read' scope")));
}

TEST_F(BearerCheckTest, MissingOrWrongCredentialsAreUnauthenticated) {
  EXPECT_THAT(Check({}, Scope::kRead), StatusIs(absl::StatusCode::kUnauthenticated,
                                                AllOf(HasSubstr("missing credentials"),
                                                      HasSubstr("'authorization: Bearer <token>'"),
                                                      HasSubstr("'read' scope"))));
  EXPECT_THAT(
      Check({"Bearer reader-token-0123456789", "Bearer reader-token-0123456789"}, Scope::kRead),
      StatusIs(absl::StatusCode::kUnauthenticated, HasSubstr("more than one")));
  for (std::string_view malformed :
       {"", "Bearer", "Bearer ", "Bearerreader-token-0123456789", "Basic cmVhZGVyOnRva2Vu",
        "reader-token-0123456789", "Bearer reader-token 0123456789",
        "Bearer\treader-token-0123456789", "Bearer reader-token-0123456789 "}) {
    EXPECT_THAT(Check({malformed}, Scope::kRead),
                StatusIs(absl::StatusCode::kUnauthenticated,
                         AllOf(HasSubstr("is not 'Bearer <token>'"), Not(HasSubstr("reader-")))))
        << malformed;
  }
  EXPECT_THAT(Check({"Bearer reader-token-012345678"}, Scope::kRead),
              StatusIs(absl::StatusCode::kUnauthenticated,
                       AllOf(HasSubstr("not one this server accepts"), Not(HasSubstr("reader-")))));
}

}  // namespace
}  // namespace newsgraph::auth
