#include "ingest_service/extract/text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace newsgraph::extract {
namespace {

// The code point at `i` and its length in bytes.
struct CodePoint {
  UChar32 c;
  int32_t length;
};

CodePoint Decode(std::string_view text, uint32_t i, uint32_t end) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return {b, 1};
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), j, static_cast<int32_t>(end), c);
  return {c < 0 ? 0xFFFD : c, j - static_cast<int32_t>(i)};
}

bool IsAsciiLetter(UChar32 c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(UChar32 c) { return c >= '0' && c <= '9'; }

bool IsLetter(UChar32 c) {
  if (c < 0x80) return IsAsciiLetter(c);
  return u_isUAlphabetic(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013; }

bool IsUpper(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}

bool IsLower(UChar32 c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(c);
}

// Reads a word starting at `i` (a letter or digit); returns its end.
uint32_t ScanWord(std::string_view text, uint32_t i, uint32_t end) {
  while (i < end) {
    // ASCII letters and digits need no decoding.
    const auto b = static_cast<unsigned char>(text[i]);
    if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
      ++i;
      continue;
    }
    if (b >= '0' && b <= '9') {
      ++i;
      continue;
    }
    const CodePoint cp = Decode(text, i, end);
    if (IsLetter(cp.c) || IsDigit(cp.c)) {
      i += cp.length;
      continue;
    }
    // Inner hyphens and apostrophes join letters; a possessive 's ends the word.
    if ((IsHyphen(cp.c) || IsApostrophe(cp.c)) && i + cp.length < end) {
      const CodePoint next = Decode(text, i + cp.length, end);
      if (!(IsLetter(next.c) || IsDigit(next.c))) break;
      if (IsApostrophe(cp.c)) {
        const uint32_t after = i + cp.length + next.length;
        const bool possessive =
            (next.c == 's' || next.c == 'S') &&
            (after >= end || !IsLetter(Decode(text, after, end).c));
        if (possessive) break;
      }
      i += cp.length;
      continue;
    }
    break;
  }
  return i;
}

// A dotted abbreviation: single letters each followed by '.', at least two
// ("U.S.", "D.C.", "U.S.A."). Returns its end, or `i` when there is none.
uint32_t ScanDotted(std::string_view text, uint32_t i, uint32_t end) {
  uint32_t j = i;
  int letters = 0;
  while (j + 1 < end && IsAsciiLetter(static_cast<unsigned char>(text[j])) && text[j + 1] == '.') {
    ++letters;
    j += 2;
    if (j < end && IsAsciiLetter(static_cast<unsigned char>(text[j])) &&
        (j + 1 >= end || text[j + 1] != '.')) {
      // "U.Sx": a letter that is not part of the pattern ends it.
      break;
    }
  }
  if (letters < 2) return i;
  // A letter right after ("U.S.based") means this was not an abbreviation.
  if (j < end && IsLetter(Decode(text, j, end).c)) return i;
  return j;
}

// "Washington-based", "Kurdish-led", "US-backed": a name and an adjectival
// suffix, which are two tokens ("Washington", "-based"). Returns where the
// suffix's hyphen is, or `end` when the word has none.
uint32_t AdjectivalSuffix(std::string_view text, uint32_t begin, uint32_t end) {
  static constexpr std::string_view kSuffixes[] = {
      "-based", "-born", "-led", "-backed", "-owned", "-run", "-funded", "-linked", "-made",
      "-controlled", "-sponsored", "-affiliated", "-registered", "-headquartered", "-style",
      "-era", "-speaking", "-majority", "-dominated", "-held", "-bound", "-allied", "-aligned",
      "-brokered", "-trained", "-educated", "-listed", "-flagged", "-supported", "-operated",
      "-origin", "-language", "-wide"};
  const std::string_view word = text.substr(begin, end - begin);
  for (std::string_view suffix : kSuffixes) {
    if (word.size() > suffix.size() + 1 && word.substr(word.size() - suffix.size()) == suffix) {
      return end - static_cast<uint32_t>(suffix.size());
    }
  }
  return end;
}

// "pro-Israel", "anti-Iran", "non-EU": a lower-case prefix and a name,
// which are two tokens ("pro-", "Israel"). Returns the end of the prefix
// (its hyphen included), or `begin` when the word has none.
uint32_t NamePrefix(std::string_view text, uint32_t begin, uint32_t end) {
  static constexpr std::string_view kPrefixes[] = {"pro-", "anti-", "non-", "post-", "pre-",
                                                   "pan-", "trans-", "mid-", "neo-", "inter-"};
  const std::string_view word = text.substr(begin, end - begin);
  for (std::string_view prefix : kPrefixes) {
    if (word.size() > prefix.size() && word.substr(0, prefix.size()) == prefix &&
        IsUpper(Decode(text, begin + static_cast<uint32_t>(prefix.size()), end).c)) {
      return begin + static_cast<uint32_t>(prefix.size());
    }
  }
  return begin;
}

uint32_t ScanNumber(std::string_view text, uint32_t i, uint32_t end) {
  while (i < end) {
    const char c = text[i];
    if (IsDigit(static_cast<unsigned char>(c))) {
      ++i;
    } else if ((c == ',' || c == '.') && i + 1 < end &&
               IsDigit(static_cast<unsigned char>(text[i + 1]))) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

uint8_t ShapeOf(std::string_view text, uint32_t begin, uint32_t end) {
  uint8_t shape = 0;
  int upper = 0, letters = 0;
  bool first_letter = true;
  for (uint32_t i = begin; i < end;) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // ASCII: no decoding, no ICU
      if (b >= '0' && b <= '9') shape |= kHasDigit;
      const bool up = b >= 'A' && b <= 'Z';
      const bool low = b >= 'a' && b <= 'z';
      if (up || low) {
        ++letters;
        upper += up;
        if (up) shape |= kHasAsciiUpper;
        if (low) shape |= kHasLower;
        if (first_letter && up) shape |= kUpperInitial;
        first_letter = false;
      }
      ++i;
      continue;
    }
    const CodePoint cp = Decode(text, i, end);
    if (cp.c >= 0x80) shape |= kNonAscii;
    if (IsDigit(cp.c)) shape |= kHasDigit;
    if (IsLetter(cp.c)) {
      ++letters;
      const bool up = IsUpper(cp.c);
      upper += up;
      if (IsLower(cp.c)) shape |= kHasLower;
      if (first_letter && up) shape |= kUpperInitial;
      first_letter = false;
    }
    i += cp.length;
  }
  if (letters >= 2 && upper == letters) shape |= kAllUpper;
  return shape;
}

// What each byte is to the plain-word scanner below.
enum ByteClass : uint8_t {
  kLowerByte = 1,
  kUpperByte = 2,
  kDigitByte = 4,
  kJoinerByte = 8,  // - ' . or a byte of a multi-byte character: not a plain word
};

constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> classes{};
  for (int b = 0; b < 256; ++b) {
    if (b >= 'a' && b <= 'z') classes[b] = kLowerByte;
    if (b >= 'A' && b <= 'Z') classes[b] = kUpperByte;
    if (b >= '0' && b <= '9') classes[b] = kDigitByte;
    if (b >= 0x80 || b == '-' || b == '\'' || b == '.') classes[b] = kJoinerByte;
  }
  return classes;
}
constexpr std::array<uint8_t, 256> kByteClasses = MakeByteClasses();

