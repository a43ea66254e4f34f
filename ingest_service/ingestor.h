// Ingestor: the ingest pipeline in plain C++ (no gRPC): checks a
// CreateArticleRequest, reads the article (article::ReadArticle), extracts
// what it names (extract::Extractor: entities, roles, relations, dates,
// quotes) and stores it idempotently; the store resolves its entities
// across articles. The gRPC handler only converts statuses.
//
// Each article's size, extraction and outcome is reported to the options'
// IngestObserver, when one is given.
//
// Deadlines: the work honours the current thread's deadline
// (shared/deadline/deadline_scope.h, set by the handler from the call's):
// the store stops a statement that runs past it, and a batch stops between
// its articles. Either way the call fails with DEADLINE_EXCEEDED and the
// write transaction rolls back, so nothing of the article or message is
// stored.
//
// Thread-safe. Does not own the store, the extractor or the observer, which
// must outlive it.
//
// Example:
//   Ingestor ingestor(store.get(), extractor.get(), IngestOptions());
//   absl::StatusOr<v1::CreateArticleResponse> r = ingestor.CreateArticle(request);
#ifndef NEWSGRAPH_INGEST_SERVICE_INGESTOR_H_
#define NEWSGRAPH_INGEST_SERVICE_INGESTOR_H_

#include "absl/status/statusor.h"
#include "google/protobuf/repeated_field.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/extractor.h"
#include "ingest_service/ingest_observer.h"
#include "newsgraph/v1/ingest_service.pb.h"
#include "shared/store/article_store.h"

namespace newsgraph::ingest {

struct IngestOptions {
  article::ReaderLimits limits;
  IngestObserver* observer = nullptr;  // not owned; null: no reports
};

class Ingestor {
 public:
  Ingestor(store::ArticleStore* store, const extract::Extractor* extractor, IngestOptions options)
      : store_(store), extractor_(extractor), options_(std::move(options)) {}

  // Reads and (unless validate_only) stores one article. INVALID_ARGUMENT
  // for a request or text that cannot be read; the store's error (e.g.
  // UNAVAILABLE, RESOURCE_EXHAUSTED) when storing fails.
  absl::StatusOr<v1::CreateArticleResponse> CreateArticle(
      const v1::CreateArticleRequest& request) const;

  // Reads the articles of one bulk stream message and stores the readable
  // ones in one durable transaction. Appends one result per request to
  // `response` (indexes from `first_index`) and updates its counts. A bad
  // article fails alone; a store failure fails the message's articles.
  // DEADLINE_EXCEEDED, with nothing of the message stored, when the
  // deadline passes before its articles are read.
  [[nodiscard]] absl::Status CreateBatch(const google::protobuf::RepeatedPtrField<v1::CreateArticleRequest>& requests,
                   int first_index, v1::BatchCreateArticlesResponse* response) const;

 private:
  // Checks the request, reads its article and extracts from it.
  absl::StatusOr<v1::Article> Read(const v1::CreateArticleRequest& request) const;

  // Stores `article` (or, with validate_only, looks whether it is stored).
  absl::StatusOr<v1::CreateArticleResponse> Store(const v1::CreateArticleRequest& request,
                                                  v1::Article article) const;

  void Report(IngestOutcome outcome) const {
    if (options_.observer != nullptr) options_.observer->Finished(outcome);
  }

  store::ArticleStore* const store_;
  const extract::Extractor* const extractor_;
  const IngestOptions options_;
};

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_SERVICE_INGESTOR_H_
