#include "ingest_service/article/article_layout.h"

#include <string>
#include <vector>

#include "ingest_service/article/sentence_splitter.h"
#include "shared/base/status_macros.h"

namespace newsgraph::article {
namespace {

// Converts byte offsets to code points in linear total time when they
// mostly increase (as a paragraph's start, its sentences and its end do),
// falling back to the index when one goes back.
class CodePointCursor {
 public:
  CodePointCursor(std::string_view text, const text::CodePointIndex& index)
      : text_(text), index_(index) {}

  int32_t ToCodePoint(size_t byte) {
    if (byte < byte_) {
      byte_ = byte;
      code_point_ = index_.ToCodePoint(byte);
      return code_point_;
    }
    for (; byte_ < byte; ++byte_) {
      code_point_ += (static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80;
    }
    return code_point_;
  }

  v1::TextSpan ToSpan(ByteRange range) {
    v1::TextSpan span;
    span.set_start(ToCodePoint(range.begin));
    span.set_end(ToCodePoint(range.end));
    return span;
  }

 private:
  std::string_view text_;
  const text::CodePointIndex& index_;
  size_t byte_ = 0;
  int32_t code_point_ = 0;
};

// Adds one paragraph and its sentences (offsets in increasing order).
absl::Status AddParagraph(std::string_view content, CodePointCursor* cursor, ByteRange range,
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
    *sentence->mutable_span() = cursor->ToSpan(absolute);
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
  CodePointCursor cursor(content, index);
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
