#include "query_service/query_handler.h"

#include "query_service/watch_reactor.h"
#include "shared/server/status_convert.h"

namespace newsgraph::query {
namespace {

// Moves `result`'s value into `response`; its status.
template <typename Response>
absl::Status Fill(absl::StatusOr<Response> result, Response* response) {
  if (result.ok()) *response = *std::move(result);
  return result.status();
}

// A reactor finished at once with `status`.
grpc::ServerUnaryReactor* Finished(grpc::CallbackServerContext* context,
                                   const absl::Status& status) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  reactor->Finish(server::ToGrpcStatus(status));
  return reactor;
}

}  // namespace

template <typename Work>
grpc::ServerUnaryReactor* QueryHandler::Serve(grpc::CallbackServerContext* context, Work work) {
  absl::StatusOr<server::CallGate::Admission> admission = gate_->Admit(*context);
  if (!admission.ok()) return Finished(context, admission.status());
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  workers_->Submit(
      [context, reactor, ticket = std::move(admission->ticket), deadline = admission->deadline,
       work = std::move(work)]() mutable {
        absl::Status status;
        {
          const DeadlineScope scope(deadline);
          if (DeadlinePassed()) {
            status = DeadlineExceeded("while the call waited for a free server thread");
          } else if (context->IsCancelled()) {
            // The client gave up, or the server's shutdown grace ended,
            // while the call waited: nobody wants the lookup.
            status = absl::CancelledError(
                "the call was cancelled while it waited for a free server thread");
          } else {
            status = work();
          }
        }
        // The place is given back before the answer leaves, so that a client
        // that calls again at once finds it free.
        { const server::AdmissionLimiter::Ticket done = std::move(ticket); }
        reactor->Finish(server::ToGrpcStatus(status));
      });
  return reactor;
}

QueryHandler::QueryHandler(const ArticleQueries* queries, const EntityQueries* entity_queries,
                           const EventQueries* event_queries, const GraphQueries* graph_queries,
                           WatchRegistry* watches, LatestReportCache* latest_report,
                           const server::CallGate* gate, server::WorkerPool* workers)
    : queries_(queries),
      entity_queries_(entity_queries),
      event_queries_(event_queries),
      graph_queries_(graph_queries),
      watches_(watches),
      latest_report_(latest_report),
      gate_(gate),
      workers_(workers) {}

grpc::ServerUnaryReactor* QueryHandler::GetArticle(grpc::CallbackServerContext* context,
                                                   const v1::GetArticleRequest* request,
                                                   v1::GetArticleResponse* response) {
  return Serve(context, [this, request, response] {
    return Fill(queries_->GetArticle(*request), response);
  });
}

grpc::ServerUnaryReactor* QueryHandler::ListArticles(grpc::CallbackServerContext* context,
                                                     const v1::ListArticlesRequest* request,
                                                     v1::ListArticlesResponse* response) {
  return Serve(context, [this, request, response] {
    return Fill(queries_->ListArticles(*request), response);
  });
}

grpc::ServerUnaryReactor* QueryHandler::SearchArticles(grpc::CallbackServerContext* context,
                                                       const v1::SearchArticlesRequest* request,
                                                       v1::SearchArticlesResponse* response) {
  return Serve(context, [this, request, response] {
    return Fill(queries_->SearchArticles(*request), response);
  });
}

grpc::ServerUnaryReactor* QueryHandler::GetEntity(grpc::CallbackServerContext* context,
                                                  const v1::GetEntityRequest* request,
                                                  v1::GetEntityResponse* response) {
  return Serve(context, [this, request, response] {
    return Fill(entity_queries_->GetEntity(*request), response);
  });
}

grpc::ServerUnaryReactor* QueryHandler::SearchEntities(grpc::CallbackServerContext* context,
                                                       const v1::SearchEntitiesRequest* request,
                                                       v1::SearchEntitiesResponse* response) {
  return Serve(context, [this, request, response] {
    return Fill(entity_queries_->SearchEntities(*request), response);
  });
}

