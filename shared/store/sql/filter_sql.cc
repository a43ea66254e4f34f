#include "shared/store/sql/filter_sql.h"

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "newsgraph/v1/article.pb.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/article_codec.h"

namespace newsgraph::store::sql {
namespace {

std::string_view FieldName(ArticleField field) {
  switch (field) {
    case ArticleField::kPublishedDate:
      return "published_date";
    case ArticleField::kCreateTime:
      return "create_time";
    case ArticleField::kSource:
      return "source";
    case ArticleField::kFormat:
      return "format";
    case ArticleField::kUrl:
      return "url";
    case ArticleField::kTitle:
      return "title";
    case ArticleField::kAuthor:
      return "author";
  }
  return "?";
}

std::string_view OpName(CompareOp op) {
  switch (op) {
    case CompareOp::kEq:
      return "=";
    case CompareOp::kNe:
      return "!=";
    case CompareOp::kLt:
      return "<";
    case CompareOp::kLe:
      return "<=";
    case CompareOp::kGt:
      return ">";
    case CompareOp::kGe:
      return ">=";
    case CompareOp::kHas:
      return ":";
  }
  return "?";
}

// The SQL operator of a comparison (not kHas).
std::string_view OpSql(CompareOp op) { return op == CompareOp::kNe ? "<>" : OpName(op); }

absl::Status Unsupported(const ArticleCondition& cond, std::string_view allowed) {
  return absl::InvalidArgumentError(
      absl::StrCat("operator ", std::string(OpName(cond.op)), " is not supported for ",
                   std::string(FieldName(cond.field)), "; use ", std::string(allowed)));
}

absl::StatusOr<SqlFragment> DateSql(const ArticleCondition& cond) {
  if (cond.op == CompareOp::kHas) return Unsupported(cond, "= != < <= > >=");
  if (cond.text.empty() || !IsDateKey(cond.text)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "published_date is compared with a date \"YYYY-MM-DD\", not \"", cond.text, "\""));
  }
  SqlFragment sql;
  if (cond.op == CompareOp::kNe) return sql.Append("a.published_key <> ?", cond.text);
  return sql.Append(absl::StrCat("(a.published_key <> '' AND a.published_key ",
                                 std::string(OpSql(cond.op)), " ?)"),
                    cond.text);
}

absl::StatusOr<SqlFragment> CreateTimeSql(const ArticleCondition& cond) {
  if (cond.op == CompareOp::kHas) return Unsupported(cond, "= != < <= > >=");
  SqlFragment sql;
  return sql.Append(absl::StrCat("a.create_time_us ", std::string(OpSql(cond.op)), " ?"),
                    cond.number);
}

absl::StatusOr<SqlFragment> ExactSql(const ArticleCondition& cond, std::string_view column) {
  if (cond.op != CompareOp::kEq && cond.op != CompareOp::kNe) return Unsupported(cond, "= or !=");
  SqlFragment sql;
  return sql.Append(absl::StrCat("a.", std::string(column), " ", std::string(OpSql(cond.op)), " ?"),
                    cond.text);
}

absl::StatusOr<SqlFragment> FormatSql(const ArticleCondition& cond) {
  v1::ArticleFormat format;
  if (!v1::ArticleFormat_Parse(cond.text, &format)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "format \"", cond.text, "\" is not an ArticleFormat value such as ARTICLE_FORMAT_BYLINE"));
  }
  return ExactSql(cond, "format");
}

absl::StatusOr<SqlFragment> TitleSql(const ArticleCondition& cond, const TextIndex& text_index) {
  if (cond.op != CompareOp::kHas) return ExactSql(cond, "title");
  return text_index.TitleHasWords(cond.text);
}

absl::StatusOr<SqlFragment> AuthorSql(const ArticleCondition& cond, const TextIndex& text_index) {
  SqlFragment sql;
  switch (cond.op) {
    case CompareOp::kEq:
      return sql.Append("a.doc_id IN (SELECT doc_id FROM article_authors WHERE author = ?)",
                        cond.text);
    case CompareOp::kNe:
      return sql.Append("a.doc_id NOT IN (SELECT doc_id FROM article_authors WHERE author = ?)",
                        cond.text);
    case CompareOp::kHas:
      return text_index.AuthorHasWords(cond.text);
    default:
      return Unsupported(cond, "=, != or :");
  }
}

absl::StatusOr<SqlFragment> ConditionSql(const ArticleCondition& cond,
                                         const TextIndex& text_index) {
  switch (cond.field) {
    case ArticleField::kPublishedDate:
      return DateSql(cond);
    case ArticleField::kCreateTime:
      return CreateTimeSql(cond);
    case ArticleField::kSource:
      return ExactSql(cond, "source");
    case ArticleField::kFormat:
      return FormatSql(cond);
    case ArticleField::kUrl:
      return ExactSql(cond, "url");
    case ArticleField::kTitle:
      return TitleSql(cond, text_index);
    case ArticleField::kAuthor:
      return AuthorSql(cond, text_index);
  }
  return absl::InvalidArgumentError("unknown filter field");
}

absl::StatusOr<SqlFragment> FilterSql(const ArticleFilter& filter, const TextIndex& text_index,
                                      int depth);

absl::StatusOr<SqlFragment> JunctionSql(const ArticleFilter& filter, const TextIndex& text_index,
                                        int depth) {
  const bool is_and = filter.kind == ArticleFilter::Kind::kAnd;
  if (filter.children.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("filter ", is_and ? "AND" : "OR", " node has no children"));
  }
  SqlFragment sql;
  sql.Append("(");
  for (size_t i = 0; i < filter.children.size(); ++i) {
    if (i > 0) sql.Append(is_and ? " AND " : " OR ");
    NG_ASSIGN_OR_RETURN(SqlFragment child, FilterSql(filter.children[i], text_index, depth + 1));
    sql.Append(child);
  }
  return sql.Append(")");
}

absl::StatusOr<SqlFragment> FilterSql(const ArticleFilter& filter, const TextIndex& text_index,
                                      int depth) {
  if (depth > kMaxFilterSqlDepth) {
    return absl::InvalidArgumentError(
        absl::StrCat("filter is nested more than ", kMaxFilterSqlDepth, " levels deep"));
  }
  switch (filter.kind) {
    case ArticleFilter::Kind::kTrue:
      return SqlFragment{"TRUE", {}};
    case ArticleFilter::Kind::kCondition:
      return ConditionSql(filter.condition, text_index);
    case ArticleFilter::Kind::kNot: {
      if (filter.children.size() != 1) {
        return absl::InvalidArgumentError("filter NOT node must have exactly one child");
      }
      NG_ASSIGN_OR_RETURN(SqlFragment child, FilterSql(filter.children[0], text_index, depth + 1));
      SqlFragment sql;
      return sql.Append("(NOT ").Append(child).Append(")");
    }
    case ArticleFilter::Kind::kAnd:
    case ArticleFilter::Kind::kOr:
      return JunctionSql(filter, text_index, depth);
  }
  return absl::InvalidArgumentError("unknown filter node kind");
}

}  // namespace

absl::StatusOr<SqlFragment> ArticleFilterToSql(const ArticleFilter& filter,
                                               const TextIndex& text_index) {
  return FilterSql(filter, text_index, 0);
}

}  // namespace newsgraph::store::sql
