// Store faults, end to end against the real binaries on a store whose file
// system fails under them:
//  * a full disk (a small tmpfs, the rest taken by a filler file): ingest,
//    unary and bulk, answers RESOURCE_EXHAUSTED saying the disk is full,
//    stays up and SERVING, and works again without a restart once the
//    filler is deleted; nothing acknowledged is lost or stored twice,
//    nothing refused is half-stored, and the file passes integrity_check;
//  * a store the kernel turns read-only under the running services (ext4
//    with errors=remount-ro, an error triggered through sysfs: a plain
//    `mount -o remount,ro` is refused with EBUSY while a process holds a
//    file open for writing, so this is how a store goes read-only under a
//    live service): ingest answers FAILED_PRECONDITION saying the store is
//    read-only, reads go on, and once the file system is repaired and
//    mounted again the services start on it with nothing lost;
//  * a store on a read-only mount at startup: ingest_service exits at once
//    naming the path, query_service serves it (with or without a WAL left
//    behind).
// Mounting needs root; the tests skip, saying why, where they cannot mount.
#include <errno.h>
#include <fcntl.h>
#include <grpcpp/client_context.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/command.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/service_process.h"
#include "tools/corpus_reader.h"

namespace newsgraph {
namespace {

namespace fs = std::filesystem;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::CorpusDir;
using testing::RunCommand;
using testing::ServicePair;
using testing::ServiceProcess;

constexpr int64_t kMiB = 1 << 20;

// Every mount this test makes lives in a mount namespace of its own, which
// the services it starts inherit: when the test ends in any way (ctest's
// timeout, a crash), the kernel drops the namespace with its last process
// and no tmpfs or loop mount is left on the machine. Made by a static
// initializer because the kernel refuses to give a multi-threaded process
// a mount namespace of its own, and gRPC and GoogleTest start threads.
const bool kPrivateMounts = [] {
  if (geteuid() != 0 || unshare(CLONE_NEWNS) != 0) return false;
  // Mounts made here must not propagate back to the machine's namespace.
  return ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
}();

// A file system mounted on a fresh directory under /tmp for one test:
// a tmpfs, or an ext4 image through a loop device. The destructor unmounts
// it (lazily when still busy, so that no mount outlives the test) and
// removes the directory and the image.
class ScopedMount {
 public:
  // PERMISSION_DENIED when this process may not mount (not root, or no
  // CAP_SYS_ADMIN in its namespace): the caller skips.
  static absl::StatusOr<std::unique_ptr<ScopedMount>> Tmpfs(int64_t bytes) {
    std::unique_ptr<ScopedMount> mount(new ScopedMount());
    if (absl::Status s = mount->MakeDir(); !s.ok()) return s;
    mount->options_ = absl::StrCat("size=", bytes);
    if (::mount("tmpfs", mount->dir_.c_str(), "tmpfs", 0, mount->options_.c_str()) != 0) {
      return Errno("mounting a tmpfs on " + mount->dir_);
    }
    mount->mounted_ = true;
    return mount;
  }

  // An ext4 file system without a journal and with errors=remount-ro, so
  // that TriggerFsError turns it read-only the way a disk error does.
  // UNAVAILABLE when mkfs.ext4 or the loop device cannot be had.
  static absl::StatusOr<std::unique_ptr<ScopedMount>> Ext4(int64_t bytes) {
    std::unique_ptr<ScopedMount> mount(new ScopedMount());
    if (absl::Status s = mount->MakeDir(); !s.ok()) return s;
    mount->image_ = mount->dir_ + ".img";
    if (truncate(mount->image_.c_str(), 0) != 0 && errno != ENOENT) return Errno("image");
    const int fd = open(mount->image_.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0600);
    if (fd < 0 || ftruncate(fd, bytes) != 0) return Errno("creating " + mount->image_);
    close(fd);
    const testing::CommandResult mkfs =
        RunCommand({"/sbin/mkfs.ext4", "-q", "-F", "-O", "^has_journal", mount->image_});
    if (mkfs.exit_code != 0) {
      return absl::UnavailableError("mkfs.ext4 failed (is e2fsprogs installed?): " + mkfs.output);
    }
    mount->options_ = "errors=remount-ro";
    if (absl::Status s = mount->MountImage(); !s.ok()) return s;
    return mount;
  }

  ~ScopedMount() {
    if (mounted_ && umount2(dir_.c_str(), 0) != 0) umount2(dir_.c_str(), MNT_DETACH);
    rmdir(dir_.c_str());
    if (!image_.empty()) unlink(image_.c_str());
  }

