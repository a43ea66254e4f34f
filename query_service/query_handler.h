// QueryHandler: the gRPC face of the QueryService. Each method validates
// nothing itself: it calls ArticleQueries and converts the status. Uses the
// callback API, so that calls are served on gRPC's own threads without a
// thread hand-off.
//
// Thread-safe. Does not own `queries`, which must outlive it.
#ifndef NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_
#define NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_

#include "newsgraph/v1/query_service.grpc.pb.h"
#include "query_service/article_queries.h"

namespace newsgraph::query {

class QueryHandler final : public v1::QueryService::CallbackService {
 public:
  explicit QueryHandler(const ArticleQueries* queries) : queries_(queries) {}

  grpc::ServerUnaryReactor* GetArticle(grpc::CallbackServerContext* context,
                                       const v1::GetArticleRequest* request,
                                       v1::GetArticleResponse* response) override;
  grpc::ServerUnaryReactor* ListArticles(grpc::CallbackServerContext* context,
                                         const v1::ListArticlesRequest* request,
                                         v1::ListArticlesResponse* response) override;
  grpc::ServerUnaryReactor* SearchArticles(grpc::CallbackServerContext* context,
                                           const v1::SearchArticlesRequest* request,
                                           v1::SearchArticlesResponse* response) override;

 private:
  const ArticleQueries* const queries_;
};

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_
