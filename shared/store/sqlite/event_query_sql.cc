#include "shared/store/sqlite/event_query_sql.h"

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"

namespace newsgraph::store::sqlite {
namespace {

bool IsEquality(EventCompareOp op) { return op == EventCompareOp::kEq || op == EventCompareOp::kNe; }

const char* SqlOp(EventCompareOp op) {
  switch (op) {
    case EventCompareOp::kEq: return " = ";
    case EventCompareOp::kNe: return " != ";
    case EventCompareOp::kLt: return " < ";
    case EventCompareOp::kLe: return " <= ";
    case EventCompareOp::kGt: return " > ";
    case EventCompareOp::kGe: return " >= ";
  }
  return " = ";
}

SqlFragment Membership(const EventCondition& c, std::string_view subquery) {
  SqlFragment f;
  f.Append(c.op == EventCompareOp::kEq ? "e.event_row IN (" : "e.event_row NOT IN (");
  f.Append(subquery, c.text);
  f.Append(")");
  return f;
}

absl::StatusOr<SqlFragment> ConditionToSql(const EventCondition& c) {
  if (c.field != EventField::kDate && !IsEquality(c.op)) {
    return absl::InvalidArgumentError("this event field takes = and != only");
  }
  SqlFragment f;
  switch (c.field) {
    case EventField::kActor:
      return Membership(c, "SELECT event_row FROM event_participants WHERE entity_id = ? AND role = 1");
    case EventField::kRecipient:
      return Membership(c, "SELECT event_row FROM event_participants WHERE entity_id = ? AND role = 2");
    case EventField::kParticipant:
      return Membership(c, "SELECT event_row FROM event_participants WHERE entity_id = ? "
                           "AND role IN (1, 2)");
    case EventField::kArticle:
      return Membership(c, "SELECT r.event_row FROM event_reports r WHERE r.doc_id = "
                           "(SELECT doc_id FROM articles WHERE article_id = ?)");
    case EventField::kLocation:
      f.Append(absl::StrCat("e.location_id", SqlOp(c.op), "?"), c.text);
      return f;
    case EventField::kCategory:
      f.Append(absl::StrCat("e.category", SqlOp(c.op), "?"), c.number);
      return f;
    case EventField::kQuadClass:
      f.Append(absl::StrCat("e.quad_class", SqlOp(c.op), "?"), c.number);
      return f;
    case EventField::kDate:
      if (c.op == EventCompareOp::kNe) {
        f.Append("e.date_key != ?", c.text);
      } else {
        f.Append(absl::StrCat("(e.date_key != '' AND e.date_key", SqlOp(c.op), "?)"), c.text);
      }
      return f;
  }
  return absl::InternalError("unknown event field");
}

}  // namespace

absl::StatusOr<SqlFragment> EventFilterToSql(const EventFilter& filter) {
  SqlFragment f;
  switch (filter.kind) {
    case EventFilter::Kind::kTrue:
      f.Append("1");
      return f;
    case EventFilter::Kind::kCondition:
      return ConditionToSql(filter.condition);
    case EventFilter::Kind::kNot: {
      if (filter.children.size() != 1) return absl::InvalidArgumentError("NOT takes one operand");
      NG_ASSIGN_OR_RETURN(SqlFragment inner, EventFilterToSql(filter.children[0]));
      f.Append("NOT (").Append(inner).Append(")");
      return f;
    }
    case EventFilter::Kind::kAnd:
    case EventFilter::Kind::kOr: {
      if (filter.children.empty()) return absl::InvalidArgumentError("empty AND or OR");
      const std::string_view joiner = filter.kind == EventFilter::Kind::kAnd ? " AND " : " OR ";
      f.Append("(");
      for (size_t i = 0; i < filter.children.size(); ++i) {
        if (i > 0) f.Append(joiner);
        NG_ASSIGN_OR_RETURN(SqlFragment child, EventFilterToSql(filter.children[i]));
        f.Append(child);
      }
      f.Append(")");
      return f;
    }
  }
  return absl::InternalError("unknown filter node");
}

absl::StatusOr<SqlFragment> ListEventsSql(const ListEventsQuery& query) {
  if (query.limit < 1) return absl::InvalidArgumentError("limit must be at least 1");
  NG_ASSIGN_OR_RETURN(SqlFragment where, EventFilterToSql(query.filter));
  SqlFragment f;
  f.Append(absl::StrCat("SELECT ", kEventColumns, " FROM events e WHERE "));
  f.Append(where);
  if (query.after.has_value()) {
    f.Append(" AND (e.date_key < ?", query.after->date_key);
    f.Append(" OR (e.date_key = ?", query.after->date_key);
    f.Append(" AND e.event_row < ?))", query.after->sequence);
  }
  f.Append(" ORDER BY e.date_key DESC, e.event_row DESC LIMIT ?",
           static_cast<int64_t>(query.limit) + 1);
  return f;
}

absl::StatusOr<SqlFragment> WatchEventsSql(const WatchEventsQuery& query) {
  if (query.limit < 1) return absl::InvalidArgumentError("limit must be at least 1");
  NG_ASSIGN_OR_RETURN(SqlFragment where, EventFilterToSql(query.filter));
  SqlFragment f;
  f.Append(absl::StrCat("SELECT r.report_seq, r.new_event, r.mentions, a.article_id, ",
                        kEventColumns,
                        " FROM event_reports r JOIN events e ON e.event_row = r.event_row "
                        "JOIN articles a ON a.doc_id = r.doc_id WHERE r.report_seq > ?"),
           query.after_sequence);
  f.Append(" AND ").Append(where);
  f.Append(" ORDER BY r.report_seq LIMIT ?", static_cast<int64_t>(query.limit));
  return f;
}

}  // namespace newsgraph::store::sqlite
