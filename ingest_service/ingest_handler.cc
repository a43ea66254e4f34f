#include "ingest_service/ingest_handler.h"

#include "shared/server/status_convert.h"

namespace newsgraph::ingest {

grpc::Status IngestHandler::CreateArticle(grpc::ServerContext* context,
                                          const v1::CreateArticleRequest* request,
                                          v1::CreateArticleResponse* response) {
  if (absl::Status s = authorizer_->Check(*context, auth::Scope::kWrite); !s.ok()) {
    return server::ToGrpcStatus(s);
  }
  absl::StatusOr<v1::CreateArticleResponse> result = ingestor_->CreateArticle(*request);
  if (result.ok()) *response = *std::move(result);
  return server::ToGrpcStatus(result.status());
}

grpc::Status IngestHandler::BatchCreateArticles(
    grpc::ServerContext* context, grpc::ServerReader<v1::BatchCreateArticlesRequest>* reader,
    v1::BatchCreateArticlesResponse* response) {
  if (absl::Status s = authorizer_->Check(*context, auth::Scope::kWrite); !s.ok()) {
    return server::ToGrpcStatus(s);
  }
  v1::BatchCreateArticlesRequest message;
  int next_index = 0;
  while (reader->Read(&message)) {
    if (context->IsCancelled()) {
      return grpc::Status(grpc::StatusCode::CANCELLED, "the client cancelled the stream");
    }
    ingestor_->CreateBatch(message.requests(), next_index, response);
    next_index += message.requests_size();
  }
  return grpc::Status::OK;
}

}  // namespace newsgraph::ingest
