#include "shared/auth/scope.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::auth {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::StatusIs;

TEST(ScopeTest, ParsesOneOrBothScopes) {
  absl::StatusOr<ScopeSet> read = ParseScopes("read");
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_TRUE(read->Has(Scope::kRead));
  EXPECT_FALSE(read->Has(Scope::kWrite));

  absl::StatusOr<ScopeSet> write = ParseScopes("write");
  ASSERT_TRUE(write.ok()) << write.status();
  EXPECT_FALSE(write->Has(Scope::kRead));  // write does not imply read
  EXPECT_TRUE(write->Has(Scope::kWrite));

  for (const char* both : {"read,write", "write,read", "read,write,read"}) {
    absl::StatusOr<ScopeSet> scopes = ParseScopes(both);
    ASSERT_TRUE(scopes.ok()) << both << ": " << scopes.status();
    EXPECT_TRUE(scopes->Has(Scope::kRead) && scopes->Has(Scope::kWrite)) << both;
  }
}

TEST(ScopeTest, RefusesUnknownAndEmptyScopesWithoutRepeatingThem) {
  for (const char* bad : {"", "admin", "read,", ",write", "read, write", "READ", "Zm9vYmFyYmF6"}) {
    EXPECT_THAT(ParseScopes(bad),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("'read' and 'write'")))
        << bad;
  }
  EXPECT_THAT(ParseScopes("Zm9vYmFyYmF6"),
              StatusIs(absl::StatusCode::kInvalidArgument, Not(HasSubstr("Zm9vYmFyYmF6"))));
}

TEST(ScopeTest, NamesTheScopes) {
  EXPECT_EQ(ScopeName(Scope::kRead), "read");
  EXPECT_EQ(ScopeName(Scope::kWrite), "write");
}

}  // namespace
}  // namespace newsgraph::auth
