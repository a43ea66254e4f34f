// Entity resolution of one new article inside the store's write
// transaction: resolves every ArticleEntity (shared/resolution), writes
// the entity, alias, term and role rows, and sets the resource names in
// the record; the article-entity links follow once the article row exists.
//
//   EntityCache cache(&conn);  // one per write transaction
//   NG_ASSIGN_OR_RETURN(ArticleEntityLinks links, ResolveArticleEntities(conn, cache, &article));
//   NG_ASSIGN_OR_RETURN(int64_t doc_id, InsertArticleRows(conn, MakeArticleRow(article)));
//   NG_RETURN_IF_ERROR(InsertArticleEntityLinks(conn, doc_id, links));
//   ...  // more articles
//   NG_RETURN_IF_ERROR(cache.Flush());  // before COMMIT
//
// Cost per entity: one lookup by name key when the entity is known under
// its key (none when the batch already named it; two or three more for
// surnames, aliases or a new entity), one rewrite of its row per batch
// (surface form counts included; EntityCache), search terms for new
// surface forms only, one appended link row; per role, one read and one
// upsert.
//
// Thread-safety: uses the caller's connection, from the caller's thread,
// inside the caller's write transaction.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_ENTITY_WRITER_H_
#define NEWSGRAPH_SHARED_STORE_SQL_ENTITY_WRITER_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsgraph/v1/article.pb.h"
#include "shared/store/sql/connection.h"
#include "shared/store/sql/entity_cache.h"

namespace newsgraph::store::sql {

// The entities a new article names, each once, with its mention count.
struct ArticleEntityLinks {
  std::vector<std::pair<std::string, int64_t>> mentions_by_entity_id;
};

// Resolves and records the entities of `article`, a new article with its
// create_time set, and sets ArticleEntity.entity (and the entity of event
// participants whose entity_index is valid) to the canonical names.
// Entries that cannot be keyed keep `entity` empty. Entity rows are
// written through `cache` (the transaction's), roles at once. REQUIRES:
// inside a write transaction; the article is not stored yet.
absl::StatusOr<ArticleEntityLinks> ResolveArticleEntities(Connection& conn, EntityCache& cache,
                                                          v1::Article* article);

// Writes the links of the article stored as `doc_id`.
absl::Status InsertArticleEntityLinks(Connection& conn, int64_t doc_id,
                                      const ArticleEntityLinks& links);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_ENTITY_WRITER_H_
