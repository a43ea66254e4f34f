#include "query_service/event_filter.h"

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "query_service/article_queries.h"
#include "query_service/entity_queries.h"
#include "query_service/enum_names.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/date/partial_date.h"

namespace newsgraph::query {
namespace {

using store::EventCompareOp;
using store::EventField;
using store::EventFilter;

constexpr char kFields[] =
    "actor, recipient, participant, involves, location, category, quad_class, date, article";

absl::Status FieldError(const filter::Comparison& c, std::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat("filter: ", c.field, " ",
                                                 AsAbsl(filter::OpText(c.op)), " \"", c.value,
                                                 "\" at position ", c.position, ": ", AsAbsl(what)));
}

EventCompareOp ToCompareOp(filter::Op op) {
  switch (op) {
    case filter::Op::kNe: return EventCompareOp::kNe;
    case filter::Op::kLt: return EventCompareOp::kLt;
    case filter::Op::kLe: return EventCompareOp::kLe;
    case filter::Op::kGt: return EventCompareOp::kGt;
    case filter::Op::kGe: return EventCompareOp::kGe;
    default: return EventCompareOp::kEq;
  }
}

EventFilter Leaf(EventField field, filter::Op op, std::string text, int64_t number = 0) {
  EventFilter f;
  f.kind = EventFilter::Kind::kCondition;
  f.condition.field = field;
  f.condition.op = ToCompareOp(op);
  f.condition.text = std::move(text);
  f.condition.number = number;
  return f;
}

absl::StatusOr<EventFilter> EntityComparison(const filter::Comparison& c, EventField field) {
  absl::StatusOr<std::string> id = EntityIdFromName(c.value);
  if (!id.ok()) return FieldError(c, "expected an entity name \"entities/{id}\" (16 hex digits)");
  return Leaf(field, c.op, *std::move(id));
}

absl::StatusOr<EventFilter> EnumComparison(const filter::Comparison& c, EventField field,
                                           const google::protobuf::EnumDescriptor* descriptor,
                                           std::string_view prefix) {
  const std::string name = EnumValueName(descriptor, prefix, c.value);
  if (name.empty()) {
    return FieldError(c, absl::StrCat("not a ", c.field, "; use one of ",
                                      ShortNames(descriptor, prefix)));
  }
  return Leaf(field, c.op, name, descriptor->FindValueByName(name)->number());
}

absl::StatusOr<EventFilter> DateComparison(const filter::Comparison& c) {
  if (c.op == filter::Op::kHas) return FieldError(c, "date takes =, !=, <, <=, > or >=");
  absl::StatusOr<v1::PartialDate> date = date::ParseIsoDate(c.value);
  if (!date.ok()) return FieldError(c, "expected \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\"");
  return Leaf(EventField::kDate, c.op, date::FirstDayKey(*date));
}

absl::StatusOr<EventFilter> ArticleComparison(const filter::Comparison& c) {
  absl::StatusOr<std::string> id = ArticleIdFromName(c.value);
  if (!id.ok()) return FieldError(c, "expected an article name \"articles/{id}\"");
  return Leaf(EventField::kArticle, c.op, *std::move(id));
}

absl::StatusOr<EventFilter> Comparison(const filter::Comparison& c) {
  const bool equality = c.op == filter::Op::kEq || c.op == filter::Op::kNe;
  if (c.field == "date") return DateComparison(c);
  const bool known = c.field == "actor" || c.field == "recipient" || c.field == "participant" || c.field == "involves" ||
                     c.field == "location" || c.field == "category" ||
                     c.field == "quad_class" || c.field == "article";
  if (!known) {
    return absl::InvalidArgumentError(absl::StrCat("filter: unknown field '", c.field,
                                                   "' at position ", c.position,
                                                   "; the fields are ", kFields));
  }
  if (!equality) return FieldError(c, absl::StrCat(c.field, " takes = or !="));
  if (c.field == "actor") return EntityComparison(c, EventField::kActor);
  if (c.field == "recipient") return EntityComparison(c, EventField::kRecipient);
  if (c.field == "participant") return EntityComparison(c, EventField::kParticipant);
  if (c.field == "involves") return EntityComparison(c, EventField::kInvolves);
  if (c.field == "location") return EntityComparison(c, EventField::kLocation);
  if (c.field == "category") {
    return EnumComparison(c, EventField::kCategory, v1::EventCategory_descriptor(),
                          "EVENT_CATEGORY_");
  }
  if (c.field == "quad_class") {
    return EnumComparison(c, EventField::kQuadClass, v1::QuadClass_descriptor(), "QUAD_CLASS_");
  }
  return ArticleComparison(c);
}

}  // namespace

absl::StatusOr<EventFilter> ToEventFilter(const filter::Expr& expr) {
  switch (expr.kind) {
    case filter::Expr::Kind::kTrue:
      return EventFilter();
    case filter::Expr::Kind::kComparison:
      return Comparison(expr.comparison);
    case filter::Expr::Kind::kAnd:
    case filter::Expr::Kind::kOr:
    case filter::Expr::Kind::kNot: {
      EventFilter node;
      node.kind = expr.kind == filter::Expr::Kind::kAnd  ? EventFilter::Kind::kAnd
                  : expr.kind == filter::Expr::Kind::kOr ? EventFilter::Kind::kOr
                                                         : EventFilter::Kind::kNot;
      for (const filter::Expr& child : expr.children) {
        NG_ASSIGN_OR_RETURN(EventFilter converted, ToEventFilter(child));
        node.children.push_back(std::move(converted));
      }
      return node;
    }
  }
  return absl::InternalError("unknown filter node");
}

absl::StatusOr<EventFilter> ParseEventFilter(std::string_view text) {
  NG_ASSIGN_OR_RETURN(filter::Expr expr, filter::Parse(text));
  return ToEventFilter(expr);
}

}  // namespace newsgraph::query
