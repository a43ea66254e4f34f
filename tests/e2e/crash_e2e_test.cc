// End to end: what the ingest service acknowledges survives SIGKILL at any
// moment, and SIGTERM drains so that clients see nothing worse than
// UNAVAILABLE.
//
//  * AcknowledgedArticlesSurviveSigkill: kKillCycles times, unary and bulk
//    stream writers ingest while the ingest service is killed (SIGKILL) at
//    a random moment and restarted. Articles whose call failed are sent
//    again in the next cycle (ingest is idempotent). After every restart
//    each acknowledged article is listed exactly once, by name and by
//    title, and the store file passes SQLite's integrity and foreign key
//    checks with every entity's and event's counts equal to the rows
//    linked to them. The kill moments come from a seeded generator: the
//    seed is printed, and NEWSGRAPH_CRASH_SEED=<seed> replays it.
//  * SigtermDrainsInFlightCallsAndExitsCleanly: a bulk stream open when
//    SIGTERM arrives finishes during the drain.
//  * SigtermUnderLoadGivesClientsOnlyOkOrUnavailable: unary and bulk
//    writers, readers and watches run while first the ingest and then the
//    query service get SIGTERM: each process exits 0 within its grace,
//    every article acknowledged OK is stored exactly once, and clients
//    that follow the service's health see only OK and UNAVAILABLE (for
//    clients that ignore it, see ExpectOnlyOkOrUnavailable).
//  * SigtermGraceEndsAnOverlongStreamWithUnavailable: a stream still open
//    when the grace ends is cut: the client sees UNAVAILABLE, the service
//    logs CANCELLED, and what the stream sent before is stored, in order.
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/service_pair.h"

namespace newsgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::ServicePair;

// How many times the SIGKILL test kills and restarts the ingest service,
// and the longest it lets the writers run before a kill. Under
// AddressSanitizer (tools/sanitize.sh), where every restart and store check
// is several times slower, fewer cycles look for memory errors; the normal
// build runs all fifty.
#if defined(__SANITIZE_ADDRESS__)
#define NG_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NG_UNDER_ASAN 1
#endif
#endif
#ifdef NG_UNDER_ASAN
constexpr int kKillCycles = 10;
#else
constexpr int kKillCycles = 50;
#endif
constexpr int kMaxKillDelayMs = 400;
// Every call's deadline: far beyond any call's real duration, so that a
// loaded machine does not turn slowness into failures.
constexpr absl::Duration kCallDeadline = absl::Seconds(60);

// --- Synthetic articles ------------------------------------------------------
//
// Article n names two leaders, their countries, a city and an organization
// (drawn from small lists, so entities recur and their counts grow), and
// reports a meeting on a date: enough for entities, links and events.

struct Leader {
  const char* title;
  const char* name;
  const char* country;
};

constexpr Leader kLeaders[] = {
    {"President", "Emmanuel Macron", "France"},
    {"Chancellor", "Olaf Scholz", "Germany"},
    {"Prime Minister", "Irakli Garibashvili", "Georgia"},
    {"President", "Ilham Aliyev", "Azerbaijan"},
    {"Prime Minister", "Nikol Pashinyan", "Armenia"},
    {"President", "Recep Tayyip Erdogan", "Turkey"},
    {"Prime Minister", "Giorgia Meloni", "Italy"},
};
constexpr const char* kCities[] = {"Tbilisi", "Baku", "Paris", "Berlin", "Ankara", "Yerevan"};
constexpr const char* kOrganizations[] = {"the European Union", "NATO", "the United Nations",
                                          "the World Bank"};

template <typename T, size_t N>
const T& Pick(const T (&list)[N], int n) {
  return list[static_cast<size_t>(n) % N];
}

std::string TitleOf(int n) { return absl::StrCat("Crash test article ", n); }

v1::CreateArticleRequest ArticleRequest(int n) {
  const Leader& host = Pick(kLeaders, n);
  const Leader& guest = Pick(kLeaders, n + 1 + (n / 7) % 6);  // never the host
  const char* city = Pick(kCities, n / 3);
  v1::CreateArticleRequest request;
  request.set_text(absl::StrCat(
      TitleOf(n), "\n\n", city, ", May ", n % 28 + 1, " - ", host.title, " ", host.name, " of ",
      host.country, " met ", guest.title, " ", guest.name, " of ", guest.country, " in ", city,
      " on Tuesday to discuss item ", n * 7919, ". ", Pick(kOrganizations, n / 5),
      " said the talks were constructive, and ", host.name,
      " said the two countries would sign an agreement on trade.\n\nIt was their meeting number ",
      n % 9 + 2, " this year. ", guest.name, " thanked ", host.name, " for the invitation."));
  request.set_published_date(absl::StrCat("2023-05-", absl::Dec(n % 28 + 1, absl::kZeroPad2)));
  request.set_source(n % 2 == 0 ? "Crash Wire" : "Kill Times");
  request.set_view(v1::ARTICLE_VIEW_BASIC);
  return request;
}

