// StoredEvent: an event as a store keeps it, handed to an EventSink without
// being decoded: its record (a serialized v1.Event without mentions, counts
// or times), the columns that complete it, and the serialized reports that
// hold its mentions. EventSink turns it into what the caller needs: a
// message (EventMessageSink) or the wire bytes of a response
// (EventWireSink), so that a listing served over gRPC copies the stored
// bytes instead of parsing and re-encoding them.
//
// The protobuf encoding makes this exact: concatenated encodings of one
// message type parse as their merge, and the record never holds the fields
// the columns and reports supply.
#ifndef NEWSGRAPH_SHARED_STORE_STORED_EVENT_H_
#define NEWSGRAPH_SHARED_STORE_STORED_EVENT_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/status/status.h"

namespace newsgraph::store {

// Views into the store's buffers, valid only during EventSink::Add.
struct StoredEvent {
  std::string_view record;  // serialized v1.Event: no mentions, counts, times
  int32_t num_mentions = 0;
  int32_t num_articles = 0;
  int32_t num_sources = 0;
  int64_t first_seen_us = 0;
  int64_t last_seen_us = 0;
  // Serialized v1.Events holding only `mentions`, oldest report first: the
  // first report's, and the later ones when it holds fewer than wanted.
  std::vector<std::string_view> reports;
  // How many mentions the caller asked for (< 0: all; 0: none).
  int max_mentions = 0;
};

// Receives the events of a listing, in order.
class EventSink {
 public:
  virtual ~EventSink() = default;
  // DATA_LOSS when the stored bytes are damaged; the listing stops at the
  // first error.
  virtual absl::Status Add(const StoredEvent& event) = 0;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_SHARED_STORE_STORED_EVENT_H_
