// Byte ranges over an article's content, and the line and whitespace
// scanning that the format parsers share.
//
// Every function here is pure: it reads the text it is given and keeps no
// state, so all of them are safe to call from any number of threads.
// "Whitespace" means the Unicode White_Space code points (ASCII spaces and
// controls \t \n \v \f \r, NEL, NO-BREAK SPACE, the U+2000 spaces, LINE and
// PARAGRAPH SEPARATOR, U+3000 ...), all recognised in UTF-8 directly.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_TEXT_RANGES_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_TEXT_RANGES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::article {

// A half-open range [begin, end) of byte offsets into one text.
struct ByteRange {
  size_t begin = 0;
  size_t end = 0;

  bool empty() const { return end <= begin; }
  size_t size() const { return empty() ? 0 : end - begin; }
  bool operator==(const ByteRange&) const = default;
};

// One line: [begin, end) without its terminator ("\n" or "\r\n"); `next` is
// where the following line starts (text.size() for the last line).
struct Line {
  size_t begin = 0;
  size_t end = 0;
  size_t next = 0;

  ByteRange range() const { return {begin, end}; }
};

// The bytes of `range` (which must lie within `text`).
inline std::string_view Slice(std::string_view text, ByteRange range) {
  return text.substr(range.begin, range.size());
}

// The line that starts at `pos` (pos <= text.size()).
Line LineAt(std::string_view text, size_t pos);

namespace internal {
// WhitespaceLengthAt for a non-ASCII lead byte at `pos`.
size_t NonAsciiWhitespaceLengthAt(std::string_view text, size_t pos);
}  // namespace internal

// The length in bytes of the whitespace code point that starts at `pos`,
// or 0 when there is none (or pos is at the end). Inline: ASCII is the
// common case in every scanning loop.
inline size_t WhitespaceLengthAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') ? 1 : 0;
  return internal::NonAsciiWhitespaceLengthAt(text, pos);
}

// The length in bytes of the whitespace code point that ends at `pos`, or 0.
size_t WhitespaceLengthBefore(std::string_view text, size_t pos);

// Moves `pos` forward over whitespace, stopping at `limit`.
size_t SkipWhitespace(std::string_view text, size_t pos, size_t limit);

// Moves `pos` backward over whitespace, stopping at `floor`.
size_t SkipWhitespaceBackward(std::string_view text, size_t pos, size_t floor);

// `range` without leading and trailing whitespace (empty if all blank).
ByteRange Trim(std::string_view text, ByteRange range);

// Whether `range` holds only whitespace.
bool IsBlank(std::string_view text, ByteRange range);

// The first line that is not blank, starting at `pos` (a line start) and
// ending before `limit`; nullopt when there is none.
std::optional<Line> NextNonBlankLine(std::string_view text, size_t pos, size_t limit);

// The last line in [floor, limit) that is not blank; nullopt when none.
// `floor` must be a line start.
std::optional<Line> LastNonBlankLine(std::string_view text, size_t floor, size_t limit);

// Whether the line after `line` exists (before `limit`) and is blank.
bool NextLineIsBlank(std::string_view text, const Line& line, size_t limit);

// Appends `text` to `out` with each run of whitespace made one space and
// leading and trailing whitespace dropped.
void AppendCollapsedWhitespace(std::string_view text, std::string* out);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_TEXT_RANGES_H_
