#include "tools/prediction_json.h"

#include "shared/date/partial_date.h"

namespace newsgraph::tools {
namespace {

using nlohmann::json;

json NameOrNull(const v1::Article& article, int index) {
  if (index < 0 || index >= article.entities_size()) return nullptr;
  return article.entities(index).name();
}

std::string RoleStatusName(v1::RoleStatus status) {
  switch (status) {
    case v1::ROLE_STATUS_FORMER: return "former";
    case v1::ROLE_STATUS_ACTING: return "acting";
    case v1::ROLE_STATUS_ELECT: return "elect";
    default: return "current";
  }
}

std::string RelationTypeName(v1::RelationType type) {
  switch (type) {
    case v1::RELATION_TYPE_MEMBER_OF: return "member_of";
    case v1::RELATION_TYPE_PART_OF: return "part_of";
    case v1::RELATION_TYPE_LOCATED_IN: return "located_in";
    case v1::RELATION_TYPE_AFFILIATED_WITH: return "affiliated_with";
    case v1::RELATION_TYPE_RELATIVE_OF: return "relative_of";
    default: return "";
  }
}

std::string CategoryName(v1::EventCategory category) {
  std::string name = v1::EventCategory_Name(category);
  const std::string prefix = "EVENT_CATEGORY_";
  return name.rfind(prefix, 0) == 0 ? name.substr(prefix.size()) : name;
}

std::string QuadClassName(v1::QuadClass quad) {
  std::string name = v1::QuadClass_Name(quad);
  const std::string prefix = "QUAD_CLASS_";
  return name.rfind(prefix, 0) == 0 ? name.substr(prefix.size()) : name;
}

json Entities(const v1::Article& article) {
  json out = json::array();
  for (const v1::ArticleEntity& e : article.entities()) {
    json item = {{"name", e.name()},
                 {"type", EntityTypeName(e.type())},
                 {"aliases", json(std::vector<std::string>(e.aliases().begin(), e.aliases().end()))}};
    if (const std::string subtype = EntitySubtypeName(e.subtype()); !subtype.empty()) {
      item["subtype"] = subtype;
    }
    if (!e.country_code().empty()) item["country"] = e.country_code();
    if (!e.sector().empty()) item["sector"] = e.sector();
    if (!e.entity().empty()) item["id"] = e.entity();
    out.push_back(std::move(item));
  }
  return out;
}

json Roles(const v1::Article& article) {
  json out = json::array();
  for (const v1::Role& r : article.roles()) {
    json item = {{"person", NameOrNull(article, r.person_index())},
                 {"title", r.title()},
                 {"of", r.has_affiliation_index() ? NameOrNull(article, r.affiliation_index())
                                                  : json(nullptr)},
                 {"status", RoleStatusName(r.status())}};
    if (r.kind() == v1::ROLE_KIND_RANK) item["kind"] = "rank";
    if (r.implied()) item["implied"] = true;
    out.push_back(std::move(item));
  }
  return out;
}

json Relations(const v1::Article& article) {
  json out = json::array();
  for (const v1::Relation& r : article.relations()) {
    out.push_back({{"type", RelationTypeName(r.type())},
                   {"subject", NameOrNull(article, r.subject_index())},
                   {"object", NameOrNull(article, r.object_index())}});
  }
  return out;
}

json Participants(const google::protobuf::RepeatedPtrField<v1::EventParticipant>& list) {
  json out = json::array();
  for (const v1::EventParticipant& p : list) out.push_back(p.name());
  return out;
}

json Events(const v1::Article& article) {
  json out = json::array();
  for (const v1::Event& e : article.events()) {
    const std::string date = date::FormatIsoDate(e.date());
    json item = {{"type", CategoryName(e.category())},
                 {"mode", e.mode().empty() ? json(nullptr) : json(e.mode())},
                 {"actors", Participants(e.actors())},
                 {"recipients", Participants(e.recipients())},
                 {"date", date.empty() ? json(nullptr) : json(date)},
                 {"location", e.location().name().empty() ? json(nullptr)
                                                          : json(e.location().name())},
                 {"evidence", e.mentions_size() > 0 ? json(e.mentions(0).text()) : json(nullptr)},
                 {"cameo", e.cameo_code()},
                 {"quad_class", QuadClassName(e.quad_class())},
                 {"confidence", e.confidence()}};
    out.push_back(std::move(item));
  }
  return out;
}

json Dates(const v1::Article& article) {
  json out = json::array();
  for (const v1::DateMention& d : article.dates()) {
    out.push_back({{"text", d.text()}, {"value", date::FormatIsoDate(d.value())}});
  }
  return out;
}

json Quotes(const v1::Article& article) {
  json out = json::array();
  for (const v1::Quote& q : article.quotes()) {
    out.push_back({{"speaker", q.has_speaker_index() ? NameOrNull(article, q.speaker_index())
                                                     : json(nullptr)},
                   {"text", q.text()}});
  }
  return out;
}

// A mention inside a longer one ("Georgia" in "Parliament of Georgia"):
// span-level test sets annotate only the outer name.
bool IsNested(const v1::Article& article, const v1::EntityMention& m) {
  for (const v1::EntityMention& other : article.mentions()) {
    const bool contains = other.span().start() <= m.span().start() &&
                          m.span().end() <= other.span().end();
    const bool same = other.span().start() == m.span().start() &&
                      other.span().end() == m.span().end();
    if (contains && !same) return true;
  }
  return false;
}

json Mentions(const v1::Article& article) {
  json out = json::array();
  for (const v1::EntityMention& m : article.mentions()) {
    if (IsNested(article, m)) continue;
    // Demonyms are nationalities (NORP) and nominal mentions ("the Plan")
    // are not names: span-level test sets score neither as a place or body.
    // Facilities (airports, bridges, pipelines) are their own class in
    // span-level test sets, apart from places.
    const bool facility =
        m.entity_index() >= 0 && m.entity_index() < article.entities_size() &&
        article.entities(m.entity_index()).subtype() == v1::ENTITY_SUBTYPE_FACILITY;
    const std::string type = m.form() == v1::MENTION_FORM_DEMONYM   ? "NORP"
                              : m.form() == v1::MENTION_FORM_NOMINAL ? "NOMINAL"
                              : facility                              ? "FACILITY"
                                                                      : EntityTypeName(m.type());
    out.push_back({{"entity", NameOrNull(article, m.entity_index())},
                   {"type", type},
                   {"start", m.span().start()},
                   {"end", m.span().end()},
                   {"text", m.text()},
                   {"rule", m.rule()}});
  }
  return out;
}

}  // namespace

std::string EntityTypeName(v1::EntityType type) {
  switch (type) {
    case v1::ENTITY_TYPE_PERSON: return "PERSON";
    case v1::ENTITY_TYPE_ORGANIZATION: return "ORGANIZATION";
    case v1::ENTITY_TYPE_LOCATION: return "LOCATION";
    case v1::ENTITY_TYPE_MISC: return "MISC";
    default: return "";
  }
}

std::string EntitySubtypeName(v1::EntitySubtype subtype) {
  switch (subtype) {
    case v1::ENTITY_SUBTYPE_GOVERNMENT: return "GOVERNMENT";
    case v1::ENTITY_SUBTYPE_IGO: return "IGO";
    case v1::ENTITY_SUBTYPE_COMPANY: return "COMPANY";
    case v1::ENTITY_SUBTYPE_PARTY: return "PARTY";
    case v1::ENTITY_SUBTYPE_MEDIA: return "MEDIA";
    case v1::ENTITY_SUBTYPE_NGO: return "NGO";
    case v1::ENTITY_SUBTYPE_ORGANIZATION_OTHER: return "OTHER";
    case v1::ENTITY_SUBTYPE_COUNTRY: return "COUNTRY";
    case v1::ENTITY_SUBTYPE_CITY: return "CITY";
    case v1::ENTITY_SUBTYPE_REGION: return "REGION";
    case v1::ENTITY_SUBTYPE_FACILITY: return "FACILITY";
    case v1::ENTITY_SUBTYPE_LOCATION_OTHER: return "OTHER";
    default: return "";
  }
}

nlohmann::json PredictionJson(const std::string& doc, const v1::Article& article) {
  return {{"doc", doc},
          {"published", date::FormatIsoDate(article.published_date())},
          {"entities", Entities(article)},
          {"roles", Roles(article)},
          {"relations", Relations(article)},
          {"events", Events(article)},
          {"dates", Dates(article)},
          {"quotes", Quotes(article)},
          {"mentions", Mentions(article)}};
}

}  // namespace newsgraph::tools
