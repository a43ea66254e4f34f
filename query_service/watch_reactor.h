// WatchReactor: one WatchEvents call on the gRPC callback API. It writes
// the reports after the call's position one at a time, and when there are
// none, waits (a grpc::Alarm, so no thread waits) until the WatchNotifier
// wakes it because a report was stored, or at most kWatchPollInterval. It
// reads the store (a "look": the latest report sequence, then the next
// batch) on the WorkerPool, never on gRPC's threads, as the unary lookups
// do (worker_pool.h says why). The call ends when the client cancels, the
// server shuts down (UNAVAILABLE, through WatchRegistry::StopAll) or the
// store fails (its status).
//
// Ownership: gRPC owns the reactor from Start until OnDone; the reactor
// deletes itself once OnDone has run and neither an alarm callback nor a
// look is pending.
// Thread-safety: gRPC may run the callbacks on different threads, and the
// looks run on the pool's; all state is under `mu_`, which a look does not
// hold while it reads the store.
#ifndef NEWSGRAPH_QUERY_SERVICE_WATCH_REACTOR_H_
#define NEWSGRAPH_QUERY_SERVICE_WATCH_REACTOR_H_

#include <cstdint>
#include <deque>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "grpcpp/alarm.h"
#include "grpcpp/support/server_callback.h"
#include "newsgraph/v1/query_service.pb.h"
#include "query_service/event_queries.h"
#include "query_service/latest_report_cache.h"
#include "shared/server/worker_pool.h"

namespace newsgraph::query {

// How long a watch with nothing to send waits before looking again, unless
// the WatchNotifier wakes it first (a safety net: the notifier wakes every
// idle watch as soon as a report is stored).
inline constexpr absl::Duration kWatchPollInterval = absl::Seconds(1);
// How often the WatchNotifier looks for new reports.
inline constexpr absl::Duration kWatchNotifyInterval = absl::Milliseconds(10);

class WatchReactor;

// The open watches of one server, so that shutdown ends them at once with
// UNAVAILABLE (the client resumes elsewhere from its cursor) instead of
// holding the server for its whole grace period, and so that their number
// is bounded: each open watch may have one read queued on the WorkerPool
// without an admission ticket, so the pool's queue is bounded by the
// admission bound plus this one. Thread-safe.
class WatchRegistry {
 public:
  // `max_open` >= 1 (fewer are raised to 1): the most watches open at once.
  explicit WatchRegistry(int max_open);

  // Registers a watch: UNAVAILABLE once StopAll has run; RESOURCE_EXHAUSTED
  // when `max_open` watches are open, saying to retry with backoff or on
  // another replica.
  absl::Status Add(WatchReactor* watch);
  void Remove(WatchReactor* watch);
  // Ends every open watch and refuses new ones.
  void StopAll();
  // Wakes the idle watches whose position is before `latest`, the
  // sequence of the latest report stored.
  void WakeIdle(int64_t latest);
  bool empty();

 private:
  const int max_open_;
  absl::Mutex mu_;
  absl::flat_hash_set<WatchReactor*> open_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
};

// A thread that reads the latest report sequence every kWatchNotifyInterval
// while watches are open, and wakes the idle ones when it moves: an event
// reaches its watches within about that interval, and an idle watch costs
// nothing between reports. `latest` and `registry` must outlive it.
class WatchNotifier {
 public:
  WatchNotifier(LatestReportCache* latest, WatchRegistry* registry);
  // Stops and joins the thread.
  ~WatchNotifier();

  WatchNotifier(const WatchNotifier&) = delete;
  WatchNotifier& operator=(const WatchNotifier&) = delete;

 private:
  void Run();

  LatestReportCache* const latest_;
  WatchRegistry* const registry_;
  absl::Mutex mu_;
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::thread thread_;
};

class WatchReactor final : public grpc::ServerWriteReactor<v1::WatchEventsResponse> {
 public:
  // Sends the initial metadata (the watch's position is fixed: a client
  // may wait for it before storing what it expects to see) and starts
  // writing at once. `queries` must outlive the call.
  // Registered in `registry` (which must outlive the call) until done.
  // `latest` (shared by the server's watches; must outlive the call) spares
  // the store a watch's query while nothing new is stored. The looks run on
  // `workers`, which must outlive the call and run every task submitted
  // (its destructor does).
  WatchReactor(const EventQueries* queries, LatestReportCache* latest, WatchPosition position,
               WatchRegistry* registry, server::WorkerPool* workers);

  // Ends the call with UNAVAILABLE (the server is shutting down).
  void Stop();

  // Wakes the watch if it is waiting and `latest` is after its position.
  void Wake(int64_t latest);

  void OnWriteDone(bool ok) override;
  void OnCancel() override;
  void OnDone() override;

 private:
  // Writes the next pending response, or starts a look when none is
  // pending (and no write, alarm or look is under way).
  void Advance() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // A look, on a worker thread: reads the reports after the position, then
  // writes them, or looks again, or arms the alarm. Deletes this when gRPC
  // is done with the call.
  void Look();
  // The reports after `*position` (moved past them), read from the store
  // only when the latest report sequence is past it.
  absl::StatusOr<std::vector<v1::WatchEventsResponse>> NewReports(WatchPosition* position) const;
  // Whether this may be deleted: gRPC is done with it and no callback of
  // ours is pending.
  bool Removable() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void FinishOnce(const grpc::Status& status) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // The alarm's callback; deletes this when gRPC is done with the call.
  void OnAlarm(bool fired);

  const EventQueries* const queries_;
  LatestReportCache* const latest_;
  WatchRegistry* const registry_;
  server::WorkerPool* const workers_;
  absl::Mutex mu_;
  WatchPosition position_ ABSL_GUARDED_BY(mu_);
  std::deque<v1::WatchEventsResponse> pending_ ABSL_GUARDED_BY(mu_);
  bool writing_ ABSL_GUARDED_BY(mu_) = false;
  bool finished_ ABSL_GUARDED_BY(mu_) = false;
  bool done_ ABSL_GUARDED_BY(mu_) = false;
  bool alarm_pending_ ABSL_GUARDED_BY(mu_) = false;
  bool woken_ ABSL_GUARDED_BY(mu_) = false;  // its alarm was cancelled by Wake
  bool looking_ ABSL_GUARDED_BY(mu_) = false;  // a look is queued or running
  // Wake came during a look: a report may have been stored after the look
  // read the latest sequence, so look again rather than wait.
  bool look_again_ ABSL_GUARDED_BY(mu_) = false;
  grpc::Alarm alarm_;
};

}  // namespace newsgraph::query

#endif  // NEWSGRAPH_QUERY_SERVICE_WATCH_REACTOR_H_
