// SentenceTokens: one sentence cut into lower-cased words and punctuation
// marks, each with its place in Article.content in code points, for the
// event coder's pattern rules.
//
// Words are runs of letters and digits (any non-ASCII code point that is not
// punctuation counts as a letter); an apostrophe starts a token of its own
// ("Iran's" is "iran" + "'s", "didn't" is "didn" + "'t"; the typographic
// apostrophe reads as "'"); every other mark is a one-character token.
// Only ASCII letters are lower-cased.
//
// A value type; not thread-safe to mutate, safe to share once built.
//
// Example:
//   SentenceTokens tokens(sentence.text(), sentence.span().start());
//   for (const Token& t : tokens.tokens()) if (t.word == "signed") ...
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_SENTENCE_TOKENS_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_SENTENCE_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::extract::events {

struct Token {
  std::string_view word;  // lower-cased; points into the SentenceTokens
  int32_t start = 0;      // code points in Article.content
  int32_t end = 0;
  bool capitalized = false;  // the first character is an ASCII capital
  bool is_word = false;      // letters or digits (or an apostrophe form)
};

class SentenceTokens {
 public:
  // `text` is the sentence text (valid UTF-8), which starts at code point
  // `start` of Article.content.
  SentenceTokens(std::string_view text, int32_t start);
  SentenceTokens() = default;

  // Reads another sentence, reusing the buffers.
  void Reset(std::string_view text, int32_t start);

  SentenceTokens(const SentenceTokens&) = delete;
  SentenceTokens& operator=(const SentenceTokens&) = delete;

  const std::vector<Token>& tokens() const { return tokens_; }
  int size() const { return static_cast<int>(tokens_.size()); }
  const Token& operator[](int i) const { return tokens_[i]; }

  // The word at `i`, or "" out of range.
  std::string_view WordAt(int i) const;

  // The first token that ends after code point `cp`, or size().
  int TokenAtOrAfter(int32_t cp) const;

 private:
  std::string lowered_;  // every token's characters, back to back
  std::vector<Token> tokens_;
};

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_SENTENCE_TOKENS_H_
