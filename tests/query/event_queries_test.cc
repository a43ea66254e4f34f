// EventQueries and the event filter over a mock store: filter parsing,
// page sizes, signed page tokens, watch cursors.
#include "query_service/event_queries.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "absl/strings/str_cat.h"
#include "query_service/event_filter.h"
#include "shared/base/status_macros.h"
#include "tests/testing/mock_article_store.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::query {
namespace {

using ::newsgraph::testing::IsOk;
using ::newsgraph::testing::StatusIs;
using store::EventCompareOp;
using store::EventField;
using store::EventFilter;
using ::testing::_;
using ::testing::AllOf;
using ::testing::DoAll;
using ::testing::HasSubstr;
using ::testing::Return;
using ::testing::SaveArg;

constexpr char kEntity[] = "0123456789abcdef";

// The single condition of a parsed filter.
store::EventCondition OnlyCondition(const std::string& text) {
  absl::StatusOr<EventFilter> parsed = ParseEventFilter(text);
  EXPECT_TRUE(parsed.ok()) << text << ": " << parsed.status();
  if (!parsed.ok()) return {};
  EXPECT_EQ(parsed->kind, EventFilter::Kind::kCondition) << text;
  return parsed->condition;
}

TEST(EventFilterTest, EmptyMatchesEverything) {
  ASSERT_OK_AND_ASSIGN(EventFilter f, ParseEventFilter(""));
  EXPECT_EQ(f.kind, EventFilter::Kind::kTrue);
}

TEST(EventFilterTest, EntityFields) {
  const std::string name = std::string("\"entities/") + kEntity + "\"";
  const std::vector<std::pair<std::string, EventField>> fields = {
      {"actor", EventField::kActor},
      {"recipient", EventField::kRecipient},
      {"participant", EventField::kParticipant},
      {"location", EventField::kLocation}};
  for (const auto& [field, expected] : fields) {
    store::EventCondition c = OnlyCondition(field + " = " + name);
    EXPECT_EQ(c.field, expected) << field;
    EXPECT_EQ(c.op, EventCompareOp::kEq) << field;
    EXPECT_EQ(c.text, kEntity) << field;
    c = OnlyCondition(field + " != " + name);
    EXPECT_EQ(c.op, EventCompareOp::kNe) << field;
  }
}

TEST(EventFilterTest, CategoryAndQuadClassInEitherSpelling) {
  store::EventCondition c = OnlyCondition("category = CONSULT");
  EXPECT_EQ(c.field, EventField::kCategory);
  EXPECT_EQ(c.number, v1::EVENT_CATEGORY_CONSULT);
  EXPECT_EQ(OnlyCondition("category = \"support\"").number, v1::EVENT_CATEGORY_SUPPORT);
  EXPECT_EQ(OnlyCondition("category != EVENT_CATEGORY_ASSAULT").number,
            v1::EVENT_CATEGORY_ASSAULT);
  EXPECT_EQ(OnlyCondition("category != EVENT_CATEGORY_ASSAULT").op, EventCompareOp::kNe);
  c = OnlyCondition("quad_class = VERBAL_COOPERATION");
  EXPECT_EQ(c.field, EventField::kQuadClass);
  EXPECT_EQ(c.number, v1::QUAD_CLASS_VERBAL_COOPERATION);
  EXPECT_EQ(OnlyCondition("quad_class = QUAD_CLASS_MATERIAL_CONFLICT").number,
            v1::QUAD_CLASS_MATERIAL_CONFLICT);
}

TEST(EventFilterTest, DatesTakeEveryComparisonAtTheirFirstDay) {
  const std::vector<std::pair<std::string, EventCompareOp>> ops = {
      {"=", EventCompareOp::kEq}, {"!=", EventCompareOp::kNe}, {"<", EventCompareOp::kLt},
      {"<=", EventCompareOp::kLe}, {">", EventCompareOp::kGt}, {">=", EventCompareOp::kGe}};
  for (const auto& [op, expected] : ops) {
    const store::EventCondition c = OnlyCondition("date " + op + " \"2020-01-21\"");
    EXPECT_EQ(c.field, EventField::kDate);
    EXPECT_EQ(c.op, expected) << op;
    EXPECT_EQ(c.text, "2020-01-21");
  }
  EXPECT_EQ(OnlyCondition("date >= \"2020\"").text, "2020-01-01");
  EXPECT_EQ(OnlyCondition("date >= \"2019-06\"").text, "2019-06-01");
}

TEST(EventFilterTest, Article) {
  const std::string id = "0123456789abcdef0123456789abcdef";
  const store::EventCondition c = OnlyCondition("article != \"articles/" + id + "\"");
  EXPECT_EQ(c.field, EventField::kArticle);
  EXPECT_EQ(c.op, EventCompareOp::kNe);
  EXPECT_EQ(c.text, id);
  EXPECT_THAT(ParseEventFilter("article = \"articles/abc123\""),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("article"), HasSubstr("articles/{id}"))));
}

