// The health-check mode of the newsgraph binaries (`--health_check`): for
// container exec probes and compose health checks, where no gRPC client is
// installed. It asks the server the flags describe (the same --listen, or
// the port in --port_file when --listen's port is 0) for the health of its
// service over grpc.health.v1 (over TLS when the flags make the server
// serve TLS), prints one line, and gives the exit status:
// 0 when SERVING, 1 otherwise (NOT_SERVING, unreachable, no answer within
// --health_check_timeout).
//
// Example (main.cc, before anything is opened):
//   if (server::HealthCheckRequested())
//     return server::RunHealthProbe(config, "newsgraph.v1.IngestService");
#ifndef NEWSGRAPH_SHARED_SERVER_HEALTH_PROBE_H_
#define NEWSGRAPH_SHARED_SERVER_HEALTH_PROBE_H_

#include <grpcpp/security/credentials.h>

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "absl/time/time.h"
#include "shared/server/server_config.h"

namespace newsgraph::server {

// Whether --health_check was given.
bool HealthCheckRequested();

// The address to probe for a server configured by `config`: its listen
// address, with a wildcard host (0.0.0.0, [::], empty) replaced by the
// loopback and port 0 by the port in config.port_file. INVALID_ARGUMENT
// when no port can be found.
absl::StatusOr<std::string> ProbeAddress(const ServerConfig& config);

// How the probe reaches a server configured by `config`: plaintext, or
// TLS when the server serves TLS (--tls_cert_file). Over TLS the probe does
// not check the server's certificate or name (it talks to this host and
// sends nothing secret); under mutual TLS (--tls_client_ca_file) it
// presents the server's own certificate and key, which the client CA must
// therefore have signed for client use. INVALID_ARGUMENT, naming the flag,
// for an unreadable certificate or key.
absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> ProbeCredentials(
    const ServerConfig& config);

// Asks `address` for the health of `service` with the given timeout, over
// `credentials`; returns the status name ("SERVING", "NOT_SERVING", ...) or
// the error (UNAVAILABLE, DEADLINE_EXCEEDED, ...).
absl::StatusOr<std::string> CheckHealth(const std::string& address, std::string_view service,
                                        absl::Duration timeout,
                                        std::shared_ptr<grpc::ChannelCredentials> credentials);

// The whole mode: probes, prints one line to stdout, returns the exit
// status (0 SERVING, 1 otherwise).
int RunHealthProbe(const ServerConfig& config, std::string_view service);

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_HEALTH_PROBE_H_
