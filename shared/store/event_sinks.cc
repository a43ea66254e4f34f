#include "shared/store/event_sinks.h"

#include <cstdint>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/timestamp.pb.h"
#include "google/protobuf/util/time_util.h"
#include "google/protobuf/wire_format_lite.h"
#include "shared/base/status_macros.h"

namespace newsgraph::store {
namespace {

using google::protobuf::internal::WireFormatLite;
using google::protobuf::io::CodedInputStream;
using google::protobuf::io::CodedOutputStream;
using google::protobuf::util::TimeUtil;

absl::Status Damaged(const char* what) {
  return absl::DataLossError(absl::StrCat("a stored event's ", what, " is damaged"));
}

// Calls fn(field, payload) for the first `limit` (< 0: all) mentions in a
// report: `field` is the mention's whole encoding (tag, length, payload).
// Returns how many it visited.
template <typename Fn>
absl::StatusOr<int> ForEachMention(std::string_view report, int limit, Fn&& fn) {
  constexpr uint32_t kMentionTag = WireFormatLite::MakeTag(
      v1::Event::kMentionsFieldNumber, WireFormatLite::WIRETYPE_LENGTH_DELIMITED);
  CodedInputStream in(reinterpret_cast<const uint8_t*>(report.data()),
                      static_cast<int>(report.size()));
  int visited = 0;
  while (limit < 0 || visited < limit) {
    const int field_start = in.CurrentPosition();
    const uint32_t tag = in.ReadTag();
    if (tag == 0) {
      if (in.CurrentPosition() != static_cast<int>(report.size())) return Damaged("report");
      break;
    }
    if (tag != kMentionTag) {
      if (!WireFormatLite::SkipField(&in, tag)) return Damaged("report");
      continue;
    }
    uint32_t length = 0;
    if (!in.ReadVarint32(&length)) return Damaged("report");
    const int start = in.CurrentPosition();
    if (length > report.size() - static_cast<size_t>(start) ||
        !in.Skip(static_cast<int>(length))) {
      return Damaged("report");
    }
    NG_RETURN_IF_ERROR(fn(report.substr(field_start, start + length - field_start),
                          report.substr(start, length)));
    ++visited;
  }
  return visited;
}

// Calls fn for the first stored.max_mentions mentions over the reports.
template <typename Fn>
absl::Status ForEachWantedMention(const StoredEvent& stored, Fn&& fn) {
  if (stored.max_mentions == 0) return absl::OkStatus();
  int taken = 0;
  for (std::string_view report : stored.reports) {
    const int room = stored.max_mentions < 0 ? -1 : stored.max_mentions - taken;
    if (room == 0) break;
    NG_ASSIGN_OR_RETURN(const int visited, ForEachMention(report, room, fn));
    taken += visited;
  }
  return absl::OkStatus();
}

void AppendVarint(uint64_t value, std::string* out) {
  uint8_t buf[10];  // the longest varint
  const uint8_t* end = CodedOutputStream::WriteVarint64ToArray(value, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(end - buf));
}

void AppendTag(int field, WireFormatLite::WireType type, std::string* out) {
  AppendVarint(WireFormatLite::MakeTag(field, type), out);
}

// A non-zero int32 field, as the generated code writes it (zero: nothing).
void AppendInt32Field(int field, int32_t value, std::string* out) {
  if (value == 0) return;
  AppendTag(field, WireFormatLite::WIRETYPE_VARINT, out);
  AppendVarint(static_cast<uint64_t>(static_cast<int64_t>(value)), out);
}

void AppendTimestampField(int field, int64_t micros, std::string* out) {
  const std::string encoded = TimeUtil::MicrosecondsToTimestamp(micros).SerializeAsString();
  AppendTag(field, WireFormatLite::WIRETYPE_LENGTH_DELIMITED, out);
  AppendVarint(encoded.size(), out);
  out->append(encoded);
}

}  // namespace

absl::Status DecodeStoredEvent(const StoredEvent& stored, v1::Event* event) {
  if (!event->ParseFromArray(stored.record.data(), static_cast<int>(stored.record.size()))) {
    return Damaged("record");
  }
  event->set_num_mentions(stored.num_mentions);
  event->set_num_articles(stored.num_articles);
  event->set_num_sources(stored.num_sources);
  *event->mutable_first_seen_time() = TimeUtil::MicrosecondsToTimestamp(stored.first_seen_us);
  *event->mutable_last_seen_time() = TimeUtil::MicrosecondsToTimestamp(stored.last_seen_us);
  return ForEachWantedMention(
      stored, [event](std::string_view /*field*/, std::string_view payload) -> absl::Status {
        if (!event->add_mentions()->ParseFromArray(payload.data(),
                                                   static_cast<int>(payload.size()))) {
          return Damaged("mention");
        }
        return absl::OkStatus();
      });
}

absl::Status EncodeStoredEvent(const StoredEvent& stored, std::string* out) {
  // The record first, then the fields it never holds: parsing the
  // concatenation gives the event DecodeStoredEvent builds.
  out->append(stored.record);
  AppendInt32Field(v1::Event::kNumMentionsFieldNumber, stored.num_mentions, out);
  AppendInt32Field(v1::Event::kNumArticlesFieldNumber, stored.num_articles, out);
  AppendInt32Field(v1::Event::kNumSourcesFieldNumber, stored.num_sources, out);
  AppendTimestampField(v1::Event::kFirstSeenTimeFieldNumber, stored.first_seen_us, out);
  AppendTimestampField(v1::Event::kLastSeenTimeFieldNumber, stored.last_seen_us, out);
  return ForEachWantedMention(stored,
                              [out](std::string_view field, std::string_view) -> absl::Status {
                                out->append(field);
                                return absl::OkStatus();
                              });
}

absl::Status AppendReportMentions(std::string_view report, int limit, v1::Event* event) {
  return ForEachMention(report, limit,
                        [event](std::string_view, std::string_view payload) -> absl::Status {
                          if (!event->add_mentions()->ParseFromArray(
                                  payload.data(), static_cast<int>(payload.size()))) {
                            return Damaged("mention");
                          }
                          return absl::OkStatus();
                        })
      .status();
}

absl::StatusOr<int> CountMentions(std::string_view report, int limit) {
  return ForEachMention(report, limit,
                        [](std::string_view, std::string_view) { return absl::OkStatus(); });
}

absl::Status EventMessageSink::Add(const StoredEvent& event) {
  return DecodeStoredEvent(event, events_->Add());
}

absl::Status EventWireSink::Add(const StoredEvent& event) {
  scratch_.clear();
  NG_RETURN_IF_ERROR(EncodeStoredEvent(event, &scratch_));
  AppendTag(field_number_, WireFormatLite::WIRETYPE_LENGTH_DELIMITED, out_);
  AppendVarint(scratch_.size(), out_);
  out_->append(scratch_);
  return absl::OkStatus();
}

}  // namespace newsgraph::store
