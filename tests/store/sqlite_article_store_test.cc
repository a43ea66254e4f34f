// SqliteArticleStore: the contract suite on SQLite files and in memory, and
// what only SQLite has: WAL, files shared by processes, migrations at open,
// durability across SIGKILL, error mapping.
#include "shared/store/sqlite/sqlite_store.h"

#include <signal.h>
#include <sqlite3.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "shared/resolution/entity_record.h"
#include "shared/store/sqlite/connection.h"
#include "shared/store/sqlite/schema.h"
#include "shared/store/store_factory.h"
#include "tests/store/article_store_contract.h"
#include "tests/store/test_util.h"

namespace newsgraph::store::testing {
namespace {

using sqlite::SqliteConnection;
using sqlite::ConnectionOptions;
using ::testing::AllOf;
using ::testing::HasSubstr;

class SqliteFileEnvironment final : public StoreEnvironment {
 public:
  explicit SqliteFileEnvironment(StoreOptions options) : options_(options) {}
  absl::StatusOr<std::unique_ptr<ArticleStore>> Open() override {
    return OpenStore(absl::StrCat("sqlite://", dir_.File("store.db")), options_);
  }
  bool SharesDatabase() const override { return true; }

 private:
  ScopedTempDir dir_;
  StoreOptions options_;
};

class SqliteMemoryEnvironment final : public StoreEnvironment {
 public:
  absl::StatusOr<std::unique_ptr<ArticleStore>> Open() override {
    return OpenStore("sqlite::memory:", StoreOptions{});
  }
  bool SharesDatabase() const override { return false; }
};

StoreFactory SqliteFileFactory() {
  return {"SqliteFile", [] { return std::make_unique<SqliteFileEnvironment>(StoreOptions{}); }};
}

// Two readers only, so that concurrent tests contend for the pool.
StoreFactory SqliteFileFewReadersFactory() {
  StoreOptions options;
  options.read_connections = 2;
  options.sync_commits = false;
  return {"SqliteFileFewReaders",
          [options] { return std::make_unique<SqliteFileEnvironment>(options); }};
}

StoreFactory SqliteMemoryFactory() {
  return {"SqliteMemory", [] { return std::make_unique<SqliteMemoryEnvironment>(); }};
}

INSTANTIATE_TEST_SUITE_P(Sqlite, ArticleStoreContractTest,
                         ::testing::Values(SqliteFileFactory(), SqliteFileFewReadersFactory(),
                                           SqliteMemoryFactory()),
                         [](const ::testing::TestParamInfo<StoreFactory>& info) {
                           return info.param.name;
                         });

// A raw connection to inspect or tamper with a database behind the store.
std::unique_ptr<SqliteConnection> RawConnection(const std::string& path) {
  ConnectionOptions options;
  options.busy_timeout_ms = 2000;
  absl::StatusOr<std::unique_ptr<SqliteConnection>> conn = SqliteConnection::Open(path, options);
  EXPECT_TRUE(conn.ok()) << conn.status();
  return conn.ok() ? *std::move(conn) : nullptr;
}

absl::StatusOr<std::unique_ptr<ArticleStore>> OpenAt(const std::string& path,
                                                           StoreOptions options = {}) {
  return sqlite::OpenSqliteStore(path, options);
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  ScopedTempDir dir_;
  const std::string path_ = dir_.File("store.db");
};

TEST_F(SqliteStoreTest, UsesWalJournaling) {
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
  ASSERT_NE(raw, nullptr);
  EXPECT_THAT(raw->QueryText("PRAGMA journal_mode"), IsOkAndHolds("wal"));
  EXPECT_TRUE(std::filesystem::exists(path_ + "-wal"));
}

TEST_F(SqliteStoreTest, ClosingTheLastStoreCheckpointsAndRemovesTheWal) {
  {
    ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
    ASSERT_OK(store->PutArticle(MakeArticle("a1")).status());
    EXPECT_TRUE(std::filesystem::exists(path_ + "-wal"));
  }
  EXPECT_FALSE(std::filesystem::exists(path_ + "-wal"));
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  EXPECT_OK(store->GetArticle("a1", true).status());
}

TEST_F(SqliteStoreTest, MigratesAFreshFileToTheLatestSchema) {
  { std::ofstream(path_).flush(); }  // an existing, empty file
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
  ASSERT_NE(raw, nullptr);
  EXPECT_THAT(sqlite::ReadSchemaVersion(*raw), IsOkAndHolds(sqlite::LatestSchemaVersion()));
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM schema_migrations"),
              IsOkAndHolds(sqlite::LatestSchemaVersion()));
  for (const char* table :
       {"articles", "article_records", "article_authors", "article_fts", "author_fts"}) {
    EXPECT_THAT(raw->QueryInt64(
                    absl::StrCat("SELECT count(*) FROM sqlite_master WHERE name = '", table, "'")),
                IsOkAndHolds(1))
        << table;
  }
}

TEST_F(SqliteStoreTest, RefusesASchemaNewerThanTheCode) {
  { ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_)); }
  {
    std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
    ASSERT_OK(raw->Execute("INSERT INTO schema_migrations VALUES (99, 'from the future', 0)"));
  }
  EXPECT_THAT(OpenAt(path_), StatusIs(absl::StatusCode::kFailedPrecondition,
                                      AllOf(HasSubstr("schema version 99"), HasSubstr(path_))));
}

