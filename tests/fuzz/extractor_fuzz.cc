// Fuzz target: the whole extraction pipeline (article reader, then
// ingest_service/extract/extractor.h) on arbitrary bytes, with the
// gazetteer this tree builds ($NEWSGRAPH_GAZETTEER when set). The first
// byte picks the format hint, the rest is the content. Extraction must
// succeed on any article the reader accepts, and every span it records
// must lie inside the content, with each mention's text the content at its
// span.
#include <cstdio>
#include <cstdlib>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/extractor.h"
#include "shared/text/utf8.h"
#include "tests/fuzz/fuzz_checks.h"

namespace {

using namespace newsgraph;

const extract::Extractor* TheExtractor() {
  static const extract::Extractor* const extractor = [] {
    absl::StatusOr<std::unique_ptr<extract::Extractor>> created =
        extract::Extractor::Create(extract::ExtractorOptions());
    if (!created.ok()) {
      std::fprintf(stderr, "cannot load the gazetteer: %s\n",
                   std::string(created.status().message()).c_str());
      std::exit(1);
    }
    return created->release();
  }();
  return extractor;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  TheExtractor();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  article::ArticleInput input;
  input.format = static_cast<v1::ArticleFormat>(data[0] % 6);  // 0..5: the formats
  input.content = std::string_view(reinterpret_cast<const char*>(data + 1), size - 1);
  absl::StatusOr<v1::Article> article = article::ReadArticle(input, article::ReaderLimits());
  if (!article.ok()) return 0;
  const absl::Status extracted = TheExtractor()->Extract(&*article);
  if (!extracted.ok()) fuzz::Fail("Extract failed: " + std::string(extracted.message()));
  fuzz::CheckArticle(*article);
  const text::CodePointIndex index(article->content());
  for (const v1::EntityMention& mention : article->mentions()) {
    const size_t begin = index.ToByte(mention.span().start());
    const size_t end = index.ToByte(mention.span().end());
    fuzz::Check(std::string_view(article->content()).substr(begin, end - begin) == mention.text(),
                "a mention's text is not content[span]");
  }
  return 0;
}