// --- Bookkeeping ---------------------------------------------------------------

// Which articles the clients sent and which the ingest service
// acknowledged. An article whose call failed may or may not be stored; it
// is handed out again, so that the next attempt must find it (or store it)
// without storing it twice. Thread-safe.
class ArticleLedger {
 public:
  // The next article to send: one to send again, else a new one.
  int Take() {
    absl::MutexLock lock(&mu_);
    if (retry_.empty()) return next_++;
    const int n = retry_.front();
    retry_.pop_front();
    return n;
  }

  // The service said that article `n` is stored as `name`.
  void Acknowledge(int n, const std::string& name) {
    absl::MutexLock lock(&mu_);
    auto [it, inserted] = acknowledged_.emplace(n, name);
    if (!inserted && it->second != name) {
      conflicts_.push_back(
          absl::StrCat(TitleOf(n), " acknowledged as ", it->second, " and ", name));
    }
    if (retried_.erase(n) > 0) ++acknowledged_after_retry_;
  }

  // The call that sent article `n` failed: send it again.
  void Retry(int n) {
    absl::MutexLock lock(&mu_);
    retry_.push_back(n);
    retried_.insert(n);
  }

  std::map<int, std::string> acknowledged() const {
    absl::MutexLock lock(&mu_);
    return acknowledged_;
  }
  // Articles sent again after a failed call and then acknowledged.
  int acknowledged_after_retry() const {
    absl::MutexLock lock(&mu_);
    return acknowledged_after_retry_;
  }
  int taken() const {
    absl::MutexLock lock(&mu_);
    return next_;
  }
  std::vector<std::string> conflicts() const {
    absl::MutexLock lock(&mu_);
    return conflicts_;
  }

 private:
  mutable absl::Mutex mu_;
  int next_ ABSL_GUARDED_BY(mu_) = 0;
  std::deque<int> retry_ ABSL_GUARDED_BY(mu_);
  std::set<int> retried_ ABSL_GUARDED_BY(mu_);
  int acknowledged_after_retry_ ABSL_GUARDED_BY(mu_) = 0;
  std::map<int, std::string> acknowledged_ ABSL_GUARDED_BY(mu_);
  std::vector<std::string> conflicts_ ABSL_GUARDED_BY(mu_);
};

// The status codes the clients got, by method. Thread-safe.
class CallCodes {
 public:
  // `request_id` is the call's x-request-id, kept for CANCELLED calls.
  void Record(std::string_view method, grpc::StatusCode code, const std::string& request_id = "") {
    absl::MutexLock lock(&mu_);
    ++counts_[std::string(method)][code];
    if (code == grpc::StatusCode::CANCELLED) cancelled_ids_.push_back(request_id);
  }

  std::vector<std::string> cancelled_request_ids() const {
    absl::MutexLock lock(&mu_);
    return cancelled_ids_;
  }

  int Count(std::string_view method, grpc::StatusCode code) const {
    absl::MutexLock lock(&mu_);
    auto it = counts_.find(std::string(method));
    if (it == counts_.end()) return 0;
    auto code_it = it->second.find(code);
    return code_it == it->second.end() ? 0 : code_it->second;
  }

  // Calls that ended neither OK nor UNAVAILABLE.
  int Unexpected() const {
    absl::MutexLock lock(&mu_);
    int n = 0;
    for (const auto& [method, by_code] : counts_) {
      for (const auto& [code, count] : by_code) {
        if (code != grpc::StatusCode::OK && code != grpc::StatusCode::UNAVAILABLE) n += count;
      }
    }
    return n;
  }

  // "CreateArticle: OK 120, UNAVAILABLE 3; ListArticles: OK 40".
  std::string Summary() const {
    absl::MutexLock lock(&mu_);
    std::vector<std::string> parts;
    for (const auto& [method, by_code] : counts_) {
      std::vector<std::string> codes;
      for (const auto& [code, count] : by_code) {
        codes.push_back(absl::StrCat(absl::StatusCodeToString(static_cast<absl::StatusCode>(code)),
                                     " ", count));
      }
      parts.push_back(absl::StrCat(method, ": ", absl::StrJoin(codes, ", ")));
    }
    return absl::StrJoin(parts, "; ");
  }

 private:
  mutable absl::Mutex mu_;
  std::map<std::string, std::map<grpc::StatusCode, int>> counts_ ABSL_GUARDED_BY(mu_);
  std::vector<std::string> cancelled_ids_ ABSL_GUARDED_BY(mu_);
};

// --- Clients ---------------------------------------------------------------------

// Client threads that call until stopped. Each client backs off briefly
// after a failed call (the service is restarting or gone) and tries again.
// Every call carries an x-request-id "<prefix>-<n>", which the services log.
class ClientGroup {
 public:
  ClientGroup(ArticleLedger* ledger, CallCodes* codes, std::string id_prefix = "crash")
      : ledger_(ledger), codes_(codes), id_prefix_(std::move(id_prefix)) {}
  ~ClientGroup() { StopAndJoin(); }

