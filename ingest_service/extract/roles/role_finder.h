// RoleFinder: the titles, offices and ranks an article gives people, with
// the body each office belongs to and its status:
//
//   "Defense Minister of Azerbaijan, Colonel General Zakir Hasanov"
//       → Defense Minister of Azerbaijan; Colonel General (rank)
//   "ex-Georgian Defence Minister Levan Izoria" → Defence Minister of Georgia, former
//   "Chairman of the Parliament of Georgia Archil Talakvadze" → Chairman of Parliament of Georgia
//   "German Chancellor Angela Merkel's spokesperson, Steffen Seibert"
//       → Chancellor of Germany; spokesperson of Angela Merkel
//   "Hasanov, the defense minister," / "energy minister Alexander Novak"
//   "his counterpart Irakli Garibashvili" → the same office, of the other
//       country (implied)
//
// Only in sentences of at most 4 KB (extract/statement_sentence.h).
// Reads the recognizer's output; plain C++, thread-safe (no state).
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_ROLES_ROLE_FINDER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_ROLES_ROLE_FINDER_H_

#include <string>
#include <vector>

#include "ingest_service/extract/ner/article_names.h"
#include "newsgraph/v1/extraction.pb.h"

namespace newsgraph::extract {

struct RoleRecord {
  int person = -1;       // index into ArticleNames::entities
  std::string title;     // as written ("Defense Minister", "spokesperson")
  v1::RoleKind kind = v1::ROLE_KIND_OFFICE;
  int affiliation = -1;  // index into ArticleNames::entities, or -1
  v1::RoleStatus status = v1::ROLE_STATUS_CURRENT;
  bool implied = false;
  int sentence = 0;
  uint32_t begin = 0;    // byte offsets of the statement in the content
  uint32_t end = 0;
  double confidence = 0.5;
  const char* rule = "";
};

// Every role the article states, one per (person, title, affiliation).
std::vector<RoleRecord> FindRoles(const ArticleNames& names);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_ROLES_ROLE_FINDER_H_
