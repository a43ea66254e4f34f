#include "shared/store/postgres/pg_store.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "shared/base/status_macros.h"
#include "shared/store/postgres/pg_connection.h"
#include "shared/store/postgres/pg_schema.h"
#include "shared/store/sql/schema.h"
#include "shared/store/sql/sql_article_store.h"

namespace newsgraph::store::postgres {

absl::StatusOr<std::unique_ptr<ArticleStore>> OpenPostgresStore(const std::string& uri,
                                                                const StoreOptions& options) {
  if (options.read_connections < 0 || options.busy_timeout_ms < 0) {
    return absl::InvalidArgumentError(
        "store options: read_connections and busy_timeout_ms must not be negative");
  }
  PgConnectionOptions conn_options;
  conn_options.lock_timeout_ms = options.busy_timeout_ms;
  conn_options.sync_commits = options.sync_commits;
  NG_ASSIGN_OR_RETURN(std::unique_ptr<PgConnection> writer, PgConnection::Open(uri, conn_options));
  NG_RETURN_IF_ERROR(sql::MigrateSchema(*writer, Migrations()));

  conn_options.reader = true;
  std::vector<std::unique_ptr<sql::Connection>> readers;
  for (int i = 0; i < options.read_connections; ++i) {
    NG_ASSIGN_OR_RETURN(std::unique_ptr<PgConnection> reader, PgConnection::Open(uri, conn_options));
    readers.push_back(std::move(reader));
  }
  return std::make_unique<sql::SqlArticleStore>(std::move(writer), std::move(readers),
                                                Migrations().back().version);
}

}  // namespace newsgraph::store::postgres