TEST(EventFilterTest, AndOrNotTrees) {
  ASSERT_OK_AND_ASSIGN(
      EventFilter f,
      ParseEventFilter("category = CONSULT OR category = SUPPORT AND NOT date < \"2020\""));
  ASSERT_EQ(f.kind, EventFilter::Kind::kAnd);
  ASSERT_EQ(f.children.size(), 2u);
  EXPECT_EQ(f.children[0].kind, EventFilter::Kind::kOr);
  EXPECT_EQ(f.children[0].children.size(), 2u);
  EXPECT_EQ(f.children[1].kind, EventFilter::Kind::kNot);
  ASSERT_EQ(f.children[1].children.size(), 1u);
  EXPECT_EQ(f.children[1].children[0].condition.field, EventField::kDate);
  ASSERT_OK_AND_ASSIGN(EventFilter minus, ParseEventFilter("-category = CONSULT"));
  EXPECT_EQ(minus.kind, EventFilter::Kind::kNot);
}

TEST(EventFilterTest, UnknownFieldNamesItAndTheFields) {
  EXPECT_THAT(ParseEventFilter("colour = \"red\""),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("colour"),
                             HasSubstr("actor, recipient, participant, involves, location, category, "
                                       "quad_class, date, article"))));
}

TEST(EventFilterTest, BadOperators) {
  for (const char* bad : {"category < CONSULT", "actor > \"entities/0123456789abcdef\"",
                          "article >= \"articles/x\"", "quad_class <= VERBAL_CONFLICT",
                          "category : CONSULT", "date : \"2020\""}) {
    EXPECT_THAT(ParseEventFilter(bad), StatusIs(absl::StatusCode::kInvalidArgument)) << bad;
  }
  EXPECT_THAT(ParseEventFilter("category < CONSULT"),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("category takes = or !=")));
}

TEST(EventFilterTest, BadEntityNames) {
  for (const char* bad : {"\"Hasanov\"", "\"entities/xyz\"", "\"entities/0123456789ABCDEF\"",
                          "\"articles/0123456789abcdef\"", "\"\""}) {
    EXPECT_THAT(ParseEventFilter(std::string("participant = ") + bad),
                StatusIs(absl::StatusCode::kInvalidArgument,
                         AllOf(HasSubstr("participant"), HasSubstr("entities/{id}"))))
        << bad;
  }
}

TEST(EventFilterTest, BadCategoryListsTheValidOnes) {
  EXPECT_THAT(ParseEventFilter("category = MEET"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("MEET"), HasSubstr("AGREE"), HasSubstr("CONSULT"),
                             HasSubstr("ASSAULT"))));
  EXPECT_THAT(ParseEventFilter("category = UNSPECIFIED"),
              StatusIs(absl::StatusCode::kInvalidArgument));
  EXPECT_THAT(ParseEventFilter("quad_class = PEACE"),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       AllOf(HasSubstr("VERBAL_COOPERATION"), HasSubstr("MATERIAL_CONFLICT"))));
}

