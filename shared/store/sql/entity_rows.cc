#include "shared/store/sql/entity_rows.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/resolution/name_normalizer.h"

namespace newsgraph::store::sql {
namespace {

using resolution::EntityRecord;

// The columns ReadRecord expects, in order, of `entities AS e`.
#define NG_ENTITY_RECORD_COLUMNS                                                    \
  "e.entity_id, e.canonical_key, e.name_key, e.display_name, e.type, e.subtype, "   \
  "e.country_code, e.sector, e.gazetteer_id, e.first_seen_key, e.first_seen_date, " \
  "e.last_seen_key, e.last_seen_date, e.article_count, e.aliases, e.latitude, e.longitude"

// The plain key, and its country-qualified variants "key#CCC": two ranges
// of the canonical_key index, so that no index on name_key is needed.
constexpr std::string_view kFindByNameKeySql = "SELECT " NG_ENTITY_RECORD_COLUMNS
                                               " FROM entities AS e WHERE e.canonical_key = ?1 OR"
                                               " (e.canonical_key > ?2 AND e.canonical_key < ?3)";

constexpr std::string_view kFindByTermSql =
    "SELECT " NG_ENTITY_RECORD_COLUMNS
    " FROM entity_terms AS t JOIN entities AS e ON e.entity_id = t.entity_id"
    " WHERE t.term = ?1 AND (?2 = 0 OR t.whole = 1) AND e.type = ?3 LIMIT ?4";

#undef NG_ENTITY_RECORD_COLUMNS

// Inserts a new entity; on a conflict (a concurrent writer of a server
// database inserted it first) merges into that row, as kUpdateEntitySql
// does.
constexpr std::string_view kUpsertEntitySql =
    "INSERT INTO entities (entity_id, canonical_key, name_key, display_name, display_norm, type, "
    "subtype, country_code, sector, gazetteer_id, aliases, mention_count, article_count, "
    "popularity, first_seen_key, first_seen_date, last_seen_key, last_seen_date, create_time_us, "
    "update_time_us, latitude, longitude) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?19, ?19, ?20, ?21) "
    "ON CONFLICT (entity_id) DO UPDATE SET "
    "display_name = excluded.display_name, display_norm = excluded.display_norm, "
    "subtype = excluded.subtype, country_code = excluded.country_code, "
    "sector = excluded.sector, gazetteer_id = excluded.gazetteer_id, aliases = excluded.aliases, "
    "mention_count = entities.mention_count + excluded.mention_count, "
    "article_count = entities.article_count + excluded.article_count, "
    "first_seen_key = excluded.first_seen_key, first_seen_date = excluded.first_seen_date, "
    "last_seen_key = excluded.last_seen_key, last_seen_date = excluded.last_seen_date, "
    "update_time_us = CASE WHEN entities.update_time_us > excluded.update_time_us "
    "THEN entities.update_time_us ELSE excluded.update_time_us END, "
    "latitude = coalesce(entities.latitude, excluded.latitude), "
    "longitude = coalesce(entities.longitude, excluded.longitude)";

#define NG_UPDATE_ENTITY_SET                                                                 \
  "UPDATE entities SET display_name = ?2, display_norm = ?3, subtype = ?4, "                 \
  "country_code = ?5, sector = ?6, gazetteer_id = ?7, aliases = ?8, "                        \
  "mention_count = mention_count + ?9, article_count = article_count + ?10, "                \
  "first_seen_key = ?11, first_seen_date = ?12, last_seen_key = ?13, last_seen_date = ?14, " \
  "update_time_us = CASE WHEN update_time_us > ?15 THEN update_time_us ELSE ?15 END, "     \
  "latitude = coalesce(latitude, ?16), longitude = coalesce(longitude, ?17)"

constexpr std::string_view kUpdateEntitySql = NG_UPDATE_ENTITY_SET " WHERE entity_id = ?1";

// PopularityOf(`count`) in SQL: the bit length of the count.
std::string PopularitySql(std::string_view count) {
  std::string sql = "(";
  for (int bit = 0; bit <= 30; ++bit) {
    absl::StrAppend(&sql, bit == 0 ? "" : " + ", "CASE WHEN ", AsAbsl(count),
                    " >= ", int64_t{1} << bit, " THEN 1 ELSE 0 END");
  }
  return sql + ")";
}

// Sets the popularity from the stored count itself, so that it stays
// right however many writers add to the count.
const std::string& UpdatePopularitySql() {
  static const std::string* const sql = new std::string(absl::StrCat(
      "UPDATE entities SET popularity = ", PopularitySql("article_count"), " WHERE entity_id = ?"));
  return *sql;
}

// kUpdateEntitySql that also moves the popularity (SET expressions see the
// row before the update, hence the count plus ?10).
const std::string& UpdateEntityAndPopularitySql() {
  static const std::string* const sql = new std::string(
      absl::StrCat(NG_UPDATE_ENTITY_SET ", popularity = ", PopularitySql("(article_count + ?10)"),
                   " WHERE entity_id = ?1"));
  return *sql;
}

#undef NG_UPDATE_ENTITY_SET

// A term the entity has already is left alone (not rewritten) unless it
// now is a whole form.
constexpr std::string_view kInsertTermSql =
    "INSERT INTO entity_terms (term, entity_id, whole) VALUES (?, ?, ?) "
    "ON CONFLICT (term, entity_id) DO UPDATE SET whole = 1 "
    "WHERE entity_terms.whole = 0 AND excluded.whole = 1";

// Links are inserted up to this many rows per statement (and in chunks
// of powers of two below it, so that few statement shapes are cached).
constexpr size_t kMaxLinksPerStatement = 32;

// "INSERT INTO article_entities ... VALUES (?, ?, ?), ..." for `rows` rows.
const std::string& InsertLinksSql(size_t rows) {
  static const std::vector<std::string>* const sqls = [] {
    auto* all = new std::vector<std::string>(kMaxLinksPerStatement + 1);
    for (size_t n = 1; n <= kMaxLinksPerStatement; n *= 2) {
      std::string& sql = (*all)[n];
      sql = "INSERT INTO article_entities (doc_id, entity_id, mention_count) VALUES ";
      for (size_t i = 0; i < n; ++i) sql += i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)";
    }
    return all;
  }();
  return (*sqls)[rows];
}

absl::StatusOr<EntityRecord> ReadRecord(const Statement& stmt) {
  EntityRecord record;
  record.entity_id = std::string(stmt.ColumnText(0));
  record.canonical_key = std::string(stmt.ColumnText(1));
  record.name_key = std::string(stmt.ColumnText(2));
  record.display_name = std::string(stmt.ColumnText(3));
  record.type = ParseEntityType(stmt.ColumnText(4));
  record.subtype = ParseEntitySubtype(stmt.ColumnText(5));
  record.country_code = std::string(stmt.ColumnText(6));
  record.sector = std::string(stmt.ColumnText(7));
  record.gazetteer_id = std::string(stmt.ColumnText(8));
  record.seen.first_key = std::string(stmt.ColumnText(9));
  record.seen.first_date = std::string(stmt.ColumnText(10));
  record.seen.last_key = std::string(stmt.ColumnText(11));
  record.seen.last_date = std::string(stmt.ColumnText(12));
  record.article_count = stmt.ColumnInt64(13);
  NG_ASSIGN_OR_RETURN(record.forms, resolution::DecodeSurfaceForms(stmt.ColumnBlob(14)));
  if (!stmt.ColumnIsNull(15) && !stmt.ColumnIsNull(16)) {
    record.latitude = stmt.ColumnDouble(15);
    record.longitude = stmt.ColumnDouble(16);
  }
  return record;
}

absl::StatusOr<std::vector<EntityRecord>> ReadRecords(Statement& stmt) {
  std::vector<EntityRecord> records;
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, stmt.Step());
    if (!has_row) return records;
    NG_ASSIGN_OR_RETURN(EntityRecord record, ReadRecord(stmt));
    records.push_back(std::move(record));
  }
}

}  // namespace

