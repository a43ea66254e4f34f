#include "shared/text/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace newsgraph::text {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

std::optional<size_t> FindInvalidUtf8(std::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(s.size());
  int32_t i = 0;
  while (i < length) {
    // Fast path for ASCII runs.
    if (bytes[i] < 0x80) {
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::nullopt;
}

int64_t CountCodePoints(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += !IsContinuation(c);
  return n;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 1);
  int32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    count += !IsContinuation(static_cast<unsigned char>(text[i]));
  }
  if (text.size() % kStride == 0) checkpoints_.push_back(count);
}

int32_t CodePointIndex::ToCodePoint(size_t byte_offset) const {
  byte_offset = std::min(byte_offset, text_.size());
  const size_t slot = byte_offset / kStride;
  int32_t count = checkpoints_[slot];
  for (size_t i = slot * kStride; i < byte_offset; ++i) {
    count += !IsContinuation(static_cast<unsigned char>(text_[i]));
  }
  return count;
}

size_t CodePointIndex::ToByte(int32_t cp) const {
  // The last checkpoint at or before `cp`.
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), cp);
  size_t slot = it == checkpoints_.begin() ? 0 : (it - checkpoints_.begin()) - 1;
  // Several checkpoints can hold the same count only if a stride has no
  // code point start, which UTF-8 rules out (sequences are at most 4 bytes).
  size_t byte = slot * kStride;
  int32_t count = checkpoints_[slot];
  while (byte < text_.size()) {
    if (!IsContinuation(static_cast<unsigned char>(text_[byte]))) {
      if (count == cp) return byte;
      ++count;
    }
    ++byte;
  }
  return text_.size();
}

}  // namespace newsgraph::text
