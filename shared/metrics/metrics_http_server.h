// MetricsHttpServer: serves metrics over plain HTTP for Prometheus to
// scrape. GET (or HEAD) /metrics answers 200 with every collectable's
// metrics in the Prometheus text exposition format, version 0.0.4
// (prometheus-cpp's TextSerializer); other paths get 404 and other methods
// 405. The server runs on a thread of its own with a pool of two request
// threads. It closes each connection after one request, and one that sends
// no request within a second, so that Stop() returns within about two
// seconds even with idle connections open.
//
// The listen address is HOST:PORT or [IPV6]:PORT; port 0 picks a free port,
// which port() then returns. The socket is bound without SO_REUSEPORT, so a
// port another process holds is an error rather than a shared port.
//
// Start() and Stop() from one thread. Scrapes call the collectables'
// Collect() on the request threads; prometheus-cpp's registries and
// metrics allow that while the program updates them.
//
// Example:
//   auto registry = std::make_shared<prometheus::Registry>();
//   MetricsHttpServer metrics({registry});
//   NG_RETURN_IF_ERROR(metrics.Start("0.0.0.0:9090"));
//   ...
//   metrics.Stop();
#ifndef NEWSGRAPH_SHARED_METRICS_METRICS_HTTP_SERVER_H_
#define NEWSGRAPH_SHARED_METRICS_METRICS_HTTP_SERVER_H_

#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "prometheus/collectable.h"

namespace httplib {
class Server;
}  // namespace httplib

namespace newsgraph::metrics {

// The Content-Type of the text exposition format.
inline constexpr char kTextFormatContentType[] = "text/plain; version=0.0.4; charset=utf-8";

class MetricsHttpServer {
 public:
  // `collectables` are shared with the caller; each scrape collects them in
  // this order.
  explicit MetricsHttpServer(std::vector<std::shared_ptr<prometheus::Collectable>> collectables);
  ~MetricsHttpServer();  // Stop()s

  MetricsHttpServer(const MetricsHttpServer&) = delete;
  MetricsHttpServer& operator=(const MetricsHttpServer&) = delete;

  // Binds `listen_address` and starts serving. INVALID_ARGUMENT for an
  // address that is not HOST:PORT, UNAVAILABLE when it cannot be bound.
  // Call once.
  absl::Status Start(std::string_view listen_address);

  // The bound port, after Start().
  int port() const { return port_; }

  // Closes the listener, lets in-flight scrapes finish and joins the
  // threads. Idempotent.
  void Stop();

  // Every collectable's metrics in the text format, each family's series
  // sorted by their labels: what GET /metrics answers.
  std::string Render() const;

 private:
  const std::vector<std::shared_ptr<prometheus::Collectable>> collectables_;
  std::unique_ptr<httplib::Server> http_;
  std::thread listener_;
  int port_ = 0;
};

}  // namespace newsgraph::metrics

#endif  // NEWSGRAPH_SHARED_METRICS_METRICS_HTTP_SERVER_H_
