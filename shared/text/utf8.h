// UTF-8 helpers: validation with the position of the first bad byte, and
// conversion of byte offsets to Unicode code point offsets, the unit every
// TextSpan in the API uses.
#ifndef NEWSGRAPH_SHARED_TEXT_UTF8_H_
#define NEWSGRAPH_SHARED_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace newsgraph::text {

// Returns the byte offset of the first byte of `s` that does not start a
// well-formed UTF-8 sequence (overlong forms, surrogates and values above
// U+10FFFF are ill-formed), or nullopt when all of `s` is valid UTF-8.
std::optional<size_t> FindInvalidUtf8(std::string_view s);

// Returns the number of code points in `s`, which must be valid UTF-8.
int64_t CountCodePoints(std::string_view s);

// Maps byte offsets of one UTF-8 string to code point offsets in
// O(1 + distance to the previous checkpoint). Keeps a pointer to the text:
// the text must outlive the index. Immutable after construction, so safe
// to share between threads.
//
// Example:
//   CodePointIndex index(content);
//   span.set_start(index.ToCodePoint(byte_begin));
class CodePointIndex {
 public:
  // `text` must be valid UTF-8.
  explicit CodePointIndex(std::string_view text);

  // The code point offset of byte offset `byte_offset`, which must be at
  // most text.size() and on a code point boundary.
  int32_t ToCodePoint(size_t byte_offset) const;

  // The byte offset of code point offset `cp`, which must be at most the
  // number of code points in the text.
  size_t ToByte(int32_t cp) const;

 private:
  friend class CodePointCursor;
  static constexpr size_t kStride = 256;  // bytes between checkpoints
  std::string_view text_;
  std::vector<int32_t> checkpoints_;  // code points before byte i * kStride
  bool all_ascii_ = false;            // then offsets are the same in both units
};

// Converts offsets that mostly increase (a paragraph's start, its
// sentences, its end; the mentions of an article in text order) between
// bytes and code points in linear total time, going back to the index
// when an offset goes backwards. Keeps pointers to the text and the index,
// which must outlive it. Not thread-safe (it moves).
class CodePointCursor {
 public:
  CodePointCursor(std::string_view text, const CodePointIndex& index)
      : text_(text), index_(index) {}

  // The code point offset of `byte_offset` (on a code point boundary).
  int32_t ToCodePoint(size_t byte_offset);
  // The byte offset of code point offset `cp`.
  size_t ToByte(int32_t cp);

 private:
  std::string_view text_;
  const CodePointIndex& index_;
  size_t byte_ = 0;  // the cursor: byte_ is code point cp_
  int32_t cp_ = 0;
};

}  // namespace newsgraph::text

#endif  // NEWSGRAPH_SHARED_TEXT_UTF8_H_
