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
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_STORE_OPTIONS_H_
