#include "shared/store/sql/connection_pool.h"

#include <memory>
#include <utility>
#include <vector>

#include "absl/synchronization/mutex.h"

namespace newsgraph::store::sql {

ConnectionPool::Lease::~Lease() {
  if (conn_ != nullptr) pool_->Release(std::move(conn_));
}

ConnectionPool::ConnectionPool(std::vector<std::unique_ptr<Connection>> connections)
    : size_(connections.size()), idle_(std::move(connections)) {}

ConnectionPool::Lease ConnectionPool::Acquire() {
  absl::MutexLock lock(&mu_);
  mu_.Await(absl::Condition(
      +[](std::vector<std::unique_ptr<Connection>>* idle) { return !idle->empty(); }, &idle_));
  std::unique_ptr<Connection> conn = std::move(idle_.back());
  idle_.pop_back();
  return Lease(this, std::move(conn));
}

void ConnectionPool::Release(std::unique_ptr<Connection> conn) {
  absl::MutexLock lock(&mu_);
  idle_.push_back(std::move(conn));
}

}  // namespace newsgraph::store::sql