constexpr uint8_t kWordByte = kLowerByte | kUpperByte | kDigitByte;

// Whether [begin, end), a run of ASCII letters and digits with no lower-case
// letter, holds two or more letters (then, every letter being upper case,
// the word is kAllUpper). Rare enough ("NATO", "G7") to take a second pass.
bool HasTwoLetters(std::string_view text, uint32_t begin, uint32_t end) {
  int letters = 0;
  for (uint32_t k = begin; k < end && letters < 2; ++k) {
    letters += (kByteClasses[static_cast<unsigned char>(text[k])] & kUpperByte) != 0;
  }
  return letters >= 2;
}

// The common case, an ASCII word that ends at a space or at punctuation
// that cannot continue it, read in one pass that also takes its shape.
// Returns false (and leaves `token` alone) for anything else: letters
// beyond ASCII, inner hyphens and apostrophes, dotted abbreviations.
bool ScanPlainAsciiWord(std::string_view text, uint32_t i, uint32_t end, Token* token) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* p = bytes + i;
  const unsigned char* const stop = bytes + end;
  uint8_t seen = 0;  // the union of the classes of the word's bytes
  uint8_t c = 0;
  while (p < stop && ((c = kByteClasses[*p]) & kWordByte) != 0) {
    seen |= c;
    ++p;
  }
  if (p < stop && c == kJoinerByte) return false;
  const auto j = static_cast<uint32_t>(p - bytes);
  uint8_t shape = 0;
  if (seen & kLowerByte) shape |= kHasLower;
  if (seen & kDigitByte) shape |= kHasDigit;
  if (seen & kUpperByte) shape |= kHasAsciiUpper;
  if (kByteClasses[static_cast<unsigned char>(text[i])] == kUpperByte) shape |= kUpperInitial;
  if ((seen & (kLowerByte | kUpperByte)) == kUpperByte && HasTwoLetters(text, i, j)) {
    shape |= kAllUpper;
  }
  token->begin = i;
  token->end = j;
  token->kind = TokenKind::kWord;
  token->shape = shape;
  return true;
}