  const std::string& dir() const { return dir_; }
  std::string Path(const std::string& name) const { return dir_ + "/" + name; }

  // Remounts read-only or read-write (tmpfs keeps its size option).
  // FAILED_PRECONDITION (EBUSY) while a process holds a file open for
  // writing on a remount to read-only.
  absl::Status Remount(bool read_only) {
    const unsigned long flags = MS_REMOUNT | (read_only ? MS_RDONLY : 0);
    if (::mount(nullptr, dir_.c_str(), nullptr, flags, options_.c_str()) != 0) {
      return Errno(absl::StrCat("remounting ", dir_, read_only ? " read-only" : " read-write"));
    }
    return absl::OkStatus();
  }

  // ext4 only: reports a file system error through sysfs; with
  // errors=remount-ro the kernel turns the file system read-only at once,
  // under the processes that have files open on it. UNAVAILABLE when the
  // kernel has no trigger_fs_error.
  absl::Status TriggerFsError() {
    const testing::CommandResult source = RunCommand({"/bin/findmnt", "-no", "SOURCE", dir_});
    const std::string device(absl::StripAsciiWhitespace(source.output));
    const std::string trigger =
        absl::StrCat("/sys/fs/ext4/", fs::path(device).filename().string(), "/trigger_fs_error");
    const int fd = open(trigger.c_str(), O_WRONLY);
    if (fd < 0) return absl::UnavailableError(absl::StrCat("cannot open ", trigger, ": ",
                                                           std::strerror(errno)));
    const std::string message = "store fault e2e test";
    const bool written = write(fd, message.data(), message.size()) > 0;
    close(fd);
    if (!written) return Errno("writing " + trigger);
    return absl::OkStatus();
  }

  // ext4 only: unmounts, repairs the image with e2fsck (the error marked
  // it) and mounts it again read-write. REQUIRES: no process has a file
  // open on it.
  absl::Status RepairAndMountAgain() {
    if (umount2(dir_.c_str(), 0) != 0) return Errno("unmounting " + dir_);
    mounted_ = false;
    const testing::CommandResult fsck = RunCommand({"/sbin/e2fsck", "-fy", image_});
    // 0: clean, 1: errors corrected.
    if (fsck.exit_code != 0 && fsck.exit_code != 1) {
      return absl::InternalError("e2fsck failed: " + fsck.output);
    }
    return MountImage();
  }

  // Fills the file system with a filler file up to `leave_free` bytes.
  absl::Status FillLeaving(int64_t leave_free) {
    struct statvfs stats {};
    if (statvfs(dir_.c_str(), &stats) != 0) return Errno("statvfs " + dir_);
    const int64_t available = static_cast<int64_t>(stats.f_bavail) * stats.f_frsize;
    if (available <= leave_free) return absl::OkStatus();
    const int fd = open(Path("filler").c_str(), O_CREAT | O_WRONLY, 0600);
    if (fd < 0) return Errno("creating the filler");
    const int rc = posix_fallocate(fd, 0, available - leave_free);
    close(fd);
    if (rc != 0) return absl::InternalError(absl::StrCat("fallocate: ", std::strerror(rc)));
    return absl::OkStatus();
  }

  void RemoveFiller() { unlink(Path("filler").c_str()); }

 private:
  ScopedMount() = default;

  static absl::Status Errno(const std::string& what) {
    const int error = errno;
    const std::string message = absl::StrCat(what, ": ", std::strerror(error));
    if (error == EPERM || error == EACCES) return absl::PermissionDeniedError(message);
    if (error == EBUSY) return absl::FailedPreconditionError(message);
    return absl::InternalError(message);
  }

  absl::Status MakeDir() {
    std::string pattern = "/tmp/ng-store-fault-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) return Errno("mkdtemp");
    dir_ = pattern;
    return absl::OkStatus();
  }

  absl::Status MountImage() {
    const testing::CommandResult result =
        RunCommand({"/bin/mount", "-o", "loop," + options_, image_, dir_});
    if (result.exit_code != 0) {
      return absl::UnavailableError("mounting an ext4 image through a loop device failed: " +
                                    result.output);
    }
    mounted_ = true;
    return absl::OkStatus();
  }

