// Opens an ArticleStore from a URI, so that main.cc and tests pick the
// backend with one flag.
//
//   sqlite:///var/lib/newsgraph/newsgraph.db   absolute path
//   sqlite://relative/path.db                  relative to the working dir
//   sqlite::memory:                            private in-memory (tests)
#ifndef NEWSGRAPH_SHARED_STORE_STORE_FACTORY_H_
#define NEWSGRAPH_SHARED_STORE_STORE_FACTORY_H_

#include <memory>
#include <string_view>

#include "absl/status/statusor.h"
#include "shared/store/article_store.h"

namespace newsgraph::store {

struct StoreOptions {
  // Readers kept open for concurrent queries.
  int read_connections = 8;
  // How long a writer waits for another process's lock before failing
  // with UNAVAILABLE.
  int busy_timeout_ms = 5000;
  // fsync on every commit (SQLite synchronous=FULL): acknowledged writes
  // survive power loss, not only a process crash.
  bool sync_commits = true;
};

// INVALID_ARGUMENT for a URI it does not understand; the backend's error
// (e.g. UNAVAILABLE, FAILED_PRECONDITION for a newer schema) when opening
// fails.
absl::StatusOr<std::unique_ptr<ArticleStore>> OpenStore(std::string_view uri,
                                                        const StoreOptions& options);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_STORE_FACTORY_H_
