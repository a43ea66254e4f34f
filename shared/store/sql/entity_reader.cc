#include "shared/store/sql/entity_reader.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "shared/base/status_macros.h"
#include "shared/date/partial_date.h"
#include "shared/resolution/canonical_key.h"
#include "shared/resolution/entity_record.h"
#include "shared/store/sql/article_codec.h"
#include "shared/store/sql/entity_rows.h"

namespace newsgraph::store::sql {
namespace {

constexpr std::string_view kEntitySql =
    "SELECT " NG_ENTITY_COLUMNS " FROM entities AS e WHERE e.entity_id = ?";

constexpr std::string_view kRolesSql =
    "SELECT r.title, r.kind, r.affiliation_id, coalesce(a.display_name, ''), r.status, "
    "r.first_seen_date, r.last_seen_date, r.article_count "
    "FROM entity_roles AS r LEFT JOIN entities AS a ON a.entity_id = r.affiliation_id "
    "WHERE r.entity_id = ? ORDER BY r.first_seen_key, r.title, r.affiliation_id";

// A stored canonical date text ("" for none) as a PartialDate; unset
// when empty or unreadable.
void SetDate(std::string_view text, v1::PartialDate* date) {
  if (text.empty()) return;
  absl::StatusOr<v1::PartialDate> parsed = date::ParseIsoDate(text);
  if (parsed.ok()) *date = *std::move(parsed);
}

void ReadRoleRow(const Statement& stmt, v1::EntityRole* role) {
  role->set_title(std::string(stmt.ColumnText(0)));
  v1::RoleKind kind = v1::ROLE_KIND_UNSPECIFIED;
  if (v1::RoleKind_Parse(std::string(stmt.ColumnText(1)), &kind)) role->set_kind(kind);
  const std::string_view affiliation_id = stmt.ColumnText(2);
  if (!affiliation_id.empty()) {
    role->set_affiliation(resolution::EntityResourceName(affiliation_id));
    role->set_affiliation_name(std::string(stmt.ColumnText(3)));
  }
  v1::RoleStatus status = v1::ROLE_STATUS_UNSPECIFIED;
  if (v1::RoleStatus_Parse(std::string(stmt.ColumnText(4)), &status)) role->set_status(status);
  SetDate(stmt.ColumnText(5), role->mutable_first_seen_date());
  SetDate(stmt.ColumnText(6), role->mutable_last_seen_date());
  role->set_article_count(static_cast<int32_t>(stmt.ColumnInt64(7)));
}

}  // namespace

absl::StatusOr<EntityRow> ReadEntityColumns(const Statement& stmt) {
  EntityRow row;
  v1::Entity* entity = &row.entity;
  const std::string_view entity_id = stmt.ColumnText(0);
  entity->set_name(resolution::EntityResourceName(entity_id));
  entity->set_entity_id(std::string(entity_id));
  entity->set_display_name(std::string(stmt.ColumnText(1)));
  entity->set_type(ParseEntityType(stmt.ColumnText(2)));
  entity->set_subtype(ParseEntitySubtype(stmt.ColumnText(3)));
  entity->set_country_code(std::string(stmt.ColumnText(4)));
  entity->set_sector(std::string(stmt.ColumnText(5)));
  entity->set_gazetteer_id(std::string(stmt.ColumnText(6)));
  if (!stmt.ColumnIsNull(7) && !stmt.ColumnIsNull(8)) {
    entity->set_latitude(stmt.ColumnDouble(7));
    entity->set_longitude(stmt.ColumnDouble(8));
  }
  entity->set_mention_count(stmt.ColumnInt64(9));
  entity->set_article_count(stmt.ColumnInt64(10));
  SetDate(stmt.ColumnText(11), entity->mutable_first_seen_date());
  SetDate(stmt.ColumnText(12), entity->mutable_last_seen_date());
  *entity->mutable_create_time() = MicrosToTimestamp(stmt.ColumnInt64(13));
  *entity->mutable_update_time() = MicrosToTimestamp(stmt.ColumnInt64(14));
  NG_ASSIGN_OR_RETURN(const std::vector<resolution::SurfaceForm> forms,
                      resolution::DecodeSurfaceForms(stmt.ColumnBlob(15)));
  for (std::string& alias : resolution::AliasesMostSeenFirst(forms, entity->display_name())) {
    entity->add_aliases(std::move(alias));
  }
  row.has_roles = stmt.ColumnInt64(16) != 0;
  return row;
}

absl::Status ReadRoles(Connection& conn, v1::Entity* entity) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(kRolesSql));
  NG_RETURN_IF_ERROR(stmt->BindText(1, entity->entity_id()));
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
    if (!has_row) return absl::OkStatus();
    ReadRoleRow(*stmt, entity->add_roles());
  }
}

absl::StatusOr<std::optional<v1::Entity>> ReadEntity(Connection& conn, std::string_view entity_id) {
  EntityRow row;
  {
    NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(kEntitySql));
    NG_RETURN_IF_ERROR(stmt->BindText(1, entity_id));
    NG_ASSIGN_OR_RETURN(const bool found, stmt->Step());
    if (!found) return std::optional<v1::Entity>();
    NG_ASSIGN_OR_RETURN(row, ReadEntityColumns(*stmt));
  }
  if (row.has_roles) NG_RETURN_IF_ERROR(ReadRoles(conn, &row.entity));
  return std::optional<v1::Entity>(std::move(row.entity));
}

}  // namespace newsgraph::store::sql
