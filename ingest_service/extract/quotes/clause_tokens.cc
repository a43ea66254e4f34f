#include "ingest_service/extract/quotes/clause_tokens.h"

#include <algorithm>
#include <array>

#include "ingest_service/extract/quotes/text_scan.h"

namespace newsgraph::extract::quotes {
namespace {

// ASCII letters and digits; false for every other byte, so that a run of
// them can be skipped without decoding.
constexpr std::array<bool, 256> kAsciiWordChars = [] {
  std::array<bool, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = true;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = true;
  for (int c = '0'; c <= '9'; ++c) table[c] = true;
  return table;
}();

bool IsApostrophe(int cp) { return cp == '\'' || cp == 0x2019; }

// Characters that may join two runs of letters into one word: "al-Assad",
// "U.S", "O'Brien", "don’t", "AT&T".
bool IsWordJoiner(int cp) { return cp == '-' || cp == '.' || cp == '&' || IsApostrophe(cp); }

}  // namespace

size_t ClauseTokenizer::WordEnd(size_t pos, size_t limit) const {
  while (pos < limit) {
    // The common case: a run of ASCII letters and digits, without decoding.
    while (pos < limit && kAsciiWordChars[static_cast<unsigned char>(text_[pos])]) ++pos;
    if (pos >= limit) break;
    const Char c = CharAt(text_, pos);
    if (IsWordChar(c.cp)) {
      pos = c.end;
      continue;
    }
    if (!IsWordJoiner(c.cp)) break;
    const Char next = CharAt(text_, c.end);
    if (next.end > limit || !IsWordChar(next.cp)) break;
    // "Iran's" ends the word before the possessive.
    if (IsApostrophe(c.cp) && (next.cp == 's' || next.cp == 'S') &&
        !IsWordChar(CharAt(text_, next.end).cp)) {
      break;
    }
    pos = next.end;
  }
  return pos;
}

size_t ClauseTokenizer::ConsumePossessive(size_t pos, size_t limit, bool* possessive) const {
  // An apostrophe starts with '\'' or, as U+2019, with 0xE2: any other
  // byte ends the check without decoding.
  const auto byte = pos < text_.size() ? static_cast<unsigned char>(text_[pos]) : 0;
  if (byte != '\'' && byte != 0xE2) return pos;
  const Char c = CharAt(text_, pos);
  if (c.end > limit || !IsApostrophe(c.cp)) return pos;
  const Char next = CharAt(text_, c.end);
  if ((next.cp == 's' || next.cp == 'S') && next.end <= limit &&
      !IsWordChar(CharAt(text_, next.end).cp)) {
    *possessive = true;
    return next.end;  // 's
  }
  const Char before = CharBefore(text_, pos);
  if ((before.cp == 's' || before.cp == 'S') && !IsWordChar(next.cp)) {
    *possessive = true;
    return c.end;  // the Netherlands'
  }
  return pos;
}

void ClauseTokenizer::Tokenize(ByteSpan range, std::vector<Token>* tokens,
                               size_t max_tokens) const {
  tokens->clear();
  const size_t limit = std::min(range.end, text_.size());
  auto mention =
      std::lower_bound(mentions_.begin(), mentions_.end(), range.begin,
                       [](const MentionBytes& m, size_t pos) { return m.span.begin < pos; });
  auto passage =
      std::lower_bound(passages_.begin(), passages_.end(), range.begin,
                       [](const QuotedPassage& p, size_t pos) { return p.outer.end <= pos; });
  size_t pos = range.begin;
  while (tokens->size() < max_tokens) {
    pos = SkipSpaces(text_, pos, limit);
    if (pos >= limit) break;
    while (passage != passages_.end() && passage->outer.end <= pos) ++passage;
    while (mention != mentions_.end() && mention->span.begin < pos) ++mention;
    Token token;
    if (passage != passages_.end() && passage->outer.begin <= pos) {
      token.kind = TokenKind::kQuote;
      token.index = static_cast<int>(passage - passages_.begin());
      token.span = {pos, std::min(passage->outer.end, limit)};
      pos = token.span.end;
      tokens->push_back(token);
      continue;
    }
    if (mention != mentions_.end() && mention->span.begin == pos) {
      token.kind = TokenKind::kMention;
      token.index = static_cast<int>(mention - mentions_.begin());
      token.span = {pos, std::min(mention->span.end, limit)};
      pos = ConsumePossessive(token.span.end, limit, &token.possessive);
      tokens->push_back(token);
      continue;
    }
    const Char c = CharAt(text_, pos);
    if (!IsWordChar(c.cp)) {
      token.kind = TokenKind::kPunct;
      token.punct = c.cp;
      token.span = {pos, c.end};
      pos = c.end;
      tokens->push_back(token);
      continue;
    }
    size_t word_limit = limit;
    if (mention != mentions_.end()) word_limit = std::min(word_limit, mention->span.begin);
    if (passage != passages_.end()) word_limit = std::min(word_limit, passage->outer.begin);
    token.kind = TokenKind::kWord;
    token.capitalized = IsUpper(c.cp);
    token.span = {pos, std::max(c.end, WordEnd(pos, word_limit))};
    pos = ConsumePossessive(token.span.end, limit, &token.possessive);
    tokens->push_back(token);
  }
}

}  // namespace newsgraph::extract::quotes
