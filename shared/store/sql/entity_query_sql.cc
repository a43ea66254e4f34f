#include "shared/store/sql/entity_query_sql.h"

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "newsgraph/v1/extraction.pb.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/resolution/name_normalizer.h"
#include "shared/store/sql/entity_reader.h"
#include "shared/store/sql/filter_sql.h"
#include "shared/store/sql/query_sql.h"

namespace newsgraph::store::sql {
namespace {

// A last word shorter than this (in bytes of its normalized form) is not
// taken as a prefix: one or two letters would match a large share of all
// names and rank them all.
constexpr size_t kMinPrefixBytes = 3;

absl::Status CheckEnumName(const EntityCondition& cond) {
  if (cond.field == EntityField::kType) {
    v1::EntityType type;
    if (v1::EntityType_Parse(cond.text, &type)) return absl::OkStatus();
    return absl::InvalidArgumentError(absl::StrCat(
        "type \"", cond.text, "\" is not an EntityType value such as ENTITY_TYPE_PERSON"));
  }
  if (cond.field == EntityField::kSubtype) {
    v1::EntitySubtype subtype;
    if (v1::EntitySubtype_Parse(cond.text, &subtype)) return absl::OkStatus();
    return absl::InvalidArgumentError(
        absl::StrCat("subtype \"", cond.text,
                     "\" is not an EntitySubtype value such as ENTITY_SUBTYPE_COUNTRY"));
  }
  return absl::OkStatus();
}

std::string_view Column(EntityField field) {
  switch (field) {
    case EntityField::kType:
      return "e.type";
    case EntityField::kSubtype:
      return "e.subtype";
    case EntityField::kCountryCode:
      return "e.country_code";
  }
  return "e.type";
}

absl::StatusOr<SqlFragment> ConditionSql(const EntityCondition& cond) {
  NG_RETURN_IF_ERROR(CheckEnumName(cond));
  SqlFragment sql;
  return sql.Append(
      absl::StrCat(AsAbsl(Column(cond.field)), cond.op == EntityCompareOp::kEq ? " = ?" : " <> ?"),
      cond.text);
}

absl::StatusOr<SqlFragment> FilterSql(const EntityFilter& filter, int depth) {
  if (depth > kMaxFilterSqlDepth) {
    return absl::InvalidArgumentError(
        absl::StrCat("filter is nested more than ", kMaxFilterSqlDepth, " levels deep"));
  }
  SqlFragment sql;
  switch (filter.kind) {
    case EntityFilter::Kind::kTrue:
      return sql.Append("TRUE");
    case EntityFilter::Kind::kCondition:
      return ConditionSql(filter.condition);
    case EntityFilter::Kind::kNot: {
      if (filter.children.size() != 1) {
        return absl::InvalidArgumentError("filter NOT node must have exactly one child");
      }
      NG_ASSIGN_OR_RETURN(SqlFragment child, FilterSql(filter.children[0], depth + 1));
      return sql.Append("(NOT ").Append(child).Append(")");
    }
    case EntityFilter::Kind::kAnd:
    case EntityFilter::Kind::kOr: {
      const bool is_and = filter.kind == EntityFilter::Kind::kAnd;
      if (filter.children.empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat("filter ", is_and ? "AND" : "OR", " node has no children"));
      }
      sql.Append("(");
      for (size_t i = 0; i < filter.children.size(); ++i) {
        if (i > 0) sql.Append(is_and ? " AND " : " OR ");
        NG_ASSIGN_OR_RETURN(SqlFragment child, FilterSql(filter.children[i], depth + 1));
        sql.Append(child);
      }
      return sql.Append(")");
    }
  }
  return absl::InvalidArgumentError("unknown filter node kind");
}

// The terms a text matches: every term in [text, PrefixUpperBound(text))
// when its last word is long enough to be a prefix; else only the text
// itself and the terms that continue it with more words.
SqlFragment MatchingTermsSql(const std::string& text, const std::string& words_from,
                             const std::string& words_to) {
  SqlFragment sql;
  if (resolution::LastWord(text).size() >= kMinPrefixBytes) {
    sql.Append("(SELECT term, entity_id, whole FROM entity_terms WHERE term >= ?", text);
    return sql.Append(" AND term < ?) AS t", resolution::PrefixUpperBound(text));
  }
  sql.Append("(SELECT term, entity_id, whole FROM entity_terms WHERE term = ?", text);
  sql.Append(" UNION ALL SELECT term, entity_id, whole FROM entity_terms WHERE term >= ?",
             words_from);
  return sql.Append(" AND term < ?) AS t", words_to);
}

// Each entity's best rank among the terms the text matches: 1 a whole
// name or alias equal to the text, 2 the text as whole words from a word
// on, 3 a word prefix.
SqlFragment RankedMatchesSql(const std::string& text) {
  const std::string words_from = absl::StrCat(text, " ");
  const std::string words_to = absl::StrCat(text, "!");  // the character after ' '
  SqlFragment sql;
  sql.Append("SELECT t.entity_id AS entity_id, MIN(CASE");
  sql.Append(" WHEN t.whole = 1 AND t.term = ?", text);
  sql.Append(" THEN 1 WHEN t.term = ?", text);
  sql.Append(" OR (t.term >= ?", words_from);
  sql.Append(" AND t.term < ?)", words_to);
  sql.Append(" THEN 2 ELSE 3 END) AS rank FROM ");
  sql.Append(MatchingTermsSql(text, words_from, words_to));
  return sql.Append(" GROUP BY t.entity_id");
}

}  // namespace

absl::StatusOr<SqlFragment> EntityFilterToSql(const EntityFilter& filter) {
  return FilterSql(filter, 0);
}

absl::StatusOr<SqlFragment> SearchEntitiesSql(const SearchEntitiesQuery& query,
                                              std::string_view normalized_text) {
  NG_RETURN_IF_ERROR(CheckSearchPaging(query.limit, query.offset));
  NG_ASSIGN_OR_RETURN(SqlFragment filter, EntityFilterToSql(query.filter));
  SqlFragment sql;
  if (normalized_text.empty()) {
    sql.Append("SELECT " NG_ENTITY_COLUMNS " FROM entities AS e WHERE ").Append(filter);
    sql.Append(" ORDER BY e.popularity DESC, e.article_count DESC, e.entity_id");
  } else {
    const std::string text(normalized_text);
    sql.Append("SELECT " NG_ENTITY_COLUMNS " FROM (").Append(RankedMatchesSql(text));
    sql.Append(") AS m JOIN entities AS e ON e.entity_id = m.entity_id WHERE ").Append(filter);
    sql.Append(" ORDER BY (CASE WHEN e.display_norm = ?", text);
    sql.Append(" THEN 0 ELSE m.rank END), e.article_count DESC, e.entity_id");
  }
  sql.Append(" LIMIT ?", static_cast<int64_t>(query.limit) + 1);
  return sql.Append(" OFFSET ?", query.offset);
}

}  // namespace newsgraph::store::sql
