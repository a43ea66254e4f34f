// EntityContext: what one article says about each of its entities beyond
// the ArticleEntity's own fields, gathered in one pass over the article's
// mentions and roles: the country it is tied to, the role titles it is
// given, how often it is named, and the surface forms used for it.
//
// Resolution (resolver.h) uses the country and the role titles to tell
// apart different people or bodies of one name; the store adds the counts
// and forms to the canonical entity.
//
// Plain values; ContextsOf is pure and thread-safe, linear in the number
// of entities, mentions and roles of the article.
#ifndef NEWSGRAPH_SHARED_RESOLUTION_ENTITY_CONTEXT_H_
#define NEWSGRAPH_SHARED_RESOLUTION_ENTITY_CONTEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::resolution {

// A surface form used for an entity and how many times the article uses
// it (at least once for the name and each listed alias).
struct SurfaceForm {
  std::string text;
  int64_t count = 0;
};

struct EntityContext {
  // ISO alpha-3 code: the entity's own country_code, else (people) the
  // country of the body of the first role the article gives it that has
  // one (the country itself, or the body's country_code). "" when unknown.
  std::string country;
  // RoleKey() of every role title the article gives the entity, distinct.
  std::vector<std::string> role_keys;
  // The ArticleEntity's mention_count, else the number of mentions that
  // point at it, and at least 1.
  int64_t mention_count = 1;
  // The name, the aliases, then other texts of its mentions that name it
  // (forms NAME, ACRONYM, DEMONYM or unset; not a noun that refers back
  // to it, "the Ministry"), each once (exact text), at most
  // kMaxSurfaceForms.
  std::vector<SurfaceForm> forms;
};

inline constexpr size_t kMaxSurfaceForms = 32;
// Forms longer than this are not names; they are left out.
inline constexpr size_t kMaxSurfaceFormBytes = 200;

// One context per entry of article.entities(), in order.
std::vector<EntityContext> ContextsOf(const v1::Article& article);

// The identity of a role title: its normalized words without "of", "the",
// "for", "and", "a" and "an", distinct and sorted, so that "Defense
// Minister", "Minister of Defence" and "minister of defense" meet. "" for
// a title without words.
std::string RoleKey(std::string_view title);

}  // namespace newsgraph::resolution

#endif  // NEWSGRAPH_SHARED_RESOLUTION_ENTITY_CONTEXT_H_
