// The two ways a stored event leaves the store: decoded into a v1::Event
// (EventMessageSink, for C++ callers) or copied as encoded bytes into a
// serialized ListEventsResponse (EventWireSink, for the query service's
// listing). Both take the same mentions: the first `max_mentions` of the
// reports, in order. See stored_event.h.
//
// Not thread-safe; one sink per listing.
#ifndef NEWSGRAPH_SHARED_STORE_EVENT_SINKS_H_
#define NEWSGRAPH_SHARED_STORE_EVENT_SINKS_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/repeated_ptr_field.h"
#include "newsgraph/v1/event.pb.h"
#include "shared/store/stored_event.h"

namespace newsgraph::store {

// Decodes `stored` into `event` (an empty message).
absl::Status DecodeStoredEvent(const StoredEvent& stored, v1::Event* event);

// Appends the encoding of `stored` as a v1.Event (without a tag or length)
// to `out`.
absl::Status EncodeStoredEvent(const StoredEvent& stored, std::string* out);

// Decodes up to `limit` (< 0: all) of a report's mentions and appends them
// to event->mentions(), parsing no more of the report than that.
absl::Status AppendReportMentions(std::string_view report, int limit, v1::Event* event);

// How many mentions a report holds, counting no further than `limit`
// (< 0: all); DATA_LOSS when it is damaged.
absl::StatusOr<int> CountMentions(std::string_view report, int limit = -1);

// Appends decoded events to a repeated field the caller owns (on its arena,
// when it has one).
class EventMessageSink final : public EventSink {
 public:
  explicit EventMessageSink(google::protobuf::RepeatedPtrField<v1::Event>* events)
      : events_(events) {}
  absl::Status Add(const StoredEvent& event) override;

 private:
  google::protobuf::RepeatedPtrField<v1::Event>* const events_;
};

// Appends each event as field `field_number` (length-delimited) of the
// message whose encoding `out` holds, e.g. ListEventsResponse.events.
class EventWireSink final : public EventSink {
 public:
  EventWireSink(int field_number, std::string* out) : field_number_(field_number), out_(out) {}
  absl::Status Add(const StoredEvent& event) override;

 private:
  const int field_number_;
  std::string* const out_;
  std::string scratch_;  // one event's encoding, reused
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_EVENT_SINKS_H_