// ASCII punctuation and symbols that always make a one-byte token of
// their own: not letters, digits or spaces, and not the hyphen and
// apostrophe, which may join or split words (a "-based" suffix, a
// possessive 's).
constexpr std::array<bool, 128> kPlainAsciiPunct = [] {
  std::array<bool, 128> table{};
  for (int b = 0x21; b < 0x7F; ++b) {
    const bool alnum = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    table[b] = !alnum && b != '-' && b != '\'';
  }
  return table;
}();

bool IsPlainAsciiPunct(unsigned char b) { return b < 0x80 && kPlainAsciiPunct[b]; }

}  // namespace

void Tokenize(std::string_view content, uint32_t begin, uint32_t end, std::vector<Token>* out) {
  // English news averages about one token per five bytes.
  out->reserve(out->size() + (end - begin) / 4 + 4);
  uint32_t i = begin;
  bool newline = false;
  while (i < end) {
    const auto b = static_cast<unsigned char>(content[i]);
    if (b == ' ') {
      ++i;
      continue;
    }
    if (Token plain; IsAsciiLetter(b) && ScanPlainAsciiWord(content, i, end, &plain)) {
      if (newline) plain.shape |= kAfterNewline;
      newline = false;
      out->push_back(plain);
      i = plain.end;
      continue;
    }
    if (IsPlainAsciiPunct(b)) {
      // One byte of punctuation: no shape but the line break before it.
      out->push_back(Token{i, i + 1, TokenKind::kPunct,
                           static_cast<uint8_t>(newline ? kAfterNewline : 0)});
      newline = false;
      ++i;
      continue;
    }
    const CodePoint cp = Decode(content, i, end);
    if (cp.c == ' ' || cp.c == '\n' || cp.c == '\t' || cp.c == '\r' || cp.c == 0xA0 ||
        (cp.c >= 0x80 && u_isUWhiteSpace(cp.c))) {
      newline |= cp.c == '\n';
      i += cp.length;
      continue;
    }
    Token token;
    token.begin = i;
    if (IsDigit(cp.c)) {
      const uint32_t number_end = ScanNumber(content, i, end);
      // Digits followed by letters form a word ("COP26" starts with letters;
      // "5G", "2nd" start with digits).
      const uint32_t word_end = ScanWord(content, i, end);
      token.kind = word_end > number_end ? TokenKind::kWord : TokenKind::kNumber;
      token.end = std::max(word_end, number_end);
    } else if (IsLetter(cp.c)) {
      const uint32_t dotted_end = ScanDotted(content, i, end);
      token.kind = TokenKind::kWord;
      token.end = dotted_end > i ? dotted_end : ScanWord(content, i, end);
      // Affixes are hyphenated; most words have no hyphen to look at.
      const bool hyphenated = token.end - i > 3 &&
                              content.substr(i, token.end - i).find('-') != std::string_view::npos;
      if (!hyphenated) {
        // Nothing to split.
      } else if (IsUpper(cp.c)) {
        token.end = AdjectivalSuffix(content, i, token.end);
      } else if (const uint32_t prefix_end = NamePrefix(content, i, token.end); prefix_end > i) {
        token.end = prefix_end;  // "pro-" now, "Israel" next
      }
    } else if (IsHyphen(cp.c) && i + cp.length < end &&
               IsLower(Decode(content, i + cp.length, end).c) && !out->empty() &&
               out->back().end == i && out->back().kind == TokenKind::kWord) {
      // The "-based" of "Washington-based": one lower-case word.
      token.kind = TokenKind::kWord;
      token.end = ScanWord(content, i + cp.length, end);
    } else {
      token.kind = TokenKind::kPunct;
      token.end = i + cp.length;
      // A possessive 's is one token.
      if (IsApostrophe(cp.c) && token.end < end && (content[token.end] == 's') &&
          (token.end + 1 >= end || !IsLetter(Decode(content, token.end + 1, end).c))) {
        token.end += 1;
        token.kind = TokenKind::kPossessive;
      }
    }
    token.shape = ShapeOf(content, token.begin, token.end);
    if (newline) token.shape |= kAfterNewline;
    newline = false;
    if (token.end - token.begin > 2 && content[token.end - 1] == '.' &&
        token.kind == TokenKind::kWord) {
      token.shape |= kDotted;
    }
    out->push_back(token);
    i = token.end;
  }
}

}  // namespace newsgraph::extract