TEST(EventFilterTest, BadDates) {
  for (const char* bad : {"\"yesterday\"", "\"2020-13-01\"", "\"2020-02-30\"", "\"20\"",
                          "\"2020/01/21\""}) {
    EXPECT_THAT(ParseEventFilter(std::string("date >= ") + bad),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("YYYY-MM-DD")))
        << bad;
  }
}

TEST(EventFilterTest, SyntaxErrors) {
  EXPECT_THAT(ParseEventFilter("category = "), StatusIs(absl::StatusCode::kInvalidArgument));
  EXPECT_THAT(ParseEventFilter("(category = CONSULT"),
              StatusIs(absl::StatusCode::kInvalidArgument));
}

class EventQueriesTest : public ::testing::Test {
 protected:
  // Runs ListEvents and returns the query the store saw; the store answers
  // `page` with `events` stored events.
  store::ListEventsQuery Seen(const v1::ListEventsRequest& request,
                              store::EventPage page = store::EventPage(), int events = 0) {
    store::ListEventsQuery seen;
    EXPECT_CALL(store_, ListEvents(_, _))
        .WillOnce([&](const store::ListEventsQuery& query, store::EventSink* sink)
                      -> absl::StatusOr<store::EventPage> {
          seen = query;
          for (int i = 0; i < events; ++i) {
            v1::Event record;
            record.set_name(absl::StrCat("events/", kEntity));
            const std::string bytes = record.SerializeAsString();
            store::StoredEvent stored;
            stored.record = bytes;
            stored.num_mentions = i + 1;
            NG_RETURN_IF_ERROR(sink->Add(stored));
          }
          return page;
        });
    absl::StatusOr<v1::ListEventsResponse> response = List(request);
    EXPECT_TRUE(response.ok()) << response.status();
    if (response.ok()) last_response_ = *response;
    return seen;
  }

  // ListEvents, its encoded response parsed.
  absl::StatusOr<v1::ListEventsResponse> List(const v1::ListEventsRequest& request,
                                              const EventQueries* queries = nullptr) {
    absl::StatusOr<std::string> encoded = (queries ? queries : &queries_)->ListEvents(request);
    if (!encoded.ok()) return encoded.status();
    v1::ListEventsResponse response;
    if (!response.ParseFromString(*encoded)) return absl::InternalError("unparsable response");
    return response;
  }

  v1::ListEventsRequest Request(int page_size, std::string filter = "",
                                std::string token = "") {
    v1::ListEventsRequest request;
    request.set_page_size(page_size);
    request.set_filter(std::move(filter));
    request.set_page_token(std::move(token));
    return request;
  }

  testing::MockArticleStore store_;
  paging::PageTokenCodec codec_;
  EventQueries queries_{&store_, &codec_};
  v1::ListEventsResponse last_response_;
};

TEST_F(EventQueriesTest, GetEventChecksTheName) {
  v1::Event event;
  event.set_name(std::string("events/") + kEntity);
  EXPECT_CALL(store_, GetEvent(std::string_view(kEntity))).WillOnce(Return(event));
  v1::GetEventRequest request;
  request.set_name(std::string("events/") + kEntity);
  ASSERT_OK_AND_ASSIGN(v1::GetEventResponse response, queries_.GetEvent(request));
  EXPECT_EQ(response.event().name(), request.name());

  for (const char* bad : {"", "events/", "events/xyz", "entities/0123456789abcdef",
                          "events/0123456789ABCDEF", "events/0123456789abcdef/x"}) {
    request.set_name(bad);
    EXPECT_THAT(queries_.GetEvent(request),
                StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("events/{event_id}")))
        << bad;
  }
}

TEST_F(EventQueriesTest, GetEventPassesNotFoundThrough) {
  EXPECT_CALL(store_, GetEvent(_)).WillOnce(Return(absl::NotFoundError("event x not found")));
  v1::GetEventRequest request;
  request.set_name(std::string("events/") + kEntity);
  EXPECT_THAT(queries_.GetEvent(request), StatusIs(absl::StatusCode::kNotFound));
}

