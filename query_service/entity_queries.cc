#include "query_service/entity_queries.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/descriptor.h"
#include "newsgraph/v1/extraction.pb.h"
#include "query_service/enum_names.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/resolution/canonical_key.h"

namespace newsgraph::query {
namespace {

using store::EntityCompareOp;
using store::EntityField;
using store::EntityFilter;

constexpr char kFields[] = "type, subtype, country_code";

absl::Status FieldError(const filter::Comparison& c, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat("filter: ", c.field, " ",
                                                 AsAbsl(filter::OpText(c.op)), " at position ",
                                                 c.position, ": ", what));
}

absl::StatusOr<int> PageSize(int requested) {
  if (requested < 0) {
    return absl::InvalidArgumentError(
        absl::StrFormat("page_size must not be negative (0 means the default of %d; at most %d)",
                        kDefaultEntityPageSize, kMaxEntityPageSize));
  }
  if (requested == 0) return kDefaultEntityPageSize;
  return std::min(requested, kMaxEntityPageSize);
}

EntityFilter Leaf(EntityField field, filter::Op op, std::string text) {
  EntityFilter f;
  f.kind = EntityFilter::Kind::kCondition;
  f.condition.field = field;
  f.condition.op = op == filter::Op::kEq ? EntityCompareOp::kEq : EntityCompareOp::kNe;
  f.condition.text = std::move(text);
  return f;
}

absl::StatusOr<EntityFilter> EnumComparison(const filter::Comparison& c, EntityField field,
                                            const google::protobuf::EnumDescriptor* descriptor,
                                            std::string_view prefix) {
  std::string name = EnumValueName(descriptor, prefix, c.value);
  if (name.empty()) {
    return FieldError(c, absl::StrCat("\"", c.value, "\" is not a ", c.field, "; use one of ",
                                      ShortNames(descriptor, prefix)));
  }
  return Leaf(field, c.op, std::move(name));
}

absl::StatusOr<EntityFilter> CountryComparison(const filter::Comparison& c) {
  const std::string code = resolution::NormalizeCountryCode(c.value);
  if (code.empty() && !absl::StripAsciiWhitespace(c.value).empty()) {
    return FieldError(c, absl::StrCat("\"", c.value,
                                      "\" is not an ISO 3166-1 alpha-3 code such as \"GEO\" "
                                      "(\"\" matches entities without a country)"));
  }
  return Leaf(EntityField::kCountryCode, c.op, code);
}

absl::StatusOr<EntityFilter> Comparison(const filter::Comparison& c) {
  const bool known = c.field == "type" || c.field == "subtype" || c.field == "country_code";
  if (!known) {
    return absl::InvalidArgumentError(absl::StrCat("filter: unknown field '", c.field,
                                                   "' at position ", c.position,
                                                   "; the fields are ", kFields));
  }
  if (c.op != filter::Op::kEq && c.op != filter::Op::kNe) {
    return FieldError(c, absl::StrCat(c.field, " takes = or !="));
  }
  if (c.field == "type") {
    return EnumComparison(c, EntityField::kType, v1::EntityType_descriptor(), "ENTITY_TYPE_");
  }
  if (c.field == "subtype") {
    return EnumComparison(c, EntityField::kSubtype, v1::EntitySubtype_descriptor(),
                          "ENTITY_SUBTYPE_");
  }
  return CountryComparison(c);
}

}  // namespace

absl::StatusOr<std::string> EntityIdFromName(std::string_view name) {
  const std::string_view prefix = resolution::kEntityNamePrefix;
  if (name.substr(0, prefix.size()) == prefix &&
      resolution::IsEntityId(name.substr(prefix.size()))) {
    return std::string(name.substr(prefix.size()));
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "name \"", AsAbsl(name),
      "\" is not an entity name; expected entities/{entity_id} with a 16-digit lowercase hex "
      "id, as ArticleEntity.entity or SearchEntities return it"));
}

absl::StatusOr<EntityFilter> ToEntityFilter(const filter::Expr& expr) {
  switch (expr.kind) {
    case filter::Expr::Kind::kTrue:
      return EntityFilter();
    case filter::Expr::Kind::kComparison:
      return Comparison(expr.comparison);
    case filter::Expr::Kind::kAnd:
    case filter::Expr::Kind::kOr:
    case filter::Expr::Kind::kNot: {
      EntityFilter node;
      node.kind = expr.kind == filter::Expr::Kind::kAnd  ? EntityFilter::Kind::kAnd
                  : expr.kind == filter::Expr::Kind::kOr ? EntityFilter::Kind::kOr
                                                         : EntityFilter::Kind::kNot;
      for (const filter::Expr& child : expr.children) {
        NG_ASSIGN_OR_RETURN(EntityFilter converted, ToEntityFilter(child));
        node.children.push_back(std::move(converted));
      }
      return node;
    }
  }
  return absl::InternalError("unknown filter node");
}

absl::StatusOr<EntityFilter> ParseEntityFilter(std::string_view text) {
  NG_ASSIGN_OR_RETURN(filter::Expr expr, filter::Parse(text));
  return ToEntityFilter(expr);
}

absl::StatusOr<v1::GetEntityResponse> EntityQueries::GetEntity(
    const v1::GetEntityRequest& request) const {
  NG_ASSIGN_OR_RETURN(std::string id, EntityIdFromName(request.name()));
  NG_ASSIGN_OR_RETURN(v1::Entity entity, store_->GetEntity(id));
  v1::GetEntityResponse response;
  *response.mutable_entity() = std::move(entity);
  return response;
}

absl::StatusOr<v1::SearchEntitiesResponse> EntityQueries::SearchEntities(
    const v1::SearchEntitiesRequest& request) const {
  NG_ASSIGN_OR_RETURN(const int limit, PageSize(request.page_size()));
  if (request.query().size() > kMaxEntityQueryBytes) {
    return absl::InvalidArgumentError(absl::StrCat("query is ", request.query().size(),
                                                   " bytes long; at most ", kMaxEntityQueryBytes,
                                                   " are allowed"));
  }
  NG_ASSIGN_OR_RETURN(filter::Expr expr, filter::Parse(request.filter()));
  store::SearchEntitiesQuery query;
  NG_ASSIGN_OR_RETURN(query.filter, ToEntityFilter(expr));
  query.text = std::string(absl::StripAsciiWhitespace(request.query()));
  query.limit = limit;

  const uint64_t fingerprint =
      paging::QueryFingerprint({"SearchEntities", query.text, filter::ToString(expr)});
  if (!request.page_token().empty()) {
    NG_ASSIGN_OR_RETURN(auto payload, codec_->Decode(request.page_token(), fingerprint));
    if (payload.offset() < 0) {
      return absl::InvalidArgumentError("page_token is not a token this service issued");
    }
    query.offset = payload.offset();
  }

  NG_ASSIGN_OR_RETURN(store::EntityPage page, store_->SearchEntities(query));
  v1::SearchEntitiesResponse response;
  for (v1::Entity& entity : page.entities) *response.add_entities() = std::move(entity);
  if (page.has_more) {
    internal::v1::PageTokenPayload next;
    next.set_query_fingerprint(fingerprint);
    next.set_offset(query.offset + static_cast<int64_t>(response.entities_size()));
    response.set_next_page_token(codec_->Encode(next));
  }
  return response;
}

}  // namespace newsgraph::query
