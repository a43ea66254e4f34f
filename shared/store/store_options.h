// StoreOptions: how an ArticleStore opens its database. Plain values, read
// once when the store opens; backends ignore what does not apply to them.
#ifndef NEWSGRAPH_SHARED_STORE_STORE_OPTIONS_H_
#define NEWSGRAPH_SHARED_STORE_STORE_OPTIONS_H_

namespace newsgraph::store {

struct StoreOptions {
  // Readers kept open for concurrent queries. 0: reads share the writer's
  // connection (one at a time). In-memory SQLite stores always use 0.
  int read_connections = 8;
  // How long a writer waits for another process's lock before failing
  // with UNAVAILABLE.
  int busy_timeout_ms = 5000;
  // fsync on every commit (SQLite synchronous=FULL): acknowledged writes
  // survive power loss, not only a process crash. With false
  // (synchronous=NORMAL in WAL mode) they still survive a process crash.
  bool sync_commits = true;
  // For a process that only reads (the query service): a database that
  // exists but cannot be written (read-only file system, write-protected
  // file) is opened read-only rather than refused, provided its schema is
  // up to date; writes through the store then fail with
  // FAILED_PRECONDITION. Without it such a database is refused at once.
  // SQLite only (a server database decides this itself).
  bool allow_read_only = false;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_STORE_OPTIONS_H_