TEST_F(EventQueriesTest, PageSizes) {
  EXPECT_EQ(Seen(Request(0)).limit, kDefaultEventPageSize);
  EXPECT_EQ(Seen(Request(1)).limit, 1);
  EXPECT_EQ(Seen(Request(500)).limit, 500);
  EXPECT_EQ(Seen(Request(501)).limit, kMaxEventPageSize);
  EXPECT_EQ(Seen(Request(0)).mentions_per_event, kListedMentionsPerEvent);
  EXPECT_CALL(store_, ListEvents(_, _)).Times(0);
  EXPECT_THAT(List(Request(-1)),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("page_size")));
}

TEST_F(EventQueriesTest, BadFilterNeverReachesTheStore) {
  EXPECT_CALL(store_, ListEvents(_, _)).Times(0);
  EXPECT_THAT(List(Request(0, "source = \"x\"")),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("source")));
}

TEST_F(EventQueriesTest, PageTokenRoundTrip) {
  store::EventPage page;
  page.has_more = true;
  page.last = store::EventCursor{"2020-01-21", 42};
  const std::string filter = "category = CONSULT";
  const store::ListEventsQuery first = Seen(Request(2, filter), page, 2);
  EXPECT_FALSE(first.after.has_value());
  ASSERT_EQ(last_response_.events_size(), 2);
  EXPECT_EQ(last_response_.events(1).name(), std::string("events/") + kEntity);
  EXPECT_EQ(last_response_.events(1).num_mentions(), 2);
  const std::string token = last_response_.next_page_token();
  ASSERT_FALSE(token.empty());

  const store::ListEventsQuery second = Seen(Request(2, filter, token));
  ASSERT_TRUE(second.after.has_value());
  EXPECT_EQ(second.after->date_key, "2020-01-21");
  EXPECT_EQ(second.after->sequence, 42);
  EXPECT_EQ(second.filter.condition.number, v1::EVENT_CATEGORY_CONSULT);
  EXPECT_EQ(last_response_.next_page_token(), "");  // has_more false: last page

  // Undated events page on with an empty date key.
  page.last = store::EventCursor{"", 7};
  Seen(Request(2), page);
  const store::ListEventsQuery undated = Seen(Request(2, "", last_response_.next_page_token()));
  ASSERT_TRUE(undated.after.has_value());
  EXPECT_EQ(undated.after->date_key, "");
  EXPECT_EQ(undated.after->sequence, 7);
}

TEST_F(EventQueriesTest, TamperedOrForeignTokensAreInvalid) {
  store::EventPage page;
  page.has_more = true;
  page.last = store::EventCursor{"2020-01-21", 42};
  Seen(Request(2, "category = CONSULT"), page);
  std::string token = last_response_.next_page_token();
  ASSERT_FALSE(token.empty());
  EXPECT_CALL(store_, ListEvents(_, _)).Times(0);
  // Another filter.
  EXPECT_THAT(List(Request(2, "category = SUPPORT", token)),
              StatusIs(absl::StatusCode::kInvalidArgument));
  // One character changed.
  std::string tampered = token;
  tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
  EXPECT_THAT(List(Request(2, "category = CONSULT", tampered)),
              StatusIs(absl::StatusCode::kInvalidArgument));
  EXPECT_THAT(List(Request(2, "category = CONSULT", "garbage")),
              StatusIs(absl::StatusCode::kInvalidArgument));
  // A token signed with another key.
  paging::PageTokenCodec other_codec("another key");
  EventQueries other(&store_, &other_codec);
  EXPECT_THAT(List(Request(2, "category = CONSULT", token), &other),
              StatusIs(absl::StatusCode::kInvalidArgument));
}

