// CallGate: what every handler method of ours does before its work, in
// this order:
//   1. checks the call's credentials (Authorizer; UNAUTHENTICATED or
//      PERMISSION_DENIED);
//   2. refuses a call whose deadline has already passed (DEADLINE_EXCEEDED),
//      so that work nobody waits for is not started;
//   3. takes an admission ticket (AdmissionLimiter; RESOURCE_EXHAUSTED at
//      once when the server is at capacity).
// The Pass it returns holds the ticket and makes the call's deadline the
// current thread's (DeadlineScope), so that the store and the ingest
// pipeline stop when it passes; both end with the Pass. Keep it on the
// handler's stack for the call's synchronous work only. A handler that
// hands its work to another thread calls Admit instead, and the work opens
// the scope where it runs.
//
// Health (grpc.health.v1) and reflection are not our handlers: they never
// pass a gate, so probes are answered even at capacity.
//
// Why in the handlers: gRPC 1.51's server interceptors cannot end a call,
// and its only bound (ResourceQuota::SetMaxThreads) covers neither the
// callback API the QueryService uses nor health checks apart.
// tests/e2e/overload_e2e_test.cc calls every method, listed from the
// service descriptors, at capacity.
//
// Example:
//   absl::StatusOr<server::CallGate::Pass> pass = gate_->Enter(*context);
//   if (!pass.ok()) return server::ToGrpcStatus(pass.status());
//
// Thread-safe. Does not own the authorizer or the limiter, which must
// outlive it.
#ifndef NEWSGRAPH_SHARED_SERVER_CALL_GATE_H_
#define NEWSGRAPH_SHARED_SERVER_CALL_GATE_H_

#include <grpcpp/server_context.h>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "shared/auth/scope.h"
#include "shared/deadline/deadline_scope.h"
#include "shared/server/admission.h"
#include "shared/server/authorizer.h"

namespace newsgraph::server {

class CallGate {
 public:
  // An admitted call: its ticket and its deadline scope. Move-only.
  struct Pass {
    AdmissionLimiter::Ticket ticket;
    DeadlineScope deadline;
  };

  // Calls need `scope` (read for queries, write for ingest).
  CallGate(const Authorizer* authorizer, auth::Scope scope, AdmissionLimiter* limiter)
      : authorizer_(authorizer), scope_(scope), limiter_(limiter) {}

  absl::StatusOr<Pass> Enter(const grpc::ServerContextBase& context) const;

  // An admitted call whose work runs on another thread (WorkerPool): its
  // ticket, and its deadline for that thread to open a DeadlineScope with
  // when the work starts.
  struct Admission {
    AdmissionLimiter::Ticket ticket;
    absl::Time deadline;
  };

  // The same checks as Enter, without a scope on this thread.
  absl::StatusOr<Admission> Admit(const grpc::ServerContextBase& context) const;

 private:
  const Authorizer* const authorizer_;
  const auth::Scope scope_;
  AdmissionLimiter* const limiter_;
};

// The call's deadline as an absl::Time; absl::InfiniteFuture() when the
// client set none.
absl::Time DeadlineOf(const grpc::ServerContextBase& context);

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_CALL_GATE_H_
