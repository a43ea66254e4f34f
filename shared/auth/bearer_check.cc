#include "shared/auth/bearer_check.h"

#include <optional>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "shared/base/string_view.h"

namespace newsgraph::auth {
namespace {

constexpr std::string_view kScheme = "bearer";

// The token of "Bearer <token>"; nullopt when `value` is not of that form.
std::optional<std::string_view> BearerToken(std::string_view value) {
  if (value.size() <= kScheme.size() ||
      !absl::EqualsIgnoreCase(AsAbsl(value.substr(0, kScheme.size())), AsAbsl(kScheme)) ||
      value[kScheme.size()] != ' ') {
    return std::nullopt;
  }
  std::string_view token = value.substr(kScheme.size());
  while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
  if (!IsBearerTokenSyntax(token)) return std::nullopt;
  return token;
}

absl::Status Unauthenticated(std::string_view problem, Scope needed) {
  return absl::UnauthenticatedError(absl::StrCat(
      AsAbsl(problem),
      ": send the metadata 'authorization: Bearer <token>' with a token that has the '",
      AsAbsl(ScopeName(needed)), "' scope"));
}

}  // namespace

absl::Status CheckBearer(const TokenTable& tokens, absl::Span<const std::string_view> authorization,
                         Scope needed) {
  if (authorization.empty()) return Unauthenticated("missing credentials", needed);
  if (authorization.size() > 1) {
    return Unauthenticated("the call has more than one authorization metadata entry", needed);
  }
  const std::optional<std::string_view> token = BearerToken(authorization.front());
  if (!token.has_value()) {
    return Unauthenticated("the authorization metadata is not 'Bearer <token>'", needed);
  }
  const std::optional<ScopeSet> scopes = tokens.Find(*token);
  if (!scopes.has_value()) {
    return Unauthenticated("the bearer token is not one this server accepts", needed);
  }
  if (!scopes->Has(needed)) {
    return absl::PermissionDeniedError(
        absl::StrCat("the bearer token lacks the '", AsAbsl(ScopeName(needed)),
                     "' scope that this call needs; use a token listed with '",
                     AsAbsl(ScopeName(needed)), "' in the server's tokens"));
  }
  return absl::OkStatus();
}

}  // namespace newsgraph::auth
