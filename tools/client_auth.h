// ClientAuth: how the command-line clients (newsgraph_ingest,
// newsgraph_load) reach a service that serves TLS or checks bearer tokens
// (README "Authentication"), from two flags:
//   --tls_ca_file=PATH     speak TLS, trusting the CA certificates in PATH
//                          (PEM); empty: plaintext
//   --token_file=PATH      send "authorization: Bearer <token>" with every
//                          call, the token being PATH's first line; empty:
//                          no token. A file keeps the token out of process
//                          listings and shell history.
//
// Example:
//   NG_ASSIGN_OR_RETURN(ClientAuth auth, ClientAuthFromFlags());
//   auto channel = grpc::CreateChannel(target, auth.credentials);
//   grpc::ClientContext context;
//   auth.Apply(&context);
//
// A plain value; Apply is const and thread-safe.
#ifndef NEWSGRAPH_TOOLS_CLIENT_AUTH_H_
#define NEWSGRAPH_TOOLS_CLIENT_AUTH_H_

#include <grpcpp/client_context.h>
#include <grpcpp/security/credentials.h>

#include <memory>
#include <string>

#include "absl/status/statusor.h"

namespace newsgraph::tools {

struct ClientAuth {
  // The channel's credentials; plaintext when not set otherwise.
  std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
  // The value of the `authorization` metadata; empty: none is sent.
  std::string authorization;

  // Adds the authorization metadata, if any, to a call's context.
  void Apply(grpc::ClientContext* context) const;
};

// From a CA file (empty: plaintext) and a token file (empty: no token).
// INVALID_ARGUMENT naming the flag for a file that cannot be read, a CA
// file without a PEM certificate, or a token that is empty or holds a
// space or control character.
absl::StatusOr<ClientAuth> MakeClientAuth(const std::string& tls_ca_file,
                                          const std::string& token_file);

// MakeClientAuth(--tls_ca_file, --token_file).
absl::StatusOr<ClientAuth> ClientAuthFromFlags();

}  // namespace newsgraph::tools

#endif  // NEWSGRAPH_TOOLS_CLIENT_AUTH_H_
