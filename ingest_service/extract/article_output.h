// Writes what the extractor found into the Article record: mentions with
// code point spans, entities, and (by the callers that find them) roles,
// relations, dates and quotes.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_ARTICLE_OUTPUT_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_ARTICLE_OUTPUT_H_

#include <vector>

#include "ingest_service/extract/ner/article_names.h"
#include "ingest_service/extract/relations/relation_finder.h"
#include "ingest_service/extract/roles/role_finder.h"
#include "newsgraph/v1/article.pb.h"
#include "shared/text/utf8.h"

namespace newsgraph::extract {

// Empties every extraction section of `article`.
void ClearExtraction(v1::Article* article);

// Writes `names` as Article.mentions and Article.entities; the entity
// indexes of the mentions follow names.entities.
void WriteNames(const ArticleNames& names, const text::CodePointIndex& index, v1::Article* article);

// Writes roles and relations (entity indexes as in WriteNames).
void WriteRoles(const std::vector<RoleRecord>& roles, const text::CodePointIndex& index,
                v1::Article* article);
void WriteRelations(const std::vector<RelationRecord>& relations,
                    const text::CodePointIndex& index, v1::Article* article);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_ARTICLE_OUTPUT_H_
