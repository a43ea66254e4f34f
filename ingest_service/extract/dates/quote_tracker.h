// QuoteTracker: how deep inside quotations a position of an article's
// text is: 0 in narration, 1 inside a quotation, 2 inside a quotation
// within a quotation ('... said, "Let's talk about it tomorrow."').
// Deictic dates ("yesterday", "this morning") count from the day the quoted
// words were said, not from the article's date.
//
// Quotations are double quotes (straight, curly or guillemets); inside one,
// single quotes open a nested quotation, and an apostrophe between letters
// ("Let's", "Trump’s") is not a quote. Every paragraph starts in narration
// (news opens each paragraph of a long quotation with a new quote mark).
//
// Only paragraphs that hold a date are scanned, each at most once, provided
// that positions are asked in text order.
//
// Keeps a pointer to the article, which must outlive the tracker. Not
// thread-safe (it keeps its scan position); use one per article.
//
// Example:
//   QuoteTracker quotes(article);
//   int depth = quotes.DepthAt(sentence_index, byte_offset_in_sentence);
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_QUOTE_TRACKER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_QUOTE_TRACKER_H_

#include <cstdint>
#include <string_view>

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::extract::dates {

// The quotation state of a stretch of text, fed in order.
class QuoteState {
 public:
  // Reads text[0, end) (all of `text` by default), which continues what was
  // fed before; may look at the code point at `end` to tell an opening quote
  // from a closing one.
  void Feed(std::string_view text, size_t end = std::string_view::npos);
  // 0, 1 or 2.
  int depth() const { return (in_double_ ? 1 : 0) + (in_single_ ? 1 : 0); }
  void Reset() { *this = QuoteState(); }

 private:
  void OpenOrCloseSingle(bool letter_before, bool letter_after, bool may_open);

  bool in_double_ = false;
  bool in_single_ = false;
  bool letter_before_ = false;  // the last code point fed was a letter or digit
  bool space_before_ = true;    // the last code point fed was a space (or none)
};

class QuoteTracker {
 public:
  explicit QuoteTracker(const v1::Article& article) : article_(article) {}
  QuoteTracker(const QuoteTracker&) = delete;
  QuoteTracker& operator=(const QuoteTracker&) = delete;

  // The depth at byte `offset` of sentence `sentence_index`. Calls must come
  // in text order.
  int DepthAt(int sentence_index, uint32_t offset);

 private:
  // Moves the scan to the start of sentence `index`.
  void SeekSentence(int index);

  const v1::Article& article_;
  QuoteState state_;
  int sentence_ = -1;  // the sentence being scanned
  uint32_t fed_ = 0;   // bytes of it fed
};

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_QUOTE_TRACKER_H_
