#include "ingest_service/ingest_handler.h"

#include "absl/strings/str_cat.h"
#include "shared/deadline/deadline_scope.h"
#include "shared/server/status_convert.h"

namespace newsgraph::ingest {

grpc::Status IngestHandler::CreateArticle(grpc::ServerContext* context,
                                          const v1::CreateArticleRequest* request,
                                          v1::CreateArticleResponse* response) {
  absl::StatusOr<server::CallGate::Pass> pass = gate_->Enter(*context);
  if (!pass.ok()) return server::ToGrpcStatus(pass.status());
  absl::StatusOr<v1::CreateArticleResponse> result = ingestor_->CreateArticle(*request);
  if (result.ok()) *response = *std::move(result);
  return server::ToGrpcStatus(result.status());
}

grpc::Status IngestHandler::BatchCreateArticles(
    grpc::ServerContext* context, grpc::ServerReader<v1::BatchCreateArticlesRequest>* reader,
    v1::BatchCreateArticlesResponse* response) {
  absl::StatusOr<server::CallGate::Pass> pass = gate_->Enter(*context);
  if (!pass.ok()) return server::ToGrpcStatus(pass.status());
  v1::BatchCreateArticlesRequest message;
  int next_index = 0;
  while (reader->Read(&message)) {
    if (context->IsCancelled()) {
      return grpc::Status(grpc::StatusCode::CANCELLED, "the client cancelled the stream");
    }
    absl::Status status = ingestor_->CreateBatch(message.requests(), next_index, response);
    if (absl::IsDeadlineExceeded(status)) {
      // Each earlier message was stored in its own transaction.
      return server::ToGrpcStatus(absl::DeadlineExceededError(
          absl::StrCat(status.message(), "; the articles before index ", next_index,
                       " were handled; send the rest again")));
    }
    next_index += message.requests_size();
  }
  // Read() also ends when the call is cut (the client cancelled, or the
  // server's shutdown grace ran out): not a success, though what was read
  // is stored.
  if (context->IsCancelled()) {
    return grpc::Status(grpc::StatusCode::CANCELLED,
                        absl::StrCat("the stream was cut after ", next_index, " articles"));
  }
  return grpc::Status::OK;
}

}  // namespace newsgraph::ingest
