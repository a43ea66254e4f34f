// ArticleBytes: the parts of an Article that quote extraction reads —
// paragraphs, sentences and entity mentions — with byte offsets into
// `article.content()` instead of the API's code point offsets, so that the
// scanners can work on the UTF-8 text directly; and the conversion of byte
// offsets back to code points for the quotes it returns.
//
// Keeps a pointer to the article: the article must outlive the object.
// Mentions are converted on first use (an article without quotation marks
// never pays for them). Not thread-safe (that first use mutates); use one
// instance per thread.
//
// Example:
//   ArticleBytes bytes(article);
//   for (const ByteSpan& paragraph : bytes.paragraphs()) ...
//   quote.mutable_span()->set_start(bytes.ToCodePoint(begin));
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_ARTICLE_BYTES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_ARTICLE_BYTES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::extract::quotes {

// A half-open range [begin, end) of byte offsets into the article content.
struct ByteSpan {
  size_t begin = 0;
  size_t end = 0;

  bool empty() const { return end <= begin; }
  bool Contains(size_t pos) const { return pos >= begin && pos < end; }
};

// One entity mention, in bytes, with the type of the entity it names.
struct MentionBytes {
  ByteSpan span;
  int entity_index = -1;  // into Article.entities; -1 when out of range
  v1::EntityType type = v1::ENTITY_TYPE_UNSPECIFIED;
};

// Converts between the byte and code point offsets of one UTF-8 text. Built
// in one pass that skips ASCII eight bytes at a time; keeps the positions
// of the multi-byte characters only, so it costs nothing for ASCII text and
// a binary search over those characters per conversion otherwise.
// Immutable after construction; keeps a pointer to the text.
class CodePointMap {
 public:
  explicit CodePointMap(std::string_view text);

  // The byte offset of code point `code_point` (clamped to the text).
  size_t ToByte(int64_t code_point) const;
  // The code point offset of `byte` (clamped; moved back to the start of
  // a code point when it points inside one).
  int32_t ToCodePoint(size_t byte) const;

 private:
  std::string_view text_;
  int64_t code_points_ = 0;
  // One entry per multi-byte character, in order: where it starts in
  // bytes and in code points, and the continuation bytes up to and
  // including it.
  std::vector<size_t> wide_bytes_;
  std::vector<int64_t> wide_code_points_;
  std::vector<size_t> extra_bytes_;
};

class ArticleBytes {
 public:
  explicit ArticleBytes(const v1::Article& article);

  ArticleBytes(const ArticleBytes&) = delete;
  ArticleBytes& operator=(const ArticleBytes&) = delete;

  const v1::Article& article() const { return article_; }
  std::string_view text() const { return text_; }

  // The title and body paragraphs in order; the whole content when the
  // article has none.
  const std::vector<ByteSpan>& paragraphs() const { return paragraphs_; }
  // The sentences in order; the paragraphs when the article has none.
  const std::vector<ByteSpan>& sentences() const { return sentences_; }
  // The index of the sentence that holds `pos`, or of the last sentence
  // before it; 0 when `pos` is before every sentence.
  int SentenceIndexAt(size_t pos) const;
  // The index of the paragraph that holds `pos` (as SentenceIndexAt).
  int ParagraphIndexAt(size_t pos) const;

  // The entity mentions, sorted by start. Converted on the first call.
  const std::vector<MentionBytes>& mentions();
  // For each entity, the index in mentions() of its first mention, or -1.
  const std::vector<int>& first_mentions();

  // The code point offset of byte offset `pos`.
  int32_t ToCodePoint(size_t pos) const { return offsets_.ToCodePoint(pos); }

 private:
  void LoadMentions();

  const v1::Article& article_;
  std::string_view text_;
  CodePointMap offsets_;
  std::vector<ByteSpan> paragraphs_;
  std::vector<ByteSpan> sentences_;
  bool mentions_loaded_ = false;
  std::vector<MentionBytes> mentions_;
  std::vector<int> first_mentions_;
};

}  // namespace newsgraph::extract::quotes

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_ARTICLE_BYTES_H_