TEST_F(SqliteStoreTest, AnOpenStoreStopsWritingOnceANewerBuildMigratedTheSchema) {
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  ASSERT_OK(store->PutArticle(MakeArticle("before")).status());
  {
    std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
    ASSERT_OK(raw->Execute(absl::StrCat("INSERT INTO schema_migrations VALUES (",
                                        sqlite::LatestSchemaVersion() + 1, ", 'newer', 0)")));
  }
  EXPECT_THAT(store->PutArticle(MakeArticle("after")),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       AllOf(HasSubstr("newer than this build"), HasSubstr("nothing was stored"))));
  EXPECT_THAT(store->GetArticle("after", false), StatusIs(absl::StatusCode::kNotFound));
  EXPECT_OK(store->GetArticle("before", false).status());  // reads go on
}

TEST_F(SqliteStoreTest, RefusesADatabaseThatIsNotAStore) {
  {
    std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
    ASSERT_OK(raw->Execute("CREATE TABLE somebody_elses (x)"));
  }
  EXPECT_THAT(OpenAt(path_),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr("not a newsgraph store")));
}

TEST_F(SqliteStoreTest, ThreadsOpeningAFreshFileAtOnceMigrateItOnce) {
  constexpr int kThreads = 8;
  std::vector<absl::Status> results(kThreads);
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      ++ready;
      while (ready.load() < kThreads) {
      }
      absl::StatusOr<std::unique_ptr<ArticleStore>> store = OpenAt(path_);
      results[i] = store.status();
      if (store.ok()) results[i] = (*store)->PutArticle(MakeArticle(absl::StrCat("t", i))).status();
    });
  }
  for (std::thread& t : threads) t.join();
  for (const absl::Status& status : results) EXPECT_OK(status);
  std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM schema_migrations"),
              IsOkAndHolds(sqlite::LatestSchemaVersion()));
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM articles"), IsOkAndHolds(kThreads));
}

// Runs `child` in a forked process; returns its exit code (or 128 + signal).
template <typename Fn>
int RunInChild(Fn child) {
  const pid_t pid = fork();
  if (pid == 0) _exit(child());
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

TEST_F(SqliteStoreTest, ProcessesOpeningAFreshFileAtOnceMigrateItOnce) {
  constexpr int kChildren = 4;
  int go[2];
  ASSERT_EQ(pipe(go), 0);
  std::vector<pid_t> children;
  for (int i = 0; i < kChildren; ++i) {
    const pid_t pid = fork();
    if (pid == 0) {
      close(go[1]);
      char byte;
      (void)!read(go[0], &byte, 1);  // returns at EOF: the parent's "go"
      absl::StatusOr<std::unique_ptr<ArticleStore>> store = OpenAt(path_);
      if (!store.ok()) _exit(2);
      _exit((*store)->PutArticle(MakeArticle(absl::StrCat("p", i))).ok() ? 0 : 3);
    }
    children.push_back(pid);
  }
  close(go[0]);
  close(go[1]);  // all children start now
  for (const pid_t pid : children) {
    int status = 0;
    waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "status " << status;
  }
  std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM schema_migrations"),
              IsOkAndHolds(sqlite::LatestSchemaVersion()));
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM articles"), IsOkAndHolds(kChildren));
}

