#include "query_service/query_handler.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "query_service/watch_reactor.h"
#include "shared/base/status_macros.h"
#include "shared/server/status_convert.h"

namespace newsgraph::query {
namespace {

// The encoding of `result`'s answer, or its error.
template <typename Response>
absl::StatusOr<std::string> Encode(const absl::StatusOr<Response>& result) {
  if (!result.ok()) return result.status();
  return result->SerializeAsString();
}

// The cache key of a call: the method and the request's bytes as they
// came; empty when they cannot be read (then the call is not cached).
std::string CacheKey(std::string_view method, const grpc::ByteBuffer& request) {
  std::vector<grpc::Slice> slices;
  if (!request.Dump(&slices).ok()) return "";
  std::string key(method);
  key.push_back('\n');
  for (const grpc::Slice& slice : slices) {
    key.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
  }
  return key;
}

// A one-slice buffer over `bytes`, which it shares (no copy) until gRPC has
// sent it.
grpc::ByteBuffer SharedBuffer(std::shared_ptr<const std::string> bytes) {
  auto* owner = new std::shared_ptr<const std::string>(std::move(bytes));
  grpc::Slice slice(
      const_cast<char*>((*owner)->data()), (*owner)->size(),
      [](void* p) { delete static_cast<std::shared_ptr<const std::string>*>(p); }, owner);
  return grpc::ByteBuffer(&slice, 1);
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

template <typename Request, typename Lookup>
grpc::ServerUnaryReactor* QueryHandler::ServeCached(grpc::CallbackServerContext* context,
                                                    std::string_view method,
                                                    const grpc::ByteBuffer* request,
                                                    grpc::ByteBuffer* response, Lookup lookup) {
  return Serve(
      context,
      [this, method, request, response, lookup = std::move(lookup)]() mutable -> absl::Status {
        std::string key = cache_->enabled() ? CacheKey(method, *request) : "";
        ResponseCache::Probe probe =
            key.empty() ? ResponseCache::Probe() : cache_->Find(std::move(key));
        std::shared_ptr<const std::string> answer = probe.answer;
        if (answer == nullptr) {
          Request parsed;
          grpc::ByteBuffer consumed(*request);  // deserializing empties the buffer it reads
          if (!grpc::SerializationTraits<Request>::Deserialize(&consumed, &parsed).ok()) {
            return absl::InvalidArgumentError(absl::StrCat("the request is not an encoded ",
                                                           parsed.GetDescriptor()->full_name()));
          }
          absl::StatusOr<std::string> encoded = lookup(parsed);
          if (!encoded.ok()) return encoded.status();
          answer = std::make_shared<const std::string>(*std::move(encoded));
          cache_->Keep(std::move(probe), answer);
        }
        *response = SharedBuffer(std::move(answer));
        return absl::OkStatus();
      });
}

QueryHandler::QueryHandler(const ArticleQueries* queries, const EntityQueries* entity_queries,
                           const EventQueries* event_queries, const GraphQueries* graph_queries,
                           WatchRegistry* watches, LatestReportCache* latest_report,
                           ResponseCache* cache, const server::CallGate* gate,
                           server::WorkerPool* workers)
    : queries_(queries),
      entity_queries_(entity_queries),
      event_queries_(event_queries),
      graph_queries_(graph_queries),
      watches_(watches),
      latest_report_(latest_report),
      cache_(cache),
      gate_(gate),
      workers_(workers) {}

grpc::ServerUnaryReactor* QueryHandler::GetArticle(grpc::CallbackServerContext* context,
                                                   const grpc::ByteBuffer* request,
                                                   grpc::ByteBuffer* response) {
  return ServeCached<v1::GetArticleRequest>(
      context, "GetArticle", request, response,
      [this](const v1::GetArticleRequest& r) { return Encode(queries_->GetArticle(r)); });
}

grpc::ServerUnaryReactor* QueryHandler::ListArticles(grpc::CallbackServerContext* context,
                                                     const grpc::ByteBuffer* request,
                                                     grpc::ByteBuffer* response) {
  return ServeCached<v1::ListArticlesRequest>(
      context, "ListArticles", request, response,
      [this](const v1::ListArticlesRequest& r) { return Encode(queries_->ListArticles(r)); });
}

grpc::ServerUnaryReactor* QueryHandler::SearchArticles(grpc::CallbackServerContext* context,
                                                       const grpc::ByteBuffer* request,
                                                       grpc::ByteBuffer* response) {
  return ServeCached<v1::SearchArticlesRequest>(
      context, "SearchArticles", request, response,
      [this](const v1::SearchArticlesRequest& r) { return Encode(queries_->SearchArticles(r)); });
}

grpc::ServerUnaryReactor* QueryHandler::GetEntity(grpc::CallbackServerContext* context,
                                                  const grpc::ByteBuffer* request,
                                                  grpc::ByteBuffer* response) {
  return ServeCached<v1::GetEntityRequest>(
      context, "GetEntity", request, response,
      [this](const v1::GetEntityRequest& r) { return Encode(entity_queries_->GetEntity(r)); });
}

grpc::ServerUnaryReactor* QueryHandler::SearchEntities(grpc::CallbackServerContext* context,
                                                       const grpc::ByteBuffer* request,
                                                       grpc::ByteBuffer* response) {
  return ServeCached<v1::SearchEntitiesRequest>(context, "SearchEntities", request, response,
                                                [this](const v1::SearchEntitiesRequest& r) {
                                                  return Encode(entity_queries_->SearchEntities(r));
                                                });
}

grpc::ServerUnaryReactor* QueryHandler::GetEvent(grpc::CallbackServerContext* context,
                                                 const grpc::ByteBuffer* request,
                                                 grpc::ByteBuffer* response) {
  return ServeCached<v1::GetEventRequest>(
      context, "GetEvent", request, response,
      [this](const v1::GetEventRequest& r) { return Encode(event_queries_->GetEvent(r)); });
}

grpc::ServerUnaryReactor* QueryHandler::ListEvents(grpc::CallbackServerContext* context,
                                                   const grpc::ByteBuffer* request,
                                                   grpc::ByteBuffer* response) {
  return ServeCached<v1::ListEventsRequest>(
      context, "ListEvents", request, response,
      [this](const v1::ListEventsRequest& r) { return event_queries_->ListEvents(r); });
}

grpc::ServerUnaryReactor* QueryHandler::GetRelationship(grpc::CallbackServerContext* context,
                                                        const grpc::ByteBuffer* request,
                                                        grpc::ByteBuffer* response) {
  return ServeCached<v1::GetRelationshipRequest>(
      context, "GetRelationship", request, response,
      [this](const v1::GetRelationshipRequest& r) -> absl::StatusOr<std::string> {
        v1::GetRelationshipResponse answer;
        NG_RETURN_IF_ERROR(graph_queries_->GetRelationship(r, &answer));
        return answer.SerializeAsString();
      });
}

grpc::ServerUnaryReactor* QueryHandler::ListRelatedEntities(grpc::CallbackServerContext* context,
                                                            const grpc::ByteBuffer* request,
                                                            grpc::ByteBuffer* response) {
  return ServeCached<v1::ListRelatedEntitiesRequest>(
      context, "ListRelatedEntities", request, response,
      [this](const v1::ListRelatedEntitiesRequest& r) {
        return Encode(graph_queries_->ListRelatedEntities(r));
      });
}

grpc::ServerUnaryReactor* QueryHandler::FindPaths(grpc::CallbackServerContext* context,
                                                  const grpc::ByteBuffer* request,
                                                  grpc::ByteBuffer* response) {
  return ServeCached<v1::FindPathsRequest>(
      context, "FindPaths", request, response,
      [this](const v1::FindPathsRequest& r) { return Encode(graph_queries_->FindPaths(r)); });
}

grpc::ServerUnaryReactor* QueryHandler::GetTimeline(grpc::CallbackServerContext* context,
                                                    const grpc::ByteBuffer* request,
                                                    grpc::ByteBuffer* response) {
  return ServeCached<v1::GetTimelineRequest>(
      context, "GetTimeline", request, response,
      [this](const v1::GetTimelineRequest& r) { return Encode(graph_queries_->GetTimeline(r)); });
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
