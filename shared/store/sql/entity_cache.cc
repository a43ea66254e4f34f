#include "shared/store/sql/entity_cache.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "shared/base/status_macros.h"
#include "shared/store/sql/entity_rows.h"
#include "shared/store/sql/role_rows.h"

namespace newsgraph::store::sql {

using resolution::EntityRecord;

EntityRecord EntityCache::Current(EntityRecord stored) {
  auto it = entities_.find(stored.entity_id);
  return it == entities_.end() ? std::move(stored) : it->second.record;
}

absl::StatusOr<std::vector<EntityRecord>> EntityCache::Current(
    absl::StatusOr<std::vector<EntityRecord>> stored) {
  if (!stored.ok()) return stored;
  for (EntityRecord& record : *stored) record = Current(std::move(record));
  return stored;
}

absl::StatusOr<std::vector<EntityRecord>> EntityCache::FindByNameKey(std::string_view name_key) {
  const std::string key(name_key);
  if (auto family = families_.find(key); family != families_.end()) {
    std::vector<EntityRecord> members;
    for (const std::string& id : family->second) {
      auto it = entities_.find(id);
      if (it == entities_.end()) break;  // a member the cache does not hold
      members.push_back(it->second.record);
    }
    if (members.size() == family->second.size()) return members;
  }
  NG_ASSIGN_OR_RETURN(std::vector<EntityRecord> members,
                      Current(FindEntitiesByNameKey(*conn_, name_key)));
  std::vector<std::string>& ids = families_[key];
  ids.clear();
  for (const EntityRecord& member : members) ids.push_back(member.entity_id);
  return members;
}

absl::StatusOr<std::vector<EntityRecord>> EntityCache::FindByAlias(v1::EntityType type,
                                                                   std::string_view normalized,
                                                                   int limit) {
  return Current(FindEntitiesByTerm(*conn_, normalized, /*whole_only=*/true, type, limit));
}

absl::StatusOr<std::vector<EntityRecord>> EntityCache::FindPeopleByLastWord(std::string_view word,
                                                                            int limit) {
  return Current(
      FindEntitiesByTerm(*conn_, word, /*whole_only=*/false, v1::ENTITY_TYPE_PERSON, limit));
}

absl::StatusOr<std::vector<std::string>> EntityCache::RoleKeysOf(std::string_view entity_id) {
  return FindRoleKeys(*conn_, entity_id);
}

absl::Status EntityCache::Record(const EntityRecord& record, bool is_new,
                                 const EntityIncrement& increment,
                                 absl::Span<const std::string> new_forms) {
  if (is_new) {
    NG_RETURN_IF_ERROR(
        InsertEntity(*conn_, record, increment.mentions, increment.articles, increment.time_us));
    Cached& cached = entities_[record.entity_id];
    cached.record = record;
    cached.record.article_count = increment.articles;
    cached.stored_articles = increment.articles;
    if (auto family = families_.find(record.name_key); family != families_.end()) {
      family->second.push_back(record.entity_id);
    }
  } else {
    auto [it, inserted] = entities_.try_emplace(record.entity_id);
    Cached& cached = it->second;
    if (inserted) cached.stored_articles = record.article_count;
    cached.record = record;
    cached.record.article_count =
        cached.stored_articles + cached.pending_articles + increment.articles;
    cached.pending_mentions += increment.mentions;
    cached.pending_articles += increment.articles;
    cached.time_us = std::max(cached.time_us, increment.time_us);
    cached.dirty = true;
  }
  return InsertTerms(*conn_, record.entity_id, new_forms);
}

absl::Status EntityCache::Flush() {
  for (auto& [id, cached] : entities_) {
    if (!cached.dirty) continue;
    const int64_t stored = cached.stored_articles;
    const bool move_popularity = resolution::PopularityOf(stored + cached.pending_articles) !=
                                 resolution::PopularityOf(stored);
    NG_RETURN_IF_ERROR(UpdateEntity(*conn_, cached.record, cached.pending_mentions,
                                    cached.pending_articles, cached.time_us, move_popularity));
    cached.stored_articles += cached.pending_articles;
    cached.pending_mentions = 0;
    cached.pending_articles = 0;
    cached.dirty = false;
  }
  return absl::OkStatus();
}

}  // namespace newsgraph::store::sql
