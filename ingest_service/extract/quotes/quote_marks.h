// Finds the quotation marks of a paragraph and says, from the characters
// on either side, whether each one can open or close a quotation.
//
// Two families of marks: double (" “ ” „ « ») and single (' ‘ ’ ‹ ›).
// Curly and angle marks say which side they are on; a straight mark is
// judged by its neighbours, as Markdown does: after a space or an opening
// bracket and before a word it opens, after a word and before a space or
// punctuation it closes, otherwise it may do either. A single mark between
// letters (don’t, Iran's), or before a digit after a space ('90s), is an
// apostrophe and not reported; one after a word ending in "s" and before
// a space ("the Netherlands’ envoy") is reported as a *weak* close, which
// the pairing uses only when no better close follows.
//
// Pure functions; thread-safe. Linear in the range scanned.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTE_MARKS_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTE_MARKS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest_service/extract/quotes/article_bytes.h"

namespace newsgraph::extract::quotes {

enum class QuoteFamily : uint8_t { kDouble, kSingle };

enum class MarkRole : uint8_t {
  kOpens,   // can only open: “ « „ ‘ or a straight mark before a word
  kCloses,  // can only close: ” » ’ or a straight mark after a word
  kEither,  // a straight mark that the neighbours do not decide
};

struct QuoteMark {
  ByteSpan span;  // the mark's bytes
  QuoteFamily family = QuoteFamily::kDouble;
  MarkRole role = MarkRole::kEither;
  bool weak = false;  // a close that may be a possessive apostrophe
};

// Finds the bytes of one text that may start a quotation mark: '"', '\'',
// 0xC2 (« ») and 0xE2 (the U+201x and U+203x marks). One memchr cursor per
// byte value, each searching ahead to the end of the text, so that
// scanning the paragraphs of an article in order reads each byte once per
// cursor and stops only at candidates. Queries in any order are answered
// correctly (a cursor behind or past the query searches again).
//
// Keeps a pointer to the text; not thread-safe (queries move the cursors).
class LeadByteFinder {
 public:
  explicit LeadByteFinder(std::string_view text);

  // The offset of the first candidate byte in text[pos, end), or `end`
  // when there is none (or pos >= end).
  size_t Next(size_t pos, size_t end);

 private:
  // Where byte `value` next occurs: the first occurrence at or after
  // `from`, or the text size when none.
  struct Cursor {
    char value = 0;
    size_t from = 1;  // from > found: not searched yet
    size_t found = 0;
  };

  std::string_view text_;
  std::array<Cursor, 4> cursors_;
};

// Appends to `marks` the quotation marks in text[range), in order.
void FindQuoteMarks(std::string_view text, ByteSpan range, std::vector<QuoteMark>* marks);
// The same, finding candidates with `finder`, which must have been built on
// `text`; cheaper over many ranges of one text in order.
void FindQuoteMarks(std::string_view text, ByteSpan range, LeadByteFinder* finder,
                    std::vector<QuoteMark>* marks);

// Whether a quotation mark of `family` that can open starts at `pos`.
bool OpeningMarkAt(std::string_view text, size_t pos, QuoteFamily family);

}  // namespace newsgraph::extract::quotes

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_QUOTE_MARKS_H_