  std::string dir_;
  std::string image_;    // ext4 only
  std::string options_;  // the mount's data options, kept on remount
  bool mounted_ = false;
};

// Sets the fixture's disk_ to the mount `expr` makes; skips the test when
// that is PERMISSION_DENIED or UNAVAILABLE (the environment cannot mount),
// fails it on any other error.
#define NG_MOUNT_OR_SKIP(expr)                                                  \
  do {                                                                          \
    auto mount_or = (expr);                                                     \
    if (absl::IsPermissionDenied(mount_or.status()) ||                          \
        absl::IsUnavailable(mount_or.status())) {                               \
      GTEST_SKIP() << "cannot mount here: " << mount_or.status();               \
    }                                                                           \
    ASSERT_TRUE(mount_or.ok()) << mount_or.status();                            \
    disk_ = *std::move(mount_or);                                               \
  } while (false)

std::chrono::system_clock::time_point Deadline(int seconds) {
  return std::chrono::system_clock::now() + std::chrono::seconds(seconds);
}

// PRAGMA integrity_check and foreign_key_check on the file, "ok" when both
// pass (the services must be stopped).
std::string CheckIntegrity(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
    const std::string error = sqlite3_errmsg(db);
    sqlite3_close_v2(db);
    return "cannot open: " + error;
  }
  std::string result;
  for (const char* sql : {"PRAGMA integrity_check", "PRAGMA foreign_key_check"}) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      absl::StrAppend(&result, sql, ": ",
                      reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "; ");
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close_v2(db);
  return result == "PRAGMA integrity_check: ok; " ? "ok" : result;
}

constexpr char kIngestService[] = "newsgraph.v1.IngestService";
constexpr char kQueryService[] = "newsgraph.v1.QueryService";

class StoreFaultE2eTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (geteuid() != 0) {
      GTEST_SKIP() << "mounting a file system needs root; this test runs as uid " << geteuid();
    }
    if (!kPrivateMounts) {
      GTEST_SKIP() << "cannot give this test a mount namespace of its own (unshare(CLONE_NEWNS) "
                      "or making / private failed), so its mounts could outlive it";
    }
    const std::string bbc = CorpusDir() + "/bbc";
    if (!fs::exists(bbc)) GTEST_SKIP() << "no corpus at " << bbc;
    for (const char* topic : {"business", "politics", "tech"}) {
      int n = 0;
      absl::Status s = tools::ForEachDocument(bbc + "/" + topic, [&](tools::CorpusDocument doc) {
        if (n++ == 40) return absl::CancelledError();
        docs_.push_back(std::move(doc));
        return absl::OkStatus();
      });
      ASSERT_TRUE(s.ok() || absl::IsCancelled(s)) << s;
    }
  }

  void TearDown() override {
    pair_.reset();  // first: a mount still in use only unmounts lazily
    disk_.reset();
  }

  absl::Status StartServices(const std::string& db_path) {
    auto pair = ServicePair::Start({}, {}, db_path);
    if (!pair.ok()) return pair.status();
    pair_ = *std::move(pair);
    return absl::OkStatus();
  }

  static v1::CreateArticleRequest RequestFor(const tools::CorpusDocument& doc) {
    v1::CreateArticleRequest request;
    request.set_content(doc.text);
    request.set_view(v1::ARTICLE_VIEW_BASIC);
    return request;
  }

  grpc::Status Ingest(const tools::CorpusDocument& doc, std::string* name) {
    grpc::ClientContext context;
    context.set_deadline(Deadline(30));
    v1::CreateArticleResponse response;
    grpc::Status status = pair_->ingest()->CreateArticle(&context, RequestFor(doc), &response);
    *name = response.article().name();
    return status;
  }

  // Ingests docs_[first, first + count) one by one, all of which must be
  // stored, into `acknowledged`.
  void IngestAll(size_t first, size_t count, std::set<std::string>* acknowledged) {
    for (size_t i = first; i < first + count; ++i) {
      std::string name;
      const grpc::Status status = Ingest(docs_[i], &name);
      ASSERT_TRUE(status.ok()) << status.error_code() << " " << status.error_message();
      acknowledged->insert(name);
    }
  }

  v1::BatchCreateArticlesResponse IngestBatch(const std::vector<const tools::CorpusDocument*>& docs) {
    grpc::ClientContext context;
    context.set_deadline(Deadline(60));
    v1::BatchCreateArticlesResponse response;
    auto writer = pair_->ingest()->BatchCreateArticles(&context, &response);
    v1::BatchCreateArticlesRequest message;
    for (const tools::CorpusDocument* doc : docs) *message.add_requests() = RequestFor(*doc);
    EXPECT_TRUE(writer->Write(message));
    writer->WritesDone();
    const grpc::Status status = writer->Finish();
    EXPECT_TRUE(status.ok()) << "the stream itself failed: " << status.error_code() << " "
                             << status.error_message();
    return response;
  }

  // The name the article gets, and whether it is stored (validate_only).
  std::string NameOf(const tools::CorpusDocument& doc, bool* stored) {
    v1::CreateArticleRequest request = RequestFor(doc);
    request.set_validate_only(true);
    grpc::ClientContext context;
    context.set_deadline(Deadline(30));
    v1::CreateArticleResponse response;
    const grpc::Status status = pair_->ingest()->CreateArticle(&context, request, &response);
    EXPECT_TRUE(status.ok()) << status.error_message();
    *stored = response.already_exists();
    return response.article().name();
  }

  // Expects the stored article whole: readable, with its entities and
  // events readable too.
  void ExpectComplete(v1::QueryService::Stub* query, const std::string& name) {
    grpc::ClientContext context;
    v1::GetArticleRequest request;
    request.set_name(name);
    request.set_view(v1::ARTICLE_VIEW_FULL);
    v1::GetArticleResponse response;
    const grpc::Status status = query->GetArticle(&context, request, &response);
    ASSERT_TRUE(status.ok()) << name << ": " << status.error_message();
    EXPECT_FALSE(response.article().body().empty()) << name;
    EXPECT_FALSE(response.article().entities().empty()) << name << " has no entities";
    for (const v1::ArticleEntity& entity : response.article().entities()) {
      grpc::ClientContext entity_context;
      v1::GetEntityRequest entity_request;
      entity_request.set_name(entity.entity());
      v1::GetEntityResponse entity_response;
      EXPECT_TRUE(
          query->GetEntity(&entity_context, entity_request, &entity_response).ok())
          << name << " names " << entity.entity() << ", which is not stored";
    }
    for (const v1::Event& event : response.article().events()) {
      grpc::ClientContext event_context;
      v1::GetEventRequest event_request;
      event_request.set_name(event.name());
      v1::GetEventResponse event_response;
      EXPECT_TRUE(query->GetEvent(&event_context, event_request, &event_response).ok())
          << name << " reports " << event.name() << ", which is not stored";
    }
  }

  // Expects every name in `acknowledged` listed exactly once, and nothing
  // else listed.
  void ExpectStoredExactly(v1::QueryService::Stub* query,
                           const std::set<std::string>& acknowledged) {
    auto stored = testing::ListAllNames(query, "", "create_time", 500);
    ASSERT_TRUE(stored.ok()) << stored.status();
    const std::set<std::string> unique(stored->begin(), stored->end());
    EXPECT_EQ(unique.size(), stored->size()) << "an article is stored twice";
    EXPECT_EQ(unique, acknowledged);
  }

  // Stops both services with SIGTERM, at once (each takes seconds to shut
  // down), and expects each to exit cleanly.
  void StopServices() {
    absl::StatusOr<int> query_status;
    std::thread query_stop([&] { query_status = pair_->query_process().Stop(SIGTERM); });
    const absl::StatusOr<int> ingest_status = pair_->ingest_process().Stop(SIGTERM);
    query_stop.join();
    ExpectCleanExit(pair_->ingest_process(), ingest_status);
    ExpectCleanExit(pair_->query_process(), query_status);
  }

  static void ExpectCleanExit(const ServiceProcess& process, const absl::StatusOr<int>& status) {
    ASSERT_TRUE(status.ok()) << status.status();
    EXPECT_TRUE(WIFEXITED(*status) && WEXITSTATUS(*status) == 0)
        << "wait status " << *status << "; log:\n" << process.Log();
  }

  std::vector<tools::CorpusDocument> docs_;
  // Both services still SERVING, and the store holds exactly the
  // `acknowledged` articles, each with its entities and events.
  void ExpectServingWithExactly(const std::set<std::string>& acknowledged) {
    EXPECT_EQ(testing::HealthOf(pair_->ingest_health(), kIngestService),
              grpc::health::v1::HealthCheckResponse::SERVING);
    EXPECT_EQ(testing::HealthOf(pair_->query_health(), kQueryService),
              grpc::health::v1::HealthCheckResponse::SERVING);
    ExpectStoredExactly(pair_->query(), acknowledged);
    for (const std::string& name : acknowledged) ExpectComplete(pair_->query(), name);
  }

  std::unique_ptr<ScopedMount> disk_;  // the store's file system
  std::unique_ptr<ServicePair> pair_;
};


