#include "shared/server/authorizer.h"

#include <cstdlib>
#include <string_view>

#include "absl/container/inlined_vector.h"
#include "shared/auth/bearer_check.h"
#include "shared/auth/token_sources.h"
#include "shared/server/json_log.h"

namespace newsgraph::server {
namespace {

constexpr char kAuthorizationKey[] = "authorization";

// Says once, at startup, whether calls are authenticated; names the
// source of the tokens, never a token.
void LogAuthMode(const ServerConfig& config, const std::optional<auth::TokenTable>& tokens,
                 const char* env_tokens) {
  if (!tokens.has_value()) {
    LogLine("warning", "authentication off: calls are unauthenticated")
        .Add("service", config.service_name)
        .Add("enable_with", "--auth_tokens_file or NEWSGRAPH_AUTH_TOKENS")
        .Emit();
    return;
  }
  const bool tls = !config.tls_cert_file.empty();
  LogLine line(tls ? "info" : "warning", "authentication on: calls need a bearer token");
  line.Add("service", config.service_name)
      .Add("tokens", static_cast<int64_t>(tokens->size()))
      .Add("source", auth::TokenSourceName(config.auth_tokens_file, env_tokens));
  if (!tls) {
    line.Add("note",
             "plaintext: tokens cross the network readable unless a proxy in front "
             "terminates TLS (--tls_cert_file)");
  }
  line.Emit();
}

}  // namespace

absl::StatusOr<std::unique_ptr<Authorizer>> Authorizer::Load(const ServerConfig& config) {
  const char* env_tokens = std::getenv(auth::kAuthTokensEnv);
  absl::StatusOr<std::optional<auth::TokenTable>> tokens =
      auth::LoadTokenTable(config.auth_tokens_file, env_tokens);
  if (!tokens.ok()) return tokens.status();
  LogAuthMode(config, *tokens, env_tokens);
  return std::unique_ptr<Authorizer>(new Authorizer(*std::move(tokens)));
}

absl::Status Authorizer::Check(const grpc::ServerContextBase& context, auth::Scope needed) const {
  if (!tokens_.has_value()) return absl::OkStatus();
  absl::InlinedVector<std::string_view, 1> values;
  const auto [begin, end] = context.client_metadata().equal_range(kAuthorizationKey);
  for (auto it = begin; it != end; ++it) values.emplace_back(it->second.data(), it->second.size());
  return auth::CheckBearer(*tokens_, values, needed);
}

}  // namespace newsgraph::server
