// Code point level helpers over UTF-8 text for the quote scanners: decode
// the character at or before a byte offset, and classify characters
// (spaces, letters, digits, case, sentence-final punctuation) with ICU's
// Unicode properties, with an ASCII fast path.
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_TEXT_SCAN_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_TEXT_SCAN_H_

#include <cstddef>
#include <string_view>

#include "ingest_service/extract/quotes/article_bytes.h"

namespace newsgraph::extract::quotes {

// One decoded character: its code point (U+FFFD for a malformed sequence,
// -1 at the ends of the text) and where its bytes are.
struct Char {
  int cp = -1;
  size_t begin = 0;
  size_t end = 0;
};

namespace internal {
Char NonAsciiCharAt(std::string_view text, size_t pos);
Char NonAsciiCharBefore(std::string_view text, size_t pos);
bool NonAsciiIsSpace(int cp);
bool NonAsciiIsLetter(int cp);
bool NonAsciiIsDigit(int cp);
bool NonAsciiIsUpper(int cp);
bool NonAsciiIsLower(int cp);
// SkipSpaces and SkipSpacesBack from a non-ASCII character on.
size_t SkipSpacesSlow(std::string_view text, size_t pos, size_t end);
size_t SkipSpacesBackSlow(std::string_view text, size_t pos, size_t begin);
}  // namespace internal

// The character that starts at `pos` (cp -1 when pos >= text.size()).
inline Char CharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return Char{-1, pos, pos};
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return Char{byte, pos, pos + 1};
  return internal::NonAsciiCharAt(text, pos);
}

// The character that ends at `pos` (cp -1 when pos == 0).
inline Char CharBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return Char{-1, pos, pos};
  const auto byte = static_cast<unsigned char>(text[pos - 1]);
  if (byte < 0x80) return Char{byte, pos - 1, pos};
  return internal::NonAsciiCharBefore(text, pos);
}

// Unicode White_Space (spaces, tabs, line breaks, NO-BREAK SPACE ...).
inline bool IsSpace(int cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return internal::NonAsciiIsSpace(cp);
}
// Letters (L*).
inline bool IsLetter(int cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return internal::NonAsciiIsLetter(cp);
}
// Decimal digits (Nd).
inline bool IsDigit(int cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return internal::NonAsciiIsDigit(cp);
}
// Letters and digits.
inline bool IsWordChar(int cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  return internal::NonAsciiIsLetter(cp) || internal::NonAsciiIsDigit(cp);
}
inline bool IsUpper(int cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return internal::NonAsciiIsUpper(cp);
}
inline bool IsLower(int cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return internal::NonAsciiIsLower(cp);
}
// '.', '!', '?', '…' and their full-width forms: punctuation that ends a
// sentence.
bool IsSentenceFinal(int cp);
// Dashes (hyphen-minus, en and em dash, ...) and opening brackets, after
// which a quotation may open.
bool IsOpeningContext(int cp);

// The offset of the first non-space character at or after `pos` (at most
// `end`). ASCII is skipped inline; other characters are decoded.
inline size_t SkipSpaces(std::string_view text, size_t pos, size_t end) {
  const size_t stop = end < text.size() ? end : text.size();
  while (pos < stop) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x80) return internal::SkipSpacesSlow(text, pos, end);
    if (byte != ' ' && (byte < '\t' || byte > '\r')) return pos;
    ++pos;
  }
  return pos < end ? pos : end;
}
// The offset just past the last non-space character before `pos` (at
// least `begin`). ASCII is skipped inline; other characters are decoded.
inline size_t SkipSpacesBack(std::string_view text, size_t pos, size_t begin) {
  while (pos > begin && pos <= text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos - 1]);
    if (byte >= 0x80) return internal::SkipSpacesBackSlow(text, pos, begin);
    if (byte != ' ' && (byte < '\t' || byte > '\r')) return pos;
    --pos;
  }
  return pos > begin ? pos : begin;
}

// The word (letters and digits, joined by - . ' ’ &) that ends at the
// first non-space character before `pos`, not before `floor`; empty (at
// that character) when it is punctuation or there is none.
ByteSpan WordBefore(std::string_view text, size_t pos, size_t floor);
// The word that starts at the first non-space character at or after
// `pos`, before `ceiling`; empty when it is punctuation or there is none.
ByteSpan WordAfter(std::string_view text, size_t pos, size_t ceiling);

// Whether `a` and `b` are equal ignoring ASCII case.
bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b);

}  // namespace newsgraph::extract::quotes

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_TEXT_SCAN_H_