grpc::ServerUnaryReactor* QueryHandler::GetEvent(grpc::CallbackServerContext* context,
                                                 const v1::GetEventRequest* request,
                                                 v1::GetEventResponse* response) {
  return Serve(context, [this, request, response] {
    return Fill(event_queries_->GetEvent(*request), response);
  });
}

grpc::ServerUnaryReactor* QueryHandler::ListEvents(grpc::CallbackServerContext* context,
                                                   const grpc::ByteBuffer* request,
                                                   grpc::ByteBuffer* response) {
  return Serve(context, [this, request, response] {
    v1::ListEventsRequest parsed;
    grpc::ByteBuffer consumed(*request);  // deserializing empties the buffer it reads
    if (!grpc::SerializationTraits<v1::ListEventsRequest>::Deserialize(&consumed, &parsed).ok()) {
      return absl::InvalidArgumentError(
          "the request is not an encoded newsgraph.v1.ListEventsRequest");
    }
    absl::StatusOr<std::string> encoded = event_queries_->ListEvents(parsed);
    if (encoded.ok()) {
      grpc::Slice slice(encoded->data(), encoded->size());
      *response = grpc::ByteBuffer(&slice, 1);
    }
    return encoded.status();
  });
}

grpc::ServerUnaryReactor* QueryHandler::GetRelationship(grpc::CallbackServerContext* context,
                                                        const v1::GetRelationshipRequest* request,
                                                        v1::GetRelationshipResponse* response) {
  return Serve(context, [this, request, response] {
    return graph_queries_->GetRelationship(*request, response);
  });
}

grpc::ServerUnaryReactor* QueryHandler::ListRelatedEntities(
    grpc::CallbackServerContext* context, const v1::ListRelatedEntitiesRequest* request,
    v1::ListRelatedEntitiesResponse* response) {
  return Serve(context, [this, request, response] {
    return Fill(graph_queries_->ListRelatedEntities(*request), response);
  });
}

grpc::ServerUnaryReactor* QueryHandler::FindPaths(grpc::CallbackServerContext* context,
                                                  const v1::FindPathsRequest* request,
                                                  v1::FindPathsResponse* response) {
  return Serve(context, [this, request, response] {
    return Fill(graph_queries_->FindPaths(*request), response);
  });
}

grpc::ServerUnaryReactor* QueryHandler::GetTimeline(grpc::CallbackServerContext* context,
                                                    const v1::GetTimelineRequest* request,
                                                    v1::GetTimelineResponse* response) {
  return Serve(context, [this, request, response] {
    return Fill(graph_queries_->GetTimeline(*request), response);
  });
}

// A stream that ends at once with `status`.
class FailedWatch final : public grpc::ServerWriteReactor<v1::WatchEventsResponse> {
 public:
  explicit FailedWatch(const grpc::Status& status) { Finish(status); }
  void OnDone() override { delete this; }
};

grpc::ServerWriteReactor<v1::WatchEventsResponse>* QueryHandler::WatchEvents(
    grpc::CallbackServerContext* context, const v1::WatchEventsRequest* request) {
  // The pass covers the watch's start only: an open watch waits on the
  // watch registry, not on the store, and would otherwise hold a ticket
  // for as long as the client keeps it open.
  absl::StatusOr<server::CallGate::Pass> pass = gate_->Enter(*context);
  if (!pass.ok()) return new FailedWatch(server::ToGrpcStatus(pass.status()));
  absl::StatusOr<WatchPosition> start = event_queries_->StartWatch(*request);
  if (!start.ok()) return new FailedWatch(server::ToGrpcStatus(start.status()));
  return new WatchReactor(event_queries_, latest_report_, *std::move(start), watches_, workers_);
}

}  // namespace newsgraph::query