TEST_F(SqliteStoreTest, AnOpenStoreSeesCommitsOfAnotherProcess) {
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  ASSERT_OK(store->PutArticle(MakeArticle("parent")).status());
  ASSERT_OK(store->CountArticles().status());  // readers have read before
  EXPECT_EQ(RunInChild([&] {
              absl::StatusOr<std::unique_ptr<ArticleStore>> other = OpenAt(path_);
              if (!other.ok()) return 2;
              return (*other)->PutArticle(MakeArticle("child")).ok() ? 0 : 3;
            }),
            0);
  EXPECT_OK(store->GetArticle("child", false).status());
  EXPECT_THAT(store->CountArticles(), IsOkAndHolds(2));
}

TEST_F(SqliteStoreTest, TheDataVersionChangesWithEveryCommitAndOnlyThen) {
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  ASSERT_OK_AND_ASSIGN(const int64_t fresh, store->DataVersion());
  ASSERT_OK(store->CountArticles().status());
  EXPECT_THAT(store->DataVersion(), IsOkAndHolds(fresh)) << "reads change nothing";

  ASSERT_OK(store->PutArticle(MakeArticle("own")).status());
  ASSERT_OK_AND_ASSIGN(const int64_t after_own, store->DataVersion());
  EXPECT_GT(after_own, fresh) << "this store's own commit";
  EXPECT_THAT(store->DataVersion(), IsOkAndHolds(after_own));

  // Another store on the file (as another process's ingest), then another
  // process.
  {
    ASSERT_OK_AND_ASSIGN(auto other, OpenAt(path_));
    ASSERT_OK(other->PutArticle(MakeArticle("other")).status());
  }
  ASSERT_OK_AND_ASSIGN(const int64_t after_other, store->DataVersion());
  EXPECT_GT(after_other, after_own) << "another connection's commit";
  EXPECT_EQ(RunInChild([&] {
              absl::StatusOr<std::unique_ptr<ArticleStore>> other = OpenAt(path_);
              if (!other.ok()) return 2;
              return (*other)->PutArticle(MakeArticle("child")).ok() ? 0 : 3;
            }),
            0);
  ASSERT_OK_AND_ASSIGN(const int64_t after_child, store->DataVersion());
  EXPECT_GT(after_child, after_other) << "another process's commit";
  EXPECT_THAT(store->DataVersion(), IsOkAndHolds(after_child));
}

TEST_F(SqliteStoreTest, AnInMemoryStoreCountsItsOwnCommits) {
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(std::string(sqlite::kMemoryPath)));
  ASSERT_OK_AND_ASSIGN(const int64_t fresh, store->DataVersion());
  ASSERT_OK(store->PutArticle(MakeArticle("own")).status());
  ASSERT_OK_AND_ASSIGN(const int64_t after, store->DataVersion());
  EXPECT_GT(after, fresh);
}

// The child writes articles one by one and reports each acknowledged id
// through a pipe; the parent kills it with SIGKILL mid-stream, then checks
// that every acknowledged article is in the file.
void ExpectAcknowledgedWritesSurviveSigkill(const std::string& path, bool sync_commits) {
  StoreOptions options;
  options.sync_commits = sync_commits;
  int acks[2];
  ASSERT_EQ(pipe(acks), 0);
  const pid_t pid = fork();
  if (pid == 0) {
    close(acks[0]);
    absl::StatusOr<std::unique_ptr<ArticleStore>> store = OpenAt(path, options);
    if (!store.ok()) _exit(2);
    for (int32_t i = 0;; ++i) {
      if (!(*store)->PutArticle(MakeSyntheticArticle(i, 3000)).ok()) _exit(3);
      if (write(acks[1], &i, sizeof(i)) != sizeof(i)) _exit(4);
    }
  }
  close(acks[1]);
  int32_t last_acked = -1;
  int32_t id = 0;
  while (last_acked < 40 && read(acks[0], &id, sizeof(id)) == sizeof(id)) last_acked = id;
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "status " << status;
  while (read(acks[0], &id, sizeof(id)) == sizeof(id)) last_acked = id;  // sent before the kill
  close(acks[0]);
  ASSERT_GE(last_acked, 40);

  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path, options));
  for (int32_t i = 0; i <= last_acked; ++i) {
    EXPECT_OK(store->GetArticle(absl::StrCat("synthetic-", i), true).status()) << i;
  }
  ASSERT_OK_AND_ASSIGN(const int64_t count, store->CountArticles());
  EXPECT_GE(count, last_acked + 1);
  EXPECT_LE(count, last_acked + 2);  // at most one committed but not yet reported
}

