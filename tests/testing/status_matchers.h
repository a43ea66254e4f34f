// GoogleMock matchers and assertion macros for absl::Status and
// absl::StatusOr<T>, for every test of the project.
//
// Example:
//   EXPECT_THAT(store->GetArticle(id, true), StatusIs(absl::StatusCode::kNotFound));
//   ASSERT_OK_AND_ASSIGN(v1::Article article, store->GetArticle(id, true));
#ifndef NEWSGRAPH_TESTS_TESTING_STATUS_MATCHERS_H_
#define NEWSGRAPH_TESTS_TESTING_STATUS_MATCHERS_H_

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::testing {

inline const absl::Status& GetStatus(const absl::Status& status) { return status; }
template <typename T>
const absl::Status& GetStatus(const absl::StatusOr<T>& status_or) {
  return status_or.status();
}

MATCHER(IsOk, "is OK") {
  const absl::Status& status = GetStatus(arg);
  if (!status.ok()) *result_listener << "status: " << status;
  return status.ok();
}

MATCHER_P(StatusIs, code, "has code " + absl::StatusCodeToString(code)) {
  const absl::Status& status = GetStatus(arg);
  *result_listener << "status: " << status;
  return status.code() == code;
}

MATCHER_P2(StatusIs, code, message_matcher, "has code " + absl::StatusCodeToString(code)) {
  const absl::Status& status = GetStatus(arg);
  *result_listener << "status: " << status;
  return status.code() == code &&
         ::testing::ExplainMatchResult(message_matcher, std::string(status.message()),
                                       result_listener);
}

MATCHER_P(IsOkAndHolds, value_matcher, "is OK and holds a matching value") {
  if (!arg.ok()) {
    *result_listener << "status: " << arg.status();
    return false;
  }
  return ::testing::ExplainMatchResult(value_matcher, arg.value(), result_listener);
}

#define NG_TEST_CONCAT_INNER_(a, b) a##b
#define NG_TEST_CONCAT_(a, b) NG_TEST_CONCAT_INNER_(a, b)
#define ASSERT_OK_AND_ASSIGN(lhs, rexpr) \
  ASSERT_OK_AND_ASSIGN_IMPL_(NG_TEST_CONCAT_(statusor_, __LINE__), lhs, rexpr)
#define ASSERT_OK_AND_ASSIGN_IMPL_(statusor, lhs, rexpr)             \
  auto statusor = (rexpr);                                           \
  ASSERT_TRUE(statusor.ok()) << #rexpr << ": " << statusor.status(); \
  lhs = std::move(statusor).value()
#define ASSERT_OK(expr) ASSERT_THAT((expr), ::newsgraph::testing::IsOk())
#define EXPECT_OK(expr) EXPECT_THAT((expr), ::newsgraph::testing::IsOk())

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TESTING_STATUS_MATCHERS_H_
