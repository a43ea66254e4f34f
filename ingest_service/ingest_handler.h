// IngestHandler: the gRPC face of the IngestService. Calls the Ingestor
// and converts statuses; nothing else.
//
// Uses the synchronous API: reading and storing an article is CPU and disk
// work that should not run on gRPC's event threads.
//
// Thread-safe. Does not own `ingestor`, which must outlive it.
#ifndef NEWSGRAPH_INGEST_SERVICE_INGEST_HANDLER_H_
#define NEWSGRAPH_INGEST_SERVICE_INGEST_HANDLER_H_

#include "ingest_service/ingestor.h"
#include "newsgraph/v1/ingest_service.grpc.pb.h"

namespace newsgraph::ingest {

class IngestHandler final : public v1::IngestService::Service {
 public:
  explicit IngestHandler(const Ingestor* ingestor) : ingestor_(ingestor) {}

  grpc::Status CreateArticle(grpc::ServerContext* context, const v1::CreateArticleRequest* request,
                             v1::CreateArticleResponse* response) override;

  grpc::Status BatchCreateArticles(grpc::ServerContext* context,
                                   grpc::ServerReader<v1::BatchCreateArticlesRequest>* reader,
                                   v1::BatchCreateArticlesResponse* response) override;

 private:
  const Ingestor* const ingestor_;
};

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_SERVICE_INGEST_HANDLER_H_
