#include "ingest_service/extract/events/sentence_tokens.h"

#include <algorithm>
#include <array>

namespace newsgraph::extract::events {
namespace {

// Decodes the code point at `text[*i]`, advancing `*i`; the text is valid
// UTF-8.
char32_t NextCodePoint(std::string_view text, size_t* i) {
  const unsigned char c = static_cast<unsigned char>(text[*i]);
  int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (*i + length > text.size()) length = 1;
  char32_t cp = length == 1 ? c : length == 2 ? (c & 0x1F) : length == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < length; ++k) cp = (cp << 6) | (text[*i + k] & 0x3F);
  *i += length;
  return cp;
}

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Per byte: the lower-case form of an ASCII letter or digit, 0 for any
// other byte.
constexpr std::array<char, 256> MakeAlnumLower() {
  std::array<char, 256> lower{};
  for (int c = '0'; c <= '9'; ++c) lower[c] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) lower[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) lower[c] = static_cast<char>(c + ('a' - 'A'));
  return lower;
}
constexpr std::array<char, 256> kAlnumLower = MakeAlnumLower();

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x00AB || cp == 0x00BB) return false;
  return true;
}

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x00A0 || cp == 0x2009 ||
         cp == 0x202F;
}

}  // namespace

SentenceTokens::SentenceTokens(std::string_view text, int32_t start) { Reset(text, start); }

void SentenceTokens::Reset(std::string_view text, int32_t start) {
  // The lowered text is never longer than the text (a typographic
  // apostrophe becomes one byte): it is written into a buffer of the text's
  // size, then cut to length, so every view into it stays valid.
  tokens_.clear();
  tokens_.reserve(text.size() / 5 + 4);
  lowered_.resize(text.size());
  char* const out = lowered_.data();
  size_t n = 0;  // bytes written to out
  size_t i = 0;
  int32_t cp_offset = start;
  bool in_word = false;
  auto view = [out, &n](size_t from) { return std::string_view(out + from, n - from); };
  size_t word_begin = 0;
  while (i < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII fast path
      const bool alnum = IsAsciiAlnum(byte);
      if (alnum) {
        if (!in_word) {
          word_begin = n;
          tokens_.push_back(Token{{}, cp_offset, cp_offset, byte >= 'A' && byte <= 'Z', true});
          in_word = true;
        }
        size_t j = i;  // the whole ASCII run at once
        char lower;
        while (j < text.size() && (lower = kAlnumLower[static_cast<unsigned char>(text[j])]) != 0) {
          out[n++] = lower;
          ++j;
        }
        cp_offset += static_cast<int32_t>(j - i);
        i = j;
        tokens_.back().word = view(word_begin);
        tokens_.back().end = cp_offset;
        continue;
      } else if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r') {
        in_word = false;
      } else {
        const bool apostrophe_start = byte == '\'' && in_word && i + 1 < text.size() &&
                                      IsWordChar(static_cast<unsigned char>(text[i + 1]));
        word_begin = n;
        out[n++] = static_cast<char>(byte);
        tokens_.push_back(Token{view(word_begin), cp_offset, cp_offset + 1, false,
                                apostrophe_start});
        in_word = apostrophe_start;
      }
      ++i;
      ++cp_offset;
      continue;
    }
    const size_t from = i;
    const char32_t cp = NextCodePoint(text, &i);
    if (IsSpace(cp)) {
      in_word = false;
    } else if (IsApostrophe(cp)) {
      const bool apostrophe_start =
          in_word && i < text.size() && IsWordChar(static_cast<unsigned char>(text[i]));
      word_begin = n;
      out[n++] = '\'';
      tokens_.push_back(
          Token{view(word_begin), cp_offset, cp_offset + 1, false, apostrophe_start});
      in_word = apostrophe_start;
    } else if (IsWordChar(cp)) {
      if (!in_word) {
        word_begin = n;
        tokens_.push_back(Token{{}, cp_offset, cp_offset, false, true});
        in_word = true;
      }
      for (size_t k = from; k < i; ++k) out[n++] = text[k];
      tokens_.back().word = view(word_begin);
      tokens_.back().end = cp_offset + 1;
    } else {
      word_begin = n;
      for (size_t k = from; k < i; ++k) out[n++] = text[k];
      tokens_.push_back(Token{view(word_begin), cp_offset, cp_offset + 1, false, false});
      in_word = false;
    }
    ++cp_offset;
  }
  lowered_.resize(n);  // shrinks: no reallocation, views stay valid
}

std::string_view SentenceTokens::WordAt(int i) const {
  if (i < 0 || i >= size()) return {};
  return tokens_[i].word;
}

int SentenceTokens::TokenAtOrAfter(int32_t cp) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), cp,
                             [](const Token& t, int32_t value) { return t.end <= value; });
  return static_cast<int>(it - tokens_.begin());
}

}  // namespace newsgraph::extract::events
