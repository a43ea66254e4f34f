// QueryHandler: the gRPC face of the QueryService. Each method first passes
// the CallGate (credentials with the `read` scope, a deadline not yet
// passed, a free admission ticket; the call's deadline then bounds the
// store's work) and validates nothing else itself: it calls ArticleQueries, EntityQueries, EventQueries
// or GraphQueries and converts the status; WatchEvents hands the call to a
// WatchReactor. Uses the callback API, so that calls are served on gRPC's own
// threads without a thread hand-off.
//
// ListEvents answers with the encoding EventQueries assembles from the
// stored events' bytes.
//
// Thread-safe. Does not own the queries objects, `watches` or `gate`,
// which must outlive it.
#ifndef NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_
#define NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_

#include "newsgraph/v1/query_service.grpc.pb.h"
#include "query_service/article_queries.h"
#include "query_service/entity_queries.h"
#include "query_service/event_queries.h"
#include "query_service/graph_queries.h"
#include "query_service/watch_reactor.h"
#include "shared/server/call_gate.h"

namespace newsgraph::query {

// ListEvents is served raw: the response is the encoding EventQueries
// assembles from the stored events' bytes.
using QueryServiceBase =
    v1::QueryService::WithRawCallbackMethod_ListEvents<v1::QueryService::CallbackService>;

class QueryHandler final : public QueryServiceBase {
 public:
  QueryHandler(const ArticleQueries* queries, const EntityQueries* entity_queries,
               const EventQueries* event_queries, const GraphQueries* graph_queries,
               WatchRegistry* watches, const server::CallGate* gate);

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
  grpc::ServerUnaryReactor* GetEvent(grpc::CallbackServerContext* context,
                                     const v1::GetEventRequest* request,
                                     v1::GetEventResponse* response) override;
  grpc::ServerUnaryReactor* ListEvents(grpc::CallbackServerContext* context,
                                       const grpc::ByteBuffer* request,
                                       grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* GetRelationship(grpc::CallbackServerContext* context,
                                            const v1::GetRelationshipRequest* request,
                                            v1::GetRelationshipResponse* response) override;
  grpc::ServerUnaryReactor* ListRelatedEntities(grpc::CallbackServerContext* context,
                                                const v1::ListRelatedEntitiesRequest* request,
                                                v1::ListRelatedEntitiesResponse* response) override;
  grpc::ServerUnaryReactor* FindPaths(grpc::CallbackServerContext* context,
                                      const v1::FindPathsRequest* request,
                                      v1::FindPathsResponse* response) override;
  grpc::ServerUnaryReactor* GetTimeline(grpc::CallbackServerContext* context,
                                        const v1::GetTimelineRequest* request,
                                        v1::GetTimelineResponse* response) override;
  grpc::ServerWriteReactor<v1::WatchEventsResponse>* WatchEvents(
      grpc::CallbackServerContext* context, const v1::WatchEventsRequest* request) override;

 private:
  const ArticleQueries* const queries_;
  const EntityQueries* const entity_queries_;
  const EventQueries* const event_queries_;
  const GraphQueries* const graph_queries_;
  WatchRegistry* const watches_;
  const server::CallGate* const gate_;
};

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_