const std::string& EntityTypeText(v1::EntityType type) { return v1::EntityType_Name(type); }

const std::string& EntitySubtypeText(v1::EntitySubtype subtype) {
  return v1::EntitySubtype_Name(subtype);
}

v1::EntityType ParseEntityType(std::string_view text) {
  v1::EntityType type = v1::ENTITY_TYPE_UNSPECIFIED;
  if (!v1::EntityType_Parse(std::string(text), &type)) return v1::ENTITY_TYPE_UNSPECIFIED;
  return type;
}

v1::EntitySubtype ParseEntitySubtype(std::string_view text) {
  v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED;
  if (!v1::EntitySubtype_Parse(std::string(text), &subtype)) return v1::ENTITY_SUBTYPE_UNSPECIFIED;
  return subtype;
}

absl::StatusOr<std::vector<EntityRecord>> FindEntitiesByNameKey(Connection& conn,
                                                                std::string_view name_key) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(kFindByNameKeySql));
  NG_RETURN_IF_ERROR(stmt->BindText(1, name_key));
  NG_RETURN_IF_ERROR(stmt->BindText(2, absl::StrCat(AsAbsl(name_key), "#")));
  NG_RETURN_IF_ERROR(stmt->BindText(3, absl::StrCat(AsAbsl(name_key), "$")));
  return ReadRecords(*stmt);
}

