// End to end: events through the real services. The seed article goes in
// through the ingest service; the query service lists its events (the
// signing of the 2020 cooperation plan, the meetings of 2020-01-21, the
// Gabala events of June 2019), filters them, answers the relationship of
// Azerbaijan and Georgia and finds paths between people; a second article
// in other words (tests/fixtures/paraphrase) makes the signing one event of
// two articles from two sources; WatchEvents streams every report of
// Wikinews articles ingested while it runs, resumes after a cursor without
// loss or repetition, and filters; bad requests get the right codes.
#include <grpcpp/client_context.h>
#include <grpcpp/generic/generic_stub.h>

#include <chrono>
#include <csignal>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/resolution/canonical_key.h"
#include "tests/testing/service_pair.h"

namespace newsgraph {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;
using ::testing::UnorderedElementsAreArray;
using testing::CorpusDir;
using testing::ServicePair;

std::string SeedPath() { return CorpusDir() + "/seed/azernews-2020-01-24.txt"; }
std::string ParaphrasePath() {
  return std::string(NEWSGRAPH_FIXTURES_DIR) + "/paraphrase/caucasus-herald-2020-01-22.txt";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Iso(const v1::PartialDate& d) {
  switch (d.precision()) {
    case v1::DATE_PRECISION_DAY:
      return absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day());
    case v1::DATE_PRECISION_MONTH:
      return absl::StrFormat("%04d-%02d", d.year(), d.month());
    case v1::DATE_PRECISION_YEAR:
      return absl::StrFormat("%04d", d.year());
    default:
      return "";
  }
}

std::vector<std::string> ParticipantNames(
    const google::protobuf::RepeatedPtrField<v1::EventParticipant>& list) {
  std::vector<std::string> names;
  for (const v1::EventParticipant& p : list) names.push_back(p.name());
  return names;
}

// One line per event, for failure messages.
std::string Describe(const v1::Event& e) {
  return absl::StrCat(e.name(), " ", v1::EventCategory_Name(e.category()), " ", Iso(e.date()),
                      " [", absl::StrJoin(ParticipantNames(e.actors()), ", "), "] -> [",
                      absl::StrJoin(ParticipantNames(e.recipients()), ", "), "] at '",
                      e.location().name(), "' articles=", e.num_articles(),
                      " mentions=", e.num_mentions(), " sources=", e.num_sources());
}

std::string DescribeAll(const std::vector<v1::Event>& events) {
  std::string out;
  for (const v1::Event& e : events) absl::StrAppend(&out, "\n  ", Describe(e));
  return out;
}

bool Has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

class EventsE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::ifstream(SeedPath()).good()) GTEST_SKIP() << "no corpus at " << CorpusDir();
    auto pair = ServicePair::Start();
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = *std::move(pair);
  }

  v1::Article IngestFile(const std::string& path) {
    v1::CreateArticleRequest request;
    request.set_content(ReadFile(path));
    grpc::ClientContext context;
    v1::CreateArticleResponse response;
    const grpc::Status status = pair_->ingest()->CreateArticle(&context, request, &response);
    EXPECT_TRUE(status.ok()) << path << ": " << status.error_message();
    return response.article();
  }

  grpc::Status ListEvents(const std::string& filter, int page_size, const std::string& token,
                          v1::ListEventsResponse* response) {
    v1::ListEventsRequest request;
    request.set_filter(filter);
    request.set_page_size(page_size);
    request.set_page_token(token);
    grpc::ClientContext context;
    return pair_->query()->ListEvents(&context, request, response);
  }

  // Every event that matches, page by page.
  std::vector<v1::Event> AllEvents(const std::string& filter = "", int page_size = 100) {
    std::vector<v1::Event> events;
    std::string token;
    for (int guard = 0; guard < 1000; ++guard) {
      v1::ListEventsResponse response;
      const grpc::Status status = ListEvents(filter, page_size, token, &response);
      EXPECT_TRUE(status.ok()) << filter << ": " << status.error_message();
      if (!status.ok()) break;
      events.insert(events.end(), response.events().begin(), response.events().end());
      token = response.next_page_token();
      if (token.empty()) break;
    }
    return events;
  }

  grpc::Status GetEvent(const std::string& name, v1::Event* event) {
    v1::GetEventRequest request;
    request.set_name(name);
    grpc::ClientContext context;
    v1::GetEventResponse response;
    const grpc::Status status = pair_->query()->GetEvent(&context, request, &response);
    *event = response.event();
    return status;
  }

  v1::Event MustGetEvent(const std::string& name) {
    v1::Event event;
    const grpc::Status status = GetEvent(name, &event);
    EXPECT_TRUE(status.ok()) << name << ": " << status.error_message();
    return event;
  }

  // The resource name of the entity whose display name is `display_name`.
  std::string EntityNamed(const std::string& display_name) {
    v1::SearchEntitiesRequest request;
    request.set_query(display_name);
    request.set_page_size(50);
    grpc::ClientContext context;
    v1::SearchEntitiesResponse response;
    const grpc::Status status = pair_->query()->SearchEntities(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    for (const v1::Entity& e : response.entities()) {
      if (e.display_name() == display_name) return e.name();
    }
    ADD_FAILURE() << "no entity named " << display_name;
    return "";
  }

  grpc::Status GetRelationship(const std::string& a, const std::string& b,
                               v1::Relationship* relationship) {
    v1::GetRelationshipRequest request;
    request.set_entity(a);
    request.set_other_entity(b);
    request.set_max_events(50);
    grpc::ClientContext context;
    v1::GetRelationshipResponse response;
    const grpc::Status status = pair_->query()->GetRelationship(&context, request, &response);
    *relationship = response.relationship();
    return status;
  }

  std::unique_ptr<ServicePair> pair_;
};

