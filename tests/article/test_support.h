// Helpers shared by the article reader's tests: the shared corpus's
// location (NEWSGRAPH_CORPUS_DIR, a compile definition), file and gzip
// reading, and code point slicing independent of the library's own.
#ifndef NEWSGRAPH_TESTS_ARTICLE_TEST_SUPPORT_H_
#define NEWSGRAPH_TESTS_ARTICLE_TEST_SUPPORT_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::article::testing {

// The corpus directory the build was configured with.
std::string CorpusDir();

// `CorpusDir() + "/" + relative` when that path exists, else nullopt.
std::optional<std::string> CorpusPath(std::string_view relative);

// The bytes of the file at `path`; nullopt when it cannot be read.
std::optional<std::string> ReadFileBytes(const std::string& path);

// Calls `fn` with each line of the gzip-compressed file at `path`; false
// when the file cannot be read.
bool ForEachGzipLine(const std::string& path, const std::function<void(const std::string&)>& fn);

// content[start:end) counting code points (decoded here, one by one, not
// with the library's CodePointIndex). Returns "<bad span>" when the span
// is out of range.
std::string CodePointSlice(std::string_view content, int start, int end);

// The text of `span` in `article.content()`.
std::string SpanText(const v1::Article& article, const v1::TextSpan& span);

}  // namespace newsgraph::article::testing

// Skips the test when the corpus file `relative` is absent and binds its
// full path to `var`.
#define NG_REQUIRE_CORPUS_PATH(var, relative)                                                    \
  std::string var;                                                                               \
  if (auto ng_corpus_path_ = ::newsgraph::article::testing::CorpusPath(relative)) {              \
    var = *ng_corpus_path_;                                                                      \
  } else {                                                                                       \
    GTEST_SKIP() << "corpus " << ::newsgraph::article::testing::CorpusDir() << "/" << (relative) \
                 << " is not there (set NEWSGRAPH_CORPUS_DIR)";                                  \
  }

#endif  // NEWSGRAPH_TESTS_ARTICLE_TEST_SUPPORT_H_
