// QueryHandler: the gRPC face of the QueryService. Each unary method first
// passes the CallGate on gRPC's thread (credentials with the `read` scope,
// a deadline not yet passed, a free admission ticket), or is refused at
// once; the lookup itself then runs on the WorkerPool under the call's
// deadline (a call whose deadline passes, or that is cancelled, while it
// waits for a thread is not started), so gRPC's few callback threads never wait on the store and
// calls beyond capacity are always seen and refused (see worker_pool.h).
// Methods validate nothing themselves: they call ArticleQueries,
// EntityQueries, EventQueries or GraphQueries and convert the status;
// WatchEvents starts on gRPC's thread (one indexed lookup) and hands the
// call to a WatchReactor.
//
// The unary methods are served raw (encoded request in, encoded answer
// out): each handler decodes its request (INVALID_ARGUMENT when it cannot),
// and its answer, once encoded, is kept in the ResponseCache
// (response_cache.h) by method and request bytes and sent from there, with
// no copy. A repeated lookup is answered, on the worker, from the cache
// while the store's data is unchanged: no decoding, no store work, no
// encoding. A hit skips the lookup, never the gate. ListEvents' answer is
// the encoding EventQueries assembles from the stored events' bytes.
//
// Thread-safe. Does not own the queries objects, `watches`, `cache`, `gate`
// or `workers`, which must outlive it (the pool must also outlive the server's
// shutdown, which waits for the calls it runs).
#ifndef NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_
#define NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_

#include "newsgraph/v1/query_service.grpc.pb.h"
#include "query_service/article_queries.h"
#include "query_service/entity_queries.h"
#include "query_service/event_queries.h"
#include "query_service/graph_queries.h"
#include "query_service/response_cache.h"
#include "query_service/watch_reactor.h"
#include "shared/server/call_gate.h"
#include "shared/server/worker_pool.h"

namespace newsgraph::query {

// Every unary method is served raw (see above); WatchEvents is typed.
using QueryServiceBase = v1::QueryService::WithRawCallbackMethod_GetArticle<
    v1::QueryService::WithRawCallbackMethod_ListArticles<
        v1::QueryService::WithRawCallbackMethod_SearchArticles<
            v1::QueryService::WithRawCallbackMethod_GetEntity<
                v1::QueryService::WithRawCallbackMethod_SearchEntities<
                    v1::QueryService::WithRawCallbackMethod_GetEvent<
                        v1::QueryService::WithRawCallbackMethod_ListEvents<
                            v1::QueryService::WithRawCallbackMethod_GetRelationship<
                                v1::QueryService::WithRawCallbackMethod_ListRelatedEntities<
                                    v1::QueryService::WithRawCallbackMethod_FindPaths<
                                        v1::QueryService::WithRawCallbackMethod_GetTimeline<
                                            v1::QueryService::CallbackService>>>>>>>>>>>;

class QueryHandler final : public QueryServiceBase {
 public:
  QueryHandler(const ArticleQueries* queries, const EntityQueries* entity_queries,
               const EventQueries* event_queries, const GraphQueries* graph_queries,
               WatchRegistry* watches, LatestReportCache* latest_report, ResponseCache* cache,
               const server::CallGate* gate, server::WorkerPool* workers);

  grpc::ServerUnaryReactor* GetArticle(grpc::CallbackServerContext* context,
                                       const grpc::ByteBuffer* request,
                                       grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* ListArticles(grpc::CallbackServerContext* context,
                                         const grpc::ByteBuffer* request,
                                         grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* SearchArticles(grpc::CallbackServerContext* context,
                                           const grpc::ByteBuffer* request,
                                           grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* GetEntity(grpc::CallbackServerContext* context,
                                      const grpc::ByteBuffer* request,
                                      grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* SearchEntities(grpc::CallbackServerContext* context,
                                           const grpc::ByteBuffer* request,
                                           grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* GetEvent(grpc::CallbackServerContext* context,
                                     const grpc::ByteBuffer* request,
                                     grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* ListEvents(grpc::CallbackServerContext* context,
                                       const grpc::ByteBuffer* request,
                                       grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* GetRelationship(grpc::CallbackServerContext* context,
                                            const grpc::ByteBuffer* request,
                                            grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* ListRelatedEntities(grpc::CallbackServerContext* context,
                                                const grpc::ByteBuffer* request,
                                                grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* FindPaths(grpc::CallbackServerContext* context,
                                      const grpc::ByteBuffer* request,
                                      grpc::ByteBuffer* response) override;
  grpc::ServerUnaryReactor* GetTimeline(grpc::CallbackServerContext* context,
                                        const grpc::ByteBuffer* request,
                                        grpc::ByteBuffer* response) override;
  grpc::ServerWriteReactor<v1::WatchEventsResponse>* WatchEvents(
      grpc::CallbackServerContext* context, const v1::WatchEventsRequest* request) override;

 private:
  const ArticleQueries* const queries_;
  const EntityQueries* const entity_queries_;
  const EventQueries* const event_queries_;
  const GraphQueries* const graph_queries_;
  WatchRegistry* const watches_;
  LatestReportCache* const latest_report_;
  ResponseCache* const cache_;
  const server::CallGate* const gate_;
  server::WorkerPool* const workers_;

  // Admits the call on gRPC's thread (or finishes it at once with the
  // refusal), then runs `work` — which fills in the response and returns
  // the call's status — on `workers_` under the call's deadline.
  template <typename Work>
  grpc::ServerUnaryReactor* Serve(grpc::CallbackServerContext* context, Work work);

  // Serve() for a lookup whose answer depends on the request and the data
  // only: the answer to `method` with `request` is sent from `cache_`, or
  // else `lookup(const Request&)` — which returns the encoded answer or the
  // call's error — runs on the decoded request and its answer is kept.
  template <typename Request, typename Lookup>
  grpc::ServerUnaryReactor* ServeCached(grpc::CallbackServerContext* context,
                                        std::string_view method, const grpc::ByteBuffer* request,
                                        grpc::ByteBuffer* response, Lookup lookup);
};

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_QUERY_HANDLER_H_
