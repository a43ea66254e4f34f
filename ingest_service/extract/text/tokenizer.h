// Tokenizer: splits sentence text into word, number and punctuation tokens
// with byte offsets into the article's content, and a few shape flags the
// extractor's rules test over and over (capitalised, all caps, digits).
//
// Words keep inner hyphens ("Baku-Tbilisi-Ceyhan", "al-Assad", "COVID-19"),
// inner apostrophes that are not a possessive ("O'Brien", "d'Ivoire"), and
// the periods of dotted abbreviations ("U.S.", "D.C."); a possessive "'s"
// or a bare trailing apostrophe is a token of its own. Letters are any
// Unicode letters or marks, so "Rosselló", "Tsikhanouskaya" and "Qəbələ"
// are single words.
//
// Plain functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_TEXT_TOKENIZER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsgraph::extract {

enum class TokenKind : uint8_t {
  kWord,    // letters (and digits), possibly with inner - ' .
  kNumber,  // digits, possibly with inner , . (1,000  3.5)
  kPunct,   // one punctuation or symbol character
  kPossessive,  // 's or ’s after a word
};

// Shape flags of a token.
enum TokenShape : uint8_t {
  kUpperInitial = 1 << 0,  // first letter is upper case ("Georgia", "GUAM", "al-Assad" no)
  kAllUpper = 1 << 1,      // every letter is upper case and there are two or more ("NATO")
  kHasDigit = 1 << 2,      // contains a digit ("G7", "COP26")
  kHasLower = 1 << 3,      // contains a lower-case letter
  kNonAscii = 1 << 4,      // contains a byte >= 0x80
  kDotted = 1 << 5,        // a dotted abbreviation ("U.S.", "D.C.")
  kAfterNewline = 1 << 6,  // a line break comes between it and the token before
  kHasAsciiUpper = 1 << 7, // contains a letter A-Z
};

struct Token {
  uint32_t begin = 0;  // byte offsets into the content
  uint32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  uint8_t shape = 0;

  bool Is(TokenShape s) const { return (shape & s) != 0; }
  std::string_view Text(std::string_view content) const {
    return content.substr(begin, end - begin);
  }
};

// Appends the tokens of content[begin, end) to `out`. `content` must be
// valid UTF-8 and [begin, end) on code point boundaries.
void Tokenize(std::string_view content, uint32_t begin, uint32_t end, std::vector<Token>* out);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_TEXT_TOKENIZER_H_