TEST_F(SqliteStoreTest, AcknowledgedWritesSurviveSigkill) {
  ExpectAcknowledgedWritesSurviveSigkill(path_, /*sync_commits=*/true);
}

TEST_F(SqliteStoreTest, AcknowledgedWritesSurviveSigkillWithoutSyncCommits) {
  ExpectAcknowledgedWritesSurviveSigkill(path_, /*sync_commits=*/false);
}

TEST_F(SqliteStoreTest, ManyThreadsReadConcurrentlyWhileOneWrites) {
  StoreOptions options;
  options.read_connections = 4;
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_, options));
  std::vector<v1::Article> seed;
  for (int i = 0; i < 200; ++i) seed.push_back(MakeSyntheticArticle(i, 500));
  ASSERT_OK(store->PutArticles(seed).status());

  std::atomic<bool> stop{false};
  std::atomic<int> failures{0};
  std::thread writer([&] {
    for (int i = 1000; !stop.load(); ++i) {
      if (!store->PutArticle(MakeSyntheticArticle(i, 500)).ok()) ++failures;
    }
  });
  std::vector<std::thread> readers;
  for (int t = 0; t < 16; ++t) {
    readers.emplace_back([&, t] {
      for (int i = 0; i < 100; ++i) {
        if (!store->GetArticle(absl::StrCat("synthetic-", (t * 7 + i) % 200), i % 2).ok()) {
          ++failures;
        }
        ListArticlesQuery list;
        list.limit = 20;
        absl::StatusOr<ArticlePage> page = store->ListArticles(list);
        if (!page.ok() || page->articles.size() != 20) ++failures;
      }
    });
  }
  for (std::thread& t : readers) t.join();
  stop = true;
  writer.join();
  EXPECT_EQ(failures.load(), 0);
}

TEST_F(SqliteStoreTest, AFailureInsideABatchRollsBackTheWholeBatch) {
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  {
    std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
    ASSERT_OK(
        raw->Execute("CREATE TRIGGER boom BEFORE INSERT ON articles WHEN NEW.title = 'boom' "
                     "BEGIN SELECT RAISE(ABORT, 'boom'); END"));
  }
  const std::vector<v1::Article> batch = {MakeArticle("ok1"), MakeArticle("bad", "boom"),
                                          MakeArticle("ok2")};
  EXPECT_THAT(store->PutArticles(batch), StatusIs(absl::StatusCode::kInternal, HasSubstr("boom")));
  EXPECT_THAT(store->CountArticles(), IsOkAndHolds(0));
  std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
  for (const char* table : {"article_records", "article_authors", "article_fts"}) {
    EXPECT_THAT(raw->QueryInt64(absl::StrCat("SELECT count(*) FROM ", table)), IsOkAndHolds(0));
  }
  // The writer is usable again.
  EXPECT_OK(store->PutArticle(MakeArticle("ok1")).status());
}

TEST_F(SqliteStoreTest, FullTextIndexesStayConsistent) {
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  std::vector<v1::Article> batch;
  for (int i = 0; i < 300; ++i) batch.push_back(MakeSyntheticArticle(i, 800));
  ASSERT_OK(store->PutArticles(batch).status());
  std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
  EXPECT_OK(raw->Execute("INSERT INTO article_fts (article_fts) VALUES ('integrity-check')"));
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM article_fts"), IsOkAndHolds(300));
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM article_authors"), IsOkAndHolds(300));
  // No row: no foreign key violation.
  EXPECT_THAT(raw->QueryText("PRAGMA foreign_key_check"), StatusIs(absl::StatusCode::kNotFound));
}

