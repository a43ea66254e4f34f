// Splits the text around a quotation (the clause that introduces it or the
// attribution that follows it) into tokens: words, entity mentions (one
// token each, however many words they span), punctuation, and quoted
// passages (one opaque token each), for the speaker cue searches.
//
// Keeps references to the text, mentions and passages: they must outlive
// the tokenizer. Const after construction; ClassesOf caches a word's
// classes in its token, so a token vector belongs to one thread.
//
// Example:
//   ClauseTokenizer tokenizer(text, mentions, passages);
//   std::vector<Token> tokens;
//   tokenizer.Tokenize({sentence_begin, quote_begin}, &tokens);
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_CLAUSE_TOKENS_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_CLAUSE_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

#include "ingest_service/extract/quotes/article_bytes.h"
#include "ingest_service/extract/quotes/lexicon.h"
#include "ingest_service/extract/quotes/quoted_passages.h"

namespace newsgraph::extract::quotes {

enum class TokenKind : uint8_t { kWord, kMention, kPunct, kQuote };

struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::kWord;
  bool possessive = false;   // followed by 's, ’s or a bare apostrophe
  bool capitalized = false;  // a word that starts with an upper-case letter
  int index = -1;            // kMention: into mentions; kQuote: into passages
  int punct = 0;             // kPunct: the code point
  // kWord: its word classes, looked up on first use (most words of a
  // clause are never asked about).
  mutable bool classified = false;
  mutable WordClasses classes;
};

class ClauseTokenizer {
 public:
  ClauseTokenizer(std::string_view text, const std::vector<MentionBytes>& mentions,
                  const std::vector<QuotedPassage>& passages)
      : text_(text), mentions_(mentions), passages_(passages) {}

  // Replaces the contents of `tokens` with the tokens of text[range), or
  // with the first `max_tokens` of them.
  void Tokenize(ByteSpan range, std::vector<Token>* tokens,
                size_t max_tokens = std::numeric_limits<size_t>::max()) const;

  // The text of a token.
  std::string_view TextOf(const Token& token) const {
    return text_.substr(token.span.begin, token.span.end - token.span.begin);
  }

  // The word classes of a word token (none for other tokens).
  WordClasses ClassesOf(const Token& token) const {
    if (token.kind != TokenKind::kWord) return WordClasses();
    if (!token.classified) {
      token.classes = WordClasses::Of(TextOf(token));
      token.classified = true;
    }
    return token.classes;
  }

 private:
  size_t WordEnd(size_t pos, size_t limit) const;
  size_t ConsumePossessive(size_t pos, size_t limit, bool* possessive) const;

  std::string_view text_;
  const std::vector<MentionBytes>& mentions_;
  const std::vector<QuotedPassage>& passages_;
};

}  // namespace newsgraph::extract::quotes

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_CLAUSE_TOKENS_H_
