// Pure helpers of the PostgreSQL backend: the translation of the store's
// portable SQL (parameters `?` and `?N`, as in sql/statement.h) to
// PostgreSQL's ($N), the bytea wire form, and the mapping of SQLSTATE codes
// to status codes. Thread-safe.
#ifndef NEWSGRAPH_SHARED_STORE_POSTGRES_PG_SQL_H_
#define NEWSGRAPH_SHARED_STORE_POSTGRES_PG_SQL_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace newsgraph::store::postgres {

// `sql` with each `?N` written $N and each bare `?` written $K, K one more
// than the largest number so far (SQLite's rule), outside string literals,
// quoted identifiers and comments. Also returns, through `max_index`, the
// largest parameter number.
std::string RewritePlaceholders(std::string_view sql, int* max_index);

// Bytes as a bytea literal in hex form ("\x0a1b..."), and back.
// DecodeByteaHex: nullopt for text that is not that form.
std::string EncodeByteaHex(std::string_view bytes);
std::optional<std::string> DecodeByteaHex(std::string_view text);

// The status code for a PostgreSQL error of class/code `sqlstate`.
absl::StatusCode StatusCodeOfSqlState(std::string_view sqlstate);

}  // namespace newsgraph::store::postgres

#endif  // NEWSGRAPH_SHARED_STORE_POSTGRES_PG_SQL_H_
