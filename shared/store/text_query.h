// TextQuery: a parsed full-text search query, independent of any store's
// query dialect. Stores translate it (SQLite FTS5 MATCH, PostgreSQL
// tsquery).
//
// Syntax accepted by ParseTextQuery:
//   words            every word must appear:        ministers meeting
//   "a phrase"       words next to each other:      "defense minister"
//   a OR b           either (words or phrases):      Tbilisi OR Baku
//   -word, -"phrase" must not appear:                 -football
// Case and accents are ignored by the stores' tokenizers. Punctuation
// inside a word splits it the way the tokenizers do, and the pieces must
// appear next to each other: `e-mail` is the phrase "e mail", `U.S.` the
// phrase "U S". OR is an operator only in capitals; `or` is a word.
// Items without a letter or digit (`&`, `--`, `""`) are ignored.
//
// Example:
//   NG_ASSIGN_OR_RETURN(TextQuery q, ParseTextQuery("\"defense minister\" Baku OR Tbilisi
//   -sport"));
//   // q.clauses: ["defense minister"], [Baku | Tbilisi], NOT [sport]
//
// Plain values; the functions are pure and thread-safe.
#ifndef NEWSGRAPH_SHARED_STORE_TEXT_QUERY_H_
#define NEWSGRAPH_SHARED_STORE_TEXT_QUERY_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace newsgraph::store {

// A sequence of words that must appear next to each other (one word is a
// phrase of one). Words hold letters and digits only, as the query gave
// them (case kept).
using Phrase = std::vector<std::string>;

// One clause: any of its alternatives matches.
struct TextClause {
  std::vector<Phrase> alternatives;  // >= 1
  bool negated = false;              // the clause must not match
};

// All non-negated clauses must match, and no negated one.
struct TextQuery {
  std::vector<TextClause> clauses;
};

inline constexpr size_t kMaxTextQueryBytes = 1024;
inline constexpr int kMaxTextQueryClauses = 32;

// Parses `query`. INVALID_ARGUMENT, with a message that says what to fix,
// when it is empty, too long, not UTF-8, has an unterminated quote, an OR
// without a side or joining a negated item, more than
// kMaxTextQueryClauses clauses, or no positive clause.
absl::StatusOr<TextQuery> ParseTextQuery(std::string_view query);

// A canonical rendering, for fingerprints and logs. For a parsed query,
// ParseTextQuery(ToString(q)) gives q back.
std::string ToString(const TextQuery& query);

// Splits `text` into words the way the stores' full-text tokenizers
// (SQLite FTS5 unicode61) do: a word is a maximal run of letters (L*),
// numbers (N*), private-use characters (Co) and non-spacing marks (Mn);
// every other character, and every byte of invalid UTF-8, separates words.
// Used for queries and for the words of `title:` and `author:` filters.
std::vector<std::string> SplitWords(std::string_view text);

// Where SplitWords finds each word of `text`: byte offsets [begin, end).
struct WordSpan {
  size_t begin = 0;
  size_t end = 0;
};
std::vector<WordSpan> FindWords(std::string_view text);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_TEXT_QUERY_H_
