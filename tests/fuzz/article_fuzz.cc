// Fuzz target: the article reader (ingest_service/article) on arbitrary
// bytes. The first byte picks the format hint (0 = detect), the rest is the
// content. ReadArticle must return a record that keeps its promises
// (fuzz_checks.h CheckArticle) or INVALID_ARGUMENT; nothing else.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "absl/status/status.h"
#include "ingest_service/article/article_reader.h"
#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  if (size == 0) return 0;
  article::ArticleInput input;
  input.format = static_cast<v1::ArticleFormat>(data[0] % 6);  // 0..5: the formats
  input.content = std::string_view(reinterpret_cast<const char*>(data + 1), size - 1);
  absl::StatusOr<v1::Article> article = article::ReadArticle(input, article::ReaderLimits());
  if (!article.ok()) {
    fuzz::Check(article.status().code() == absl::StatusCode::kInvalidArgument,
                "ReadArticle failed with a code other than INVALID_ARGUMENT");
    return 0;
  }
  fuzz::Check(article->content() == input.content, "content is not the submitted text");
  fuzz::CheckArticle(*article);
  return 0;
}
