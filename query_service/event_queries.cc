#include "query_service/event_queries.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "query_service/event_filter.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/resolution/canonical_key.h"
#include "shared/store/event_sinks.h"

namespace newsgraph::query {
namespace {

constexpr std::string_view kEventPrefix = "events/";
constexpr std::string_view kCursorQuery = "WatchEvents";

absl::StatusOr<int> PageSize(int requested) {
  if (requested < 0) {
    return absl::InvalidArgumentError(
        absl::StrFormat("page_size must not be negative (0 means the default of %d; at most %d)",
                        kDefaultEventPageSize, kMaxEventPageSize));
  }
  if (requested == 0) return kDefaultEventPageSize;
  return std::min(requested, kMaxEventPageSize);
}

}  // namespace

absl::StatusOr<std::string> EventIdFromName(std::string_view name) {
  if (name.substr(0, kEventPrefix.size()) == kEventPrefix &&
      resolution::IsEntityId(name.substr(kEventPrefix.size()))) {
    return std::string(name.substr(kEventPrefix.size()));
  }
  return absl::InvalidArgumentError(
      absl::StrCat("name \"", AsAbsl(name),
                   "\" is not an event name; expected events/{event_id} with a 16-digit "
                   "lowercase hex id, as Event.name returns it"));
}

absl::StatusOr<v1::GetEventResponse> EventQueries::GetEvent(
    const v1::GetEventRequest& request) const {
  NG_ASSIGN_OR_RETURN(std::string id, EventIdFromName(request.name()));
  NG_ASSIGN_OR_RETURN(v1::Event event, store_->GetEvent(id));
  v1::GetEventResponse response;
  *response.mutable_event() = std::move(event);
  return response;
}

absl::StatusOr<std::string> EventQueries::ListEvents(const v1::ListEventsRequest& request) const {
  NG_ASSIGN_OR_RETURN(const int limit, PageSize(request.page_size()));
  NG_ASSIGN_OR_RETURN(filter::Expr expr, filter::Parse(request.filter()));
  store::ListEventsQuery query;
  NG_ASSIGN_OR_RETURN(query.filter, ToEventFilter(expr));
  query.limit = limit;
  query.mentions_per_event = kListedMentionsPerEvent;
  const uint64_t fingerprint = paging::QueryFingerprint({"ListEvents", filter::ToString(expr)});
  if (!request.page_token().empty()) {
    NG_ASSIGN_OR_RETURN(auto payload, codec_->Decode(request.page_token(), fingerprint));
    int64_t sequence = 0;
    if (!absl::SimpleAtoi(payload.last_id(), &sequence) || sequence <= 0) {
      return absl::InvalidArgumentError("page_token is not a token this service issued");
    }
    query.after = store::EventCursor{payload.last_sort_key(), sequence};
  }
  // The events go into the response's encoding as the store holds them.
  std::string encoded;
  store::EventWireSink sink(v1::ListEventsResponse::kEventsFieldNumber, &encoded);
  NG_ASSIGN_OR_RETURN(const store::EventPage page, store_->ListEvents(query, &sink));
  if (page.has_more) {
    internal::v1::PageTokenPayload next;
    next.set_query_fingerprint(fingerprint);
    next.set_last_sort_key(page.last.date_key);
    next.set_last_id(absl::StrCat(page.last.sequence));
    v1::ListEventsResponse tail;
    tail.set_next_page_token(codec_->Encode(next));
    tail.AppendToString(&encoded);
  }
  return encoded;
}

std::string EventQueries::EncodeCursor(int64_t sequence) const {
  internal::v1::PageTokenPayload payload;
  payload.set_query_fingerprint(paging::QueryFingerprint({kCursorQuery}));
  payload.set_offset(sequence);
  return codec_->Encode(payload);
}

absl::StatusOr<WatchPosition> EventQueries::StartWatch(
    const v1::WatchEventsRequest& request) const {
  WatchPosition position;
  NG_ASSIGN_OR_RETURN(position.filter, ParseEventFilter(request.filter()));
  if (request.cursor().empty()) {
    NG_ASSIGN_OR_RETURN(position.after_sequence, store_->LatestEventSequence());
    return position;
  }
  absl::StatusOr<internal::v1::PageTokenPayload> payload =
      codec_->Decode(request.cursor(), paging::QueryFingerprint({kCursorQuery}));
  if (!payload.ok() || payload->offset() < 0) {
    return absl::InvalidArgumentError(
        "cursor is not one this service issued; pass WatchEventsResponse.cursor as it came, or "
        "leave it empty to start from now");
  }
  position.after_sequence = payload->offset();
  return position;
}

absl::StatusOr<int64_t> EventQueries::LatestReportSequence() const {
  return store_->LatestEventSequence();
}

absl::StatusOr<std::vector<v1::WatchEventsResponse>> EventQueries::NextWatchBatch(
    WatchPosition* position) const {
  store::WatchEventsQuery query;
  query.filter = position->filter;
  query.after_sequence = position->after_sequence;
  query.limit = kWatchBatchSize;
  NG_ASSIGN_OR_RETURN(store::WatchBatch batch, store_->WatchEvents(query));
  std::vector<v1::WatchEventsResponse> responses;
  responses.reserve(batch.reports.size());
  for (store::EventReport& report : batch.reports) {
    v1::WatchEventsResponse response;
    *response.mutable_event() = std::move(report.event);
    response.set_article(absl::StrCat("articles/", report.article_id));
    response.set_new_event(report.new_event);
    response.set_cursor(EncodeCursor(report.sequence));
    position->after_sequence = report.sequence;
    responses.push_back(std::move(response));
  }
  position->after_sequence = std::max(position->after_sequence, batch.scanned_through);
  return responses;
}

}  // namespace newsgraph::query
