// QueryHandler: the gRPC face of the QueryService. Each method validates
// nothing itself: it calls ArticleQueries or EntityQueries and converts the
// status. Uses the callback API, so that calls are served on gRPC's own
// threads without a thread hand-off.
//
// Thread-safe. Does not own the queries objects, which must outlive it.
#ifndef NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_
#define NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_

#include "newsgraph/v1/query_service.grpc.pb.h"
#include "query_service/article_queries.h"
#include "query_service/entity_queries.h"

namespace newsgraph::query {

class QueryHandler final : public v1::QueryService::CallbackService {
 public:
  QueryHandler(const ArticleQueries* queries, const EntityQueries* entity_queries)
      : queries_(queries), entity_queries_(entity_queries) {}

  grpc::ServerUnaryReactor* GetArticle(grpc::CallbackServerContext* context,
                                       const v1::GetArticleRequest* request,
                                       v1::GetArticleResponse* response) override;
  grpc::ServerUnaryReactor* ListArticles(grpc::CallbackServerContext* context,
                                         const v1::ListArticlesRequest* request,
                                         v1::ListArticlesResponse* response) override;
  grpc::ServerUnaryReactor* SearchArticles(grpc::CallbackServerContext* context,
                                           const v1::SearchArticlesRequest* request,
                                           v1::SearchArticlesResponse* response) override;
  grpc::ServerUnaryReactor* GetEntity(grpc::CallbackServerContext* context,
                                      const v1::GetEntityRequest* request,
                                      v1::GetEntityResponse* response) override;
  grpc::ServerUnaryReactor* SearchEntities(grpc::CallbackServerContext* context,
                                           const v1::SearchEntitiesRequest* request,
                                           v1::SearchEntitiesResponse* response) override;

 private:
  const ArticleQueries* const queries_;
  const EntityQueries* const entity_queries_;
};

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_
