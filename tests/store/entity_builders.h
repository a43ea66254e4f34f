// Terse builders of articles that carry entities, roles and mentions, and
// of entity filters, for the entity tests of the store.
#ifndef NEWSGRAPH_TESTS_STORE_ENTITY_BUILDERS_H_
#define NEWSGRAPH_TESTS_STORE_ENTITY_BUILDERS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsgraph/v1/article.pb.h"
#include "shared/store/entity_query.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::testing {

// An ArticleEntity: name, type, and the optional rest.
inline v1::ArticleEntity Named(std::string name, v1::EntityType type,
                               std::vector<std::string> aliases = {}, std::string country = "",
                               v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED) {
  v1::ArticleEntity entity;
  entity.set_name(std::move(name));
  entity.set_type(type);
  entity.set_subtype(subtype);
  entity.set_country_code(std::move(country));
  for (std::string& alias : aliases) entity.add_aliases(std::move(alias));
  return entity;
}

inline v1::ArticleEntity Person(std::string name, std::vector<std::string> aliases = {},
                                std::string country = "") {
  return Named(std::move(name), v1::ENTITY_TYPE_PERSON, std::move(aliases), std::move(country));
}

inline v1::ArticleEntity Organization(std::string name, std::vector<std::string> aliases = {},
                                      std::string country = "",
                                      v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED) {
  return Named(std::move(name), v1::ENTITY_TYPE_ORGANIZATION, std::move(aliases),
               std::move(country), subtype);
}

inline v1::ArticleEntity Country(std::string name, std::string code,
                                 std::vector<std::string> aliases = {}) {
  return Named(std::move(name), v1::ENTITY_TYPE_LOCATION, std::move(aliases), std::move(code),
               v1::ENTITY_SUBTYPE_COUNTRY);
}

// A MakeArticle with these entities and nothing else extracted, published
// on `date` ("" for undated).
inline v1::Article ArticleNaming(std::string_view id, std::string_view date,
                                 std::vector<v1::ArticleEntity> entities) {
  v1::Article article = MakeArticle(id);
  article.clear_mentions();
  article.clear_entities();
  article.clear_roles();
  article.clear_relations();
  article.clear_events();
  if (date.empty()) {
    article.clear_published_date();
  } else {
    *article.mutable_published_date() = Date(date);
  }
  for (v1::ArticleEntity& entity : entities) *article.add_entities() = std::move(entity);
  return article;
}

// Adds a role of entity `person` with `title` of entity `body` (-1: none).
inline v1::Role* AddRole(v1::Article& article, int person, std::string title, int body = -1,
                         v1::RoleStatus status = v1::ROLE_STATUS_CURRENT) {
  v1::Role* role = article.add_roles();
  role->set_person_index(person);
  role->set_title(std::move(title));
  role->set_kind(v1::ROLE_KIND_OFFICE);
  role->set_status(status);
  if (body >= 0) role->set_affiliation_index(body);
  return role;
}

// Adds `count` mentions of entity `index` with `text`.
inline void AddMentions(v1::Article& article, int index, std::string text, int count = 1) {
  for (int i = 0; i < count; ++i) {
    v1::EntityMention* mention = article.add_mentions();
    mention->set_entity_index(index);
    mention->set_text(text);
  }
}

inline EntityFilter EntityCond(EntityField field, EntityCompareOp op, std::string text) {
  EntityFilter filter;
  filter.kind = EntityFilter::Kind::kCondition;
  filter.condition.field = field;
  filter.condition.op = op;
  filter.condition.text = std::move(text);
  return filter;
}

inline EntityFilter EntityJunction(EntityFilter::Kind kind, std::vector<EntityFilter> children) {
  EntityFilter filter;
  filter.kind = kind;
  filter.children = std::move(children);
  return filter;
}

}  // namespace newsgraph::store::testing

#endif  // NEWSGRAPH_TESTS_STORE_ENTITY_BUILDERS_H_
