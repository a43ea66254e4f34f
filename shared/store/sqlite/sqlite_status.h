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
// Faults of the file system the database lives on (FileFaultOf) take
// precedence, whatever code SQLite reported them with (a write that fails
// with ENOSPC is SQLITE_FULL, one that fails with EROFS SQLITE_IOERR_WRITE):
//
//   disk full (SQLITE_FULL, ENOSPC, EDQUOT) RESOURCE_EXHAUSTED, "the store's
//                                         disk is full: ... free space ..."
//   read-only (SQLITE_READONLY*, EROFS)   FAILED_PRECONDITION, "the store is
//                                         read-only: ... make it writable"
//
// (per the gRPC status code guide: RESOURCE_EXHAUSTED names "the entire
// file system is out of space"; FAILED_PRECONDITION is for a state that an
// operator must fix before a retry can succeed.)
//
// Messages name the operation, the database path, SQLite's own message,
// the system error when there is one, and the result code. Thread-safe;
// pure but for SqliteError, which on an I/O error without a kept errno asks
// the database's file system whether it is mounted read-only (statvfs).
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_STATUS_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_STATUS_H_

#include <sqlite3.h>

#include <string_view>

#include "absl/status/status.h"

namespace newsgraph::store::sqlite {

// The canonical code for an SQLite (primary or extended) result code.
// OK for SQLITE_OK, SQLITE_ROW and SQLITE_DONE.
absl::StatusCode SqliteCodeToStatusCode(int result_code);

// What a failure says about the database's file system, from SQLite's
// (primary or extended) result code and the errno of the system call that
// failed (sqlite3_system_errno; only read for SQLITE_IOERR and
// SQLITE_CANTOPEN, the codes it belongs to). kMoved: the database file was
// renamed or deleted while open (SQLITE_READONLY_DBMOVED), so writes would
// go to a file nobody finds again.
enum class FileFault { kNone, kDiskFull, kReadOnly, kMoved };
FileFault FileFaultOf(int result_code, int system_errno);

// Whether the file system holding `path` is mounted read-only (statvfs;
// false when it cannot tell).
bool FileSystemIsReadOnly(std::string_view path);

// A status for the failed `operation` on the database at `path`, with
// `rc`'s code. `db` (may be null) supplies sqlite3_errmsg and the extended
// code and the system error; pass it only when the error came from that
// connection.
absl::Status SqliteError(int rc, sqlite3* db, std::string_view path, std::string_view operation);

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_STATUS_H_
