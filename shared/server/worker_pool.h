// WorkerPool: a fixed set of threads that run the query service's lookups,
// so that gRPC's own threads only receive calls, admit or refuse them, and
// hand them over, and never wait on the store themselves.
//
// Why: gRPC 1.51 runs callback handlers on a small pool of its own (two
// threads on a two-core machine). A handler that reads the store there
// holds one of them, and once all are held every further call — health
// checks too — waits inside gRPC, where no admission check sees it, so the
// server queued without bound and never refused anything. With the work
// here, the gRPC threads stay free: a call beyond --max_concurrent_calls
// is refused at once with RESOURCE_EXHAUSTED, and health answers under
// any load.
//
// The queue needs no bound of its own: each queued task holds an
// admission ticket (AdmissionLimiter), which bounds queued plus running
// tasks. Tasks run in submission order. gRPC-free.
//
// Example:
//   WorkerPool pool(4);
//   pool.Submit([reactor, ticket = std::move(ticket)]() mutable { ... });
//
// Thread-safe. The destructor runs every task already submitted, then
// joins the threads; Submit must not be called after it has begun.
#ifndef NEWSGRAPH_SHARED_SERVER_WORKER_POOL_H_
#define NEWSGRAPH_SHARED_SERVER_WORKER_POOL_H_

#include <deque>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/functional/any_invocable.h"
#include "absl/synchronization/mutex.h"

namespace newsgraph::server {

class WorkerPool {
 public:
  // Starts `threads` >= 1 threads (fewer are raised to 1).
  explicit WorkerPool(int threads);
  ~WorkerPool();

  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Queues `task` to run on one of the threads. Never blocks on a task.
  void Submit(absl::AnyInvocable<void() &&> task);

  int threads() const { return static_cast<int>(threads_.size()); }
  // Tasks submitted and not yet started.
  int queued() const;

 private:
  void RunTasks();
  bool HasWorkOrStopping() const ABSL_SHARED_LOCKS_REQUIRED(mu_);

  mutable absl::Mutex mu_;
  std::deque<absl::AnyInvocable<void() &&>> tasks_ ABSL_GUARDED_BY(mu_);
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::vector<std::thread> threads_;
};

// The default number of lookup threads: two per core the process may use,
// so that a thread waiting on the disk leaves the core to another.
int DefaultWorkerThreads();

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_WORKER_POOL_H_
