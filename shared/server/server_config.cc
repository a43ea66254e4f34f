#include "shared/server/server_config.h"

#include "absl/flags/flag.h"
#include "shared/server/admission.h"

ABSL_FLAG(std::string, listen, "",
          "Address to serve on, HOST:PORT ([::1]:PORT for IPv6); port 0 picks a free port. "
          "Empty: the service's default.");
ABSL_FLAG(std::string, port_file, "",
          "If set, the bound port is written to this file once the server is serving.");
ABSL_FLAG(int, max_message_bytes, 64 << 20, "Largest request or response message, in bytes.");
ABSL_FLAG(absl::Duration, shutdown_grace, absl::Seconds(10),
          "After SIGTERM or SIGINT, how long in-flight calls may run before they are cancelled.");
ABSL_FLAG(absl::Duration, drain_delay, absl::ZeroDuration(),
          "After SIGTERM or SIGINT, how long health reports NOT_SERVING before the listener "
          "closes.");
ABSL_FLAG(bool, log_calls, true, "Write one JSON log line per call to stderr.");
ABSL_FLAG(int, max_concurrent_calls, 0,
          "Calls the server works on at once (health checks aside); a call beyond them is "
          "answered RESOURCE_EXHAUSTED at once, for the client to retry with backoff. 0: 64 per "
          "core.");
ABSL_FLAG(std::string, tls_cert_file, "",
          "Serve TLS with this PEM certificate chain (with --tls_key_file). Empty: plaintext.");
ABSL_FLAG(std::string, tls_key_file, "", "The PEM private key of --tls_cert_file.");
ABSL_FLAG(std::string, tls_client_ca_file, "",
          "Mutual TLS: require every client to present a certificate signed by one of these PEM "
          "CA certificates (needs --tls_cert_file).");
ABSL_FLAG(std::string, auth_tokens_file, "",
          "Require a bearer token on every call (health and reflection excepted): a file of "
          "lines '<scopes> <token>', scopes 'read' (queries) and/or 'write' (ingest), '#' "
          "comments. Empty: $NEWSGRAPH_AUTH_TOKENS with the same text, else no authentication.");

namespace newsgraph::server {

ServerConfig ServerConfigFromFlags(std::string_view service_name, std::string_view default_listen) {
  ServerConfig config;
  config.service_name = std::string(service_name);
  config.listen_address = absl::GetFlag(FLAGS_listen);
  if (config.listen_address.empty()) config.listen_address = std::string(default_listen);
  config.port_file = absl::GetFlag(FLAGS_port_file);
  config.max_message_bytes = absl::GetFlag(FLAGS_max_message_bytes);
  config.shutdown_grace = absl::GetFlag(FLAGS_shutdown_grace);
  config.drain_delay = absl::GetFlag(FLAGS_drain_delay);
  config.log_calls = absl::GetFlag(FLAGS_log_calls);
  const int max_calls = absl::GetFlag(FLAGS_max_concurrent_calls);
  config.max_concurrent_calls = max_calls > 0 ? max_calls : DefaultMaxConcurrentCalls();
  config.tls_cert_file = absl::GetFlag(FLAGS_tls_cert_file);
  config.tls_key_file = absl::GetFlag(FLAGS_tls_key_file);
  config.tls_client_ca_file = absl::GetFlag(FLAGS_tls_client_ca_file);
  config.auth_tokens_file = absl::GetFlag(FLAGS_auth_tokens_file);
  return config;
}

}  // namespace newsgraph::server
