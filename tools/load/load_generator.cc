#include "tools/load/load_generator.h"

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/synchronization/notification.h"
#include "shared/base/status_macros.h"
#include "tools/load/schedule.h"

namespace newsgraph::load {
namespace {

using Clock = std::chrono::steady_clock;

// The kinds of call with a stub to each one's server, and which call of
// the run is which kind and sends which request. Shared by every thread
// of a run; the calls' sequence is the only thing that changes.
class CallPlan {
 public:
  static absl::StatusOr<std::unique_ptr<CallPlan>> Connect(std::vector<CallKind> kinds,
                                                           int64_t first_seq,
                                                           tools::ClientAuth auth);

  size_t kind_count() const { return kinds_.size(); }
  const std::vector<CallKind>& kinds() const { return kinds_; }
  // What every call's context carries (the bearer token, if any).
  const tools::ClientAuth& auth() const { return auth_; }

  // The next call of the run: its kind, its stub and its encoded request.
  struct Call {
    size_t kind = 0;
    grpc::GenericStub* stub = nullptr;
    absl::StatusOr<std::string> request;
  };
  Call Next();

 private:
  CallPlan(std::vector<CallKind> kinds, WeightedRotation rotation, int64_t first_seq,
           tools::ClientAuth auth)
      : kinds_(std::move(kinds)),
        rotation_(std::move(rotation)),
        first_seq_(first_seq),
        auth_(std::move(auth)) {}

  const std::vector<CallKind> kinds_;
  const WeightedRotation rotation_;
  const int64_t first_seq_;
  const tools::ClientAuth auth_;
  std::map<std::string, std::unique_ptr<grpc::GenericStub>> stubs_;  // by target; set up once
  std::vector<grpc::GenericStub*> kind_stubs_;                        // by kind; set up once
  std::atomic<int64_t> next_{0};                                      // the next call's number
};

absl::StatusOr<std::unique_ptr<CallPlan>> CallPlan::Connect(std::vector<CallKind> kinds,
                                                            int64_t first_seq,
                                                            tools::ClientAuth auth) {
  std::vector<int> weights;
  for (const CallKind& kind : kinds) weights.push_back(kind.weight);
  NG_ASSIGN_OR_RETURN(WeightedRotation rotation, WeightedRotation::Create(weights));
  std::unique_ptr<CallPlan> plan(
      new CallPlan(std::move(kinds), std::move(rotation), first_seq, std::move(auth)));
  for (const CallKind& kind : plan->kinds_) {
    std::unique_ptr<grpc::GenericStub>& stub = plan->stubs_[kind.target];
    if (stub == nullptr) {
      std::shared_ptr<grpc::Channel> channel =
          grpc::CreateChannel(kind.target, plan->auth().credentials);
      if (!channel->WaitForConnected(std::chrono::system_clock::now() +
                                     std::chrono::seconds(5))) {
        return absl::UnavailableError(
            absl::StrCat("cannot connect to ", kind.target, " within 5 s; is the server up?"));
      }
      stub = std::make_unique<grpc::GenericStub>(channel);
    }
    plan->kind_stubs_.push_back(stub.get());
  }
  return plan;
}

CallPlan::Call CallPlan::Next() {
  const int64_t n = next_.fetch_add(1, std::memory_order_relaxed);
  const WeightedRotation::Pick pick = rotation_.At(n);
  const CallKind& kind = kinds_[pick.kind];
  const RequestTemplate& request =
      kind.requests[static_cast<size_t>(pick.nth % static_cast<int64_t>(kind.requests.size()))];
  return Call{pick.kind, kind_stubs_[pick.kind], request.Encode(first_seq_ + n)};
}

std::chrono::system_clock::time_point DeadlineFromNow(absl::Duration deadline) {
  return std::chrono::system_clock::now() + absl::ToChronoMicroseconds(deadline);
}

int64_t NanosSince(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
}

absl::StatusCode CodeOf(const grpc::Status& status) {
  return static_cast<absl::StatusCode>(status.error_code());
}

// --- Closed loop -----------------------------------------------------------

// Makes one call and waits for it.
grpc::Status CallAndWait(grpc::GenericStub& stub, const std::string& path,
                         const std::string& request_bytes, absl::Duration deadline,
                         const tools::ClientAuth& auth) {
  grpc::ClientContext context;
  context.set_deadline(DeadlineFromNow(deadline));
  auth.Apply(&context);
  grpc::Slice slice(request_bytes);
  grpc::ByteBuffer request(&slice, 1);
  grpc::ByteBuffer response;
  grpc::Status result;
  absl::Notification done;
  stub.UnaryCall(&context, path, grpc::StubOptions(), &request, &response,
                 [&](grpc::Status status) {
                   result = std::move(status);
                   done.Notify();
                 });
  done.WaitForNotification();
  return result;
}

// Calls back to back until `until`; records them when `tally` is set.
void Drive(CallPlan& plan, absl::Duration deadline, absl::Time until, Tally* tally) {
  while (absl::Now() < until) {
    CallPlan::Call call = plan.Next();
    const Clock::time_point start = Clock::now();
    absl::StatusCode code = call.request.status().code();
    if (call.request.ok()) {
      code = CodeOf(CallAndWait(*call.stub, plan.kinds()[call.kind].path, *call.request, deadline,
                                plan.auth()));
    }
    if (tally != nullptr) tally->Record(call.kind, NanosSince(start), code);
  }
}

// Runs `concurrency` callers until `until`; their calls, when `record`.
Tally RunCallers(CallPlan& plan, const LoadOptions& options, absl::Time until, bool record) {
  std::vector<Tally> tallies(static_cast<size_t>(options.concurrency), Tally(plan.kind_count()));
  std::vector<std::thread> callers;
  callers.reserve(tallies.size());
  for (Tally& tally : tallies) {
    callers.emplace_back(Drive, std::ref(plan), options.deadline, until,
                         record ? &tally : nullptr);
  }
  for (std::thread& t : callers) t.join();
  Tally all(plan.kind_count());
  for (const Tally& tally : tallies) all.Merge(tally);
  return all;
}

// Fills `report` from a closed-loop run; returns its calls.
Tally RunClosedLoop(CallPlan& plan, const LoadOptions& options, LoadReport* report) {
  if (options.warmup > absl::ZeroDuration()) {
    RunCallers(plan, options, absl::Now() + options.warmup, /*record=*/false);
  }
  const absl::Time start = absl::Now();
  Tally tally = RunCallers(plan, options, start + options.duration, /*record=*/true);
  report->seconds = absl::ToDoubleSeconds(absl::Now() - start);
  return tally;
}

// --- Open loop -------------------------------------------------------------

// Calls started on a timetable with a cap on those in flight. Each call
// lives in a PendingCall until gRPC's callback has recorded it.
class OpenLoop {
 public:
  OpenLoop(CallPlan& plan, const LoadOptions& options, const OpenLoopSchedule& schedule)
      : plan_(plan), options_(options), schedule_(schedule), tally_(plan.kind_count()) {}