// The event of `events` with this category and date whose actors and
// recipients include the given names; nullptr when none.
const v1::Event* Find(const std::vector<v1::Event>& events, v1::EventCategory category,
                      const std::string& date, const std::vector<std::string>& actors,
                      const std::vector<std::string>& recipients = {}) {
  for (const v1::Event& e : events) {
    if (e.category() != category || Iso(e.date()) != date) continue;
    const std::vector<std::string> a = ParticipantNames(e.actors());
    const std::vector<std::string> r = ParticipantNames(e.recipients());
    bool all = true;
    for (const std::string& name : actors) all = all && Has(a, name);
    for (const std::string& name : recipients) all = all && Has(r, name);
    if (all) return &e;
  }
  return nullptr;
}

struct SeedEvents {
  const v1::Event* signing = nullptr;
  const v1::Event* garibashvili = nullptr;
  const v1::Event* talakvadze = nullptr;
};

SeedEvents FindSeedEvents(const std::vector<v1::Event>& events) {
  SeedEvents s;
  s.signing = Find(events, v1::EVENT_CATEGORY_SUPPORT, "2020-01-21",
                   {"Ministry of Defense of Azerbaijan", "Ministry of Defense of Georgia"});
  s.garibashvili = Find(events, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {"Zakir Hasanov"},
                        {"Irakli Garibashvili"});
  s.talakvadze = Find(events, v1::EVENT_CATEGORY_CONSULT, "2020-01-21", {"Zakir Hasanov"},
                      {"Archil Talakvadze"});
  return s;
}

