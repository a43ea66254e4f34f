// Authorizer: bearer-token authentication for the handlers. Each handler
// method calls Check() first, with the scope its service needs (`write`
// for the IngestService, `read` for the QueryService), and ends the call
// with the status when it is not OK: UNAUTHENTICATED for missing or wrong
// credentials, PERMISSION_DENIED for a token without the scope (see
// shared/auth/bearer_check.h).
//
// The tokens come from --auth_tokens_file or NEWSGRAPH_AUTH_TOKENS (see
// shared/auth/token_sources.h and token_table.h for the format); with
// neither, authentication is off and Check() lets every call through.
// Health (grpc.health.v1) and reflection are not handlers of ours and stay
// open: probes need no token, and reflection describes only the API.
//
// Why in the handlers: gRPC 1.51 cannot attach an AuthMetadataProcessor
// to insecure server credentials, and its server interceptors cannot end
// a call. tests/e2e/auth_e2e_test.cc calls every method of both services,
// listed from their descriptors, so a method that skips the check fails.
//
// Example:
//   absl::StatusOr<std::unique_ptr<Authorizer>> authorizer = Authorizer::Load(config);
//   ...
//   if (absl::Status s = authorizer_->Check(*context, auth::Scope::kWrite); !s.ok())
//     return ToGrpcStatus(s);
//
// Immutable after Load(); thread-safe.
#ifndef NEWSGRAPH_SHARED_SERVER_AUTHORIZER_H_
#define NEWSGRAPH_SHARED_SERVER_AUTHORIZER_H_

#include <grpcpp/server_context.h>

#include <memory>
#include <optional>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "shared/auth/scope.h"
#include "shared/auth/token_table.h"
#include "shared/server/server_config.h"

namespace newsgraph::server {

class Authorizer {
 public:
  // Loads the tokens the config and the environment name and logs once
  // whether calls are authenticated. INVALID_ARGUMENT (naming the flag or
  // variable and the line, never a token) when they cannot be loaded.
  static absl::StatusOr<std::unique_ptr<Authorizer>> Load(const ServerConfig& config);

  Authorizer(const Authorizer&) = delete;
  Authorizer& operator=(const Authorizer&) = delete;

  // OK when the call may go on; else the status to end it with.
  [[nodiscard]] absl::Status Check(const grpc::ServerContextBase& context,
                                   auth::Scope needed) const;

 private:
  explicit Authorizer(std::optional<auth::TokenTable> tokens) : tokens_(std::move(tokens)) {}

  const std::optional<auth::TokenTable> tokens_;  // nullopt: authentication off
};

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_AUTHORIZER_H_
