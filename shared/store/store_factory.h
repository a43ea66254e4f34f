// Opens an ArticleStore from a URI, so that main.cc and tests pick the
// backend with one flag.
//
//   sqlite:///var/lib/newsgraph/newsgraph.db   absolute path
//   sqlite://relative/path.db                  relative to the working dir
//   sqlite::memory:                            private in-memory (tests)
//   postgresql://user:password@host:5432/db    a PostgreSQL database, any
//                                              libpq connection URI
//                                              (postgres:// too)
//
// SQLite paths are taken literally (no percent-decoding, no query
// parameters). The database file is created when missing; its directory
// is not. A PostgreSQL database must exist; the store creates its tables.
// Error messages name the scheme, never the rest of a URI (it may hold a
// password).
//
// Example:
//   NG_ASSIGN_OR_RETURN(std::unique_ptr<ArticleStore> store,
//                       OpenStore("sqlite:///var/lib/newsgraph/newsgraph.db", StoreOptions{}));
#ifndef NEWSGRAPH_SHARED_STORE_STORE_FACTORY_H_
#define NEWSGRAPH_SHARED_STORE_STORE_FACTORY_H_

#include <memory>
#include <string_view>

#include "absl/status/statusor.h"
#include "shared/store/article_store.h"
#include "shared/store/store_options.h"

namespace newsgraph::store {

// INVALID_ARGUMENT for a URI it does not understand (the message lists the
// supported forms); the backend's error when opening fails, e.g.
// FAILED_PRECONDITION for a missing directory, an unopenable file or a
// newer schema, UNAVAILABLE when another process holds the lock too long.
absl::StatusOr<std::unique_ptr<ArticleStore>> OpenStore(std::string_view uri,
                                                        const StoreOptions& options);

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_STORE_FACTORY_H_
