#include "query_service/graph_queries.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "query_service/entity_queries.h"
#include "query_service/enum_names.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/date/partial_date.h"
#include "shared/filter/filter.h"
#include "shared/graph/path_finder.h"
#include "shared/graph/timeline.h"

namespace newsgraph::query {
namespace {

constexpr char kRelationTypes[] =
    "ROLE, MEMBER_OF, PART_OF, LOCATED_IN, AFFILIATED_WITH, RELATIVE_OF";

// A size field: 0 means `fallback`, negative is an error, above `most` is
// coerced.
absl::StatusOr<int> Size(std::string_view field, int requested, int fallback, int most) {
  if (requested < 0) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s must not be negative (0 means the default of %d; at most %d)", AsAbsl(field),
        fallback, most));
  }
  if (requested == 0) return fallback;
  return std::min(requested, most);
}

absl::StatusOr<std::pair<std::string, std::string>> TwoEntities(std::string_view first_field,
                                                                std::string_view first,
                                                                std::string_view second_field,
                                                                std::string_view second) {
  absl::StatusOr<std::string> a = EntityIdFromName(first);
  if (!a.ok()) return absl::InvalidArgumentError(absl::StrCat(AsAbsl(first_field), ": ", a.status().message()));
  absl::StatusOr<std::string> b = EntityIdFromName(second);
  if (!b.ok()) return absl::InvalidArgumentError(absl::StrCat(AsAbsl(second_field), ": ", b.status().message()));
  if (*a == *b) {
    return absl::InvalidArgumentError(absl::StrCat(AsAbsl(first_field), " and ", AsAbsl(second_field),
                                                   " name the same entity; give two"));
  }
  return std::make_pair(*std::move(a), *std::move(b));
}

absl::Status FilterError(const filter::Comparison& c, std::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat("filter: ", c.field, " ",
                                                 AsAbsl(filter::OpText(c.op)), " \"", c.value,
                                                 "\" at position ", c.position, ": ", AsAbsl(what)));
}

bool IsRelationType(const std::string& value) {
  for (std::string_view type :
       {"ROLE", "MEMBER_OF", "PART_OF", "LOCATED_IN", "AFFILIATED_WITH", "RELATIVE_OF"}) {
    if (value == type) return true;
  }
  return false;
}

absl::Status ApplyKind(const filter::Comparison& c, store::RelatedEntitiesQuery* q) {
  if (c.op != filter::Op::kEq) return FilterError(c, "kind takes =");
  const std::string value = absl::AsciiStrToUpper(c.value);
  if (value == "EVENT") {
    q->include_relations = false;
  } else if (value == "RELATION") {
    q->include_events = false;
  } else if (IsRelationType(value)) {
    q->include_events = false;
    q->relation_type = value;
  } else {
    const std::string category =
        EnumValueName(v1::EventCategory_descriptor(), "EVENT_CATEGORY_", c.value);
    if (category.empty()) {
      return FilterError(c, absl::StrCat("kind is EVENT, RELATION, a relation type (",
                                         kRelationTypes, ") or an event category (",
                                         ShortNames(v1::EventCategory_descriptor(),
                                                    "EVENT_CATEGORY_"),
                                         ")"));
    }
    q->include_relations = false;
    q->category = v1::EventCategory_descriptor()->FindValueByName(category)->number();
  }
  return absl::OkStatus();
}

// The day `delta` days from `day_key` ("YYYY-MM-DD").
std::string ShiftDay(const std::string& day_key, int delta) {
  absl::CivilDay day;
  if (!absl::ParseCivilTime(day_key, &day)) return day_key;
  day += delta;
  return absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day());
}

