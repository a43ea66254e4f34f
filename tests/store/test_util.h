// Helpers for the store tests: status matchers, a temporary directory per
// test, and builders of synthetic articles.
#ifndef NEWSGRAPH_TESTS_STORE_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_STORE_TEST_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "newsgraph/v1/article.pb.h"

namespace newsgraph::store::testing {

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
#define ASSERT_OK(expr) ASSERT_THAT((expr), ::newsgraph::store::testing::IsOk())
#define EXPECT_OK(expr) EXPECT_THAT((expr), ::newsgraph::store::testing::IsOk())

// A fresh directory under ::testing::TempDir(), removed with its contents
// when the object goes out of scope.
class ScopedTempDir {
 public:
  ScopedTempDir();
  ~ScopedTempDir();
  ScopedTempDir(const ScopedTempDir&) = delete;
  ScopedTempDir& operator=(const ScopedTempDir&) = delete;

  const std::string& path() const { return path_; }
  // path() + "/" + name.
  std::string File(std::string_view name) const;

 private:
  std::string path_;
};

// A plausible article with `id`, a title and a body of a few sentences,
// paragraphs, sentences and one extraction section of each kind, so that
// views and round trips are meaningful.
v1::Article MakeArticle(std::string_view id, std::string_view title = "A title",
                        std::string_view body = "Some body text.");

// A synthetic article of about `bytes` bytes of body text, with words drawn
// from a small vocabulary seeded by `seed`.
v1::Article MakeSyntheticArticle(int64_t seed, size_t bytes = 3000);

// A PartialDate from `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
v1::PartialDate Date(std::string_view iso);

// Whether the two messages are equal field by field.
bool ProtoEquals(const google::protobuf::Message& a, const google::protobuf::Message& b);

// The article ids, in order.
std::vector<std::string> Ids(const std::vector<v1::Article>& articles);

}  // namespace newsgraph::store::testing

#endif  // NEWSGRAPH_TESTS_STORE_TEST_UTIL_H_