TEST_F(StoreFaultE2eTest, AFullDiskRefusesWritesClearlyAndRecoversWhenSpaceReturns) {
  NG_MOUNT_OR_SKIP(ScopedMount::Tmpfs(32 * kMiB));
  const std::string db = disk_->Path("newsgraph.db");
  ASSERT_TRUE(StartServices(db).ok());

  std::set<std::string> acknowledged;
  size_t next = 4;
  IngestAll(0, next, &acknowledged);
  ASSERT_TRUE(disk_->FillLeaving(kMiB).ok());

  // Bulk messages of four and single articles in turn, until both were
  // refused for lack of space.
  const auto is_disk_full =
      AllOf(HasSubstr("the store's disk is full"), HasSubstr(db), HasSubstr("free space"));
  std::vector<size_t> refused;
  bool unary_refused = false;
  bool bulk_refused = false;
  while ((!unary_refused || !bulk_refused) && next + 5 <= docs_.size()) {
    std::vector<const tools::CorpusDocument*> batch;
    for (int i = 0; i < 4; ++i) batch.push_back(&docs_[next + i]);
    const v1::BatchCreateArticlesResponse response = IngestBatch(batch);
    ASSERT_EQ(response.results_size(), 4);
    for (const v1::BatchCreateArticleResult& result : response.results()) {
      if (result.code() == 0) {
        acknowledged.insert(result.name());
        continue;
      }
      EXPECT_EQ(result.code(), static_cast<int>(grpc::StatusCode::RESOURCE_EXHAUSTED))
          << result.message();
      EXPECT_THAT(result.message(), is_disk_full);
      refused.push_back(next + result.index());
      bulk_refused = true;
    }
    next += 4;
    std::string name;
    const grpc::Status status = Ingest(docs_[next], &name);
    if (status.ok()) {
      acknowledged.insert(name);
    } else {
      EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED)
          << status.error_message();
      EXPECT_THAT(status.error_message(), is_disk_full);
      refused.push_back(next);
      unary_refused = true;
    }
    ++next;
  }
  ASSERT_TRUE(unary_refused && bulk_refused) << "the disk never filled up";

  // Still full: the same clear answer (a failed commit left the writer
  // usable), the services up, reads answered, nothing half-stored.
  for (int i = 0; i < 3; ++i) {
    std::string name;
    const grpc::Status status = Ingest(docs_[refused.front()], &name);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED)
        << status.error_message();
  }
  ExpectServingWithExactly(acknowledged);
  for (size_t index : refused) {
    bool stored = true;
    const std::string name = NameOf(docs_[index], &stored);
    EXPECT_FALSE(stored) << name << " was refused but is stored";
  }

  // Space returns: the refused articles go in without a restart.
  disk_->RemoveFiller();
  for (size_t index : refused) {
    std::string name;
    const grpc::Status status = Ingest(docs_[index], &name);
    ASSERT_TRUE(status.ok()) << status.error_message();
    acknowledged.insert(name);
  }
  ExpectStoredExactly(pair_->query(), acknowledged);
  for (const std::string& name : acknowledged) ExpectComplete(pair_->query(), name);

  StopServices();
  EXPECT_EQ(CheckIntegrity(db), "ok");
}