  // CreateArticle, one article per call.
  void AddUnaryWriter(std::shared_ptr<grpc::Channel> channel);
  // BatchCreateArticles: streams of 1 to 4 messages of 1 to 3 articles,
  // a short pause between messages so that streams are open across a signal.
  void AddStreamWriter(std::shared_ptr<grpc::Channel> channel, uint32_t seed);
  // ListArticles, SearchArticles and GetArticle in turn.
  void AddReader(std::shared_ptr<grpc::Channel> channel);
  // WatchEvents, open until the service ends it (then opened again).
  void AddWatcher(std::shared_ptr<grpc::Channel> channel);

  void StopAndJoin() {
    stop_ = true;
    for (std::thread& t : threads_) t.join();
    threads_.clear();
  }

 private:
  void Run(std::function<bool()> call) {
    threads_.emplace_back([this, call = std::move(call)] {
      while (!stop_) {
        if (!call()) absl::SleepFor(absl::Milliseconds(20));
      }
    });
  }
  bool UnaryWrite(v1::IngestService::Stub* stub);
  bool StreamWrite(v1::IngestService::Stub* stub, std::mt19937* rng);
  bool Read(v1::QueryService::Stub* stub, int turn);
  bool Watch(v1::QueryService::Stub* stub);
  // A context with kCallDeadline and a fresh request id.
  std::unique_ptr<grpc::ClientContext> NewContext(std::string* request_id);

  ArticleLedger* const ledger_;
  CallCodes* const codes_;
  const std::string id_prefix_;
  std::atomic<int64_t> next_id_{0};
  std::atomic<bool> stop_{false};
  std::vector<std::thread> threads_;
};

std::unique_ptr<grpc::ClientContext> ClientGroup::NewContext(std::string* request_id) {
  *request_id = absl::StrCat(id_prefix_, "-", next_id_++);
  auto context = std::make_unique<grpc::ClientContext>();
  context->set_deadline(absl::ToChronoTime(absl::Now() + kCallDeadline));
  context->AddMetadata("x-request-id", *request_id);
  return context;
}

void ClientGroup::AddUnaryWriter(std::shared_ptr<grpc::Channel> channel) {
  std::shared_ptr<v1::IngestService::Stub> stub = v1::IngestService::NewStub(channel);
  Run([this, stub] { return UnaryWrite(stub.get()); });
}

void ClientGroup::AddStreamWriter(std::shared_ptr<grpc::Channel> channel, uint32_t seed) {
  std::shared_ptr<v1::IngestService::Stub> stub = v1::IngestService::NewStub(channel);
  auto rng = std::make_shared<std::mt19937>(seed);
  Run([this, stub, rng] { return StreamWrite(stub.get(), rng.get()); });
}

void ClientGroup::AddReader(std::shared_ptr<grpc::Channel> channel) {
  std::shared_ptr<v1::QueryService::Stub> stub = v1::QueryService::NewStub(channel);
  auto turn = std::make_shared<int>(0);
  Run([this, stub, turn] { return Read(stub.get(), (*turn)++); });
}

void ClientGroup::AddWatcher(std::shared_ptr<grpc::Channel> channel) {
  std::shared_ptr<v1::QueryService::Stub> stub = v1::QueryService::NewStub(channel);
  Run([this, stub] { return Watch(stub.get()); });
}

bool ClientGroup::UnaryWrite(v1::IngestService::Stub* stub) {
  const int n = ledger_->Take();
  std::string id;
  auto context = NewContext(&id);
  v1::CreateArticleResponse response;
  const grpc::Status status = stub->CreateArticle(context.get(), ArticleRequest(n), &response);
  codes_->Record("CreateArticle", status.error_code(), id);
  if (!status.ok()) {
    ledger_->Retry(n);
    return false;
  }
  ledger_->Acknowledge(n, response.article().name());
  return true;
}

