// Translation of parsed text queries and filter words to SQLite FTS5 MATCH
// expressions. The expressions are built only from FTS5 strings ("..." with
// " doubled) joined by operators this code writes, so user text can never
// become FTS5 syntax (column filters, NEAR, prefix *, ^ ...). Pure
// functions; thread-safe.
//
// Example:
//   TextQuery `"defense minister" Baku OR Tbilisi -sport` becomes
//   (("defense minister") AND ("Baku" OR "Tbilisi")) NOT (("sport"))
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_FTS_QUERY_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_FTS_QUERY_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "shared/store/text_query.h"

namespace newsgraph::store::sqlite {

// `text` as one FTS5 string: "..." with every " doubled.
std::string QuoteFts(std::string_view text);

// The MATCH expression for `query`: positive clauses joined by AND, the
// alternatives of a clause by OR, negated clauses after NOT. Words are
// re-split with SplitWords, so a hand-built query cannot smuggle
// punctuation in either. INVALID_ARGUMENT when no positive clause has a
// word, or a clause has none.
absl::StatusOr<std::string> TextQueryToFtsMatch(const TextQuery& query);

// The MATCH expression for "all the words of `text`", in `column` (a
// column name of ours, not user input; "" for every column).
// INVALID_ARGUMENT when `text` has no words.
absl::StatusOr<std::string> AllWordsToFtsMatch(std::string_view text, std::string_view column);

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_FTS_QUERY_H_