TEST_F(StoreFaultE2eTest, AStoreTurnedReadOnlyUnderTheServicesRefusesWritesAndKeepsReading) {
  NG_MOUNT_OR_SKIP(ScopedMount::Ext4(64 * kMiB));
  const std::string db = disk_->Path("newsgraph.db");
  ASSERT_TRUE(StartServices(db).ok());
  std::set<std::string> acknowledged;
  IngestAll(0, 4, &acknowledged);

  // Linux refuses to remount a file system read-only while a process holds
  // a file on it open for writing, as the services do.
  EXPECT_TRUE(absl::IsFailedPrecondition(disk_->Remount(/*read_only=*/true)));
  const absl::Status triggered = disk_->TriggerFsError();
  if (absl::IsUnavailable(triggered)) GTEST_SKIP() << triggered;
  ASSERT_TRUE(triggered.ok()) << triggered;

  const auto is_read_only =
      AllOf(HasSubstr("the store is read-only"), HasSubstr(db), HasSubstr("remount"));
  for (size_t i = 4; i < 7; ++i) {
    std::string name;
    const grpc::Status status = Ingest(docs_[i], &name);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION)
        << status.error_message();
    EXPECT_THAT(status.error_message(), is_read_only);
  }
  const v1::BatchCreateArticlesResponse response = IngestBatch({&docs_[7], &docs_[8]});
  ASSERT_EQ(response.results_size(), 2);
  for (const v1::BatchCreateArticleResult& result : response.results()) {
    EXPECT_EQ(result.code(), static_cast<int>(grpc::StatusCode::FAILED_PRECONDITION))
        << result.message();
    EXPECT_THAT(result.message(), is_read_only);
  }
  ExpectServingWithExactly(acknowledged);
  for (size_t i = 4; i < 9; ++i) {
    bool stored = true;
    const std::string name = NameOf(docs_[i], &stored);
    EXPECT_FALSE(stored) << name << " was refused but is stored";
  }

  // The kernel's emergency read-only state ends only with an unmount:
  // stop the services, repair, mount again, start them.
  StopServices();
  ASSERT_TRUE(disk_->RepairAndMountAgain().ok());
  EXPECT_EQ(CheckIntegrity(db), "ok");
  ASSERT_TRUE(StartServices(db).ok());
  ExpectStoredExactly(pair_->query(), acknowledged);
  IngestAll(4, 5, &acknowledged);
  ExpectStoredExactly(pair_->query(), acknowledged);
  pair_.reset();  // SIGKILL: the check recovers the write-ahead log
  EXPECT_EQ(CheckIntegrity(db), "ok");
}

