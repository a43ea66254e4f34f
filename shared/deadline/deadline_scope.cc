#include "shared/deadline/deadline_scope.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "shared/base/string_view.h"

namespace newsgraph {
namespace {

// constexpr-initialized: no thread-local guard on access.
thread_local absl::Time current_deadline = absl::InfiniteFuture();

}  // namespace

DeadlineScope::DeadlineScope(absl::Time deadline) : previous_(current_deadline) {
  current_deadline = deadline;
}

DeadlineScope::DeadlineScope(DeadlineScope&& other) noexcept
    : previous_(other.previous_), active_(std::exchange(other.active_, false)) {}

DeadlineScope::~DeadlineScope() {
  if (active_) current_deadline = previous_;
}

absl::Time CurrentDeadline() { return current_deadline; }

bool DeadlinePassed() {
  const absl::Time deadline = current_deadline;
  return deadline != absl::InfiniteFuture() && absl::Now() >= deadline;
}

absl::Status DeadlineExceeded(std::string_view while_doing) {
  return absl::DeadlineExceededError(
      absl::StrCat("the call's deadline passed ", AsAbsl(while_doing),
                   "; the work was stopped (a write it interrupted stored nothing). Retry with a "
                   "longer deadline, or ask for less (a smaller page, a narrower query)"));
}

}  // namespace newsgraph
