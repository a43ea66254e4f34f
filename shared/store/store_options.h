// StoreOptions: how an ArticleStore opens its database. Plain values, read
// once when the store opens; backends ignore what does not apply to them.
#ifndef NEWSGRAPH_SHARED_STORE_STORE_OPTIONS_H_
#define NEWSGRAPH_SHARED_STORE_STORE_OPTIONS_H_

#include <cstdint>

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
  // SQLite only: how much of the database file each reader connection maps
  // into memory rather than reading page by page (PRAGMA mmap_size; SQLite
  // caps it at 2 GiB in Debian's build). Mapped pages are the kernel's page
  // cache, shared by the readers: hub lookups ran up to twice as fast. The
  // cost: an I/O error on a mapped page (a failing disk, or the file cut
  // short behind SQLite's back, e.g. copied over in place) stops the
  // process with SIGBUS instead of failing one call. 0 turns it off.
  int64_t sqlite_mmap_bytes = int64_t{2} << 30;
  // SQLite only: memory for the words' postings that plain-word searches
  // are ranked with (sqlite/fts_search_ranker.h), kept per word, least
  // recently used first out. 0 keeps none: each search then reads its
  // words' postings again, which costs about what FTS5's own ranking does.
  int64_t search_cache_bytes = int64_t{64} << 20;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_STORE_OPTIONS_H_
