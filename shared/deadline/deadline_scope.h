// DeadlineScope: the deadline of the work the current thread does on behalf
// of one call, so that code far below the gRPC handler (the store's SQL
// statements, the ingest pipeline) can stop when the caller has given up,
// without a deadline parameter on every function in between.
//
// A handler opens a scope with the call's deadline for as long as it works
// on the call; the store and the ingestor read CurrentDeadline() /
// DeadlinePassed() at their checkpoints (an SQLite progress handler, a
// PostgreSQL statement_timeout, between the articles of a batch) and end
// with DEADLINE_EXCEEDED. Without a scope the deadline is infinite and the
// checks cost a thread-local load and a comparison, no clock read.
//
// Scopes nest (the inner one wins until it ends) and belong to the thread
// that opened them: work handed to another thread does not inherit one.
//
// Example:
//   DeadlineScope scope(absl::Now() + absl::Seconds(2));
//   absl::StatusOr<v1::Article> article = store->GetArticle(id, false);
//   // DEADLINE_EXCEEDED if the statement ran past the deadline.
#ifndef NEWSGRAPH_SHARED_DEADLINE_DEADLINE_SCOPE_H_
#define NEWSGRAPH_SHARED_DEADLINE_DEADLINE_SCOPE_H_

#include <string_view>

#include "absl/status/status.h"
#include "absl/time/time.h"

namespace newsgraph {

class DeadlineScope {
 public:
  // Makes `deadline` the current thread's until the scope ends (or is
  // moved into another scope object, which then ends it).
  explicit DeadlineScope(absl::Time deadline);
  ~DeadlineScope();

  DeadlineScope(DeadlineScope&& other) noexcept;
  DeadlineScope& operator=(DeadlineScope&&) = delete;
  DeadlineScope(const DeadlineScope&) = delete;
  DeadlineScope& operator=(const DeadlineScope&) = delete;

 private:
  absl::Time previous_;
  bool active_ = true;  // false once moved from
};

// The current thread's deadline; absl::InfiniteFuture() outside a scope.
absl::Time CurrentDeadline();

// Whether the current thread's deadline has passed. Reads the clock only
// when a finite deadline is set.
bool DeadlinePassed();

// DEADLINE_EXCEEDED: "the call's deadline passed <while_doing>; ...".
absl::Status DeadlineExceeded(std::string_view while_doing);

}  // namespace newsgraph

#endif  // NEWSGRAPH_SHARED_DEADLINE_DEADLINE_SCOPE_H_
