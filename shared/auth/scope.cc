#include "shared/auth/scope.h"

#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "shared/base/string_view.h"

namespace newsgraph::auth {

std::string_view ScopeName(Scope scope) {
  switch (scope) {
    case Scope::kRead:
      return "read";
    case Scope::kWrite:
      return "write";
  }
  return "unknown";
}

absl::StatusOr<ScopeSet> ParseScopes(std::string_view text) {
  ScopeSet scopes;
  for (absl::string_view name : absl::StrSplit(AsAbsl(text), ',')) {
    if (name == "read") {
      scopes.Add(Scope::kRead);
    } else if (name == "write") {
      scopes.Add(Scope::kWrite);
    } else {
      return absl::InvalidArgumentError(
          "unknown scope: the scopes are 'read' and 'write', comma-separated without spaces "
          "(e.g. 'read,write')");
    }
  }
  return scopes;
}

}  // namespace newsgraph::auth