TEST_F(SqliteStoreTest, OpeningInAMissingDirectoryFailsWithThePath) {
  const std::string path = dir_.File("missing/store.db");
  EXPECT_THAT(OpenAt(path),
              StatusIs(absl::StatusCode::kFailedPrecondition,
                       AllOf(HasSubstr(dir_.File("missing")), HasSubstr("does not exist"))));
  EXPECT_FALSE(std::filesystem::exists(dir_.File("missing")));
}

TEST_F(SqliteStoreTest, OpeningADirectoryAsTheDatabaseFailsWithThePath) {
  std::filesystem::create_directory(path_);
  EXPECT_THAT(OpenAt(path_), StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr(path_)));
}

TEST_F(SqliteStoreTest, AFileThatIsNotADatabaseIsDataLoss) {
  std::ofstream(path_) << std::string(8192, 'x');
  EXPECT_THAT(OpenAt(path_), StatusIs(absl::StatusCode::kDataLoss, HasSubstr(path_)));
}

TEST_F(SqliteStoreTest, AnUnparsableRecordIsDataLoss) {
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  ASSERT_OK(store->PutArticle(MakeArticle("a1")).status());
  {
    std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
    ASSERT_OK(raw->Execute("UPDATE articles SET basic = x'ffffffff'"));
  }
  EXPECT_THAT(store->GetArticle("a1", false),
              StatusIs(absl::StatusCode::kDataLoss, HasSubstr("a1")));
  EXPECT_THAT(store->ListArticles(ListArticlesQuery{}), StatusIs(absl::StatusCode::kDataLoss));
}

TEST_F(SqliteStoreTest, AWriterLockedOutByAnotherProcessIsUnavailable) {
  StoreOptions options;
  options.busy_timeout_ms = 50;
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_, options));
  std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
  ASSERT_OK(raw->Execute("BEGIN IMMEDIATE"));
  EXPECT_THAT(store->PutArticle(MakeArticle("a1")),
              StatusIs(absl::StatusCode::kUnavailable, HasSubstr("locked")));
  EXPECT_OK(store->CountArticles().status());  // readers are not blocked (WAL)
  ASSERT_OK(raw->Execute("COMMIT"));
  EXPECT_OK(store->PutArticle(MakeArticle("a1")).status());
}

TEST_F(SqliteStoreTest, AReadOnlyFileIsRefusedOrWithAllowReadOnlyReadButNotWritten) {
  // Root ignores file modes, so the check runs in a child that drops to an
  // unprivileged user when the test runs as root.
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));  // stays open: -wal and -shm exist
  ASSERT_OK(store->PutArticle(MakeArticle("a1")).status());
  for (const std::string& file : {path_, path_ + "-wal", path_ + "-shm"}) {
    std::filesystem::permissions(file, std::filesystem::perms::owner_read |
                                           std::filesystem::perms::group_read |
                                           std::filesystem::perms::others_read);
  }
  std::filesystem::permissions(
      dir_.path(), std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                       std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
                       std::filesystem::perms::others_exec);
  const int code = RunInChild([&] {
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) return 10;
    // A store that writes is refused at once, naming the file.
    const absl::Status writer = OpenAt(path_).status();
    if (writer.code() != absl::StatusCode::kFailedPrecondition ||
        writer.message().find(path_) == std::string::npos ||
        writer.message().find("read-only") == std::string::npos) {
      fprintf(stderr, "writer: %s\n", writer.ToString().c_str());
      return 5;
    }
    StoreOptions options;
    options.allow_read_only = true;
    absl::StatusOr<std::unique_ptr<ArticleStore>> reader = OpenAt(path_, options);
    if (!reader.ok()) {
      fprintf(stderr, "open: %s\n", reader.status().ToString().c_str());
      return 2;
    }
    if (!(*reader)->GetArticle("a1", true).ok()) return 3;
    const absl::Status put = (*reader)->PutArticle(MakeArticle("a2")).status();
    if (put.code() == absl::StatusCode::kFailedPrecondition &&
        put.message().find(path_) != std::string::npos) {
      return 0;
    }
    fprintf(stderr, "put: %s\n", put.ToString().c_str());
    return 4;
  });
  if (code == 10) GTEST_SKIP() << "cannot drop privileges";
  EXPECT_EQ(code, 0);
}

