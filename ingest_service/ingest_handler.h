// IngestHandler: the gRPC face of the IngestService. Each method first
// passes the CallGate (credentials with the `write` scope, a deadline not
// yet passed, a free admission ticket, held for a whole bulk stream; the
// call's deadline then bounds the Ingestor's work), calls the Ingestor and
// converts statuses; nothing else.
//
// Uses the synchronous API: reading and storing an article is CPU and disk
// work that should not run on gRPC's event threads.
//
// Thread-safe. Does not own `ingestor` or `gate`, which must outlive it.
#ifndef NEWSGRAPH_INGEST_SERVICE_INGEST_HANDLER_H_
#define NEWSGRAPH_INGEST_SERVICE_INGEST_HANDLER_H_

#include "ingest_service/ingestor.h"
#include "newsgraph/v1/ingest_service.grpc.pb.h"
#include "shared/server/call_gate.h"

namespace newsgraph::ingest {

class IngestHandler final : public v1::IngestService::Service {
 public:
  IngestHandler(const Ingestor* ingestor, const server::CallGate* gate)
      : ingestor_(ingestor), gate_(gate) {}

  grpc::Status CreateArticle(grpc::ServerContext* context, const v1::CreateArticleRequest* request,
                             v1::CreateArticleResponse* response) override;

  grpc::Status BatchCreateArticles(grpc::ServerContext* context,
                                   grpc::ServerReader<v1::BatchCreateArticlesRequest>* reader,
                                   v1::BatchCreateArticlesResponse* response) override;

 private:
  const Ingestor* const ingestor_;
  const server::CallGate* const gate_;
};

}  // namespace newsgraph::ingest

#endif  // NEWSGRAPH_INGEST_SERVICE_INGEST_HANDLER_H_