TEST_F(StoreFaultE2eTest, OnAReadOnlyMountIngestWillNotStartAndQueryServes) {
  NG_MOUNT_OR_SKIP(ScopedMount::Tmpfs(32 * kMiB));
  const std::string db = disk_->Path("newsgraph.db");
  std::set<std::string> acknowledged;
  ASSERT_TRUE(StartServices(db).ok());
  IngestAll(0, 3, &acknowledged);

  // Twice: after a clean stop (the whole store in the database file), and
  // after a SIGKILL that left the write-ahead log behind (the latest
  // articles only there).
  for (const bool clean_stop : {true, false}) {
    SCOPED_TRACE(clean_stop ? "after a clean stop" : "with a write-ahead log left behind");
    if (clean_stop) {
      StopServices();
      EXPECT_FALSE(fs::exists(db + "-wal"));
    } else {
      pair_.reset();  // SIGKILL
      ASSERT_TRUE(fs::exists(db + "-wal"));
    }
    ASSERT_TRUE(disk_->Remount(/*read_only=*/true).ok());

    const absl::Time start = absl::Now();
    auto ingest = ServiceProcess::Start(testing::IngestBinary(), {"--store=sqlite://" + db});
    ASSERT_FALSE(ingest.ok()) << "ingest_service started on a read-only store";
    EXPECT_THAT(std::string(ingest.status().message()),
                AllOf(HasSubstr("exited"), Not(HasSubstr("(status 0)")),
                      HasSubstr("the store is read-only"), HasSubstr(db)));
    EXPECT_LT(absl::Now() - start, absl::Seconds(10));

    auto query = ServiceProcess::Start(testing::QueryBinary(), {"--store=sqlite://" + db});
    ASSERT_TRUE(query.ok()) << query.status();
    auto stub = v1::QueryService::NewStub((*query)->Channel());
    ExpectStoredExactly(stub.get(), acknowledged);
    for (const std::string& name : acknowledged) ExpectComplete(stub.get(), name);
    grpc::ClientContext context;
    v1::SearchArticlesRequest search;
    search.set_query("the");
    v1::SearchArticlesResponse found;
    EXPECT_TRUE(stub->SearchArticles(&context, search, &found).ok());
    EXPECT_FALSE(found.results().empty());
    if (clean_stop) ExpectCleanExit(**query, (*query)->Stop(SIGTERM));
    query->reset();

    // Writable again: the services start and ingest goes on.
    ASSERT_TRUE(disk_->Remount(/*read_only=*/false).ok());
    ASSERT_TRUE(StartServices(db).ok());
    IngestAll(acknowledged.size(), 3, &acknowledged);  // the next three documents
  }
  ExpectStoredExactly(pair_->query(), acknowledged);
  pair_.reset();  // SIGKILL: the check recovers the write-ahead log
  EXPECT_EQ(CheckIntegrity(db), "ok");
}

}  // namespace
}  // namespace newsgraph
