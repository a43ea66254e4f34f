// SentenceTokens: on-demand navigation over the words, numbers and
// punctuation of one sentence, for the date rules that look a few tokens
// left and right of a trigger word. Nothing is tokenized ahead of time and
// nothing is allocated: each call scans the bytes next to a position.
//
// A word is a run of ASCII letters and non-ASCII letters; a number is a run
// of ASCII digits; every other character that is not a space is a one-code-
// point punctuation token. Unicode spaces (U+00A0, U+2009, U+202F) count as
// spaces, and Unicode quotes, dashes and ellipses (U+2010-U+2027, U+00AB,
// U+00BB) as punctuation. Offsets are bytes of the sentence text.
//
// Keeps a view of the text: the text must outlive the object. Immutable, so
// safe to share between threads.
//
// Example:
//   SentenceTokens tokens("Germany on Monday banned Mahan Air.");
//   Token word = tokens.Next(8);          // "on"
//   Token day = tokens.Next(word.end);     // "Monday"
//   bool on = tokens.Is(tokens.Prev(day.begin), "on");  // true
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_SENTENCE_TOKENS_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_SENTENCE_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace newsgraph::extract::dates {

enum class TokenKind : uint8_t { kNone, kWord, kNumber, kPunct };

// A token's byte range [begin, end) in the sentence; kind kNone when there
// is no token (before the first or after the last).
struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kNone;

  bool valid() const { return kind != TokenKind::kNone; }
  bool is_word() const { return kind == TokenKind::kWord; }
  bool is_number() const { return kind == TokenKind::kNumber; }
  bool is_punct() const { return kind == TokenKind::kPunct; }
  uint32_t size() const { return end - begin; }
};

class SentenceTokens {
 public:
  explicit SentenceTokens(std::string_view text) : text_(text) {}

  std::string_view text() const { return text_; }

  // The first token that starts at or after `pos`.
  Token Next(size_t pos) const;
  // The last token that ends at or before `pos`.
  Token Prev(size_t pos) const;

  // The token's text.
  std::string_view View(Token t) const { return text_.substr(t.begin, t.end - t.begin); }
  // Whether `t` is the word `lower` (ASCII, lower case) in any letter case.
  bool Is(Token t, std::string_view lower) const;
  // Whether `t` is the punctuation character `c` (ASCII).
  bool IsChar(Token t, char c) const {
    return t.is_punct() && t.size() == 1 && text_[t.begin] == c;
  }
  // Whether `t` is a word whose first letter is an ASCII capital.
  bool IsCapitalized(Token t) const;
  // Whether `t` is a word with no ASCII capital letter.
  bool IsLowercaseWord(Token t) const;
  // Whether `t` is a double or single quotation mark, straight or curly,
  // or a guillemet.
  bool IsQuoteMark(Token t) const;
  // Whether only punctuation (an opening quote, a bracket, a dash) comes
  // before `t` in the sentence.
  bool StartsSentence(Token t) const;
  // The value of a number token of at most 9 digits.
  int NumberValue(Token t) const;
  // Whether `t` is directly followed by 's or ’s (then not a letter).
  bool HasPossessiveS(Token t) const;
  // The end of the possessive 's after `t`; `t.end` when it has none.
  uint32_t EndWithPossessive(Token t) const;

 private:
  std::string_view text_;
};

// The end of the run of ASCII letters that goes on at byte `i` of `text`:
// the first byte at or after `i` that is not an ASCII letter, or
// text.size(). Reads eight bytes at a time.
inline size_t AsciiLetterRunEnd(std::string_view text, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof(word));
    // Each byte folded to lower case with its top bit cleared (0-0x7F), so
    // that adding to it cannot carry into the next byte; the top bit of a
    // sum then tells whether the byte is at least 'a', and above 'z'.
    const uint64_t folded = (word | 0x20 * kOnes) & 0x7F * kOnes;
    const uint64_t at_least_a = folded + (0x80 - 'a') * kOnes;
    const uint64_t above_z = folded + (0x80 - 'z' - 1) * kOnes;
    const uint64_t letters = at_least_a & ~above_z & ~word & kHighBits;  // ASCII only
    if (const uint64_t others = ~letters & kHighBits; others != 0) {
      return i + static_cast<size_t>(__builtin_ctzll(others)) / 8;  // little-endian
    }
  }
  while (i < text.size() && static_cast<unsigned>((static_cast<unsigned char>(text[i]) | 0x20) - 'a') < 26u) ++i;
  return i;
}

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_SENTENCE_TOKENS_H_
