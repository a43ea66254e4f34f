// Scopes: what a bearer token may do. A token carries a set of scopes; each
// RPC needs one. `write` is for the IngestService (storing articles),
// `read` for the QueryService (answering queries). Neither implies the
// other: a client that both writes and reads lists both ("read,write").
//
// Example:
//   absl::StatusOr<ScopeSet> scopes = ParseScopes("read,write");
//   if (scopes.ok() && scopes->Has(Scope::kWrite)) ...
//
// Plain values; thread-compatible.
#ifndef NEWSGRAPH_SHARED_AUTH_SCOPE_H_
#define NEWSGRAPH_SHARED_AUTH_SCOPE_H_

#include <cstdint>
#include <string_view>

#include "absl/status/statusor.h"

namespace newsgraph::auth {

enum class Scope : uint8_t {
  kRead = 1 << 0,   // QueryService methods
  kWrite = 1 << 1,  // IngestService methods
};

// "read" or "write": the word a tokens file uses.
std::string_view ScopeName(Scope scope);

// A set of scopes.
class ScopeSet {
 public:
  ScopeSet() = default;

  void Add(Scope scope) { bits_ |= static_cast<uint8_t>(scope); }
  bool Has(Scope scope) const { return (bits_ & static_cast<uint8_t>(scope)) != 0; }
  bool empty() const { return bits_ == 0; }

 private:
  uint8_t bits_ = 0;
};

// Parses a comma-separated list of scope names ("read", "write",
// "read,write"; repeats are harmless). INVALID_ARGUMENT for an empty list,
// an empty element or an unknown name; the message does not repeat the
// text, which may be a misplaced token.
absl::StatusOr<ScopeSet> ParseScopes(std::string_view text);

}  // namespace newsgraph::auth

#endif  // NEWSGRAPH_SHARED_AUTH_SCOPE_H_