bool ClientGroup::StreamWrite(v1::IngestService::Stub* stub, std::mt19937* rng) {
  std::string id;
  auto context = NewContext(&id);
  v1::BatchCreateArticlesResponse response;
  auto writer = stub->BatchCreateArticles(context.get(), &response);
  std::vector<int> sent;  // article numbers by stream index
  const int messages = std::uniform_int_distribution<int>(1, 4)(*rng);
  for (int m = 0; m < messages; ++m) {
    v1::BatchCreateArticlesRequest message;
    const int articles = std::uniform_int_distribution<int>(1, 3)(*rng);
    for (int a = 0; a < articles; ++a) {
      sent.push_back(ledger_->Take());
      *message.add_requests() = ArticleRequest(sent.back());
    }
    if (!writer->Write(message)) break;  // the stream broke: Finish says why
    absl::SleepFor(absl::Milliseconds(std::uniform_int_distribution<int>(0, 15)(*rng)));
  }
  writer->WritesDone();
  const grpc::Status status = writer->Finish();
  codes_->Record("BatchCreateArticles", status.error_code(), id);
  // Only the final response acknowledges: one result per article sent.
  std::vector<bool> acknowledged(sent.size(), false);
  if (status.ok()) {
    for (const v1::BatchCreateArticleResult& result : response.results()) {
      const auto index = static_cast<size_t>(result.index());
      if (index >= sent.size() || result.code() != 0) {
        // A valid article that failed, or a result for no article sent.
        codes_->Record("BatchCreateArticles result",
                       result.code() != 0 ? static_cast<grpc::StatusCode>(result.code())
                                          : grpc::StatusCode::OUT_OF_RANGE);
        continue;
      }
      ledger_->Acknowledge(sent[index], result.name());
      acknowledged[index] = true;
    }
  }
  for (size_t i = 0; i < sent.size(); ++i) {
    if (!acknowledged[i]) ledger_->Retry(sent[i]);
  }
  return status.ok();
}

bool ClientGroup::Read(v1::QueryService::Stub* stub, int turn) {
  std::string id;
  auto context = NewContext(&id);
  grpc::Status status;
  if (turn % 2 == 0) {
    v1::ListArticlesRequest request;
    request.set_page_size(20);
    request.set_order_by("create_time desc");
    v1::ListArticlesResponse response;
    status = stub->ListArticles(context.get(), request, &response);
    codes_->Record("ListArticles", status.error_code(), id);
    if (status.ok() && response.articles_size() > 0) {
      v1::GetArticleRequest get;
      get.set_name(response.articles(0).name());
      v1::GetArticleResponse article;
      auto get_context = NewContext(&id);
      status = stub->GetArticle(get_context.get(), get, &article);
      codes_->Record("GetArticle", status.error_code(), id);
    }
  } else {
    v1::SearchArticlesRequest request;
    request.set_query("constructive talks");
    v1::SearchArticlesResponse response;
    status = stub->SearchArticles(context.get(), request, &response);
    codes_->Record("SearchArticles", status.error_code(), id);
  }
  return status.ok();
}

bool ClientGroup::Watch(v1::QueryService::Stub* stub) {
  std::string id;
  auto context = NewContext(&id);
  auto reader = stub->WatchEvents(context.get(), v1::WatchEventsRequest());
  v1::WatchEventsResponse response;
  while (reader->Read(&response)) {
  }
  const grpc::Status status = reader->Finish();
  codes_->Record("WatchEvents", status.error_code(), id);
  return status.ok();
}

// --- Checks ------------------------------------------------------------------------

// Lists every article through the query service: each acknowledged article
// must be there exactly once, under the name it was acknowledged with and
// with its own title, and no title may be stored twice.
void ExpectEachAcknowledgedStoredOnce(v1::QueryService::Stub* query, const ArticleLedger& ledger,
                                      const std::string& when) {
  auto stored = testing::ListAllArticles(query, "", "create_time", 1000);
  ASSERT_TRUE(stored.ok()) << when << ": " << stored.status();
  std::map<std::string, int> by_name;
  std::map<std::string, int> by_title;
  std::map<std::string, std::string> title_of_name;
  for (const v1::Article& article : *stored) {
    ++by_name[article.name()];
    ++by_title[article.title()];
    title_of_name[article.name()] = article.title();
  }
  int failures = 0;
  for (const auto& [name, count] : by_name) {
    if (count > 1 && ++failures <= 10)
      ADD_FAILURE() << when << ": " << name << " listed " << count << " times";
  }
  for (const auto& [title, count] : by_title) {
    if (count > 1 && ++failures <= 10)
      ADD_FAILURE() << when << ": \"" << title << "\" stored " << count << " times";
  }
  for (const auto& [n, name] : ledger.acknowledged()) {
    auto it = title_of_name.find(name);
    if (it == title_of_name.end()) {
      if (++failures <= 10)
        ADD_FAILURE() << when << ": acknowledged " << TitleOf(n) << " (" << name << ") is lost";
    } else if (it->second != TitleOf(n)) {
      if (++failures <= 10) {
        ADD_FAILURE() << when << ": acknowledged " << TitleOf(n) << " is stored as " << name
                      << " with the title \"" << it->second << "\"";
      }
    }
  }
  for (const std::string& conflict : ledger.conflicts()) ADD_FAILURE() << when << ": " << conflict;
}

