#include "shared/store/sql/role_rows.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "shared/base/status_macros.h"

namespace newsgraph::store::sql {
namespace {

using resolution::RoleRecord;

constexpr std::string_view kFindRoleSql =
    "SELECT title, kind, status, status_key, first_seen_key, first_seen_date, last_seen_key, "
    "last_seen_date, article_count FROM entity_roles "
    "WHERE entity_id = ? AND role_key = ? AND affiliation_id = ?";

constexpr std::string_view kFindRoleKeysSql =
    "SELECT DISTINCT role_key FROM entity_roles WHERE entity_id = ?";

constexpr std::string_view kUpsertRoleSql =
    "INSERT INTO entity_roles (entity_id, role_key, affiliation_id, title, kind, status, "
    "status_key, first_seen_key, first_seen_date, last_seen_key, last_seen_date, article_count) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (entity_id, role_key, affiliation_id) DO UPDATE SET "
    "title = excluded.title, kind = excluded.kind, status = excluded.status, "
    "status_key = excluded.status_key, first_seen_key = excluded.first_seen_key, "
    "first_seen_date = excluded.first_seen_date, last_seen_key = excluded.last_seen_key, "
    "last_seen_date = excluded.last_seen_date, "
    "article_count = entity_roles.article_count + excluded.article_count";

v1::RoleKind ParseKind(std::string_view text) {
  v1::RoleKind kind = v1::ROLE_KIND_UNSPECIFIED;
  if (!v1::RoleKind_Parse(std::string(text), &kind)) return v1::ROLE_KIND_UNSPECIFIED;
  return kind;
}

v1::RoleStatus ParseStatus(std::string_view text) {
  v1::RoleStatus status = v1::ROLE_STATUS_UNSPECIFIED;
  if (!v1::RoleStatus_Parse(std::string(text), &status)) return v1::ROLE_STATUS_UNSPECIFIED;
  return status;
}

}  // namespace

absl::StatusOr<std::optional<RoleRecord>> FindRole(Connection& conn, std::string_view entity_id,
                                                   std::string_view role_key,
                                                   std::string_view affiliation_id) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(kFindRoleSql));
  NG_RETURN_IF_ERROR(stmt->BindText(1, entity_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, role_key));
  NG_RETURN_IF_ERROR(stmt->BindText(3, affiliation_id));
  NG_ASSIGN_OR_RETURN(const bool found, stmt->Step());
  if (!found) return std::optional<RoleRecord>();
  RoleRecord record;
  record.entity_id = std::string(entity_id);
  record.role_key = std::string(role_key);
  record.affiliation_id = std::string(affiliation_id);
  record.title = std::string(stmt->ColumnText(0));
  record.kind = ParseKind(stmt->ColumnText(1));
  record.status = ParseStatus(stmt->ColumnText(2));
  record.status_key = std::string(stmt->ColumnText(3));
  record.seen.first_key = std::string(stmt->ColumnText(4));
  record.seen.first_date = std::string(stmt->ColumnText(5));
  record.seen.last_key = std::string(stmt->ColumnText(6));
  record.seen.last_date = std::string(stmt->ColumnText(7));
  record.article_count = stmt->ColumnInt64(8);
  return std::optional<RoleRecord>(std::move(record));
}

absl::StatusOr<std::vector<std::string>> FindRoleKeys(Connection& conn,
                                                      std::string_view entity_id) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(kFindRoleKeysSql));
  NG_RETURN_IF_ERROR(stmt->BindText(1, entity_id));
  std::vector<std::string> keys;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) return keys;
    keys.emplace_back(stmt->ColumnText(0));
  }
}

absl::Status UpsertRole(Connection& conn, const RoleRecord& record, int64_t articles) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(kUpsertRoleSql));
  NG_RETURN_IF_ERROR(stmt->BindText(1, record.entity_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, record.role_key));
  NG_RETURN_IF_ERROR(stmt->BindText(3, record.affiliation_id));
  NG_RETURN_IF_ERROR(stmt->BindText(4, record.title));
  NG_RETURN_IF_ERROR(stmt->BindText(5, v1::RoleKind_Name(record.kind)));
  NG_RETURN_IF_ERROR(stmt->BindText(6, v1::RoleStatus_Name(record.status)));
  NG_RETURN_IF_ERROR(stmt->BindText(7, record.status_key));
  NG_RETURN_IF_ERROR(stmt->BindText(8, record.seen.first_key));
  NG_RETURN_IF_ERROR(stmt->BindText(9, record.seen.first_date));
  NG_RETURN_IF_ERROR(stmt->BindText(10, record.seen.last_key));
  NG_RETURN_IF_ERROR(stmt->BindText(11, record.seen.last_date));
  NG_RETURN_IF_ERROR(stmt->BindInt64(12, articles));
  return stmt->Run();
}

}  // namespace newsgraph::store::sql
