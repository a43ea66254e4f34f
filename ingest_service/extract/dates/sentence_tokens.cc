#include "ingest_service/extract/dates/sentence_tokens.h"

#include <array>
#include <cstring>

namespace newsgraph::extract::dates {
namespace {

enum class CharClass : uint8_t { kSpace, kLetter, kDigit, kPunct };

struct CodePoint {
  CharClass cls;
  uint32_t length;  // bytes
};

constexpr bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

constexpr CharClass ClassifyAscii(unsigned char c) {
  if (IsAsciiLetter(c)) return CharClass::kLetter;
  if (c >= '0' && c <= '9') return CharClass::kDigit;
  if (c == ' ' || (c >= '\t' && c <= '\r')) return CharClass::kSpace;
  return CharClass::kPunct;
}

// ClassifyAscii of every ASCII byte, looked up rather than computed.
constexpr std::array<CharClass, 128> kAsciiClasses = [] {
  std::array<CharClass, 128> classes{};
  for (int c = 0; c < 128; ++c) classes[c] = ClassifyAscii(static_cast<unsigned char>(c));
  return classes;
}();

// Spaces, quotes, dashes, currency signs and the Latin-1 symbols are not
// letters; every other non-ASCII code point is treated as one.
CharClass ClassifyNonAscii(uint32_t cp) {
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000) {
    return CharClass::kSpace;
  }
  if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x205E) ||
      (cp >= 0x20A0 && cp <= 0x20CF)) {
    return CharClass::kPunct;
  }
  return CharClass::kLetter;
}

// The code point that starts at byte `i` (< s.size()). Malformed bytes are
// taken one at a time as letters.
CodePoint ClassifyAt(std::string_view s, size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return {kAsciiClasses[lead], 1};
  uint32_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (length == 1 || i + length > s.size()) return {CharClass::kLetter, 1};
  uint32_t cp = lead & (0x7F >> length);
  for (uint32_t k = 1; k < length; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  return {ClassifyNonAscii(cp), length};
}

// The first byte of the code point that ends at byte `pos` (> 0).
size_t StartBefore(std::string_view s, size_t pos) {
  size_t i = pos - 1;
  size_t steps = 0;
  while (i > 0 && IsContinuation(static_cast<unsigned char>(s[i])) && steps < 3) {
    --i;
    ++steps;
  }
  return i;
}

TokenKind KindOf(CharClass cls) {
  switch (cls) {
    case CharClass::kLetter:
      return TokenKind::kWord;
    case CharClass::kDigit:
      return TokenKind::kNumber;
    default:
      return TokenKind::kPunct;
  }
}

}  // namespace

Token SentenceTokens::Next(size_t pos) const {
  const std::string_view s = text_;
  size_t i = pos;
  while (i < s.size()) {
    const CodePoint first = ClassifyAt(s, i);
    if (first.cls == CharClass::kSpace) {
      i += first.length;
      continue;
    }
    Token token{static_cast<uint32_t>(i), static_cast<uint32_t>(i + first.length),
                KindOf(first.cls)};
    if (first.cls == CharClass::kLetter || first.cls == CharClass::kDigit) {
      while (token.end < s.size()) {
        const CodePoint next = ClassifyAt(s, token.end);
        if (next.cls != first.cls) break;
        token.end += next.length;
      }
    }
    return token;
  }
  return Token{};
}

Token SentenceTokens::Prev(size_t pos) const {
  const std::string_view s = text_;
  size_t end = pos < s.size() ? pos : s.size();
  while (end > 0) {
    const size_t start = StartBefore(s, end);
    const CodePoint last = ClassifyAt(s, start);
    if (last.cls == CharClass::kSpace) {
      end = start;
      continue;
    }
    Token token{static_cast<uint32_t>(start), static_cast<uint32_t>(end), KindOf(last.cls)};
    if (last.cls == CharClass::kLetter || last.cls == CharClass::kDigit) {
      while (token.begin > 0) {
        const size_t before = StartBefore(s, token.begin);
        if (ClassifyAt(s, before).cls != last.cls) break;
        token.begin = static_cast<uint32_t>(before);
      }
    }
    return token;
  }
  return Token{};
}

bool SentenceTokens::Is(Token t, std::string_view lower) const {
  if (!t.is_word() || t.size() != lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    if ((static_cast<unsigned char>(text_[t.begin + i]) | 0x20) !=
        static_cast<unsigned char>(lower[i])) {
      return false;
    }
  }
  return true;
}

bool SentenceTokens::IsCapitalized(Token t) const {
  if (!t.is_word()) return false;
  const char c = text_[t.begin];
  return c >= 'A' && c <= 'Z';
}

bool SentenceTokens::IsLowercaseWord(Token t) const {
  if (!t.is_word()) return false;
  for (uint32_t i = t.begin; i < t.end; ++i) {
    if (text_[i] >= 'A' && text_[i] <= 'Z') return false;
  }
  return true;
}

bool SentenceTokens::IsQuoteMark(Token t) const {
  if (!t.is_punct()) return false;
  const std::string_view v = View(t);
  return v == "\"" || v == "'" || v == "\u201C" || v == "\u201D" || v == "\u2018" ||
         v == "\u2019" || v == "\u00AB" || v == "\u00BB";
}

bool SentenceTokens::StartsSentence(Token t) const {
  for (Token before = Prev(t.begin); before.valid(); before = Prev(before.begin)) {
    if (!before.is_punct()) return false;
  }
  return true;
}

int SentenceTokens::NumberValue(Token t) const {
  int value = 0;
  for (uint32_t i = t.begin; i < t.end && i < t.begin + 9; ++i)
    value = value * 10 + (text_[i] - '0');
  return value;
}

uint32_t SentenceTokens::EndWithPossessive(Token t) const {
  const std::string_view rest = text_.substr(t.end);
  size_t mark = 0;
  if (rest.substr(0, 1) == "'") {
    mark = 1;
  } else if (rest.substr(0, 3) == "\u2019") {
    mark = 3;
  } else {
    return t.end;
  }
  if (rest.size() <= mark || (rest[mark] | 0x20) != 's') return t.end;
  if (rest.size() > mark + 1 && IsAsciiLetter(static_cast<unsigned char>(rest[mark + 1]))) {
    return t.end;
  }
  return static_cast<uint32_t>(t.end + mark + 1);
}

bool SentenceTokens::HasPossessiveS(Token t) const { return EndWithPossessive(t) != t.end; }

}  // namespace newsgraph::extract::dates