// A read-only SQLite connection to the store file, for checks the API
// does not expose.
class StoreFile {
 public:
  explicit StoreFile(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << "cannot open " << path << ": " << sqlite3_errmsg(db_);
    }
    sqlite3_busy_timeout(db_, 60000);
  }
  ~StoreFile() { sqlite3_close_v2(db_); }
  StoreFile(const StoreFile&) = delete;
  StoreFile& operator=(const StoreFile&) = delete;

  // The first column of every row of `sql`, as text ("NULL" for null).
  std::vector<std::string> Column(const std::string& sql) {
    std::vector<std::string> values;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
      ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db_);
      return values;
    }
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      values.emplace_back(text == nullptr ? "NULL" : reinterpret_cast<const char*>(text));
    }
    if (rc != SQLITE_DONE) ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db_);
    sqlite3_finalize(stmt);
    return values;
  }

  int64_t Count(const std::string& sql) {
    const std::vector<std::string> values = Column(sql);
    int64_t n = -1;
    if (values.size() != 1 || !absl::SimpleAtoi(values[0], &n)) {
      ADD_FAILURE() << sql << " gave " << absl::StrJoin(values, ", ");
    }
    return n;
  }

 private:
  sqlite3* db_ = nullptr;
};

// The store's own consistency: SQLite's integrity and foreign key checks,
// one record and one text index row per article, no title twice, and
// every entity's and event's counts equal to the rows linked to them
// (a crash between the writes of one article would break these).
// `when` labels failures; `print` also prints the store's counts.
void ExpectStoreConsistent(const std::string& db_path, const std::string& when, bool print = true) {
  SCOPED_TRACE(when);
  StoreFile store(db_path);
  EXPECT_THAT(store.Column("PRAGMA integrity_check"), ::testing::ElementsAre("ok"));
  EXPECT_THAT(store.Column("PRAGMA foreign_key_check"), ::testing::IsEmpty());
  const int64_t articles = store.Count("SELECT count(*) FROM articles");
  EXPECT_EQ(store.Count("SELECT count(*) FROM article_records"), articles);
  EXPECT_EQ(store.Count("SELECT count(*) FROM article_fts"), articles);
  EXPECT_EQ(store.Count("SELECT count(*) FROM (SELECT title FROM articles GROUP BY title "
                        "HAVING count(*) > 1)"),
            0);
  EXPECT_EQ(store.Count("SELECT count(*) FROM (SELECT 1 FROM entities WHERE type IN "
                        "('ENTITY_TYPE_PERSON', 'ENTITY_TYPE_ORGANIZATION') "
                        "GROUP BY type, display_norm, country_code HAVING count(*) > 1)"),
            0);
  EXPECT_EQ(
      store.Count("SELECT count(*) FROM entities e WHERE e.article_count <> "
                  "(SELECT count(*) FROM article_entities l WHERE l.entity_id = e.entity_id)"),
      0);
  EXPECT_EQ(store.Count("SELECT count(*) FROM entities e WHERE e.mention_count <> "
                        "(SELECT coalesce(sum(l.mention_count), 0) FROM article_entities l "
                        "WHERE l.entity_id = e.entity_id)"),
            0);
  EXPECT_EQ(store.Count("SELECT count(*) FROM events e WHERE e.num_articles <> "
                        "(SELECT count(*) FROM event_reports r WHERE r.event_row = e.event_row)"),
            0);
  if (!print) return;
  std::cout << when << ", the store: " << articles << " articles, "
            << store.Count("SELECT count(*) FROM entities") << " entities, "
            << store.Count("SELECT count(*) FROM article_entities") << " article links, "
            << store.Count("SELECT count(*) FROM events") << " events, "
            << store.Count("SELECT count(*) FROM event_reports") << " event reports\n";
}

// The seed of the kill moments: $NEWSGRAPH_CRASH_SEED, else a fresh one.
uint32_t CrashSeed() {
  uint32_t seed = 0;
  const char* env = std::getenv("NEWSGRAPH_CRASH_SEED");
  if (env != nullptr && absl::SimpleAtoi(env, &seed)) return seed;
  return std::random_device()();
}

// --- Tests ---------------------------------------------------------------------------

