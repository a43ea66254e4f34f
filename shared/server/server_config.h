// The settings every newsgraph server shares, and the command-line flags
// that set them:
//
//   --listen=HOST:PORT        address to serve on (port 0: any free port)
//   --port_file=PATH          write the bound port there once serving
//   --max_message_bytes=N     largest request or response message
//   --shutdown_grace=10s      how long in-flight calls may run after SIGTERM
//   --drain_delay=0s          NOT_SERVING for this long before the listener
//                             closes, so load balancers stop sending calls
//   --log_calls=true          one JSON log line per call
//   --tls_cert_file, --tls_key_file
//                             serve TLS with this PEM certificate chain and key
//   --tls_client_ca_file      mutual TLS: require client certificates signed
//                             by these PEM CA certificates
//   --max_concurrent_calls=N  calls worked on at once; beyond it a call is
//                             refused at once with RESOURCE_EXHAUSTED
//                             (0: 64 per core; see admission.h)
//   --auth_tokens_file=PATH   bearer tokens and their scopes (see
//                             shared/server/authorizer.h); unset, with
//                             NEWSGRAPH_AUTH_TOKENS unset too: no auth
#ifndef NEWSGRAPH_SHARED_SERVER_SERVER_CONFIG_H_
#define NEWSGRAPH_SHARED_SERVER_SERVER_CONFIG_H_

#include <string>
#include <string_view>

#include "absl/time/time.h"

namespace newsgraph::server {

struct ServerConfig {
  std::string service_name;  // "ingest" or "query": labels the logs
  std::string listen_address = "127.0.0.1:0";
  std::string port_file;
  int max_message_bytes = 64 << 20;
  absl::Duration shutdown_grace = absl::Seconds(10);
  absl::Duration drain_delay = absl::ZeroDuration();
  bool log_calls = true;
  int max_concurrent_calls = 64;  // >= 1 (ServerConfigFromFlags resolves 0)
  // TLS: all empty serves plaintext (inside a trusted network or behind a
  // proxy that terminates TLS).
  std::string tls_cert_file;
  std::string tls_key_file;
  std::string tls_client_ca_file;  // set: mutual TLS
  std::string auth_tokens_file;    // empty: NEWSGRAPH_AUTH_TOKENS, else no auth
};

// The config from the flags above; `default_listen` when --listen is empty.
ServerConfig ServerConfigFromFlags(std::string_view service_name, std::string_view default_listen);

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_SERVER_CONFIG_H_