TEST_F(EventsE2eTest, SeedEventsRelationshipFiltersAndPaths) {
  const v1::Article seed = IngestFile(SeedPath());
  ASSERT_FALSE(seed.name().empty());
  const std::vector<v1::Event> events = AllEvents();
  const std::string all = DescribeAll(events);
  const SeedEvents s = FindSeedEvents(events);

  // The signing, by both ministries, in Tbilisi, reported twice.
  ASSERT_NE(s.signing, nullptr) << all;
  EXPECT_EQ(s.signing->location().name(), "Tbilisi") << Describe(*s.signing);
  const v1::Event signing = MustGetEvent(s.signing->name());
  EXPECT_EQ(signing.num_mentions(), 2) << Describe(signing);
  EXPECT_EQ(signing.mentions_size(), 2);
  EXPECT_EQ(signing.num_articles(), 1);
  for (const v1::EventMention& m : signing.mentions()) {
    EXPECT_EQ(m.article(), seed.name());
    EXPECT_EQ(m.source(), "AzerNews");
    EXPECT_EQ(Iso(m.published_date()), "2020-01-24");
    EXPECT_FALSE(m.text().empty());
  }
  ASSERT_GE(signing.mentions_size(), 1);
  EXPECT_THAT(signing.mentions(0).text(), HasSubstr("Bilateral Cooperation Plan for 2020"));
  // The two meetings of that day.
  ASSERT_NE(s.garibashvili, nullptr) << all;
  ASSERT_NE(s.talakvadze, nullptr) << all;
  EXPECT_NE(s.garibashvili->name(), s.talakvadze->name());
  // The Gabala events of June 2019.
  std::vector<const v1::Event*> gabala;
  for (const v1::Event& e : events) {
    if (Iso(e.date()) == "2019-06" && e.location().name() == "Gabala") gabala.push_back(&e);
  }
  EXPECT_FALSE(gabala.empty()) << all;
  EXPECT_NE(Find(events, v1::EVENT_CATEGORY_SUPPORT, "2019-06", {"Zakir Hasanov", "Levan Izoria"}),
            nullptr)
      << all;
  // Latest first, undated last.
  for (size_t i = 1; i < events.size(); ++i) {
    const std::string before = Iso(events[i - 1].date());
    const std::string after = Iso(events[i].date());
    if (!after.empty()) {
      EXPECT_FALSE(before.empty()) << all;
    }
  }
  // Paging with tokens sees the same events.
  std::vector<std::string> names, paged;
  for (const v1::Event& e : events) names.push_back(e.name());
  for (const v1::Event& e : AllEvents("", 1)) paged.push_back(e.name());
  EXPECT_EQ(paged, names);

  // Events involving Hasanov in 2020: the signing (he is named in the
  // sentence that tells where it was signed) and the two meetings.
  const std::string hasanov = EntityNamed("Zakir Hasanov");
  const std::vector<v1::Event> in_2020 = AllEvents(absl::StrCat(
      "involves = \"", hasanov, "\" AND date >= \"2020-01-01\" AND date <= \"2020-12-31\""));
  std::vector<std::string> in_2020_names;
  for (const v1::Event& e : in_2020) in_2020_names.push_back(e.name());
  EXPECT_THAT(in_2020_names, UnorderedElementsAre(s.signing->name(), s.garibashvili->name(),
                                                  s.talakvadze->name()))
      << "events of Hasanov in 2020:" << DescribeAll(in_2020);
  // The filter itself works: every event listed names Hasanov in a
  // reporting sentence and has a 2020 date; as a participant (actor or
  // recipient) he is in the two meetings only.
  for (const v1::Event& listed : in_2020) {
    const v1::Event e = MustGetEvent(listed.name());  // with every mention
    bool named = false;
    for (const v1::EventMention& m : e.mentions()) {
      named = named || m.text().find("Hasanov") != std::string::npos;
    }
    EXPECT_TRUE(named) << Describe(e);
    EXPECT_EQ(e.date().year(), 2020) << Describe(e);
  }
  std::vector<std::string> as_participant;
  for (const v1::Event& e : AllEvents(absl::StrCat("participant = \"", hasanov,
                                                   "\" AND date >= \"2020\""))) {
    as_participant.push_back(e.name());
  }
  EXPECT_THAT(as_participant,
              UnorderedElementsAre(s.garibashvili->name(), s.talakvadze->name()));

  // Azerbaijan and Georgia: the signing and the meetings, GUAM in common.
  const std::string aze = resolution::EntityResourceName(
      resolution::EntityIdForKey(resolution::CountryKey("AZE")));
  const std::string geo = resolution::EntityResourceName(
      resolution::EntityIdForKey(resolution::CountryKey("GEO")));
  v1::Relationship r;
  const grpc::Status rel = GetRelationship(aze, geo, &r);
  ASSERT_TRUE(rel.ok()) << rel.error_message();
  EXPECT_EQ(r.entity().display_name(), "Azerbaijan");
  EXPECT_EQ(r.other_entity().display_name(), "Georgia");
  std::vector<std::string> recent;
  for (const v1::EventSummary& e : r.recent_events()) {
    recent.push_back(e.event());
    EXPECT_FALSE(e.evidence().text().empty()) << e.DebugString();
  }
  EXPECT_THAT(recent, Contains(s.signing->name()));
  EXPECT_THAT(recent, Contains(s.garibashvili->name()));
  EXPECT_THAT(recent, Contains(s.talakvadze->name()));
  EXPECT_GE(r.event_count(), 3);
  std::set<v1::EventCategory> categories;
  for (const v1::CategoryCount& c : r.categories()) categories.insert(c.category());
  EXPECT_TRUE(categories.count(v1::EVENT_CATEGORY_SUPPORT)) << r.DebugString();
  EXPECT_TRUE(categories.count(v1::EVENT_CATEGORY_CONSULT)) << r.DebugString();
  const v1::SharedRelation* guam = nullptr;
  for (const v1::SharedRelation& shared : r.shared_relations()) {
    if (shared.type() == "MEMBER_OF" && shared.via().display_name().find("GUAM") != std::string::npos) {
      guam = &shared;
    }
  }
  ASSERT_NE(guam, nullptr) << r.DebugString();
  ASSERT_GE(guam->first().evidence_size(), 1);
  ASSERT_GE(guam->second().evidence_size(), 1);
  EXPECT_THAT(guam->first().evidence(0).text(), HasSubstr("GUAM"));
  EXPECT_EQ(guam->first().evidence(0).article(), seed.name());
  EXPECT_EQ(guam->first().subject().name(), aze);
  EXPECT_EQ(guam->second().subject().name(), geo);

  // Levan Izoria to Archil Talakvadze: through Georgia or Hasanov, with
  // evidence on every step.
  v1::FindPathsRequest paths_request;
  paths_request.set_entity(EntityNamed("Levan Izoria"));
  paths_request.set_other_entity(EntityNamed("Archil Talakvadze"));
  grpc::ClientContext paths_context;
  v1::FindPathsResponse paths;
  const grpc::Status found = pair_->query()->FindPaths(&paths_context, paths_request, &paths);
  ASSERT_TRUE(found.ok()) << found.error_message();
  ASSERT_GE(paths.paths_size(), 1);
  bool through = false;
  for (const v1::EntityPath& path : paths.paths()) {
    ASSERT_GE(path.steps_size(), 1);
    EXPECT_EQ(path.steps(0).from_entity().name(), paths_request.entity());
    EXPECT_EQ(path.steps(path.steps_size() - 1).to_entity().name(),
              paths_request.other_entity());
    for (int i = 0; i < path.steps_size(); ++i) {
      const v1::PathStep& step = path.steps(i);
      if (i > 0) {
        EXPECT_EQ(step.from_entity().name(), path.steps(i - 1).to_entity().name());
      }
      ASSERT_GE(step.evidence_size(), 1) << step.DebugString();
      for (const v1::Evidence& e : step.evidence()) EXPECT_FALSE(e.text().empty());
    }
    if (path.steps_size() == 2) {
      const std::string middle = path.steps(0).to_entity().display_name();
      through = through || middle == "Georgia" || middle == "Zakir Hasanov";
    }
  }
  EXPECT_TRUE(through) << paths.DebugString();

  // Hasanov's timeline by month: June 2019 and January 2020.
  v1::GetTimelineRequest timeline_request;
  timeline_request.set_entity(hasanov);
  grpc::ClientContext timeline_context;
  v1::GetTimelineResponse timeline;
  const grpc::Status timed =
      pair_->query()->GetTimeline(&timeline_context, timeline_request, &timeline);
  ASSERT_TRUE(timed.ok()) << timed.error_message();
  std::vector<std::string> months;
  for (const v1::TimeBucket& b : timeline.buckets()) months.push_back(Iso(b.start()));
  EXPECT_THAT(months, ::testing::ElementsAre("2019-06-01", "2020-01-01"));
  ASSERT_EQ(timeline.buckets_size(), 2);
  EXPECT_GE(timeline.buckets(1).event_count(), 2);
  EXPECT_EQ(timeline.buckets(1).conflict_count(), 0);

  // Hasanov's related entities include the people he met and Georgia
  // (rolled up); the meetings' people with a PERSON filter.
  v1::ListRelatedEntitiesRequest related_request;
  related_request.set_entity(hasanov);
  related_request.set_filter("kind = EVENT AND type = PERSON AND date >= \"2020\"");
  grpc::ClientContext related_context;
  v1::ListRelatedEntitiesResponse related;
  const grpc::Status listed =
      pair_->query()->ListRelatedEntities(&related_context, related_request, &related);
  ASSERT_TRUE(listed.ok()) << listed.error_message();
  std::vector<std::string> people;
  for (const v1::RelatedEntity& e : related.related_entities()) {
    EXPECT_EQ(e.entity().type(), v1::ENTITY_TYPE_PERSON);
    EXPECT_GE(e.event_count(), 1);
    people.push_back(e.entity().display_name());
  }
  EXPECT_THAT(people, Contains("Irakli Garibashvili"));
  EXPECT_THAT(people, Contains("Archil Talakvadze"));
  EXPECT_THAT(people, ::testing::Not(Contains("Levan Izoria")));  // 2019

  // Bad requests.
  v1::ListEventsResponse ignored;
  for (const auto& [filter, named] : std::vector<std::pair<std::string, std::string>>{
           {"colour = \"red\"", "colour"},
           {"category = MEET", "MEET"},
           {"participant = \"Hasanov\"", "participant"},
           {"date >= \"soon\"", "date"},
           {"quad_class < VERBAL_CONFLICT", "quad_class"},
           {"category = (", ""}}) {
    const grpc::Status status = ListEvents(filter, 0, "", &ignored);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << filter;
    EXPECT_THAT(status.error_message(), HasSubstr(named)) << filter;
  }
  EXPECT_EQ(ListEvents("", -1, "", &ignored).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(ListEvents("", 1, "not a token", &ignored).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  v1::Event none;
  EXPECT_EQ(GetEvent("events/0123456789abcdef", &none).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(GetEvent("events/nope", &none).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  v1::Relationship unknown;
  const grpc::Status missing = GetRelationship(aze, "entities/0123456789abcdef", &unknown);
  EXPECT_EQ(missing.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_THAT(missing.error_message(), HasSubstr("0123456789abcdef"));
  EXPECT_EQ(GetRelationship(aze, aze, &unknown).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(EventsE2eTest, AParaphraseFromAnotherSourceIsTheSameSigning) {
  const v1::Article seed = IngestFile(SeedPath());
  const v1::Article paraphrase = IngestFile(ParaphrasePath());
  ASSERT_FALSE(paraphrase.name().empty());
  EXPECT_NE(paraphrase.source(), seed.source());
  std::vector<v1::Event> paraphrase_events(paraphrase.events().begin(),
                                           paraphrase.events().end());
  const std::vector<v1::Event> events = AllEvents();
  const SeedEvents s = FindSeedEvents(events);
  ASSERT_NE(s.signing, nullptr) << DescribeAll(events);
  const v1::Event signing = MustGetEvent(s.signing->name());
  std::set<std::string> articles;
  for (const v1::EventMention& m : signing.mentions()) articles.insert(m.article());
  EXPECT_EQ(signing.num_articles(), 2)
      << "the signing: " << Describe(signing)
      << "\nthe paraphrase's events as coded:" << DescribeAll(paraphrase_events);
  EXPECT_EQ(signing.num_sources(), 2);
  EXPECT_EQ(articles, (std::set<std::string>{seed.name(), paraphrase.name()}));
  EXPECT_EQ(signing.num_mentions(), signing.mentions_size());
  // One signing in the listing.
  int signings = 0;
  for (const v1::Event& e : events) {
    if (e.category() == v1::EVENT_CATEGORY_SUPPORT && Iso(e.date()) == "2020-01-21") ++signings;
  }
  EXPECT_EQ(signings, 1) << DescribeAll(events);
}

// A WatchEvents call read on its own thread.
class Watcher {
 public:
  // Starts the call and waits until the server has fixed its position
  // (initial metadata). Stops reading, and cancels, after `stop_after`
  // responses (-1: never).
  Watcher(v1::QueryService::Stub* stub, const std::string& filter, const std::string& cursor,
          int stop_after = -1)
      : stop_after_(stop_after) {
    v1::WatchEventsRequest request;
    request.set_filter(filter);
    request.set_cursor(cursor);
    context_.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(120));
    reader_ = stub->WatchEvents(&context_, request);
    reader_->WaitForInitialMetadata();
    thread_ = std::thread([this] { Run(); });
  }

  ~Watcher() { Stop(); }

  // Waits until `n` responses came or the stream ended; false on timeout.
  bool WaitFor(size_t n, absl::Duration timeout = absl::Seconds(30)) {
    absl::MutexLock lock(&mu_);
    auto enough = [this, n]() ABSL_SHARED_LOCKS_REQUIRED(mu_) {
      return responses_.size() >= n || ended_;
    };
    mu_.AwaitWithTimeout(absl::Condition(&enough), timeout);
    return responses_.size() >= n;
  }

  bool WaitEnded(absl::Duration timeout = absl::Seconds(30)) {
    absl::MutexLock lock(&mu_);
    return mu_.AwaitWithTimeout(absl::Condition(&ended_), timeout);
  }

  // Cancels the call and returns its status.
  grpc::Status Stop() {
    context_.TryCancel();
    if (thread_.joinable()) thread_.join();
    absl::MutexLock lock(&mu_);
    return status_;
  }

  std::vector<v1::WatchEventsResponse> responses() {
    absl::MutexLock lock(&mu_);
    return responses_;
  }

 private:
  void Run() {
    v1::WatchEventsResponse response;
    int read = 0;
    while ((stop_after_ < 0 || read < stop_after_) && reader_->Read(&response)) {
      ++read;
      absl::MutexLock lock(&mu_);
      responses_.push_back(response);
    }
    if (stop_after_ >= 0 && read >= stop_after_) context_.TryCancel();
    const grpc::Status status = reader_->Finish();
    absl::MutexLock lock(&mu_);
    status_ = status;
    ended_ = true;
  }

  const int stop_after_;
  grpc::ClientContext context_;
  std::unique_ptr<grpc::ClientReader<v1::WatchEventsResponse>> reader_;
  std::thread thread_;
  absl::Mutex mu_;
  std::vector<v1::WatchEventsResponse> responses_ ABSL_GUARDED_BY(mu_);
  grpc::Status status_ ABSL_GUARDED_BY(mu_);
  bool ended_ ABSL_GUARDED_BY(mu_) = false;
};

// (article, event) of each report, as a comparable string.
std::string Key(const std::string& article, const std::string& event) {
  return absl::StrCat(article, " ", event);
}

TEST_F(EventsE2eTest, WatchSeesEveryReportOnceAcrossAReconnect) {
  std::vector<std::string> files;
  for (int i = 2; i <= 124; ++i) {
    files.push_back(absl::StrFormat("%s/wikinews/2020/%03d.txt", CorpusDir(), i));
  }
  const size_t first_phase = 5;

  Watcher all(pair_->query(), "", "", /*stop_after=*/12);
  Watcher consult(pair_->query(), "category = CONSULT", "");

  // Phase 1, with the first watcher reading (and quitting after 12).
  std::vector<std::string> expected;          // every report, in order
  std::vector<std::string> expected_consult;  // CONSULT reports
  std::vector<v1::Article> stored;
  auto ingest = [&](const std::string& path) {
    const v1::Article article = IngestFile(path);
    stored.push_back(article);
    for (const v1::Event& e : article.events()) {
      if (e.name().empty()) continue;
      expected.push_back(Key(article.name(), e.name()));
      if (e.category() == v1::EVENT_CATEGORY_CONSULT) {
        expected_consult.push_back(Key(article.name(), e.name()));
      }
    }
  };
  for (size_t i = 0; i < first_phase; ++i) ingest(files[i]);
  ASSERT_GT(expected.size(), 12u) << "phase 1 must have more reports than the first watch reads";
  const size_t phase1 = expected.size();
  ASSERT_TRUE(all.WaitEnded()) << "the first watch did not stop after 12 responses";
  std::vector<v1::WatchEventsResponse> before = all.responses();
  ASSERT_EQ(before.size(), 12u);
  EXPECT_EQ(all.Stop().error_code(), grpc::StatusCode::CANCELLED);

  // Reconnect with the last cursor; phase 2.
  Watcher resumed(pair_->query(), "", before.back().cursor());
  for (size_t i = first_phase; i < files.size(); ++i) ingest(files[i]);
  ASSERT_TRUE(resumed.WaitFor(expected.size() - before.size()))
      << "got " << resumed.responses().size() << " of " << expected.size() - before.size();
  // Phase 2 is more than one batch of the watch (kWatchBatchSize = 100).
  EXPECT_GT(expected.size() - phase1, 100u) << [&] {
    std::string counts;
    for (const v1::Article& a : stored) absl::StrAppend(&counts, a.events_size(), " ");
    return counts;
  }();
  std::vector<v1::WatchEventsResponse> got = before;
  for (const v1::WatchEventsResponse& r : resumed.responses()) got.push_back(r);

  std::vector<std::string> seen;
  std::set<std::string> known_events;
  for (const v1::WatchEventsResponse& r : got) {
    seen.push_back(Key(r.article(), r.event().name()));
    // new_event: the first report of each event, and only that.
    EXPECT_EQ(r.new_event(), known_events.insert(r.event().name()).second)
        << r.article() << " " << r.event().name();
    EXPECT_FALSE(r.cursor().empty());
    // The response's mentions are the reporting article's.
    for (const v1::EventMention& m : r.event().mentions()) EXPECT_EQ(m.article(), r.article());
  }
  EXPECT_EQ(seen, expected);  // in ingest order, none missed, none twice
  // A little later there is still nothing more.
  EXPECT_FALSE(resumed.WaitFor(expected.size() - before.size() + 1, absl::Milliseconds(500)));

  // The store agrees: each article's events are the ones its reports named.
  for (const v1::Article& article : stored) {
    std::vector<std::string> listed, watched;
    for (const v1::Event& e : AllEvents(absl::StrCat("article = \"", article.name(), "\""))) {
      listed.push_back(e.name());
    }
    for (const v1::WatchEventsResponse& r : got) {
      if (r.article() == article.name()) watched.push_back(r.event().name());
    }
    EXPECT_THAT(watched, UnorderedElementsAreArray(listed)) << article.name();
  }

  // The filtered watch got the CONSULT reports only, all of them.
  ASSERT_FALSE(expected_consult.empty());
  ASSERT_TRUE(consult.WaitFor(expected_consult.size()));
  std::vector<std::string> consults;
  for (const v1::WatchEventsResponse& r : consult.responses()) {
    EXPECT_EQ(r.event().category(), v1::EVENT_CATEGORY_CONSULT);
    consults.push_back(Key(r.article(), r.event().name()));
  }
  EXPECT_EQ(consults, expected_consult);
  EXPECT_EQ(consult.Stop().error_code(), grpc::StatusCode::CANCELLED);
  EXPECT_EQ(resumed.Stop().error_code(), grpc::StatusCode::CANCELLED);

  // A watch from a cursor replays what came after it.
  Watcher replay(pair_->query(), "", got[got.size() - 3].cursor());
  ASSERT_TRUE(replay.WaitFor(2));
  std::vector<v1::WatchEventsResponse> replayed = replay.responses();
  ASSERT_GE(replayed.size(), 2u);
  EXPECT_EQ(replayed[0].event().name(), got[got.size() - 2].event().name());
  EXPECT_EQ(replayed[1].event().name(), got[got.size() - 1].event().name());
  replay.Stop();
}

// An idle watch is woken when a report is stored (the query service's
// WatchNotifier looks every 10 ms), not at its next poll, a second after it
// went idle.
TEST_F(EventsE2eTest, AnIdleWatchHearsOfAReportBeforeItsPoll) {
  Watcher watcher(pair_->query(), "", "");
  // Idle: its poll is now about a second away.
  absl::SleepFor(absl::Milliseconds(100));
  const v1::Article seed = IngestFile(SeedPath());
  const absl::Time stored = absl::Now();
  ASSERT_GT(seed.events_size(), 0);
  ASSERT_TRUE(watcher.WaitFor(1, absl::Seconds(30)));
  const absl::Duration latency = absl::Now() - stored;
  // At the poll it would be 0.8 s or more after the answer.
  EXPECT_LT(latency, absl::Milliseconds(500)) << "the watch waited for its poll";
  EXPECT_EQ(watcher.responses().front().article(), seed.name());
}

TEST_F(EventsE2eTest, WatchRejectsBadFiltersAndCursors) {
  for (const auto& [filter, cursor, named] : std::vector<std::tuple<std::string, std::string,
                                                                    std::string>>{
           {"category = MEET", "", "MEET"},
           {"colour = \"red\"", "", "colour"},
           {"", "not-a-cursor", "cursor"}}) {
    Watcher watcher(pair_->query(), filter, cursor);
    ASSERT_TRUE(watcher.WaitEnded());
    const grpc::Status status = watcher.Stop();
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << filter << cursor;
    EXPECT_THAT(status.error_message(), HasSubstr(named));
    EXPECT_THAT(watcher.responses(), IsEmpty());
  }
}

// ListEvents reads its request itself (its response is assembled from the
// stored bytes): bytes that are not a ListEventsRequest get
// INVALID_ARGUMENT, and a listing parses as the typed API describes it.
TEST_F(EventsE2eTest, ListEventsRejectsARequestThatIsNotOne) {
  grpc::GenericStub stub(pair_->query_process().Channel());
  const std::string garbage = "\x0a\xff\xff\xff\xff\x0f";  // a length past the end
  grpc::Slice slice(garbage.data(), garbage.size());
  grpc::ByteBuffer request(&slice, 1);
  grpc::ByteBuffer response;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  absl::Notification done;
  grpc::Status status;
  stub.UnaryCall(&context, "/newsgraph.v1.QueryService/ListEvents", grpc::StubOptions(), &request,
                 &response, [&](grpc::Status s) {
                   status = std::move(s);
                   done.Notify();
                 });
  done.WaitForNotification();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_THAT(status.error_message(), HasSubstr("ListEventsRequest"));
}

// SIGTERM ends open watches at once with UNAVAILABLE (the client resumes
// elsewhere from its cursor) instead of holding the server for its grace
// period.
TEST_F(EventsE2eTest, ShutdownEndsOpenWatchesWithUnavailable) {
  Watcher watcher(pair_->query(), "", "");
  const absl::Time start = absl::Now();
  absl::StatusOr<int> exit = pair_->query_process().Stop(SIGTERM, absl::Seconds(20));
  ASSERT_TRUE(exit.ok()) << exit.status();
  EXPECT_LT(absl::Now() - start, absl::Seconds(5));
  ASSERT_TRUE(watcher.WaitEnded(absl::Seconds(10)));
  const grpc::Status status = watcher.Stop();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE) << status.error_message();
}

}  // namespace
}  // namespace newsgraph
