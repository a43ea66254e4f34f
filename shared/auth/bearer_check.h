// CheckBearer: the decision on one call's credentials, apart from gRPC.
// Given the values of the call's `authorization` metadata, the accepted
// tokens and the scope the method needs:
//
//   no value, several values, not `Bearer <token>`, unknown token
//                                    -> UNAUTHENTICATED, saying what to send
//   a known token without the scope  -> PERMISSION_DENIED, naming the scope
//   a known token with the scope     -> OK
//
// The scheme is matched without regard to case (RFC 7235); the token
// follows after one or more spaces. Messages never repeat what the client
// sent.
//
// Example:
//   absl::Status s = CheckBearer(tokens, {"Bearer 6f1c0a9e4b7d2c8f"}, Scope::kRead);
//
// Stateless; thread-safe.
#ifndef NEWSGRAPH_SHARED_AUTH_BEARER_CHECK_H_
#define NEWSGRAPH_SHARED_AUTH_BEARER_CHECK_H_

#include <string_view>

#include "absl/status/status.h"
#include "absl/types/span.h"
#include "shared/auth/scope.h"
#include "shared/auth/token_table.h"

namespace newsgraph::auth {

[[nodiscard]] absl::Status CheckBearer(const TokenTable& tokens,
                                       absl::Span<const std::string_view> authorization,
                                       Scope needed);

}  // namespace newsgraph::auth

#endif  // NEWSGRAPH_SHARED_AUTH_BEARER_CHECK_H_
