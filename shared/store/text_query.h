// TextQuery: a parsed full-text search query, independent of any store's
// query dialect. Stores translate it (SQLite FTS5 MATCH, PostgreSQL
// tsquery).
//
// Syntax accepted by ParseTextQuery:
//   words            every word must appear:        ministers meeting
//   "a phrase"       words next to each other:      "defense minister"
//   a OR b           either (words or phrases):      Tbilisi OR Baku
//   -word, -"phrase" must not appear:                 -football
// Case and accents are ignored by the stores' tokenizers.
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

// Parses `query`. INVALID_ARGUMENT when it is empty, too long, has an
// unterminated quote, an OR without a side, or no positive clause.
absl::StatusOr<TextQuery> ParseTextQuery(std::string_view query);

// A canonical rendering, for fingerprints and logs.
std::string ToString(const TextQuery& query);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_TEXT_QUERY_H_
