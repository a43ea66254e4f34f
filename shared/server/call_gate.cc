#include "shared/server/call_gate.h"

#include <chrono>
#include <utility>

#include "absl/time/clock.h"
#include "shared/base/status_macros.h"

namespace newsgraph::server {

absl::Time DeadlineOf(const grpc::ServerContextBase& context) {
  const std::chrono::system_clock::time_point deadline = context.deadline();
  if (deadline == std::chrono::system_clock::time_point::max()) return absl::InfiniteFuture();
  return absl::FromChrono(deadline);
}

absl::StatusOr<CallGate::Admission> CallGate::Admit(const grpc::ServerContextBase& context) const {
  NG_RETURN_IF_ERROR(authorizer_->Check(context, scope_));
  const absl::Time deadline = DeadlineOf(context);
  if (deadline != absl::InfiniteFuture() && absl::Now() >= deadline) {
    return DeadlineExceeded("before the server started on it");
  }
  NG_ASSIGN_OR_RETURN(AdmissionLimiter::Ticket ticket, limiter_->TryAdmit());
  return Admission{std::move(ticket), deadline};
}

absl::StatusOr<CallGate::Pass> CallGate::Enter(const grpc::ServerContextBase& context) const {
  NG_ASSIGN_OR_RETURN(Admission admission, Admit(context));
  return Pass{std::move(admission.ticket), DeadlineScope(admission.deadline)};
}

}  // namespace newsgraph::server
