#include "query_service/query_handler.h"

#include "shared/server/status_convert.h"

namespace newsgraph::query {
namespace {

// Finishes the call with `result`'s value moved into `response`, or its
// error.
template <typename Response>
grpc::ServerUnaryReactor* Reply(grpc::CallbackServerContext* context,
                                absl::StatusOr<Response> result, Response* response) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  if (result.ok()) *response = *std::move(result);
  reactor->Finish(server::ToGrpcStatus(result.status()));
  return reactor;
}

}  // namespace

grpc::ServerUnaryReactor* QueryHandler::GetArticle(grpc::CallbackServerContext* context,
                                                   const v1::GetArticleRequest* request,
                                                   v1::GetArticleResponse* response) {
  return Reply(context, queries_->GetArticle(*request), response);
}

grpc::ServerUnaryReactor* QueryHandler::ListArticles(grpc::CallbackServerContext* context,
                                                     const v1::ListArticlesRequest* request,
                                                     v1::ListArticlesResponse* response) {
  return Reply(context, queries_->ListArticles(*request), response);
}

grpc::ServerUnaryReactor* QueryHandler::SearchArticles(grpc::CallbackServerContext* context,
                                                       const v1::SearchArticlesRequest* request,
                                                       v1::SearchArticlesResponse* response) {
  return Reply(context, queries_->SearchArticles(*request), response);
}

grpc::ServerUnaryReactor* QueryHandler::GetEntity(grpc::CallbackServerContext* context,
                                                  const v1::GetEntityRequest* request,
                                                  v1::GetEntityResponse* response) {
  return Reply(context, entity_queries_->GetEntity(*request), response);
}

grpc::ServerUnaryReactor* QueryHandler::SearchEntities(grpc::CallbackServerContext* context,
                                                       const v1::SearchEntitiesRequest* request,
                                                       v1::SearchEntitiesResponse* response) {
  return Reply(context, entity_queries_->SearchEntities(*request), response);
}

}  // namespace newsgraph::query
