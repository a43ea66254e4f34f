#include "shared/text/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

namespace newsgraph::text {
namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Code points in `block`: its bytes less its continuation bytes, counted
// eight at a time.
int32_t CountStarts(std::string_view block) {
  size_t continuations = 0;
  size_t i = 0;
  for (; i + 8 <= block.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, block.data() + i, sizeof(word));
    // A continuation byte is 10xxxxxx: bit 7 set and bit 6 clear. The
    // multiplication sums the eight 0/1 bytes into the top byte.
    const uint64_t marks = (word & ~(word << 1) & 0x8080808080808080ull) >> 7;
    continuations += static_cast<size_t>((marks * 0x0101010101010101ull) >> 56);
  }
  for (; i < block.size(); ++i) continuations += IsContinuation(static_cast<unsigned char>(block[i]));
  return static_cast<int32_t>(block.size() - continuations);
}

// The length of the ASCII prefix of `s`, eight bytes at a time.
size_t AsciiPrefix(std::string_view s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, sizeof(word));
    if (const uint64_t high = word & 0x8080808080808080ull; high != 0) {
      return i + static_cast<size_t>(__builtin_ctzll(high)) / 8;  // little-endian
    }
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

// Moves (*byte, *cp) forward to code point `target` (or the end of `text`).
void Advance(std::string_view text, int32_t target, size_t* byte, int32_t* cp) {
  while (*cp < target && *byte < text.size()) {
    const size_t ascii = AsciiPrefix(
        text.substr(*byte, std::min<size_t>(static_cast<size_t>(target - *cp), text.size() - *byte)));
    *byte += ascii;
    *cp += static_cast<int32_t>(ascii);
    if (*cp == target || *byte >= text.size()) return;
    // One code point of two to four bytes.
    ++*byte;
    while (*byte < text.size() && IsContinuation(static_cast<unsigned char>(text[*byte]))) ++*byte;
    ++*cp;
  }
}

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
  for (size_t begin = 0; begin < s.size(); begin += 1 << 20) n += CountStarts(s.substr(begin, 1 << 20));
  return n;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 2);
  int32_t count = 0;
  for (size_t begin = 0; begin < text.size(); begin += kStride) {
    checkpoints_.push_back(count);
    count += CountStarts(text.substr(begin, kStride));
  }
  if (text.size() % kStride == 0) checkpoints_.push_back(count);
  all_ascii_ = static_cast<size_t>(count) == text.size();
}

int32_t CodePointIndex::ToCodePoint(size_t byte_offset) const {
  byte_offset = std::min(byte_offset, text_.size());
  if (all_ascii_) return static_cast<int32_t>(byte_offset);
  const size_t slot = byte_offset / kStride;
  return checkpoints_[slot] + CountStarts(text_.substr(slot * kStride, byte_offset - slot * kStride));
}

size_t CodePointIndex::ToByte(int32_t cp) const {
  if (all_ascii_) return std::min(static_cast<size_t>(std::max(cp, 0)), text_.size());
  // The last checkpoint at or before `cp`.
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), cp);
  size_t slot = it == checkpoints_.begin() ? 0 : (it - checkpoints_.begin()) - 1;
  // Several checkpoints can hold the same count only if a stride has no
  // code point start, which UTF-8 rules out (sequences are at most 4 bytes).
  size_t byte = slot * kStride;
  int32_t count = checkpoints_[slot];
  // The tail of a code point that starts before the checkpoint is counted.
  while (byte < text_.size() && IsContinuation(static_cast<unsigned char>(text_[byte]))) ++byte;
  Advance(text_, cp, &byte, &count);
  return byte;
}

int32_t CodePointCursor::ToCodePoint(size_t byte_offset) {
  if (index_.all_ascii_) return static_cast<int32_t>(std::min(byte_offset, text_.size()));
  if (byte_offset < byte_ || byte_offset - byte_ > 4 * CodePointIndex::kStride) {
    byte_ = std::min(byte_offset, text_.size());
    cp_ = index_.ToCodePoint(byte_);
    return cp_;
  }
  byte_offset = std::min(byte_offset, text_.size());
  cp_ += CountStarts(text_.substr(byte_, byte_offset - byte_));
  byte_ = byte_offset;
  return cp_;
}

size_t CodePointCursor::ToByte(int32_t cp) {
  if (index_.all_ascii_) return index_.ToByte(cp);
  if (cp < cp_ || cp - cp_ > static_cast<int32_t>(4 * CodePointIndex::kStride)) {
    byte_ = index_.ToByte(cp);
    cp_ = cp;
    return byte_;
  }
  Advance(text_, cp, &byte_, &cp_);
  return byte_;
}

}  // namespace newsgraph::text
