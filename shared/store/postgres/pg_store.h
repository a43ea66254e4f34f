// Opens the ArticleStore on a PostgreSQL database (sql::SqlArticleStore
// over PgConnections): one writer and StoreOptions.read_connections
// readers, the schema (pg_schema.h) brought up to date.
//
// Many processes, on any machines, may open stores on one database: the
// writers take turns through an advisory lock (pg_connection.h), so that
// concurrent ingest of one article stores it once and entity resolution
// never creates an entity twice; every reader sees every commit, and the
// watch log's sequence numbers follow commit order, so watching works
// across replicas.
//
// Durability: with StoreOptions.sync_commits (synchronous_commit = on) a
// write that returned OK is in the server's flushed WAL.
#ifndef NEWSGRAPH_SHARED_STORE_POSTGRES_PG_STORE_H_
#define NEWSGRAPH_SHARED_STORE_POSTGRES_PG_STORE_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "shared/store/article_store.h"
#include "shared/store/store_options.h"

namespace newsgraph::store::postgres {

// Connects to `uri` (a libpq connection URI, postgresql://...) and
// migrates the schema. UNAVAILABLE when the server cannot be reached or
// another process holds the write lock longer than busy_timeout_ms;
// FAILED_PRECONDITION when the login is refused, the database does not
// exist, holds tables that are not a newsgraph store's, or has a newer
// schema than this code.
absl::StatusOr<std::unique_ptr<ArticleStore>> OpenPostgresStore(const std::string& uri,
                                                                const StoreOptions& options);

}  // namespace newsgraph::store::postgres

#endif  // NEWSGRAPH_SHARED_STORE_POSTGRES_PG_STORE_H_
