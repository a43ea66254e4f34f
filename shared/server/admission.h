// AdmissionLimiter: bounds how many calls a server works on at once, so
// that beyond its capacity a call is refused at once with
// RESOURCE_EXHAUSTED (and the client backs off or tries another replica)
// instead of waiting in an unbounded queue while every call slows down.
//
// Each handler method asks for a Ticket before its work (CallGate does it)
// and holds it until the work ends. TryAdmit() never waits: it is one
// atomic increment, undone when the server is at its limit. gRPC-free.
//
// Example:
//   AdmissionLimiter limiter("query", 64);
//   absl::StatusOr<AdmissionLimiter::Ticket> ticket = limiter.TryAdmit();
//   if (!ticket.ok()) return ticket.status();  // RESOURCE_EXHAUSTED
//   ... the work; the ticket is given back when it goes out of scope
//
// Thread-safe. Tickets must not outlive their limiter.
#ifndef NEWSGRAPH_SHARED_SERVER_ADMISSION_H_
#define NEWSGRAPH_SHARED_SERVER_ADMISSION_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <utility>

#include "absl/status/statusor.h"

namespace newsgraph::server {

class AdmissionLimiter {
 public:
  // One admitted call; gives its place back when destroyed. Move-only.
  class Ticket {
   public:
    Ticket(Ticket&& other) noexcept : limiter_(std::exchange(other.limiter_, nullptr)) {}
    Ticket& operator=(Ticket&&) = delete;
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;
    ~Ticket();

   private:
    friend class AdmissionLimiter;
    explicit Ticket(AdmissionLimiter* limiter) : limiter_(limiter) {}

    AdmissionLimiter* limiter_;  // null once moved from
  };

  // `service_name` ("query", "ingest") names the server in the refusal;
  // `max_in_flight` >= 1 is the number of calls admitted at once.
  AdmissionLimiter(std::string service_name, int max_in_flight);

  AdmissionLimiter(const AdmissionLimiter&) = delete;
  AdmissionLimiter& operator=(const AdmissionLimiter&) = delete;

  // A ticket when fewer than max_in_flight calls hold one; otherwise
  // RESOURCE_EXHAUSTED at once, saying the server is at capacity and to
  // retry with backoff.
  absl::StatusOr<Ticket> TryAdmit();

  int max_in_flight() const { return max_in_flight_; }
  // Calls holding a ticket now.
  int in_flight() const { return in_flight_.load(std::memory_order_relaxed); }
  // Calls refused since the limiter was made.
  int64_t refused() const { return refused_.load(std::memory_order_relaxed); }

 private:
  const std::string service_name_;
  const int max_in_flight_;
  std::atomic<int> in_flight_{0};
  std::atomic<int64_t> refused_{0};
};

// The default bound on calls in flight: 64 per core the process may use
// (at least 64), enough that a server is never refused work it could do
// soon, small enough that memory and latency stay bounded.
int DefaultMaxConcurrentCalls();

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_ADMISSION_H_
