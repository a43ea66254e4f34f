// Where a server's bearer tokens come from: the file named by
// --auth_tokens_file, or the NEWSGRAPH_AUTH_TOKENS environment variable,
// which holds the text of such a file (entries separated by newlines or
// `;`). Setting neither turns authentication off; setting both is an
// error, so that no one believes one source is in force while the other
// is. A source that is set must list at least one token: an empty secret
// never turns authentication off by accident.
//
// Example (main):
//   const char* env = std::getenv(kAuthTokensEnv);
//   absl::StatusOr<std::optional<TokenTable>> tokens = LoadTokenTable(flag_value, env);
//
// Stateless functions; thread-safe.
#ifndef NEWSGRAPH_SHARED_AUTH_TOKEN_SOURCES_H_
#define NEWSGRAPH_SHARED_AUTH_TOKEN_SOURCES_H_

#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "shared/auth/token_table.h"

namespace newsgraph::auth {

inline constexpr char kAuthTokensEnv[] = "NEWSGRAPH_AUTH_TOKENS";

// The tokens from `tokens_file` (the flag's value; empty: not set) or
// `env_tokens` (the variable's value; null: not set); nullopt when neither
// is set. INVALID_ARGUMENT naming the flag or the variable when both are
// set, the file cannot be read, or the text does not parse.
absl::StatusOr<std::optional<TokenTable>> LoadTokenTable(const std::string& tokens_file,
                                                         const char* env_tokens);

// "--auth_tokens_file=PATH" or "NEWSGRAPH_AUTH_TOKENS": where the tokens
// came from, for logs. Same arguments as LoadTokenTable.
std::string TokenSourceName(const std::string& tokens_file, const char* env_tokens);

}  // namespace newsgraph::auth

#endif  // NEWSGRAPH_SHARED_AUTH_TOKEN_SOURCES_H_
