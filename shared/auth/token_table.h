// TokenTable: the bearer tokens a server accepts and the scopes of each,
// parsed from the text of a tokens file (or of the NEWSGRAPH_AUTH_TOKENS
// variable, which holds the same text).
//
// Format: one entry per line; on a line, `;` also separates entries (so
// that an environment variable can hold several on one line). An entry is
//
//   <scopes> <token>
//
// separated by spaces or tabs: <scopes> is `read`, `write` or `read,write`
// (see scope.h); <token> is an RFC 6750 bearer token (letters, digits and
// `-._~+/`, then any `=` padding) of at least 16 characters, e.g. from
// `openssl rand -hex 32`. Blank entries and lines whose first non-blank
// character is `#` are ignored. Each token may appear once. Example:
//
//   # the ingest job
//   write 6f1c0a9e4b7d2c8f5a3e1b9d7c6a4f2e
//   # dashboards
//   read  Zm9vYmFyYmF6cXV4cXV1eHF1dXo=
//
// Only the SHA-256 digest of each token is kept, and a lookup compares the
// digest of the presented token with every entry in constant time, so that
// neither memory nor timing gives a token away. Parse errors name the line
// (and the entry, when a line holds several) but never repeat its text.
//
// Immutable after Parse(); thread-safe.
#ifndef NEWSGRAPH_SHARED_AUTH_TOKEN_TABLE_H_
#define NEWSGRAPH_SHARED_AUTH_TOKEN_TABLE_H_

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "shared/auth/scope.h"

namespace newsgraph::auth {

// Shorter tokens are refused: they can be guessed.
inline constexpr size_t kMinTokenChars = 16;

// True when `token` has the RFC 6750 b64token syntax: 1*( ALPHA / DIGIT /
// "-" / "." / "_" / "~" / "+" / "/" ) *"=". Says nothing about length.
bool IsBearerTokenSyntax(std::string_view token);

class TokenTable {
 public:
  // Parses `text`. `source` names where it came from in error messages
  // ("--auth_tokens_file=/etc/newsgraph/tokens"). INVALID_ARGUMENT, naming
  // the source and the line, for a malformed entry, a repeated token, or
  // text that lists no token at all.
  static absl::StatusOr<TokenTable> Parse(std::string_view text, std::string_view source);

  // The scopes of `token`; nullopt when the table does not hold it.
  // Constant time in the token's content.
  std::optional<ScopeSet> Find(std::string_view token) const;

  size_t size() const { return entries_.size(); }

 private:
  using Digest = std::array<unsigned char, 32>;  // SHA-256
  struct Entry {
    Digest digest;
    ScopeSet scopes;
  };

  TokenTable() = default;
  static Digest DigestOf(std::string_view token);
  // One entry, `<scopes> <token>`; nullopt when blank. The error says what
  // is wrong, not where.
  static absl::StatusOr<std::optional<Entry>> ParseEntry(absl::string_view text);

  std::vector<Entry> entries_;
};

}  // namespace newsgraph::auth

#endif  // NEWSGRAPH_SHARED_AUTH_TOKEN_TABLE_H_
