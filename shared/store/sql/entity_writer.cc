#include "shared/store/sql/entity_writer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "shared/base/status_macros.h"
#include "shared/resolution/canonical_key.h"
#include "shared/resolution/entity_context.h"
#include "shared/resolution/entity_record.h"
#include "shared/resolution/resolver.h"
#include "shared/store/sql/article_codec.h"
#include "shared/store/sql/entity_rows.h"
#include "shared/store/sql/role_rows.h"

namespace newsgraph::store::sql {
namespace {

using resolution::EntityContext;
using resolution::EntityRecord;
using resolution::Resolution;
using resolution::RoleRecord;

bool InRange(int index, size_t size) { return index >= 0 && static_cast<size_t>(index) < size; }

// The entity id of entity `index` of the article, or "" (unresolved or out
// of range).
const std::string& IdAt(const std::vector<std::string>& ids, int index) {
  static const std::string* const kNone = new std::string();
  return InRange(index, ids.size()) ? ids[static_cast<size_t>(index)] : *kNone;
}

// The stored or fresh record of one role, merged with every report of it
// in the article.
absl::StatusOr<RoleRecord*> RoleFor(Connection& conn, const std::string& person_id,
                                    std::string role_key, const std::string& affiliation_id,
                                    std::vector<RoleRecord>& roles) {
  for (RoleRecord& role : roles) {
    if (role.entity_id == person_id && role.role_key == role_key &&
        role.affiliation_id == affiliation_id) {
      return &role;
    }
  }
  NG_ASSIGN_OR_RETURN(std::optional<RoleRecord> stored,
                      FindRole(conn, person_id, role_key, affiliation_id));
  if (!stored.has_value()) {
    stored.emplace();
    stored->entity_id = person_id;
    stored->role_key = std::move(role_key);
    stored->affiliation_id = affiliation_id;
  }
  roles.push_back(*std::move(stored));
  return &roles.back();
}

// Adds the article's roles to the people's stored roles; a role the
// article reports twice counts once.
absl::Status RecordRoles(Connection& conn, const v1::Article& article,
                         const std::vector<std::string>& ids) {
  std::vector<RoleRecord> roles;
  roles.reserve(static_cast<size_t>(article.roles_size()));
  for (const v1::Role& role : article.roles()) {
    const std::string& person_id = IdAt(ids, role.person_index());
    std::string role_key = resolution::RoleKey(role.title());
    if (person_id.empty() || role_key.empty()) continue;
    std::string affiliation_id;
    if (role.has_affiliation_index()) affiliation_id = IdAt(ids, role.affiliation_index());
    if (affiliation_id == person_id) affiliation_id.clear();
    NG_ASSIGN_OR_RETURN(RoleRecord * record,
                        RoleFor(conn, person_id, std::move(role_key), affiliation_id, roles));
    resolution::MergeRoleReport(role, article.published_date(), record);
  }
  for (const RoleRecord& role : roles) NG_RETURN_IF_ERROR(UpsertRole(conn, role, 1));
  return absl::OkStatus();
}

void SetParticipantEntity(const std::vector<std::string>& ids, v1::EventParticipant* participant) {
  if (!participant->has_entity_index()) return;
  const std::string& id = IdAt(ids, participant->entity_index());
  if (!id.empty()) participant->set_entity(resolution::EntityResourceName(id));
}

void SetEventEntities(const std::vector<std::string>& ids, v1::Article* article) {
  for (v1::Event& event : *article->mutable_events()) {
    for (v1::EventParticipant& actor : *event.mutable_actors()) SetParticipantEntity(ids, &actor);
    for (v1::EventParticipant& recipient : *event.mutable_recipients()) {
      SetParticipantEntity(ids, &recipient);
    }
    if (event.has_location()) SetParticipantEntity(ids, event.mutable_location());
  }
}

// Links are kept in first-seen order, with an index by entity id.
class LinkCollector {
 public:
  // Adds `mentions` to the entity's link; true when it is the first.
  bool Add(const std::string& entity_id, int64_t mentions) {
    auto [it, inserted] = index_.try_emplace(entity_id, links_.mentions_by_entity_id.size());
    if (inserted) {
      links_.mentions_by_entity_id.emplace_back(entity_id, mentions);
    } else {
      links_.mentions_by_entity_id[it->second].second += mentions;
    }
    return inserted;
  }
  ArticleEntityLinks Take() { return std::move(links_); }

 private:
  ArticleEntityLinks links_;
  absl::flat_hash_map<std::string, size_t> index_;
};

}  // namespace

absl::StatusOr<ArticleEntityLinks> ResolveArticleEntities(Connection& conn, EntityCache& cache,
                                                          v1::Article* article) {
  if (article->entities_size() == 0) return ArticleEntityLinks();
  const std::vector<EntityContext> contexts = resolution::ContextsOf(*article);
  const int64_t time_us = TimestampToMicros(article->create_time());
  std::vector<std::string> ids(static_cast<size_t>(article->entities_size()));
  LinkCollector links;
  for (int i = 0; i < article->entities_size(); ++i) {
    v1::ArticleEntity* entity = article->mutable_entities(i);
    const EntityContext& context = contexts[static_cast<size_t>(i)];
    NG_ASSIGN_OR_RETURN(std::optional<Resolution> resolution,
                        resolution::ResolveEntity(*entity, context, cache));
    if (!resolution.has_value()) {
      entity->clear_entity();
      continue;
    }
    EntityRecord& record = resolution->record;
    resolution::MergeArticleEntity(*entity, context, &record);
    resolution::MergeSeenDate(article->published_date(), &record.seen);
    const std::vector<std::string> new_forms = resolution::AddSurfaceForms(context.forms, &record);
    const bool first = links.Add(record.entity_id, context.mention_count);
    NG_RETURN_IF_ERROR(cache.Record(record, resolution->is_new(),
                                    EntityIncrement{context.mention_count, first ? 1 : 0, time_us},
                                    new_forms));
    entity->set_entity(resolution::EntityResourceName(record.entity_id));
    ids[static_cast<size_t>(i)] = std::move(record.entity_id);
  }
  NG_RETURN_IF_ERROR(RecordRoles(conn, *article, ids));
  SetEventEntities(ids, article);
  return links.Take();
}

absl::Status InsertArticleEntityLinks(Connection& conn, int64_t doc_id,
                                      const ArticleEntityLinks& links) {
  return InsertArticleEntities(conn, doc_id, links.mentions_by_entity_id);
}

}  // namespace newsgraph::store::sql
