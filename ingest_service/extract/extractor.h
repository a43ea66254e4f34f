// Extractor: reads an article the way a careful analyst does and records
// who and what it names, with provenance: entity mentions and entities
// (people, organizations, places, named things), the roles people hold,
// standing relations between entities, resolved date expressions, direct
// quotations with their speakers, and the events the article reports
// (PLOVER/CAMEO; events/event_coder.h). Roles, relations and events are
// read only in sentences of at most 4 KB (statement_sentence.h says why),
// which keeps the cost of an article linear in its length.
//
// Plain C++ (no gRPC). Create() loads the gazetteers once; Extract() is
// const and thread-safe, so one Extractor serves every ingest thread.
//
// Example:
//   NG_ASSIGN_OR_RETURN(auto extractor, Extractor::Create(ExtractorOptions()));
//   NG_ASSIGN_OR_RETURN(v1::Article article, article::ReadArticle(input, limits));
//   NG_RETURN_IF_ERROR(extractor->Extract(&article));
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EXTRACTOR_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsgraph/v1/article.pb.h"

namespace newsgraph::extract {

class Gazetteer;

struct ExtractorOptions {
  // The compiled gazetteer index; empty: DefaultGazetteerPath().
  std::string gazetteer_path;
};

class Extractor {
 public:
  // The version written to Article.extractor_version.
  static constexpr char kVersion[] = "newsgraph-extract/1";

  // Loads the gazetteers. NOT_FOUND or DATA_LOSS when the index is missing
  // or damaged.
  static absl::StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorOptions& options);

  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Fills the extraction sections of `article`, which ReadArticle made
  // (content, sentences, published_date); replaces what they held.
  absl::Status Extract(v1::Article* article) const;

 private:
  explicit Extractor(std::unique_ptr<Gazetteer> gazetteer);

  std::unique_ptr<Gazetteer> gazetteer_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EXTRACTOR_H_
