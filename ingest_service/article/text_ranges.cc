#include "ingest_service/article/text_ranges.h"

namespace newsgraph::article {
namespace {

unsigned char At(std::string_view text, size_t i) { return static_cast<unsigned char>(text[i]); }

bool IsAsciiSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Whether the 2-byte sequence b0 b1 is U+0085 or U+00A0.
bool IsTwoByteSpace(unsigned char b0, unsigned char b1) {
  return b0 == 0xC2 && (b1 == 0x85 || b1 == 0xA0);
}

// Whether the 3-byte sequence is U+1680, U+2000-200A, U+2028, U+2029,
// U+202F, U+205F or U+3000.
bool IsThreeByteSpace(unsigned char b0, unsigned char b1, unsigned char b2) {
  if (b0 == 0xE2 && b1 == 0x80) return b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF;
  if (b0 == 0xE2 && b1 == 0x81) return b2 == 0x9F;
  if (b0 == 0xE1 && b1 == 0x9A) return b2 == 0x80;
  if (b0 == 0xE3 && b1 == 0x80) return b2 == 0x80;
  return false;
}

}  // namespace

Line LineAt(std::string_view text, size_t pos) {
  Line line;
  line.begin = pos;
  size_t nl = text.find('\n', pos);
  if (nl == std::string_view::npos) {
    line.end = text.size();
    line.next = text.size();
  } else {
    line.end = nl;
    line.next = nl + 1;
  }
  if (line.end > line.begin && text[line.end - 1] == '\r') --line.end;
  return line;
}

namespace internal {

size_t NonAsciiWhitespaceLengthAt(std::string_view text, size_t pos) {
  const unsigned char b0 = At(text, pos);
  if (pos + 1 < text.size() && IsTwoByteSpace(b0, At(text, pos + 1))) return 2;
  if (pos + 2 < text.size() && IsThreeByteSpace(b0, At(text, pos + 1), At(text, pos + 2))) {
    return 3;
  }
  return 0;
}

}  // namespace internal

size_t WhitespaceLengthBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return 0;
  const unsigned char last = At(text, pos - 1);
  if (last < 0x80) return IsAsciiSpace(last) ? 1 : 0;
  if (pos >= 2 && IsTwoByteSpace(At(text, pos - 2), last)) return 2;
  if (pos >= 3 && IsThreeByteSpace(At(text, pos - 3), At(text, pos - 2), last)) return 3;
  return 0;
}

size_t SkipWhitespace(std::string_view text, size_t pos, size_t limit) {
  while (pos < limit) {
    const size_t n = WhitespaceLengthAt(text, pos);
    if (n == 0 || pos + n > limit) break;
    pos += n;
  }
  return pos;
}

size_t SkipWhitespaceBackward(std::string_view text, size_t pos, size_t floor) {
  while (pos > floor) {
    const size_t n = WhitespaceLengthBefore(text, pos);
    if (n == 0 || pos - n < floor) break;
    pos -= n;
  }
  return pos;
}

ByteRange Trim(std::string_view text, ByteRange range) {
  const size_t begin = SkipWhitespace(text, range.begin, range.end);
  const size_t end = SkipWhitespaceBackward(text, range.end, begin);
  return {begin, end};
}

bool IsBlank(std::string_view text, ByteRange range) {
  return SkipWhitespace(text, range.begin, range.end) >= range.end;
}

std::optional<Line> NextNonBlankLine(std::string_view text, size_t pos, size_t limit) {
  while (pos < limit) {
    Line line = LineAt(text, pos);
    if (line.end > limit) line.end = limit;
    if (!IsBlank(text, line.range())) return line;
    if (line.next <= pos) break;
    pos = line.next;
  }
  return std::nullopt;
}

std::optional<Line> LastNonBlankLine(std::string_view text, size_t floor, size_t limit) {
  size_t end = SkipWhitespaceBackward(text, limit, floor);
  if (end <= floor) return std::nullopt;
  // The line holding byte end - 1.
  const size_t nl = text.rfind('\n', end - 1);
  const size_t begin = (nl == std::string_view::npos || nl < floor) ? floor : nl + 1;
  Line line = LineAt(text, begin);
  if (line.end > limit) line.end = limit;
  if (line.next > limit) line.next = limit;
  return line;
}

bool NextLineIsBlank(std::string_view text, const Line& line, size_t limit) {
  if (line.next >= limit || line.next == line.begin) return false;
  Line after = LineAt(text, line.next);
  if (after.end > limit) after.end = limit;
  return IsBlank(text, after.range());
}

void AppendCollapsedWhitespace(std::string_view text, std::string* out) {
  size_t pos = SkipWhitespace(text, 0, text.size());
  while (pos < text.size()) {
    size_t word_end = pos;
    while (word_end < text.size() && WhitespaceLengthAt(text, word_end) == 0) ++word_end;
    out->append(text.data() + pos, word_end - pos);
    pos = SkipWhitespace(text, word_end, text.size());
    if (pos < text.size()) out->push_back(' ');
  }
}

}  // namespace newsgraph::article
