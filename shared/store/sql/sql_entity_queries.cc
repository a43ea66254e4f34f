// SqlArticleStore: GetEntity and SearchEntities. Each runs its
// statements in one read transaction, so that an entity's row, aliases
// and roles come from one commit.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/resolution/name_normalizer.h"
#include "shared/store/sql/entity_query_sql.h"
#include "shared/store/sql/entity_reader.h"
#include "shared/store/sql/sql_article_store.h"
#include "shared/store/sql/transaction.h"

namespace newsgraph::store::sql {
namespace {

absl::StatusOr<std::optional<v1::Entity>> ReadEntitySnapshot(Connection& conn,
                                                             std::string_view entity_id) {
  NG_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginRead(conn));
  NG_ASSIGN_OR_RETURN(std::optional<v1::Entity> entity, ReadEntity(conn, entity_id));
  NG_RETURN_IF_ERROR(txn.Commit());
  return entity;
}

// The search statement's rows are whole entities; only those with roles
// take one more statement each, after the search's.
absl::StatusOr<EntityPage> RunSearch(Connection& conn, const SqlFragment& sql, int limit) {
  NG_ASSIGN_OR_RETURN(Transaction txn, Transaction::BeginRead(conn));
  EntityPage page;
  std::vector<bool> has_roles;
  {
    NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(sql.sql));
    NG_RETURN_IF_ERROR(stmt->BindValues(sql.params));
    while (true) {
      NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
      if (!has_row) break;
      if (page.entities.size() == static_cast<size_t>(limit)) {
        page.has_more = true;
        break;
      }
      NG_ASSIGN_OR_RETURN(EntityRow row, ReadEntityColumns(*stmt));
      page.entities.push_back(std::move(row.entity));
      has_roles.push_back(row.has_roles);
    }
  }
  for (size_t i = 0; i < page.entities.size(); ++i) {
    if (has_roles[i]) NG_RETURN_IF_ERROR(ReadRoles(conn, &page.entities[i]));
  }
  NG_RETURN_IF_ERROR(txn.Commit());
  return page;
}

}  // namespace

absl::StatusOr<v1::Entity> SqlArticleStore::GetEntity(std::string_view entity_id) {
  if (entity_id.empty()) return absl::InvalidArgumentError("entity_id is empty");
  NG_ASSIGN_OR_RETURN(std::optional<v1::Entity> entity, WithReader([&](Connection& conn) {
                        return ReadEntitySnapshot(conn, entity_id);
                      }));
  if (!entity.has_value()) {
    return absl::NotFoundError(absl::StrCat("entity ", AsAbsl(entity_id), " not found"));
  }
  return *std::move(entity);
}

absl::StatusOr<EntityPage> SqlArticleStore::SearchEntities(const SearchEntitiesQuery& query) {
  const bool browse = absl::StripAsciiWhitespace(query.text).empty();
  const std::string normalized = browse ? std::string() : resolution::NormalizeName(query.text);
  if (!browse && normalized.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("entity search text \"", query.text,
                     "\" has no letter or digit; leave it empty to browse"));
  }
  NG_ASSIGN_OR_RETURN(const SqlFragment sql, SearchEntitiesSql(query, normalized));
  return WithReader([&](Connection& conn) { return RunSearch(conn, sql, query.limit); });
}

}  // namespace newsgraph::store::sql