absl::StatusOr<std::vector<EntityRecord>> FindEntitiesByTerm(Connection& conn,
                                                             std::string_view term, bool whole_only,
                                                             v1::EntityType type, int limit) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(kFindByTermSql));
  NG_RETURN_IF_ERROR(stmt->BindText(1, term));
  NG_RETURN_IF_ERROR(stmt->BindInt64(2, whole_only ? 1 : 0));
  NG_RETURN_IF_ERROR(stmt->BindText(3, EntityTypeText(type)));
  NG_RETURN_IF_ERROR(stmt->BindInt64(4, limit));
  return ReadRecords(*stmt);
}

absl::Status InsertEntity(Connection& conn, const EntityRecord& record, int64_t mentions,
                          int64_t articles, int64_t time_us) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(kUpsertEntitySql));
  NG_RETURN_IF_ERROR(stmt->BindText(1, record.entity_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, record.canonical_key));
  NG_RETURN_IF_ERROR(stmt->BindText(3, record.name_key));
  NG_RETURN_IF_ERROR(stmt->BindText(4, record.display_name));
  NG_RETURN_IF_ERROR(stmt->BindText(5, resolution::NormalizeName(record.display_name)));
  NG_RETURN_IF_ERROR(stmt->BindText(6, EntityTypeText(record.type)));
  NG_RETURN_IF_ERROR(stmt->BindText(7, EntitySubtypeText(record.subtype)));
  NG_RETURN_IF_ERROR(stmt->BindText(8, record.country_code));
  NG_RETURN_IF_ERROR(stmt->BindText(9, record.sector));
  NG_RETURN_IF_ERROR(stmt->BindText(10, record.gazetteer_id));
  NG_RETURN_IF_ERROR(stmt->BindBlob(11, resolution::EncodeSurfaceForms(record.forms)));
  NG_RETURN_IF_ERROR(stmt->BindInt64(12, mentions));
  NG_RETURN_IF_ERROR(stmt->BindInt64(13, articles));
  NG_RETURN_IF_ERROR(stmt->BindInt64(14, resolution::PopularityOf(articles)));
  NG_RETURN_IF_ERROR(stmt->BindText(15, record.seen.first_key));
  NG_RETURN_IF_ERROR(stmt->BindText(16, record.seen.first_date));
  NG_RETURN_IF_ERROR(stmt->BindText(17, record.seen.last_key));
  NG_RETURN_IF_ERROR(stmt->BindText(18, record.seen.last_date));
  NG_RETURN_IF_ERROR(stmt->BindInt64(19, time_us));
  NG_RETURN_IF_ERROR(stmt->BindOptionalDouble(20, record.latitude));
  NG_RETURN_IF_ERROR(stmt->BindOptionalDouble(21, record.longitude));
  return stmt->Run();
}