TEST(CrashE2eTest, AcknowledgedArticlesSurviveSigkill) {
  const uint32_t seed = CrashSeed();
  std::cout << "crash seed " << seed << " (replay: NEWSGRAPH_CRASH_SEED=" << seed << ")\n";
  ::testing::Test::RecordProperty("crash_seed", std::to_string(seed));
  SCOPED_TRACE(absl::StrCat("NEWSGRAPH_CRASH_SEED=", seed));
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> kill_delay_ms(0, kMaxKillDelayMs);

  auto pair = ServicePair::Start();
  ASSERT_TRUE(pair.ok()) << pair.status();
  ArticleLedger ledger;
  CallCodes codes;
  const absl::Time start = absl::Now();
  for (int cycle = 0; cycle < kKillCycles; ++cycle) {
    const absl::Duration kill_after = absl::Milliseconds(kill_delay_ms(rng));
    {
      ClientGroup clients(&ledger, &codes);
      const auto channel = (*pair)->ingest_process().Channel();
      clients.AddUnaryWriter(channel);
      clients.AddUnaryWriter(channel);
      clients.AddStreamWriter(channel, static_cast<uint32_t>(rng()));
      clients.AddStreamWriter(channel, static_cast<uint32_t>(rng()));
      absl::SleepFor(kill_after);
      ASSERT_EQ(kill((*pair)->ingest_process().pid(), SIGKILL), 0);
      clients.StopAndJoin();
    }
    ASSERT_TRUE((*pair)->RestartIngest().ok()) << "cycle " << cycle;
    ExpectEachAcknowledgedStoredOnce(
        (*pair)->query(), ledger,
        absl::StrCat("after kill ", cycle + 1, " (at ", absl::FormatDuration(kill_after), ")"));
    ExpectStoreConsistent((*pair)->db_path(), absl::StrCat("after kill ", cycle + 1),
                          /*print=*/false);
    if (::testing::Test::HasFailure()) break;
  }
  const absl::Duration took = absl::Now() - start;

  // A clean stop, then the file itself.
  auto exit_status = (*pair)->ingest_process().Stop(SIGTERM, absl::Seconds(60));
  ASSERT_TRUE(exit_status.ok()) << exit_status.status();
  EXPECT_TRUE(WIFEXITED(*exit_status) && WEXITSTATUS(*exit_status) == 0) << *exit_status;
  ExpectStoreConsistent((*pair)->db_path(), "after the last restart and SIGTERM");

  std::cout << kKillCycles << " kills in " << took << ": " << ledger.taken() << " articles sent, "
            << ledger.acknowledged().size() << " acknowledged ("
            << ledger.acknowledged_after_retry()
            << " after a failed call); calls: " << codes.Summary() << "\n";
  EXPECT_EQ(codes.Unexpected(), 0) << codes.Summary();
  EXPECT_GT(ledger.acknowledged().size(), static_cast<size_t>(kKillCycles));
}

TEST(CrashE2eTest, SigtermDrainsInFlightCallsAndExitsCleanly) {
  auto pair = ServicePair::Start({"--drain_delay=1s", "--shutdown_grace=10s"});
  ASSERT_TRUE(pair.ok()) << pair.status();

  // A bulk upload is in flight when SIGTERM arrives.
  grpc::ClientContext context;
  v1::BatchCreateArticlesResponse response;
  auto writer = (*pair)->ingest()->BatchCreateArticles(&context, &response);
  v1::BatchCreateArticlesRequest message;
  *message.add_requests() = ArticleRequest(1);
  ASSERT_TRUE(writer->Write(message));

  kill((*pair)->ingest_process().pid(), SIGTERM);
  absl::SleepFor(absl::Milliseconds(300));
  // During the drain delay health says NOT_SERVING.
  {
    grpc::ClientContext health_context;
    grpc::health::v1::HealthCheckRequest request;
    grpc::health::v1::HealthCheckResponse health;
    const grpc::Status status = (*pair)->ingest_health()->Check(&health_context, request, &health);
    EXPECT_TRUE(!status.ok() ||
                health.status() == grpc::health::v1::HealthCheckResponse::NOT_SERVING)
        << "health still SERVING after SIGTERM";
  }
  // The in-flight stream may still finish its work.
  message.Clear();
  *message.add_requests() = ArticleRequest(2);
  ASSERT_TRUE(writer->Write(message));
  writer->WritesDone();
  const grpc::Status status = writer->Finish();
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(response.created_count(), 2);

  auto exit_status = (*pair)->ingest_process().Stop(0 /* just wait */, absl::Seconds(20));
  ASSERT_TRUE(exit_status.ok()) << exit_status.status();
  EXPECT_TRUE(WIFEXITED(*exit_status)) << *exit_status;
  EXPECT_EQ(WEXITSTATUS(*exit_status), 0);
  EXPECT_THAT((*pair)->ingest_process().Log(), HasSubstr("\"msg\":\"stopped\""));

  auto names = testing::ListAllNames((*pair)->query());
  ASSERT_TRUE(names.ok());
  EXPECT_EQ(names->size(), 2u);
}

// The drain settings of the load tests. Calls here end far sooner than
// the grace, so a process should exit soon after the drain delay.
constexpr absl::Duration kDrainDelay = absl::Seconds(1);
constexpr absl::Duration kShutdownGrace = absl::Seconds(20);
const std::vector<std::string> kDrainFlags = {"--drain_delay=1s", "--shutdown_grace=20s"};

// A channel that follows the service's health, as gRPC's client-side
// health checking does (a load balancer or mesh does the same): once the
// service says NOT_SERVING, new calls fail at once with UNAVAILABLE in the
// client instead of being sent.
std::shared_ptr<grpc::Channel> HealthCheckedChannel(const testing::ServiceProcess& process,
                                                    const std::string& service) {
  grpc::ChannelArguments args;
  args.SetServiceConfigJSON(absl::StrCat(R"({"loadBalancingConfig": [{"round_robin": {}}],)",
                                         R"("healthCheckConfig": {"serviceName": ")", service,
                                         R"("}})"));
  return grpc::CreateCustomChannel(process.address(), grpc::InsecureChannelCredentials(), args);
}

