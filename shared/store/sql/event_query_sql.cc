#include "shared/store/sql/event_query_sql.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"

namespace newsgraph::store::sql {
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
      return Membership(c, "SELECT event_row FROM event_participants WHERE entity_id = ? "
                           "AND (roles & 1) != 0");
    case EventField::kRecipient:
      return Membership(c, "SELECT event_row FROM event_participants WHERE entity_id = ? "
                           "AND (roles & 2) != 0");
    case EventField::kParticipant:
      return Membership(c, "SELECT event_row FROM event_participants WHERE entity_id = ? "
                           "AND (roles & 3) != 0");
    case EventField::kInvolves:
      return Membership(c, "SELECT event_row FROM event_participants WHERE entity_id = ?");
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
      f.Append("TRUE");
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

namespace {

// Whether `f` names one entity's events (actor, recipient or participant
// `=`), so that the listing can run along that entity's index range.
bool CanDrive(const EventFilter& f) {
  if (f.kind != EventFilter::Kind::kCondition || f.condition.op != EventCompareOp::kEq) {
    return false;
  }
  const EventField field = f.condition.field;
  return field == EventField::kActor || field == EventField::kRecipient ||
         field == EventField::kParticipant || field == EventField::kInvolves;
}

// Splits off a condition that every match satisfies and that can drive the
// listing (the top-level one, or one of a top-level AND): returns it and
// leaves the rest of the filter in `rest`.
std::optional<EventCondition> TakeDrivingCondition(const EventFilter& filter, EventFilter* rest) {
  *rest = filter;
  if (CanDrive(filter)) {
    *rest = EventFilter();
    return filter.condition;
  }
  if (filter.kind != EventFilter::Kind::kAnd) return std::nullopt;
  for (size_t i = 0; i < filter.children.size(); ++i) {
    if (!CanDrive(filter.children[i])) continue;
    rest->children.erase(rest->children.begin() + static_cast<std::ptrdiff_t>(i));
    if (rest->children.empty()) *rest = EventFilter();
    return filter.children[i].condition;
  }
  return std::nullopt;
}

int64_t RoleMask(EventField field) {
  switch (field) {
    case EventField::kActor: return 1;
    case EventField::kRecipient: return 2;
    case EventField::kInvolves: return 7;
    default: return 3;
  }
}

}  // namespace

absl::StatusOr<SqlFragment> ListEventsSql(const ListEventsQuery& query) {
  if (query.limit < 1) return absl::InvalidArgumentError("limit must be at least 1");
  // `key` is the table whose (date_key, event_row) the listing runs along.
  EventFilter rest;
  const std::optional<EventCondition> driving = TakeDrivingCondition(query.filter, &rest);
  NG_ASSIGN_OR_RETURN(SqlFragment where, EventFilterToSql(rest));
  SqlFragment f;
  const char* key = driving.has_value() ? "k" : "e";
  if (driving.has_value()) {
    f.Append(absl::StrCat("SELECT ", kEventColumns,
                          " FROM event_participants k JOIN events e ON e.event_row = k.event_row "
                          "WHERE k.entity_id = ?"),
             driving->text);
    f.Append(" AND (k.roles & ?) != 0 AND ", RoleMask(driving->field));
  } else {
    f.Append(absl::StrCat("SELECT ", kEventColumns, " FROM events e WHERE "));
  }
  f.Append(where);
  if (query.after.has_value()) {
    f.Append(absl::StrCat(" AND (", key, ".date_key < ?"), query.after->date_key);
    f.Append(absl::StrCat(" OR (", key, ".date_key = ?"), query.after->date_key);
    f.Append(absl::StrCat(" AND ", key, ".event_row < ?))"), query.after->sequence);
  }
  f.Append(absl::StrCat(" ORDER BY ", key, ".date_key DESC, ", key, ".event_row DESC LIMIT ?"),
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

}  // namespace newsgraph::store::sql