absl::Status UpdateEntity(Connection& conn, const EntityRecord& record, int64_t mentions,
                          int64_t articles, int64_t time_us, bool move_popularity) {
  const std::string_view sql =
      move_popularity ? std::string_view(UpdateEntityAndPopularitySql()) : kUpdateEntitySql;
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(sql));
  NG_RETURN_IF_ERROR(stmt->BindText(1, record.entity_id));
  NG_RETURN_IF_ERROR(stmt->BindText(2, record.display_name));
  NG_RETURN_IF_ERROR(stmt->BindText(3, resolution::NormalizeName(record.display_name)));
  NG_RETURN_IF_ERROR(stmt->BindText(4, EntitySubtypeText(record.subtype)));
  NG_RETURN_IF_ERROR(stmt->BindText(5, record.country_code));
  NG_RETURN_IF_ERROR(stmt->BindText(6, record.sector));
  NG_RETURN_IF_ERROR(stmt->BindText(7, record.gazetteer_id));
  NG_RETURN_IF_ERROR(stmt->BindBlob(8, resolution::EncodeSurfaceForms(record.forms)));
  NG_RETURN_IF_ERROR(stmt->BindInt64(9, mentions));
  NG_RETURN_IF_ERROR(stmt->BindInt64(10, articles));
  NG_RETURN_IF_ERROR(stmt->BindText(11, record.seen.first_key));
  NG_RETURN_IF_ERROR(stmt->BindText(12, record.seen.first_date));
  NG_RETURN_IF_ERROR(stmt->BindText(13, record.seen.last_key));
  NG_RETURN_IF_ERROR(stmt->BindText(14, record.seen.last_date));
  NG_RETURN_IF_ERROR(stmt->BindInt64(15, time_us));
  NG_RETURN_IF_ERROR(stmt->BindOptionalDouble(16, record.latitude));
  NG_RETURN_IF_ERROR(stmt->BindOptionalDouble(17, record.longitude));
  return stmt->Run();
}

absl::Status UpdatePopularity(Connection& conn, std::string_view entity_id) {
  NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(UpdatePopularitySql()));
  NG_RETURN_IF_ERROR(stmt->BindText(1, entity_id));
  return stmt->Run();
}

absl::Status InsertTerms(Connection& conn, std::string_view entity_id,
                         absl::Span<const std::string> forms) {
  for (const std::string& form : forms) {
    const std::string normalized = resolution::NormalizeName(form);
    const std::vector<std::string_view> tails = resolution::WordTails(normalized);
    for (size_t i = 0; i < tails.size(); ++i) {
      NG_ASSIGN_OR_RETURN(StatementLease term, conn.Prepare(kInsertTermSql));
      NG_RETURN_IF_ERROR(term->BindText(1, tails[i]));
      NG_RETURN_IF_ERROR(term->BindText(2, entity_id));
      NG_RETURN_IF_ERROR(term->BindInt64(3, i == 0 ? 1 : 0));
      NG_RETURN_IF_ERROR(term->Run());
    }
  }
  return absl::OkStatus();
}

absl::Status InsertArticleEntities(Connection& conn, int64_t doc_id,
                                   absl::Span<const std::pair<std::string, int64_t>> links) {
  while (!links.empty()) {
    size_t chunk = kMaxLinksPerStatement;
    while (chunk > links.size()) chunk /= 2;
    NG_ASSIGN_OR_RETURN(StatementLease stmt, conn.Prepare(InsertLinksSql(chunk)));
    for (size_t i = 0; i < chunk; ++i) {
      const int first = static_cast<int>(3 * i) + 1;
      NG_RETURN_IF_ERROR(stmt->BindInt64(first, doc_id));
      NG_RETURN_IF_ERROR(stmt->BindText(first + 1, links[i].first));
      NG_RETURN_IF_ERROR(stmt->BindInt64(first + 2, links[i].second));
    }
    NG_RETURN_IF_ERROR(stmt->Run());
    links.remove_prefix(chunk);
  }
  return absl::OkStatus();
}

}  // namespace newsgraph::store::sql
