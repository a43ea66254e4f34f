// EventQueries: the logic behind the QueryService's event methods in
// plain C++ (no gRPC): GetEvent, ListEvents (filter: event_filter.h; page
// size rules; signed page tokens) and the steps of WatchEvents (a watch
// starts at a cursor or at the latest report, then repeatedly asks for the
// reports after its position). The gRPC streaming and polling live in
// watch_reactor.h.
//
// Thread-safe: holds only pointers to thread-safe collaborators, which it
// does not own and which must outlive it.
#ifndef NEWSGRAPH_QUERY_SERVICE_EVENT_QUERIES_H_
#define NEWSGRAPH_QUERY_SERVICE_EVENT_QUERIES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "newsgraph/v1/query_service.pb.h"
#include "shared/paging/page_token.h"
#include "shared/store/article_store.h"

namespace newsgraph::query {

inline constexpr int kDefaultEventPageSize = 50;
inline constexpr int kMaxEventPageSize = 500;
// Mentions returned with each listed event (GetEvent returns all).
inline constexpr int kListedMentionsPerEvent = 1;
// Reports read per poll of a watch.
inline constexpr int kWatchBatchSize = 100;

// Where a watch is and what it wants.
struct WatchPosition {
  store::EventFilter filter;
  int64_t after_sequence = 0;
};

class EventQueries {
 public:
  EventQueries(store::ArticleStore* store, const paging::PageTokenCodec* codec)
      : store_(store), codec_(codec) {}

  // INVALID_ARGUMENT for a malformed name; NOT_FOUND for an unknown event.
  absl::StatusOr<v1::GetEventResponse> GetEvent(const v1::GetEventRequest& request) const;

  // The encoded v1.ListEventsResponse: the stored events' bytes copied in,
  // not decoded and re-encoded (shared/store/stored_event.h). INVALID_ARGUMENT
  // for a negative page size, a bad filter or page token.
  absl::StatusOr<std::string> ListEvents(const v1::ListEventsRequest& request) const;

  // The position a new watch starts from: after the request's cursor, or
  // after the latest report stored now. INVALID_ARGUMENT for a bad filter
  // or cursor.
  absl::StatusOr<WatchPosition> StartWatch(const v1::WatchEventsRequest& request) const;

  // The sequence of the latest event report stored (0 when none).
  absl::StatusOr<int64_t> LatestReportSequence() const;

  // The next responses after `position` (at most kWatchBatchSize), each
  // with its cursor; advances `position` past them.
  absl::StatusOr<std::vector<v1::WatchEventsResponse>> NextWatchBatch(
      WatchPosition* position) const;

 private:
  std::string EncodeCursor(int64_t sequence) const;

  store::ArticleStore* const store_;
  const paging::PageTokenCodec* const codec_;
};

// The event id in a resource name `events/{event_id}` (16 lowercase hex
// digits).
absl::StatusOr<std::string> EventIdFromName(std::string_view name);

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_EVENT_QUERIES_H_
