#include "query_service/watch_reactor.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "grpcpp/support/time.h"
#include "shared/server/status_convert.h"

namespace newsgraph::query {

namespace {

absl::Status ShuttingDownStatus() {
  return absl::UnavailableError(
      "the query service is shutting down; watch again (on another replica) "
      "with the cursor of the last response received");
}

grpc::Status ShuttingDown() { return server::ToGrpcStatus(ShuttingDownStatus()); }

}  // namespace

WatchRegistry::WatchRegistry(int max_open) : max_open_(std::max(1, max_open)) {}

absl::Status WatchRegistry::Add(WatchReactor* watch) {
  absl::MutexLock lock(&mu_);
  if (stopping_) return ShuttingDownStatus();
  if (static_cast<int>(open_.size()) >= max_open_) {
    return absl::ResourceExhaustedError(
        absl::StrCat("the query server has ", open_.size(),
                     " watches open, its limit (--max_watches); retry with exponential backoff, "
                     "or watch on another replica"));
  }
  open_.insert(watch);
  return absl::OkStatus();
}

void WatchRegistry::Remove(WatchReactor* watch) {
  absl::MutexLock lock(&mu_);
  open_.erase(watch);
}

void WatchRegistry::StopAll() {
  // A watch removes itself (in OnDone) before it is deleted, under mu_, so
  // every watch in open_ is alive while mu_ is held.
  absl::MutexLock lock(&mu_);
  stopping_ = true;
  for (WatchReactor* watch : open_) watch->Stop();
}

void WatchRegistry::WakeIdle(int64_t latest) {
  // As in StopAll: every watch in open_ is alive while mu_ is held.
  absl::MutexLock lock(&mu_);
  for (WatchReactor* watch : open_) watch->Wake(latest);
}

bool WatchRegistry::empty() {
  absl::MutexLock lock(&mu_);
  return open_.empty();
}

WatchNotifier::WatchNotifier(LatestReportCache* latest, WatchRegistry* registry)
    : latest_(latest), registry_(registry), thread_([this] { Run(); }) {}

WatchNotifier::~WatchNotifier() {
  {
    absl::MutexLock lock(&mu_);
    stopping_ = true;
  }
  thread_.join();
}

void WatchNotifier::Run() {
  int64_t woken_for = -1;
  absl::MutexLock lock(&mu_);
  while (!mu_.AwaitWithTimeout(absl::Condition(&stopping_), kWatchNotifyInterval)) {
    if (registry_->empty()) continue;
    // A failed read is the watches' to report when they next poll.
    const absl::StatusOr<int64_t> latest = latest_->Latest();
    if (!latest.ok() || *latest <= woken_for) continue;
    registry_->WakeIdle(*latest);
    woken_for = *latest;
  }
}

WatchReactor::WatchReactor(const EventQueries* queries, LatestReportCache* latest,
                           WatchPosition position, WatchRegistry* registry,
                           server::WorkerPool* workers)
    : queries_(queries),
      latest_(latest),
      registry_(registry),
      workers_(workers),
      position_(std::move(position)) {
  if (const absl::Status added = registry_->Add(this); !added.ok()) {
    absl::MutexLock lock(&mu_);
    FinishOnce(server::ToGrpcStatus(added));
    return;
  }
  // The position is fixed: send the initial metadata now, so that a client
  // that started without a cursor can wait for it and know that whatever
  // it stores from then on reaches this watch.
  StartSendInitialMetadata();
  absl::MutexLock lock(&mu_);
  Advance();
}

void WatchReactor::Advance() {
  if (finished_ || writing_ || alarm_pending_ || looking_) return;
  if (pending_.empty()) {
    looking_ = true;
    look_again_ = false;
    workers_->Submit([this] { Look(); });
    return;
  }
  writing_ = true;
  StartWrite(&pending_.front());
}

absl::StatusOr<std::vector<v1::WatchEventsResponse>> WatchReactor::NewReports(
    WatchPosition* position) const {
  absl::StatusOr<int64_t> latest = latest_->Latest();
  if (!latest.ok()) return latest.status();
  if (*latest <= position->after_sequence) return std::vector<v1::WatchEventsResponse>();
  return queries_->NextWatchBatch(position);
}

void WatchReactor::Look() {
  std::optional<WatchPosition> position;
  {
    absl::MutexLock lock(&mu_);
    if (!finished_) position = position_;
  }
  absl::StatusOr<std::vector<v1::WatchEventsResponse>> reports =
      std::vector<v1::WatchEventsResponse>();
  if (position.has_value()) reports = NewReports(&*position);
  bool remove = false;
  {
    absl::MutexLock lock(&mu_);
    looking_ = false;
    if (!reports.ok()) {
      FinishOnce(server::ToGrpcStatus(reports.status()));
    } else if (!finished_) {
      position_ = *std::move(position);
      for (v1::WatchEventsResponse& response : *reports) pending_.push_back(std::move(response));
      if (pending_.empty() && !look_again_) {
        alarm_pending_ = true;
        alarm_.Set(absl::ToChronoTime(absl::Now() + kWatchPollInterval),
                   [this](bool fired) { OnAlarm(fired); });
      } else {
        Advance();  // writes, or looks again
      }
    }
    remove = Removable();
  }
  if (remove) delete this;
}

bool WatchReactor::Removable() const { return done_ && !alarm_pending_ && !looking_; }

void WatchReactor::Wake(int64_t latest) {
  absl::MutexLock lock(&mu_);
  if (finished_ || latest <= position_.after_sequence) return;
  if (looking_) {
    look_again_ = true;
    return;
  }
  if (!alarm_pending_) return;
  // The alarm's callback runs (not fired) and looks again.
  woken_ = true;
  alarm_.Cancel();
}

void WatchReactor::OnAlarm(bool fired) {
  bool remove = false;
  {
    absl::MutexLock lock(&mu_);
    alarm_pending_ = false;
    const bool look = fired || woken_;
    woken_ = false;
    if (look && !done_) Advance();
    remove = Removable();
  }
  if (remove) delete this;
}

void WatchReactor::OnWriteDone(bool ok) {
  absl::MutexLock lock(&mu_);
  writing_ = false;
  if (!pending_.empty()) pending_.pop_front();
  if (!ok) {
    FinishOnce(grpc::Status(grpc::StatusCode::UNAVAILABLE, "the stream broke"));
    return;
  }
  Advance();
}

void WatchReactor::Stop() {
  absl::MutexLock lock(&mu_);
  if (alarm_pending_) alarm_.Cancel();
  FinishOnce(ShuttingDown());
}

void WatchReactor::OnCancel() {
  absl::MutexLock lock(&mu_);
  if (alarm_pending_) alarm_.Cancel();
  FinishOnce(grpc::Status::CANCELLED);
}

void WatchReactor::FinishOnce(const grpc::Status& status) {
  if (finished_) return;
  finished_ = true;
  Finish(status);
}

void WatchReactor::OnDone() {
  registry_->Remove(this);  // first, and without mu_: see StopAll
  bool remove = false;
  {
    absl::MutexLock lock(&mu_);
    done_ = true;
    // A pending alarm runs its callback (not fired) once cancelled, and a
    // pending look ends; whichever comes last deletes this.
    if (alarm_pending_) alarm_.Cancel();
    remove = Removable();
  }
  if (remove) delete this;
}

}  // namespace newsgraph::query
