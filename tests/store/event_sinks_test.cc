#include "shared/store/event_sinks.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "newsgraph/v1/query_service.pb.h"
#include "tests/store/test_util.h"

namespace newsgraph::store {
namespace {

using ::newsgraph::store::testing::IsOk;
using ::newsgraph::store::testing::IsOkAndHolds;
using ::newsgraph::store::testing::StatusIs;
using ::testing::ElementsAre;
using google::protobuf::util::MessageDifferencer;

// A record as the store keeps it: no mentions, counts or times.
std::string Record() {
  v1::Event e;
  e.set_name("events/0123456789abcdef");
  e.set_event_id("0123456789abcdef");
  e.set_category(v1::EVENT_CATEGORY_CONSULT);
  e.set_cameo_code("040");
  e.set_score(1.5);
  e.mutable_date()->set_year(2020);
  v1::EventParticipant* actor = e.add_actors();
  actor->set_entity("entities/aaaaaaaaaaaaaaaa");
  actor->set_name("Zakir Hasanov");
  return e.SerializeAsString();
}

// A report: an Event holding only mentions, with these sentences.
std::string Report(std::vector<std::string> sentences) {
  v1::Event e;
  for (const std::string& text : sentences) {
    v1::EventMention* m = e.add_mentions();
    m->set_article("articles/x");
    m->set_text(text);
    m->mutable_trigger_span()->set_start(3);
    m->mutable_trigger_span()->set_end(7);
  }
  return e.SerializeAsString();
}

std::vector<std::string> Texts(const v1::Event& e) {
  std::vector<std::string> texts;
  for (const v1::EventMention& m : e.mentions()) texts.push_back(m.text());
  return texts;
}

class EventSinksTest : public ::testing::Test {
 protected:
  StoredEvent Stored(int max_mentions) {
    StoredEvent s;
    s.record = record_;
    s.num_mentions = 3;
    s.num_articles = 2;
    s.num_sources = 1;
    s.first_seen_us = 1579600000123456;
    s.last_seen_us = 1579700000000001;
    s.reports = {first_, second_};
    s.max_mentions = max_mentions;
    return s;
  }

  // The response EventWireSink builds, parsed.
  v1::ListEventsResponse ViaWire(const std::vector<StoredEvent>& events) {
    std::string encoded;
    EventWireSink sink(v1::ListEventsResponse::kEventsFieldNumber, &encoded);
    for (const StoredEvent& e : events) EXPECT_THAT(sink.Add(e), IsOk());
    v1::ListEventsResponse response;
    EXPECT_TRUE(response.ParseFromString(encoded));
    return response;
  }

  const std::string record_ = Record();
  const std::string first_ = Report({"one", "two"});
  const std::string second_ = Report({"three"});
};

TEST_F(EventSinksTest, DecodesRecordColumnsAndWantedMentions) {
  google::protobuf::RepeatedPtrField<v1::Event> events;
  EventMessageSink sink(&events);
  ASSERT_THAT(sink.Add(Stored(1)), IsOk());
  ASSERT_THAT(sink.Add(Stored(-1)), IsOk());
  ASSERT_THAT(sink.Add(Stored(0)), IsOk());
  ASSERT_EQ(events.size(), 3);
  const v1::Event& e = events[0];
  EXPECT_EQ(e.name(), "events/0123456789abcdef");
  EXPECT_EQ(e.actors(0).name(), "Zakir Hasanov");
  EXPECT_EQ(e.num_mentions(), 3);
  EXPECT_EQ(e.num_articles(), 2);
  EXPECT_EQ(e.num_sources(), 1);
  EXPECT_EQ(e.first_seen_time().seconds(), 1579600000);
  EXPECT_EQ(e.first_seen_time().nanos(), 123456000);
  EXPECT_THAT(Texts(events[0]), ElementsAre("one"));
  EXPECT_THAT(Texts(events[1]), ElementsAre("one", "two", "three"));  // across reports
  EXPECT_THAT(Texts(events[2]), ElementsAre());
}

TEST_F(EventSinksTest, WireEncodingParsesToTheDecodedEvent) {
  for (int max : {0, 1, 2, 3, -1}) {
    v1::Event decoded;
    ASSERT_THAT(DecodeStoredEvent(Stored(max), &decoded), IsOk());
    const v1::ListEventsResponse response = ViaWire({Stored(max), Stored(max)});
    ASSERT_EQ(response.events_size(), 2);
    EXPECT_TRUE(MessageDifferencer::Equals(response.events(0), decoded))
        << max << "\n" << response.events(0).DebugString() << "\n" << decoded.DebugString();
    EXPECT_TRUE(MessageDifferencer::Equals(response.events(1), decoded));
  }
}

TEST_F(EventSinksTest, ZeroCountsAndEpochTimesEncodeLikeTheGeneratedCode) {
  StoredEvent s = Stored(1);
  s.num_mentions = 0;
  s.num_articles = 0;
  s.num_sources = 0;
  s.first_seen_us = 0;
  s.last_seen_us = -1;  // before the epoch: seconds -1, nanos 999999000
  v1::Event decoded;
  ASSERT_THAT(DecodeStoredEvent(s, &decoded), IsOk());
  const v1::ListEventsResponse response = ViaWire({s});
  EXPECT_TRUE(MessageDifferencer::Equals(response.events(0), decoded))
      << response.events(0).DebugString() << "\n" << decoded.DebugString();
  EXPECT_EQ(response.events(0).last_seen_time().seconds(), -1);
  EXPECT_EQ(response.events(0).last_seen_time().nanos(), 999999000);
}

TEST_F(EventSinksTest, CountsAndAppendsMentionsOfOneReport) {
  EXPECT_THAT(CountMentions(first_), IsOkAndHolds(2));
  EXPECT_THAT(CountMentions(""), IsOkAndHolds(0));
  EXPECT_THAT(CountMentions(first_, 1), IsOkAndHolds(1));  // no further than asked
  EXPECT_THAT(CountMentions(first_, 5), IsOkAndHolds(2));
  v1::Event e;
  ASSERT_THAT(AppendReportMentions(first_, 1, &e), IsOk());
  ASSERT_THAT(AppendReportMentions(second_, -1, &e), IsOk());
  EXPECT_THAT(Texts(e), ElementsAre("one", "three"));
}

TEST_F(EventSinksTest, DamagedBytesAreDataLoss) {
  const std::string cut = first_.substr(0, first_.size() - 2);
  EXPECT_THAT(CountMentions(cut), StatusIs(absl::StatusCode::kDataLoss));
  StoredEvent s = Stored(-1);
  s.reports = {cut};
  v1::Event e;
  EXPECT_THAT(DecodeStoredEvent(s, &e), StatusIs(absl::StatusCode::kDataLoss));
  std::string out;
  EXPECT_THAT(EncodeStoredEvent(s, &out), StatusIs(absl::StatusCode::kDataLoss));
  s = Stored(0);
  const std::string bad_record = "\xff\xff\xff";
  s.record = bad_record;
  EXPECT_THAT(DecodeStoredEvent(s, &e), StatusIs(absl::StatusCode::kDataLoss));
}

}  // namespace
}  // namespace newsgraph::store
