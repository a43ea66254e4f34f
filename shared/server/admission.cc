#include "shared/server/admission.h"

#include <algorithm>
#include <string>
#include <thread>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace newsgraph::server {

AdmissionLimiter::Ticket::~Ticket() {
  if (limiter_ != nullptr) limiter_->in_flight_.fetch_sub(1, std::memory_order_release);
}

AdmissionLimiter::AdmissionLimiter(std::string service_name, int max_in_flight)
    : service_name_(std::move(service_name)), max_in_flight_(std::max(1, max_in_flight)) {}

absl::StatusOr<AdmissionLimiter::Ticket> AdmissionLimiter::TryAdmit() {
  // A compare-and-swap loop rather than increment-then-undo, so that a
  // refused call never makes a concurrent one at the limit fail too.
  int current = in_flight_.load(std::memory_order_relaxed);
  while (current < max_in_flight_) {
    if (in_flight_.compare_exchange_weak(current, current + 1, std::memory_order_acquire,
                                         std::memory_order_relaxed)) {
      return Ticket(this);
    }
  }
  refused_.fetch_add(1, std::memory_order_relaxed);
  return absl::ResourceExhaustedError(absl::StrCat(
      "the ", service_name_, " server is at capacity (", max_in_flight_,
      " calls in flight, --max_concurrent_calls); retry with exponential backoff, or on "
      "another replica"));
}

int DefaultMaxConcurrentCalls() {
  const int cores = static_cast<int>(std::thread::hardware_concurrency());
  return 64 * std::max(1, cores);
}

}  // namespace newsgraph::server
