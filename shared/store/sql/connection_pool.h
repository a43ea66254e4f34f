// ConnectionPool: a fixed set of reader Connections handed out to
// concurrent readers. Acquire() blocks until a connection is idle; the
// returned lease gives it back when it ends.
//
// Ownership: the pool owns its connections. Every lease must end before the
// pool is destroyed.
//
// Thread-safety: Acquire() may be called from any thread; a leased
// connection is used by the leasing thread alone.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_CONNECTION_POOL_H_
#define NEWSGRAPH_SHARED_STORE_SQL_CONNECTION_POOL_H_

#include <cstddef>
#include <memory>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "shared/store/sql/connection.h"

namespace newsgraph::store::sql {

class ConnectionPool {
 public:
  // A connection taken from the pool, returned on destruction.
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<Connection> conn)
        : pool_(pool), conn_(std::move(conn)) {}
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;

    Connection& operator*() const { return *conn_; }
    Connection* operator->() const { return conn_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<Connection> conn_;
  };

  explicit ConnectionPool(std::vector<std::unique_ptr<Connection>> connections);
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // REQUIRES: size() > 0. Blocks until a connection is idle.
  Lease Acquire();

  size_t size() const { return size_; }

 private:
  void Release(std::unique_ptr<Connection> conn);

  const size_t size_;
  absl::Mutex mu_;
  // The idle connections; the others are out on leases.
  std::vector<std::unique_ptr<Connection>> idle_ ABSL_GUARDED_BY(mu_);
};

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_CONNECTION_POOL_H_