absl::Status ApplyDate(const filter::Comparison& c, store::RelatedEntitiesQuery* q) {
  absl::StatusOr<v1::PartialDate> date = date::ParseIsoDate(c.value);
  if (!date.ok()) return FilterError(c, "expected \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\"");
  switch (c.op) {
    case filter::Op::kGe:
      q->min_date_key = date::FirstDayKey(*date);
      break;
    case filter::Op::kGt:
      q->min_date_key = ShiftDay(date::LastDayKey(*date), 1);
      break;
    case filter::Op::kLe:
      q->max_date_key = date::LastDayKey(*date);
      break;
    case filter::Op::kLt:
      q->max_date_key = ShiftDay(date::FirstDayKey(*date), -1);
      break;
    default:
      return FilterError(c, "date takes >=, >, <= or <");
  }
  q->include_relations = false;
  return absl::OkStatus();
}

absl::Status ApplyType(const filter::Comparison& c, store::RelatedEntitiesQuery* q) {
  if (c.op != filter::Op::kEq && c.op != filter::Op::kNe) return FilterError(c, "type takes = or !=");
  const std::string name = EnumValueName(v1::EntityType_descriptor(), "ENTITY_TYPE_", c.value);
  if (name.empty()) {
    return FilterError(c, absl::StrCat("type is one of ",
                                       ShortNames(v1::EntityType_descriptor(), "ENTITY_TYPE_")));
  }
  q->entity_type = v1::EntityType_descriptor()->FindValueByName(name)->number();
  q->exclude_entity_type = c.op == filter::Op::kNe;
  return absl::OkStatus();
}

absl::Status ApplyRelated(const filter::Expr& expr, store::RelatedEntitiesQuery* q) {
  switch (expr.kind) {
    case filter::Expr::Kind::kTrue:
      return absl::OkStatus();
    case filter::Expr::Kind::kAnd:
      for (const filter::Expr& child : expr.children) NG_RETURN_IF_ERROR(ApplyRelated(child, q));
      return absl::OkStatus();
    case filter::Expr::Kind::kOr:
    case filter::Expr::Kind::kNot:
      return absl::InvalidArgumentError(
          "filter: ListRelatedEntities takes comparisons joined by AND only (no OR or NOT)");
    case filter::Expr::Kind::kComparison: {
      const filter::Comparison& c = expr.comparison;
      if (c.field == "kind") return ApplyKind(c, q);
      if (c.field == "date") return ApplyDate(c, q);
      if (c.field == "type") return ApplyType(c, q);
      return absl::InvalidArgumentError(absl::StrCat("filter: unknown field '", c.field,
                                                     "' at position ", c.position,
                                                     "; the fields are kind, date, type"));
    }
  }
  return absl::InternalError("unknown filter node");
}

absl::StatusOr<std::string> OptionalDateKey(std::string_view field, std::string_view text,
                                            bool last_day) {
  if (text.empty()) return std::string();
  absl::StatusOr<v1::PartialDate> date = date::ParseIsoDate(text);
  if (!date.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(AsAbsl(field), " \"", AsAbsl(text),
                                                   "\" is not \"YYYY-MM-DD\", \"YYYY-MM\" or "
                                                   "\"YYYY\""));
  }
  return last_day ? date::LastDayKey(*date) : date::FirstDayKey(*date);
}

}  // namespace

absl::Status ParseRelatedFilter(std::string_view text, store::RelatedEntitiesQuery* query) {
  NG_ASSIGN_OR_RETURN(filter::Expr expr, filter::Parse(text));
  return ApplyRelated(expr, query);
}

absl::Status GraphQueries::GetRelationship(const v1::GetRelationshipRequest& request,
                                           v1::GetRelationshipResponse* response) const {
  NG_ASSIGN_OR_RETURN(auto ids, TwoEntities("entity", request.entity(), "other_entity",
                                            request.other_entity()));
  NG_ASSIGN_OR_RETURN(const int max_events, Size("max_events", request.max_events(),
                                                 kDefaultRelationshipEvents,
                                                 kMaxRelationshipEvents));
  return store_->GetRelationship(ids.first, ids.second, max_events,
                                 response->mutable_relationship());
}

