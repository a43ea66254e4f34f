#include "shared/server/health_probe.h"

#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "grpc/health/v1/health.grpc.pb.h"

ABSL_FLAG(bool, health_check, false,
          "Do not serve: ask the server these flags describe (--listen, or --port_file when the "
          "port is 0) whether it is SERVING, print the answer, and exit 0 if so, 1 if not. For "
          "container exec probes and compose health checks.");
ABSL_FLAG(absl::Duration, health_check_timeout, absl::Seconds(2),
          "How long --health_check waits for the answer.");

namespace newsgraph::server {
namespace {

// The host and port of HOST:PORT or [V6]:PORT.
bool SplitHostPort(std::string_view address, std::string* host, std::string* port) {
  const size_t colon = address.rfind(':');
  if (colon == std::string_view::npos) return false;
  *host = std::string(address.substr(0, colon));
  *port = std::string(address.substr(colon + 1));
  return !port->empty();
}

}  // namespace

bool HealthCheckRequested() { return absl::GetFlag(FLAGS_health_check); }

absl::StatusOr<std::string> ProbeAddress(const ServerConfig& config) {
  std::string host, port;
  if (!SplitHostPort(config.listen_address, &host, &port)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--listen=", config.listen_address, " is not HOST:PORT; give the server's address"));
  }
  if (host.empty() || host == "0.0.0.0") host = "127.0.0.1";
  if (host == "[::]") host = "[::1]";
  int number = 0;
  if (!absl::SimpleAtoi(port, &number) || number < 0 || number > 65535) {
    return absl::InvalidArgumentError(absl::StrCat("--listen port \"", port, "\" is not a port"));
  }
  if (number == 0) {
    std::ifstream in(config.port_file);
    std::string text;
    if (config.port_file.empty() || !std::getline(in, text) ||
        !absl::SimpleAtoi(absl::StripAsciiWhitespace(text), &number) || number <= 0) {
      return absl::InvalidArgumentError(
          "--listen has port 0 and no --port_file holds the bound port: give the server's "
          "--listen address or its --port_file");
    }
  }
  return absl::StrCat(host, ":", number);
}

absl::StatusOr<std::string> CheckHealth(const std::string& address, std::string_view service,
                                        absl::Duration timeout) {
  auto channel = grpc::CreateChannel(address, grpc::InsecureChannelCredentials());
  auto stub = grpc::health::v1::Health::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + absl::ToChronoMicroseconds(timeout));
  grpc::health::v1::HealthCheckRequest request;
  request.set_service(std::string(service));
  grpc::health::v1::HealthCheckResponse response;
  const grpc::Status status = stub->Check(&context, request, &response);
  if (!status.ok()) {
    return absl::Status(static_cast<absl::StatusCode>(status.error_code()), status.error_message());
  }
  return grpc::health::v1::HealthCheckResponse::ServingStatus_Name(response.status());
}

int RunHealthProbe(const ServerConfig& config, std::string_view service) {
  absl::StatusOr<std::string> address = ProbeAddress(config);
  if (!address.ok()) {
    std::printf("%s health: %s\n", config.service_name.c_str(),
                std::string(address.status().message()).c_str());
    return 1;
  }
  absl::StatusOr<std::string> health =
      CheckHealth(*address, service, absl::GetFlag(FLAGS_health_check_timeout));
  const std::string answer = health.ok() ? *health : health.status().ToString();
  std::printf("%s health at %s: %s\n", config.service_name.c_str(), address->c_str(),
              answer.c_str());
  std::fflush(stdout);
  return health.ok() && *health == "SERVING" ? 0 : 1;
}

}  // namespace newsgraph::server
