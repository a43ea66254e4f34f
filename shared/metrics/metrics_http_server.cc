#include "shared/metrics/metrics_http_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <utility>

#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "prometheus/metric_family.h"
#include "prometheus/text_serializer.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"

namespace newsgraph::metrics {
namespace {

constexpr char kMetricsPath[] = "/metrics";
constexpr int kRequestThreads = 2;
constexpr time_t kSocketTimeoutSeconds = 2;

struct HostPort {
  std::string host;
  int port = 0;
};

absl::Status BadAddress(std::string_view address, std::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat(
      "metrics address \"", AsAbsl(address), "\" is not HOST:PORT or [IPV6]:PORT: ", AsAbsl(why)));
}

// "HOST:PORT" or "[IPV6]:PORT", port 0 to 65535.
absl::StatusOr<HostPort> ParseListenAddress(std::string_view address) {
  HostPort out;
  std::string_view port_text;
  if (!address.empty() && address.front() == '[') {
    const size_t close = address.find(']');
    if (close == std::string_view::npos || close + 1 >= address.size() ||
        address[close + 1] != ':') {
      return BadAddress(address, "an IPv6 host needs [brackets] followed by :PORT");
    }
    out.host = std::string(address.substr(1, close - 1));
    port_text = address.substr(close + 2);
  } else {
    const size_t colon = address.rfind(':');
    if (colon == std::string_view::npos) return BadAddress(address, "no :PORT");
    out.host = std::string(address.substr(0, colon));
    if (out.host.find(':') != std::string::npos) {
      return BadAddress(address, "write an IPv6 host in [brackets]");
    }
    port_text = address.substr(colon + 1);
  }
  if (out.host.empty()) return BadAddress(address, "no host (use 0.0.0.0 for every interface)");
  const bool digits = !port_text.empty() && port_text.size() <= 5 &&
                      std::all_of(port_text.begin(), port_text.end(), absl::ascii_isdigit);
  if (!digits || !absl::SimpleAtoi(AsAbsl(port_text), &out.port) || out.port > 65535) {
    return BadAddress(address, "the port must be a number from 0 to 65535");
  }
  return out;
}

// SO_REUSEADDR only: httplib's default also sets SO_REUSEPORT, with which a
// second process could bind a port that is already serving.
void ListenSocketOptions(socket_t sock) {
  int yes = 1;
  setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
}

}  // namespace

MetricsHttpServer::MetricsHttpServer(
    std::vector<std::shared_ptr<prometheus::Collectable>> collectables)
    : collectables_(std::move(collectables)) {}

MetricsHttpServer::~MetricsHttpServer() { Stop(); }

std::string MetricsHttpServer::Render() const {
  std::vector<prometheus::MetricFamily> families;
  for (const auto& collectable : collectables_) {
    std::vector<prometheus::MetricFamily> more = collectable->Collect();
    families.insert(families.end(), std::make_move_iterator(more.begin()),
                    std::make_move_iterator(more.end()));
  }
  // A family's series come out of a hash map; sorted by their labels, one
  // scrape reads like the next.
  for (prometheus::MetricFamily& family : families) {
    std::sort(family.metric.begin(), family.metric.end(),
              [](const prometheus::ClientMetric& a, const prometheus::ClientMetric& b) {
                return a.label < b.label;
              });
  }
  return prometheus::TextSerializer().Serialize(families);
}

absl::Status MetricsHttpServer::Start(std::string_view listen_address) {
  if (http_ != nullptr) return absl::FailedPreconditionError("the metrics server is started");
  NG_ASSIGN_OR_RETURN(const HostPort where, ParseListenAddress(listen_address));

  auto http = std::make_unique<httplib::Server>();
  http->new_task_queue = [] { return new httplib::ThreadPool(kRequestThreads); };
  http->set_socket_options(ListenSocketOptions);
  // One request per connection, and a connection that sends none is
  // dropped after a second: Stop() waits for the request threads.
  http->set_keep_alive_max_count(1);
  http->set_keep_alive_timeout(1);
  http->set_read_timeout(kSocketTimeoutSeconds);
  http->set_write_timeout(kSocketTimeoutSeconds);
  http->set_pre_routing_handler([](const httplib::Request& request, httplib::Response& response) {
    if (request.path != kMetricsPath) {
      response.status = 404;
      response.set_content("not found: the metrics are at GET /metrics\n", "text/plain");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (request.method != "GET" && request.method != "HEAD") {
      response.status = 405;
      response.set_header("Allow", "GET, HEAD");
      response.set_content("method not allowed: GET /metrics\n", "text/plain");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  http->Get(kMetricsPath, [this](const httplib::Request&, httplib::Response& response) {
    response.set_content(Render(), kTextFormatContentType);
  });

  const int port = where.port == 0                              ? http->bind_to_any_port(where.host)
                   : http->bind_to_port(where.host, where.port) ? where.port
                                                                : -1;
  if (port <= 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", AsAbsl(listen_address),
                     ": the host is not a local address, or the port is in use"));
  }
  http_ = std::move(http);
  port_ = port;
  listener_ = std::thread([server = http_.get()] { server->listen_after_bind(); });
  // stop() only takes effect once the listener runs.
  while (!http_->is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return absl::OkStatus();
}

void MetricsHttpServer::Stop() {
  if (http_ == nullptr) return;
  http_->stop();
  listener_.join();
  http_.reset();
}

}  // namespace newsgraph::metrics