// Waits until `done` holds (the clients have done some work), up to a
// minute.
void AwaitLoad(const std::function<bool()>& done, const std::string& what) {
  const absl::Time patience = absl::Now() + absl::Minutes(1);
  while (!done()) {
    ASSERT_LT(absl::Now(), patience) << "no load: " << what;
    absl::SleepFor(absl::Milliseconds(10));
  }
}

// Sends SIGTERM to `process` and expects it to exit with status 0 within
// the drain delay plus the grace. Returns how long it took.
absl::Duration ExpectGracefulExit(testing::ServiceProcess& process) {
  const absl::Time signalled = absl::Now();
  auto exit_status = process.Stop(SIGTERM, kDrainDelay + kShutdownGrace);
  const absl::Duration took = absl::Now() - signalled;
  EXPECT_TRUE(exit_status.ok()) << exit_status.status() << "; log:\n" << process.Log();
  if (exit_status.ok()) {
    EXPECT_TRUE(WIFEXITED(*exit_status) && WEXITSTATUS(*exit_status) == 0)
        << "wait status " << *exit_status;
  }
  EXPECT_THAT(process.Log(), HasSubstr("\"msg\":\"stopped\""));
  return took;
}

// Clients that follow the service's health must see only OK and
// UNAVAILABLE. Clients that ignore it keep sending until the listener
// closes, and gRPC 1.51 answers a call that reaches the server in the
// moment between its shutdown and the client reading the GOAWAY with
// CANCELLED, without running it (grpc/grpc#41785): such calls are
// tolerated only when the service never logged their request id.
void ExpectOnlyOkOrUnavailable(const CallCodes& health_checked, const CallCodes& direct,
                               const std::string& service_log, const std::string& when) {
  EXPECT_EQ(health_checked.Unexpected(), 0)
      << when << ", clients that follow health: " << health_checked.Summary();
  const std::vector<std::string> cancelled = direct.cancelled_request_ids();
  EXPECT_EQ(direct.Unexpected(), static_cast<int>(cancelled.size()))
      << when << ", clients that ignore health: " << direct.Summary();
  for (const std::string& id : cancelled) {
    EXPECT_THAT(service_log, Not(HasSubstr(absl::StrCat("\"request_id\":\"", id, "\""))))
        << when << ": call " << id << " ended CANCELLED after the service ran it";
  }
  std::cout << when << ", clients that follow health: " << health_checked.Summary()
            << "\n  clients that ignore it: " << direct.Summary() << "\n";
}

TEST(CrashE2eTest, SigtermUnderLoadGivesClientsOnlyOkOrUnavailable) {
  auto pair = ServicePair::Start(kDrainFlags, kDrainFlags);
  ASSERT_TRUE(pair.ok()) << pair.status();
  ArticleLedger ledger;
  constexpr char kIngest[] = "newsgraph.v1.IngestService";
  constexpr char kQuery[] = "newsgraph.v1.QueryService";

  // 1. The ingest service stops under unary and bulk writes and reads.
  CallCodes checked;
  CallCodes direct;
  {
    ClientGroup clients(&ledger, &checked, "checked");
    ClientGroup direct_clients(&ledger, &direct, "direct");
    const auto ingest = HealthCheckedChannel((*pair)->ingest_process(), kIngest);
    const auto query = HealthCheckedChannel((*pair)->query_process(), kQuery);
    clients.AddUnaryWriter(ingest);
    clients.AddStreamWriter(ingest, 1);
    clients.AddStreamWriter(ingest, 2);
    clients.AddReader(query);
    clients.AddReader(query);
    direct_clients.AddUnaryWriter((*pair)->ingest_process().Channel());
    direct_clients.AddStreamWriter((*pair)->ingest_process().Channel(), 3);
    AwaitLoad(
        [&] {
          return checked.Count("CreateArticle", grpc::StatusCode::OK) >= 5 &&
                 checked.Count("BatchCreateArticles", grpc::StatusCode::OK) >= 5 &&
                 direct.Count("CreateArticle", grpc::StatusCode::OK) >= 5 &&
                 checked.Count("SearchArticles", grpc::StatusCode::OK) >= 5;
        },
        "writes and reads before the ingest's SIGTERM");
    const absl::Duration took = ExpectGracefulExit((*pair)->ingest_process());
    std::cout << "ingest exited " << took << " after SIGTERM\n";
    absl::SleepFor(absl::Milliseconds(200));  // and calls after the exit
  }
  ExpectOnlyOkOrUnavailable(checked, direct, (*pair)->ingest_process().Log(), "ingest SIGTERM");
  EXPECT_GT(checked.Count("CreateArticle", grpc::StatusCode::UNAVAILABLE), 0);
  EXPECT_GT(direct.Count("CreateArticle", grpc::StatusCode::UNAVAILABLE), 0);
  ExpectEachAcknowledgedStoredOnce((*pair)->query(), ledger, "after the ingest's SIGTERM");

  // 2. The query service stops under reads and a watch, writes going on.
  ASSERT_TRUE((*pair)->RestartIngest().ok());
  CallCodes query_checked;
  CallCodes query_direct;
  {
    ClientGroup clients(&ledger, &query_checked, "checked");
    ClientGroup direct_clients(&ledger, &query_direct, "direct");
    const auto query = HealthCheckedChannel((*pair)->query_process(), kQuery);
    clients.AddUnaryWriter(HealthCheckedChannel((*pair)->ingest_process(), kIngest));
    clients.AddReader(query);
    clients.AddReader(query);
    clients.AddWatcher(query);
    direct_clients.AddReader((*pair)->query_process().Channel());
    direct_clients.AddWatcher((*pair)->query_process().Channel());
    AwaitLoad(
        [&] {
          return query_checked.Count("CreateArticle", grpc::StatusCode::OK) >= 5 &&
                 query_checked.Count("ListArticles", grpc::StatusCode::OK) >= 5 &&
                 query_direct.Count("SearchArticles", grpc::StatusCode::OK) >= 5;
        },
        "writes and reads before the query's SIGTERM");
    const absl::Duration took = ExpectGracefulExit((*pair)->query_process());
    std::cout << "query exited " << took << " after SIGTERM\n";
    absl::SleepFor(absl::Milliseconds(200));
  }
  ExpectOnlyOkOrUnavailable(query_checked, query_direct, (*pair)->query_process().Log(),
                            "query SIGTERM");
  EXPECT_GT(query_checked.Count("ListArticles", grpc::StatusCode::UNAVAILABLE), 0);
  EXPECT_GT(query_checked.Count("WatchEvents", grpc::StatusCode::UNAVAILABLE), 0);
  EXPECT_GT(query_direct.Count("WatchEvents", grpc::StatusCode::UNAVAILABLE), 0);
  ASSERT_TRUE((*pair)->RestartQuery().ok());
  ExpectEachAcknowledgedStoredOnce((*pair)->query(), ledger, "after the query's SIGTERM");
  std::cout << ledger.acknowledged().size() << " articles acknowledged\n";
  ExpectStoreConsistent((*pair)->db_path(), "after both SIGTERMs");
}

