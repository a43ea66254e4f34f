// Helpers for the store tests: a temporary directory per test and builders
// of synthetic articles (status matchers: tests/testing/status_matchers.h).
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
#include "tests/testing/status_matchers.h"

namespace newsgraph::store::testing {

using ::newsgraph::testing::IsOk;
using ::newsgraph::testing::IsOkAndHolds;
using ::newsgraph::testing::StatusIs;

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
