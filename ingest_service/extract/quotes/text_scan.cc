#include "ingest_service/extract/quotes/text_scan.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace newsgraph::extract::quotes {

namespace internal {

Char NonAsciiCharAt(std::string_view text, size_t pos) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 cp;
  U8_NEXT_OR_FFFD(bytes, i, static_cast<int32_t>(text.size()), cp);
  return Char{cp, pos, static_cast<size_t>(i)};
}

Char NonAsciiCharBefore(std::string_view text, size_t pos) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(pos);
  UChar32 cp;
  U8_PREV_OR_FFFD(bytes, 0, i, cp);
  return Char{cp, static_cast<size_t>(i), pos};
}

bool NonAsciiIsSpace(int cp) { return cp >= 0 && u_isUWhiteSpace(cp); }
bool NonAsciiIsLetter(int cp) { return cp >= 0 && u_isalpha(cp); }
bool NonAsciiIsDigit(int cp) { return cp >= 0 && u_isdigit(cp); }
bool NonAsciiIsUpper(int cp) { return cp >= 0 && (u_isUUppercase(cp) || u_istitle(cp)); }
bool NonAsciiIsLower(int cp) { return cp >= 0 && u_isULowercase(cp); }

size_t SkipSpacesSlow(std::string_view text, size_t pos, size_t end) {
  while (pos < end) {
    const Char c = CharAt(text, pos);
    if (!IsSpace(c.cp)) break;
    pos = c.end;
  }
  return pos < end ? pos : end;
}

size_t SkipSpacesBackSlow(std::string_view text, size_t pos, size_t begin) {
  while (pos > begin) {
    const Char c = CharBefore(text, pos);
    if (!IsSpace(c.cp)) break;
    pos = c.begin;
  }
  return pos > begin ? pos : begin;
}

}  // namespace internal

bool IsSentenceFinal(int cp) {
  switch (cp) {
    case '.':
    case '!':
    case '?':
    case 0x2026:  // …
    case 0x3002:  // 。
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
      return true;
    default:
      return false;
  }
}

bool IsOpeningContext(int cp) {
  switch (cp) {
    case '(':
    case '[':
    case '{':
    case '-':
    case '/':
    case 0x2013:  // –
    case 0x2014:  // —
    case 0x2015:  // ―
      return true;
    default:
      return false;
  }
}

namespace {

bool IsJoiner(int cp) { return cp == '-' || cp == '.' || cp == '\'' || cp == 0x2019 || cp == '&'; }

}  // namespace

ByteSpan WordBefore(std::string_view text, size_t pos, size_t floor) {
  const size_t end = SkipSpacesBack(text, pos, floor);
  size_t begin = end;
  while (begin > floor) {
    const Char c = CharBefore(text, begin);
    if (IsWordChar(c.cp)) {
      begin = c.begin;
      continue;
    }
    if (!IsJoiner(c.cp) || c.begin <= floor || !IsWordChar(CharBefore(text, c.begin).cp)) break;
    if (begin == end) break;  // a word does not end with a joiner
    begin = c.begin;
  }
  return {begin, end};
}

ByteSpan WordAfter(std::string_view text, size_t pos, size_t ceiling) {
  const size_t begin = SkipSpaces(text, pos, ceiling);
  size_t end = begin;
  while (end < ceiling) {
    const Char c = CharAt(text, end);
    if (IsWordChar(c.cp)) {
      end = c.end;
      continue;
    }
    if (!IsJoiner(c.cp) || end == begin || c.end >= ceiling ||
        !IsWordChar(CharAt(text, c.end).cp)) {
      break;
    }
    end = c.end;
  }
  return {begin, end};
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace newsgraph::extract::quotes
