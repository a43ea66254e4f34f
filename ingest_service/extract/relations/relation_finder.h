// RelationFinder: standing relations between entities that an article
// states or directly implies, other than roles and events:
//
//   part_of      a government body and its country ("Parliament of
//                Georgia", "Azerbaijan Defense Ministry")
//   located_in   "Tbilisi, Georgia"; a company and its country ("Iranian
//                airline Mahan Air")
//   member_of    "Azerbaijan and Georgia are ... members of GUAM", "X, a
//                member of Y"
//   relative_of  "his wife X", "X's son Y"
//
// Not world knowledge: only what the text says, in sentences of at most
// 4 KB (extract/statement_sentence.h). Reads the recognizer's
// output; plain C++, thread-safe (no state).
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_RELATIONS_RELATION_FINDER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_RELATIONS_RELATION_FINDER_H_

#include <vector>

#include "ingest_service/extract/ner/article_names.h"
#include "newsgraph/v1/extraction.pb.h"

namespace newsgraph::extract {

struct RelationRecord {
  v1::RelationType type = v1::RELATION_TYPE_UNSPECIFIED;
  int subject = -1;  // indexes into ArticleNames::entities
  int object = -1;
  int sentence = 0;
  uint32_t begin = 0;  // byte offsets of the statement
  uint32_t end = 0;
  double confidence = 0.5;
  const char* rule = "";
};

// Every relation, one per (type, subject, object).
std::vector<RelationRecord> FindRelations(const ArticleNames& names);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_RELATIONS_RELATION_FINDER_H_