TEST(CrashE2eTest, SigtermGraceEndsAnOverlongStreamWithUnavailable) {
  auto pair = ServicePair::Start({"--drain_delay=0s", "--shutdown_grace=1s"});
  ASSERT_TRUE(pair.ok()) << pair.status();

  // A stream that would run for 10 s, one article per message.
  grpc::ClientContext context;
  context.AddMetadata("x-request-id", "overlong-stream");
  v1::BatchCreateArticlesResponse response;
  auto writer = (*pair)->ingest()->BatchCreateArticles(&context, &response);
  v1::BatchCreateArticlesRequest first;
  *first.add_requests() = ArticleRequest(0);
  ASSERT_TRUE(writer->Write(first));
  // The service works on the stream once it has stored the first article.
  const absl::Time patience = absl::Now() + absl::Seconds(60);
  while (true) {
    auto stored = testing::ListAllNames((*pair)->query());
    ASSERT_TRUE(stored.ok()) << stored.status();
    if (!stored->empty()) break;
    ASSERT_LT(absl::Now(), patience) << "the first article was never stored";
    absl::SleepFor(absl::Milliseconds(10));
  }
  kill((*pair)->ingest_process().pid(), SIGTERM);
  int sent = 1;
  for (; sent < 100; ++sent) {
    v1::BatchCreateArticlesRequest message;
    *message.add_requests() = ArticleRequest(sent);
    if (!writer->Write(message)) break;  // the grace is over
    absl::SleepFor(absl::Milliseconds(100));
  }
  writer->WritesDone();
  const grpc::Status status = writer->Finish();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE) << status.error_message();
  EXPECT_LT(sent, 100) << "the stream outlived the grace";

  auto exit_status = (*pair)->ingest_process().Stop(0 /* just wait */, absl::Seconds(20));
  ASSERT_TRUE(exit_status.ok()) << exit_status.status();
  EXPECT_TRUE(WIFEXITED(*exit_status) && WEXITSTATUS(*exit_status) == 0) << *exit_status;
  // The service logs the cut stream as such, not as OK.
  EXPECT_THAT(
      (*pair)->ingest_process().Log(),
      ::testing::ContainsRegex(R"re("request_id":"overlong-stream".*"code":"CANCELLED")re"));

  // Each message was stored before the next was read: what is stored is
  // the first articles sent, in order, each once.
  auto stored = testing::ListAllArticles((*pair)->query(), "", "create_time", 1000);
  ASSERT_TRUE(stored.ok()) << stored.status();
  EXPECT_LE(stored->size(), static_cast<size_t>(sent));
  for (size_t i = 0; i < stored->size(); ++i) {
    EXPECT_EQ((*stored)[i].title(), TitleOf(static_cast<int>(i)));
  }
}

}  // namespace
}  // namespace newsgraph
