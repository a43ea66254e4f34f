// Opens the ArticleStore on an SQLite database file (sql::SqlArticleStore
// over SqliteConnections): one writer and StoreOptions.read_connections
// readers, the file in WAL mode, the schema (schema.h) brought up to date.
//
// Durability: commits are synchronous=FULL when StoreOptions.sync_commits
// (NORMAL otherwise), so a write that returned OK survives a crash of the
// process (FULL: of the machine too). Writers of other processes are
// waited for up to busy_timeout_ms, then UNAVAILABLE.
//
// Read-only databases (a read-only mount, a write-protected file): refused
// with FAILED_PRECONDITION naming the path, unless
// StoreOptions.allow_read_only, which opens every connection read-only
// (connection.h): reads see the write-ahead log when one was left behind;
// without one the file is opened `immutable`, a snapshot that must not
// change while the store is open (restart the reader once the file is
// writable again and a writer uses it).
#ifndef NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_STORE_H_
#define NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "shared/store/article_store.h"
#include "shared/store/store_options.h"

namespace newsgraph::store::sqlite {

// Opens the database at `path`, a file path or ":memory:" (private to
// the store: reads then share the writer), creating the file (not its
// directory) when missing, and migrates its schema. FAILED_PRECONDITION
// when the directory does not exist, the file cannot be opened or is not a
// newsgraph store, or its schema is newer than this code, or it cannot be
// written (see above); UNAVAILABLE when another process holds the lock too
// long.
absl::StatusOr<std::unique_ptr<ArticleStore>> OpenSqliteStore(const std::string& path,
                                                              const StoreOptions& options);

}  // namespace newsgraph::store::sqlite

#endif  // NEWSGRAPH_SHARED_STORE_SQLITE_SQLITE_STORE_H_