  // Runs the timetable, waits for the last calls, fills `report`'s
  // schedule figures and seconds; returns the counted calls.
  Tally Run(LoadReport* report);

 private:
  struct PendingCall {
    grpc::ClientContext context;
    grpc::ByteBuffer request;
    grpc::ByteBuffer response;
    size_t kind = 0;
    bool counted = false;
    Clock::time_point start;
  };

  // Starts the next call of the plan unless the cap is reached; false then.
  bool TryStart(bool counted);
  void Finish(std::unique_ptr<PendingCall> call, const grpc::Status& status);

  CallPlan& plan_;
  const LoadOptions& options_;
  const OpenLoopSchedule& schedule_;
  absl::Mutex mu_;
  int in_flight_ ABSL_GUARDED_BY(mu_) = 0;
  bool draining_ ABSL_GUARDED_BY(mu_) = false;  // no call is started any more
  Tally tally_ ABSL_GUARDED_BY(mu_);
  absl::Notification drained_;  // draining, and no call in flight
};

Tally OpenLoop::Run(LoadReport* report) {
  const int64_t first_counted = schedule_.CallsBefore(options_.warmup);
  const int64_t end = schedule_.CallsBefore(options_.warmup + options_.duration);
  const absl::Time start = absl::Now();
  for (int64_t i = 0; i < end; ++i) {
    const absl::Time due = start + schedule_.DueAt(i);
    absl::Time now = absl::Now();
    if (now < due) {
      absl::SleepFor(due - now);
      now = absl::Now();
    }
    const bool counted = i >= first_counted;
    if (!TryStart(counted)) {
      if (counted) ++report->skipped;
    } else if (counted && now - due > absl::Milliseconds(kLateAfterMs)) {
      ++report->late;
    }
  }
  const absl::Time measured_from = start + options_.warmup;
  report->seconds =
      absl::ToDoubleSeconds(std::max(absl::Now(), measured_from + options_.duration) - measured_from);
  report->rate = schedule_.per_second();
  report->scheduled = end - first_counted;
  report->achieved_rate = static_cast<double>(report->scheduled - report->skipped) / report->seconds;
  bool drained = false;
  {
    absl::MutexLock lock(&mu_);
    draining_ = true;
    drained = in_flight_ == 0;
  }
  if (drained) drained_.Notify();
  drained_.WaitForNotification();
  absl::MutexLock lock(&mu_);
  return tally_;
}

bool OpenLoop::TryStart(bool counted) {
  {
    absl::MutexLock lock(&mu_);
    if (in_flight_ >= options_.concurrency) return false;
    ++in_flight_;
  }
  CallPlan::Call next = plan_.Next();
  auto call = std::make_unique<PendingCall>();
  call->kind = next.kind;
  call->counted = counted;
  call->start = Clock::now();
  if (!next.request.ok()) {
    Finish(std::move(call), grpc::Status(static_cast<grpc::StatusCode>(next.request.status().code()),
                                         std::string(next.request.status().message())));
    return true;
  }
  grpc::Slice slice(*next.request);
  call->request = grpc::ByteBuffer(&slice, 1);
  call->context.set_deadline(DeadlineFromNow(options_.deadline));
  plan_.auth().Apply(&call->context);
  PendingCall* raw = call.release();
  next.stub->UnaryCall(&raw->context, plan_.kinds()[next.kind].path, grpc::StubOptions(),
                       &raw->request, &raw->response, [this, raw](grpc::Status status) {
                         Finish(std::unique_ptr<PendingCall>(raw), status);
                       });
  return true;
}

void OpenLoop::Finish(std::unique_ptr<PendingCall> call, const grpc::Status& status) {
  const int64_t latency_ns = NanosSince(call->start);
  const size_t kind = call->kind;
  const bool counted = call->counted;
  call.reset();
  bool last = false;
  {
    absl::MutexLock lock(&mu_);
    if (counted) tally_.Record(kind, latency_ns, CodeOf(status));
    --in_flight_;
    last = draining_ && in_flight_ == 0;
  }
  // Nothing of this object is touched after the notification: Run() may
  // return and destroy it at once.
  if (last) drained_.Notify();
}

// --- The report ------------------------------------------------------------

// The report's method (one path, or "mix") and its per-label figures.
void Summarize(const std::vector<CallKind>& kinds, const Tally& tally, LoadReport* report) {
  std::vector<size_t> all;
  std::vector<std::pair<std::string, std::vector<size_t>>> labels;
  for (size_t i = 0; i < kinds.size(); ++i) {
    all.push_back(i);
    auto same = std::find_if(labels.begin(), labels.end(),
                             [&](const auto& label) { return label.first == kinds[i].label; });
    if (same == labels.end()) {
      labels.push_back({kinds[i].label, {i}});
    } else {
      same->second.push_back(i);
    }
  }
  report->method = kinds.front().path;
  for (const CallKind& kind : kinds) {
    if (kind.path != report->method) report->method = "mix";
  }
  report->calls = tally.Stats(all, report->seconds);
  if (labels.size() < 2) return;
  for (const auto& [label, members] : labels) {
    report->by_label.emplace_back(label, tally.Stats(members, report->seconds));
  }
}

absl::Status CheckOptions(const LoadOptions& options) {
  if (options.target.empty() && options.mix_file.empty()) {
    return absl::InvalidArgumentError("target is empty; give host:port");
  }
  if (options.concurrency < 1 || options.concurrency > 4096) {
    return absl::InvalidArgumentError(
        absl::StrCat("concurrency ", options.concurrency, " is out of range [1, 4096]"));
  }
  if (options.duration <= absl::ZeroDuration() || options.deadline <= absl::ZeroDuration() ||
      options.warmup < absl::ZeroDuration()) {
    return absl::InvalidArgumentError(
        "duration and deadline must be positive and warmup not negative");
  }
  if (options.rate < 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "rate ", options.rate, " is negative; give calls per second, or 0 for a closed loop"));
  }
  if (options.first_seq < 0 || options.first_seq > int64_t{1} << 62) {
    return absl::InvalidArgumentError(
        absl::StrCat("first sequence number ", options.first_seq, " is out of range [0, 2^62]"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::vector<CallKind>> CallKindsOf(const LoadOptions& options) {
  if (!options.mix_file.empty()) {
    if (!options.method.empty() || !options.requests_file.empty()) {
      return absl::InvalidArgumentError(
          "a mix file names its own methods and requests; drop the method, request and "
          "requests file");
    }
    return ReadMixFile(options.mix_file, options.target);
  }
  if (options.method.empty()) {
    return absl::InvalidArgumentError("name a method, or a mix file of methods");
  }
  const std::string request = options.request_json.empty() ? "{}" : options.request_json;
  if (!options.requests_file.empty()) {
    if (request != "{}") {
      return absl::InvalidArgumentError(
          "give a request or a requests file, not both");
    }
    NG_ASSIGN_OR_RETURN(CallKind kind,
                        RequestsFileKind(options.target, options.method, options.requests_file));
    return std::vector<CallKind>{std::move(kind)};
  }
  NG_ASSIGN_OR_RETURN(CallKind kind, SingleRequestKind(options.target, options.method, request));
  return std::vector<CallKind>{std::move(kind)};
}

absl::StatusOr<LoadReport> RunLoad(const LoadOptions& options) {
  NG_RETURN_IF_ERROR(CheckOptions(options));
  std::optional<OpenLoopSchedule> schedule;
  if (options.rate > 0) {
    NG_ASSIGN_OR_RETURN(schedule, OpenLoopSchedule::Create(options.rate));
  }
  NG_ASSIGN_OR_RETURN(std::vector<CallKind> kinds, CallKindsOf(options));
  NG_ASSIGN_OR_RETURN(std::unique_ptr<CallPlan> plan,
                      CallPlan::Connect(kinds, options.first_seq, options.auth));
  LoadReport report;
  report.concurrency = options.concurrency;
  const Tally tally = schedule.has_value() ? OpenLoop(*plan, options, *schedule).Run(&report)
                                           : RunClosedLoop(*plan, options, &report);
  Summarize(kinds, tally, &report);
  return report;
}

}  // namespace newsgraph::load
