#include "ingest_service/extract/events/participant_info.h"

#include <cctype>
#include <string_view>


namespace newsgraph::extract::events {
namespace {

// True when lower-cased `text` contains one of `words` (lower case).
bool HasAny(std::string_view text, std::initializer_list<std::string_view> words) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view w : words) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

std::string SectorOfTitle(std::string_view title) {
  if (HasAny(title, {"judge", "justice", "prosecutor", "solicitor", "attorney"})) return "JUD";
  if (HasAny(title, {"secretary-general", "secretary general"})) return "GOV";
  if (HasAny(title, {"defense", "defence", "general", "colonel", "admiral", "commander",
                     "marshal", "major", "lieutenant", "army", "military", "brigadier"})) {
    return "MIL";
  }
  if (HasAny(title, {"parliament", "senator", "lawmaker", "speaker", "congress"})) {
    return "LEG";
  }
  if (HasAny(title, {"police"})) return "COP";
  if (HasAny(title, {"minister", "president", "premier", "secretary", "chancellor", "ambassador",
                     "governor", "mayor", "king", "queen", "chief executive", "envoy",
                     "spokes", "advisor", "adviser", "commissioner", "diplomat"})) {
    return "GOV";
  }
  return "";
}

std::string SectorOfOrganization(const v1::ArticleEntity& entity) {
  const std::string_view name = entity.name();
  switch (entity.subtype()) {
    case v1::ENTITY_SUBTYPE_GOVERNMENT:
      if (HasAny(name, {"defense", "defence", "army", "armed forces", "military", "navy",
                        "air force", "guard"})) {
        return "MIL";
      }
      if (HasAny(name, {"parliament", "senate", "congress", "assembly", "house of"})) return "LEG";
      if (HasAny(name, {"court"})) return "JUD";
      if (HasAny(name, {"police"})) return "COP";
      return "GOV";
    case v1::ENTITY_SUBTYPE_IGO: return "IGO";
    case v1::ENTITY_SUBTYPE_COMPANY: return "BUS";
    case v1::ENTITY_SUBTYPE_PARTY: return "PTY";
    case v1::ENTITY_SUBTYPE_MEDIA: return "MED";
    case v1::ENTITY_SUBTYPE_NGO: return "NGO";
    default: return "";
  }
}

}  // namespace

std::string SectorOf(const ArticleContext& context, int e) {
  if (!context.ValidEntity(e)) return "";
  const v1::Article& article = context.article();
  const v1::ArticleEntity& entity = article.entities(e);
  if (entity.type() == v1::ENTITY_TYPE_ORGANIZATION) {
    const std::string own = SectorOfOrganization(entity);
    // The recognizer's GOV is coarse: a defence ministry is MIL.
    if (!entity.sector().empty() && !(entity.sector() == "GOV" && !own.empty())) {
      return entity.sector();
    }
    return own;
  }
  if (!entity.sector().empty()) return entity.sector();
  if (entity.type() != v1::ENTITY_TYPE_PERSON) return "";
  std::string fallback;
  for (int r : context.RolesOf(e)) {
    const v1::Role& role = article.roles(r);
    if (role.status() == v1::ROLE_STATUS_FORMER) continue;
    std::string sector = SectorOfTitle(role.title());
    if (role.has_affiliation_index() && context.ValidEntity(role.affiliation_index())) {
      const v1::ArticleEntity& body = article.entities(role.affiliation_index());
      if (body.type() == v1::ENTITY_TYPE_ORGANIZATION && sector != "MIL") {
        const std::string of_body = SectorOfOrganization(body);
        if (!of_body.empty()) sector = of_body;
      }
    }
    if (sector == "MIL") return sector;  // "Defense Minister" and "Colonel General"
    if (fallback.empty()) fallback = sector;
  }
  return fallback;
}

std::string CountryOf(const ArticleContext& context, int e) {
  if (!context.ValidEntity(e)) return "";
  const v1::Article& article = context.article();
  const v1::ArticleEntity& entity = article.entities(e);
  if (!entity.country_code().empty()) return entity.country_code();
  for (int r : context.RolesOf(e)) {
    const v1::Role& role = article.roles(r);
    if (!role.has_affiliation_index() || !context.ValidEntity(role.affiliation_index())) continue;
    const std::string& country = article.entities(role.affiliation_index()).country_code();
    if (!country.empty()) return country;
  }
  return "";
}

void DescribeParticipant(const ArticleContext& context, int e, v1::EventParticipant* out) {
  if (!context.ValidEntity(e)) return;
  out->set_entity_index(e);
  out->set_name(context.article().entities(e).name());
  out->set_country_code(CountryOf(context, e));
  out->set_sector(SectorOf(context, e));
}

}  // namespace newsgraph::extract::events
