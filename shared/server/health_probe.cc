#include "shared/server/health_probe.h"

#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/security/tls_certificate_provider.h>
#include <grpcpp/security/tls_certificate_verifier.h>
#include <grpcpp/security/tls_credentials_options.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "shared/base/status_macros.h"
#include "shared/server/pem_file.h"

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

absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> ProbeCredentials(
    const ServerConfig& config) {
  if (config.tls_cert_file.empty()) return grpc::InsecureChannelCredentials();
  // The files are read first: options that never become credentials leak
  // their C core object (gRPC 1.51).
  std::vector<grpc::experimental::IdentityKeyCertPair> identity;
  if (!config.tls_client_ca_file.empty()) {
    grpc::experimental::IdentityKeyCertPair pair;
    NG_ASSIGN_OR_RETURN(pair.certificate_chain, ReadPemFile(config.tls_cert_file, "tls_cert_file"));
    NG_ASSIGN_OR_RETURN(pair.private_key, ReadPemFile(config.tls_key_file, "tls_key_file"));
    identity.push_back(std::move(pair));
  }
  grpc::experimental::TlsChannelCredentialsOptions options;
  // The probe asks a server on this host for its health and sends nothing
  // secret: it does not check the server's certificate or name (the name
  // it dials, 127.0.0.1, is rarely one the certificate lists).
  options.set_verify_server_certs(false);
  options.set_check_call_host(false);
  options.set_certificate_verifier(std::make_shared<grpc::experimental::NoOpCertificateVerifier>());
  if (!identity.empty()) {
    options.set_certificate_provider(
        std::make_shared<grpc::experimental::StaticDataCertificateProvider>(std::move(identity)));
    options.watch_identity_key_cert_pairs();
  }
  return grpc::experimental::TlsCredentials(options);
}

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
                                        absl::Duration timeout,
                                        std::shared_ptr<grpc::ChannelCredentials> credentials) {
  auto channel = grpc::CreateChannel(address, std::move(credentials));
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
    std::fflush(stdout);
    return 1;
  }
  absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> credentials = ProbeCredentials(config);
  if (!credentials.ok()) {
    std::printf("%s health: %s\n", config.service_name.c_str(),
                std::string(credentials.status().message()).c_str());
    std::fflush(stdout);
    return 1;
  }
  absl::StatusOr<std::string> health = CheckHealth(
      *address, service, absl::GetFlag(FLAGS_health_check_timeout), *std::move(credentials));
  const std::string answer = health.ok() ? *health : health.status().ToString();
  std::printf("%s health at %s: %s\n", config.service_name.c_str(), address->c_str(),
              answer.c_str());
  std::fflush(stdout);
  return health.ok() && *health == "SERVING" ? 0 : 1;
}

}  // namespace newsgraph::server