absl::StatusOr<v1::ListRelatedEntitiesResponse> GraphQueries::ListRelatedEntities(
    const v1::ListRelatedEntitiesRequest& request) const {
  store::RelatedEntitiesQuery query;
  NG_ASSIGN_OR_RETURN(query.entity_id, EntityIdFromName(request.entity()));
  NG_ASSIGN_OR_RETURN(query.limit, Size("page_size", request.page_size(),
                                        kDefaultRelatedEntities, kMaxRelatedEntities));
  NG_RETURN_IF_ERROR(ParseRelatedFilter(request.filter(), &query));
  NG_ASSIGN_OR_RETURN(std::vector<v1::RelatedEntity> related,
                      store_->ListRelatedEntities(query));
  v1::ListRelatedEntitiesResponse response;
  for (v1::RelatedEntity& r : related) *response.add_related_entities() = std::move(r);
  return response;
}

absl::StatusOr<v1::FindPathsResponse> GraphQueries::FindPaths(
    const v1::FindPathsRequest& request) const {
  NG_ASSIGN_OR_RETURN(auto ids, TwoEntities("entity", request.entity(), "other_entity",
                                            request.other_entity()));
  graph::PathLimits limits;
  NG_ASSIGN_OR_RETURN(limits.max_hops,
                      Size("max_hops", request.max_hops(), kDefaultPathHops, kMaxPathHops));
  NG_ASSIGN_OR_RETURN(limits.max_paths,
                      Size("max_paths", request.max_paths(), kDefaultPaths, kMaxPaths));
  // Both ends must exist: NOT_FOUND rather than an empty answer.
  NG_RETURN_IF_ERROR(store_->GetEntity(ids.first).status());
  NG_RETURN_IF_ERROR(store_->GetEntity(ids.second).status());
  auto edges = [this](const std::string& node,
                      int limit) -> absl::StatusOr<std::vector<graph::Edge>> {
    NG_ASSIGN_OR_RETURN(std::vector<store::GraphEdge> stored, store_->GetGraphEdges(node, limit));
    std::vector<graph::Edge> out;
    out.reserve(stored.size());
    for (store::GraphEdge& e : stored) out.push_back({std::move(e.entity_id), e.weight});
    return out;
  };
  auto tie = [this](const std::string& node, const std::string& other) {
    return store_->GetTieWeight(node, other);
  };
  NG_ASSIGN_OR_RETURN(graph::PathResult found,
                      graph::FindShortestPaths(ids.first, ids.second, limits, edges, tie));
  v1::FindPathsResponse response;
  response.set_truncated(found.truncated);
  for (const std::vector<std::string>& nodes : found.paths) {
    v1::EntityPath* path = response.add_paths();
    for (size_t i = 0; i + 1 < nodes.size(); ++i) {
      NG_ASSIGN_OR_RETURN(*path->add_steps(), store_->GetTie(nodes[i], nodes[i + 1]));
    }
  }
  return response;
}

absl::StatusOr<v1::GetTimelineResponse> GraphQueries::GetTimeline(
    const v1::GetTimelineRequest& request) const {
  NG_ASSIGN_OR_RETURN(const std::string entity, EntityIdFromName(request.entity()));
  std::string other;
  if (!request.other_entity().empty()) {
    NG_ASSIGN_OR_RETURN(auto ids, TwoEntities("entity", request.entity(), "other_entity",
                                              request.other_entity()));
    other = ids.second;
  }
  NG_ASSIGN_OR_RETURN(const std::string first, OptionalDateKey("start_date", request.start_date(), false));
  NG_ASSIGN_OR_RETURN(const std::string last, OptionalDateKey("end_date", request.end_date(), true));
  if (!first.empty() && !last.empty() && last < first) {
    return absl::InvalidArgumentError("end_date is before start_date");
  }
  if (!v1::TimeGranularity_IsValid(request.granularity())) {
    return absl::InvalidArgumentError("granularity is not DAY, WEEK or MONTH");
  }
  NG_ASSIGN_OR_RETURN(std::vector<store::DatedEventCount> rows,
                      store_->CountEventsByDate(entity, other));
  return graph::BuildTimeline(rows, request.granularity(), first, last);
}

}  // namespace newsgraph::query