TEST_F(SqliteStoreTest, UpgradesAVersion1StoreToTheLatestSchema) {
  {
    std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
    ASSERT_NE(raw, nullptr);
    ASSERT_OK(sql::MigrateSchema(*raw, sqlite::Migrations().subspan(0, 1)));
  }
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  v1::Article article = MakeArticle("a1");
  article.clear_entities();
  v1::ArticleEntity* entity = article.add_entities();
  entity->set_name("Zakir Hasanov");
  entity->set_type(v1::ENTITY_TYPE_PERSON);
  ASSERT_OK_AND_ASSIGN(PutOutcome put, store->PutArticle(article));
  EXPECT_EQ(put.article.entities(0).entity(), "entities/eceff30be7ae96a8");
  std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
  EXPECT_THAT(sqlite::ReadSchemaVersion(*raw), IsOkAndHolds(sqlite::LatestSchemaVersion()));
  for (const char* table : {"entities", "entity_terms", "entity_roles", "article_entities",
                            "events", "event_participants", "event_reports", "pair_events",
                            "entity_relations"}) {
    EXPECT_THAT(raw->QueryInt64(
                    absl::StrCat("SELECT count(*) FROM sqlite_master WHERE name = '", table, "'")),
                IsOkAndHolds(1))
        << table;
  }
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM article_entities"), IsOkAndHolds(1));
}

// Every entity an article names gets one link row with its mentions,
// however many (the rows are written several per statement).
TEST_F(SqliteStoreTest, LinksEveryEntityOfAnArticleOnce) {
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  v1::Article article = MakeArticle("a1");
  article.clear_entities();
  article.clear_mentions();
  constexpr int kEntities = 45;  // 32 + 8 + 4 + 1
  for (int i = 0; i < kEntities; ++i) {
    v1::ArticleEntity* entity = article.add_entities();
    entity->set_name(absl::StrCat("Body Number ", i));
    entity->set_type(v1::ENTITY_TYPE_ORGANIZATION);
    entity->set_mention_count(i + 1);
  }
  *article.add_entities() = article.entities(3);  // listed twice: one link
  ASSERT_OK(store->PutArticle(article).status());
  std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
  EXPECT_THAT(raw->QueryInt64("SELECT count(*) FROM article_entities"), IsOkAndHolds(kEntities));
  EXPECT_THAT(raw->QueryInt64("SELECT sum(mention_count) FROM article_entities"),
              IsOkAndHolds(kEntities * (kEntities + 1) / 2 + 4));
  EXPECT_THAT(raw->QueryInt64("SELECT count(DISTINCT doc_id) FROM article_entities"),
              IsOkAndHolds(1));
}

// The stored popularity (the index that browsing reads) is the bit length
// of the article count however the count grew: one article at a time,
// several in one batch, the same entity twice in one article.
TEST_F(SqliteStoreTest, PopularityFollowsTheArticleCount) {
  ASSERT_OK_AND_ASSIGN(auto store, OpenAt(path_));
  auto naming = [](int n) {
    v1::Article article = MakeArticle(absl::StrCat("p", n));
    article.clear_entities();
    for (int copies = 0; copies < 1 + n % 2; ++copies) {
      v1::ArticleEntity* entity = article.add_entities();
      entity->set_name("Georgia");
      entity->set_type(v1::ENTITY_TYPE_LOCATION);
      entity->set_subtype(v1::ENTITY_SUBTYPE_COUNTRY);
      entity->set_country_code("GEO");
    }
    return article;
  };
  std::unique_ptr<SqliteConnection> raw = RawConnection(path_);
  int n = 0;
  for (int batch : {1, 1, 1, 2, 3, 1, 9, 1, 20}) {
    std::vector<v1::Article> articles;
    for (int i = 0; i < batch; ++i) articles.push_back(naming(n++));
    ASSERT_OK(store->PutArticles(articles).status());
    ASSERT_OK_AND_ASSIGN(const int64_t count,
                         raw->QueryInt64("SELECT article_count FROM entities"));
    EXPECT_EQ(count, n);
    EXPECT_THAT(raw->QueryInt64("SELECT popularity FROM entities"),
                IsOkAndHolds(resolution::PopularityOf(n)))
        << n;
  }
}

}  // namespace
}  // namespace newsgraph::store::testing
