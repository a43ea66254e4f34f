#include "ingest_service/article/article_layout.h"

#include <string>
#include <vector>

#include "ingest_service/article/sentence_splitter.h"
#include "shared/base/status_macros.h"

namespace newsgraph::article {
namespace {

// Adds one paragraph and its sentences (offsets in increasing order).
absl::Status AddParagraph(std::string_view content, text::CodePointCursor* cursor, ByteRange range,
                          v1::ArticleSection section, std::vector<ByteRange>* scratch,
                          v1::Article* article) {
  const int32_t paragraph_index = article->paragraphs_size();
  v1::Paragraph* paragraph = article->add_paragraphs();
  paragraph->set_index(paragraph_index);
  paragraph->set_section(section);
  paragraph->mutable_span()->set_start(cursor->ToCodePoint(range.begin));
  scratch->clear();
  NG_RETURN_IF_ERROR(SplitSentences(Slice(content, range), scratch));
  for (const ByteRange& relative : *scratch) {
    const ByteRange absolute{range.begin + relative.begin, range.begin + relative.end};
    v1::Sentence* sentence = article->add_sentences();
    sentence->set_index(article->sentences_size() - 1);
    sentence->set_paragraph_index(paragraph_index);
    sentence->mutable_span()->set_start(cursor->ToCodePoint(absolute.begin));
    sentence->mutable_span()->set_end(cursor->ToCodePoint(absolute.end));
    sentence->set_text(Slice(content, absolute).data(), absolute.size());
  }
  paragraph->mutable_span()->set_end(cursor->ToCodePoint(range.end));
  return absl::OkStatus();
}

}  // namespace

v1::TextSpan ToSpan(const text::CodePointIndex& index, ByteRange range) {
  v1::TextSpan span;
  span.set_start(index.ToCodePoint(range.begin));
  span.set_end(index.ToCodePoint(range.end));
  return span;
}

absl::Status AddParagraphsAndSentences(std::string_view content, const text::CodePointIndex& index,
                                       const std::optional<ByteRange>& title, ByteRange body,
                                       IndentRule rule, v1::Article* article) {
  const std::vector<ByteRange> paragraphs = SplitParagraphs(content, body, rule);
  article->mutable_paragraphs()->Reserve(static_cast<int>(paragraphs.size()) + 1);
  std::vector<ByteRange> scratch;
  text::CodePointCursor cursor(content, index);
  if (title.has_value()) {
    NG_RETURN_IF_ERROR(
        AddParagraph(content, &cursor, *title, v1::ARTICLE_SECTION_TITLE, &scratch, article));
  }
  for (const ByteRange& paragraph : paragraphs) {
    NG_RETURN_IF_ERROR(
        AddParagraph(content, &cursor, paragraph, v1::ARTICLE_SECTION_BODY, &scratch, article));
  }
  return absl::OkStatus();
}

}  // namespace newsgraph::article