TEST_F(EventQueriesTest, StartWatchWithoutCursorStartsAtTheLatestReport) {
  EXPECT_CALL(store_, LatestEventSequence()).WillOnce(Return(int64_t{17}));
  v1::WatchEventsRequest request;
  request.set_filter("category = CONSULT");
  ASSERT_OK_AND_ASSIGN(WatchPosition position, queries_.StartWatch(request));
  EXPECT_EQ(position.after_sequence, 17);
  EXPECT_EQ(position.filter.kind, EventFilter::Kind::kCondition);
  EXPECT_EQ(position.filter.condition.number, v1::EVENT_CATEGORY_CONSULT);
}

TEST_F(EventQueriesTest, StartWatchRejectsBadFiltersAndCursors) {
  EXPECT_CALL(store_, LatestEventSequence()).Times(0);
  v1::WatchEventsRequest request;
  request.set_filter("category = MEET");
  EXPECT_THAT(queries_.StartWatch(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("MEET")));
  request.set_filter("");
  request.set_cursor("not a cursor");
  EXPECT_THAT(queries_.StartWatch(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("cursor")));
  // A ListEvents page token is not a watch cursor.
  store::EventPage page;
  page.has_more = true;
  page.last = store::EventCursor{"2020-01-21", 42};
  Seen(Request(1), page);
  request.set_cursor(last_response_.next_page_token());
  EXPECT_THAT(queries_.StartWatch(request),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("cursor")));
}

store::EventReport Report(int64_t sequence, std::string article, bool new_event) {
  store::EventReport report;
  report.sequence = sequence;
  report.article_id = std::move(article);
  report.new_event = new_event;
  report.event.set_name("events/" + std::string(kEntity));
  return report;
}

TEST_F(EventQueriesTest, WatchCursorsRoundTrip) {
  WatchPosition position;
  position.after_sequence = 3;
  store::WatchBatch batch;
  batch.reports = {Report(5, "a1", true), Report(7, "a2", false)};
  batch.scanned_through = 9;
  store::WatchEventsQuery seen;
  EXPECT_CALL(store_, WatchEvents(_)).WillOnce(DoAll(SaveArg<0>(&seen), Return(batch)));
  ASSERT_OK_AND_ASSIGN(std::vector<v1::WatchEventsResponse> responses,
                       queries_.NextWatchBatch(&position));
  EXPECT_EQ(seen.after_sequence, 3);
  EXPECT_EQ(seen.limit, kWatchBatchSize);
  ASSERT_EQ(responses.size(), 2u);
  EXPECT_EQ(responses[0].article(), "articles/a1");
  EXPECT_TRUE(responses[0].new_event());
  EXPECT_EQ(responses[1].article(), "articles/a2");
  EXPECT_FALSE(responses[1].new_event());
  EXPECT_EQ(position.after_sequence, 9);  // past everything scanned

  // Each cursor resumes right after its response.
  for (const auto& [index, sequence] : {std::pair<int, int64_t>{0, 5}, {1, 7}}) {
    v1::WatchEventsRequest request;
    request.set_cursor(responses[index].cursor());
    ASSERT_OK_AND_ASSIGN(WatchPosition resumed, queries_.StartWatch(request));
    EXPECT_EQ(resumed.after_sequence, sequence);
  }
}

TEST_F(EventQueriesTest, EmptyBatchAdvancesToWhatWasScanned) {
  WatchPosition position;
  position.after_sequence = 3;
  store::WatchBatch batch;
  batch.scanned_through = 12;
  EXPECT_CALL(store_, WatchEvents(_)).WillOnce(Return(batch));
  ASSERT_OK_AND_ASSIGN(std::vector<v1::WatchEventsResponse> responses,
                       queries_.NextWatchBatch(&position));
  EXPECT_TRUE(responses.empty());
  EXPECT_EQ(position.after_sequence, 12);
}

TEST_F(EventQueriesTest, WatchStoreErrorsPassThrough) {
  WatchPosition position;
  EXPECT_CALL(store_, WatchEvents(_)).WillOnce(Return(absl::UnavailableError("busy")));
  EXPECT_THAT(queries_.NextWatchBatch(&position), StatusIs(absl::StatusCode::kUnavailable));
  EXPECT_EQ(position.after_sequence, 0);
}

}  // namespace
}  // namespace newsgraph::query
