// Maps SQLite result codes to absl::Status with the most specific
// canonical code, so that callers (and, through the services, clients) can
// tell a retryable condition from a broken database:
//
//   SQLITE_BUSY, SQLITE_LOCKED            UNAVAILABLE (retry the call)
//   SQLITE_FULL, SQLITE_NOMEM, IOERR_NOMEM RESOURCE_EXHAUSTED
//   SQLITE_READONLY, SQLITE_CANTOPEN,
//   SQLITE_PERM, SQLITE_AUTH              FAILED_PRECONDITION (fix the file,
//                                         its directory or permissions)
//   SQLITE_CORRUPT, SQLITE_NOTADB         DATA_LOSS
//   SQLITE_CONSTRAINT (PRIMARYKEY/UNIQUE) ALREADY_EXISTS
//   SQLITE_TOOBIG                         INVALID_ARGUMENT
//   SQLITE_INTERRUPT                      DEADLINE_EXCEEDED (only the
//                                         connection's progress handler
//                                         interrupts: the call's deadline
//                                         passed, see connection.h)
//   anything else                         INTERNAL
//
// Messages name the operation, the database path, SQLite's own message and
// the result code. Pure functions; thread-safe.
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_STATUS_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_STATUS_H_

#include <sqlite3.h>

#include <string_view>

#include "absl/status/status.h"

namespace newsgraph::store::sqlite {

// The canonical code for an SQLite (primary or extended) result code.
// OK for SQLITE_OK, SQLITE_ROW and SQLITE_DONE.
absl::StatusCode SqliteCodeToStatusCode(int result_code);

// A status for the failed `operation` on the database at `path`, with
// `rc`'s code. `db` (may be null) supplies sqlite3_errmsg and the extended
// code; pass it only when the error came from that connection.
absl::Status SqliteError(int rc, sqlite3* db, std::string_view path, std::string_view operation);

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_STATUS_H_
