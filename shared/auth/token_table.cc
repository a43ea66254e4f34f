#include "shared/auth/token_table.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "shared/base/string_view.h"

namespace newsgraph::auth {
namespace {

bool IsTokenChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_' ||
         c == '~' || c == '+' || c == '/';
}

// Where an entry is, for error messages: "line 3", or "line 1, entry 2"
// when the line holds several `;`-separated entries.
std::string Location(int line, int entry, bool several) {
  return several ? absl::StrCat("line ", line, ", entry ", entry) : absl::StrCat("line ", line);
}

}  // namespace

bool IsBearerTokenSyntax(std::string_view token) {
  size_t i = 0;
  while (i < token.size() && IsTokenChar(token[i])) ++i;
  if (i == 0) return false;
  while (i < token.size() && token[i] == '=') ++i;
  return i == token.size();
}

TokenTable::Digest TokenTable::DigestOf(std::string_view token) {
  Digest digest{};
  unsigned int length = 0;
  EVP_Digest(token.data(), token.size(), digest.data(), &length, EVP_sha256(), nullptr);
  return digest;
}

absl::StatusOr<std::optional<TokenTable::Entry>> TokenTable::ParseEntry(absl::string_view text) {
  const std::vector<absl::string_view> fields =
      absl::StrSplit(text, absl::ByAnyChar(" \t\r"), absl::SkipEmpty());
  if (fields.empty()) return std::nullopt;
  if (fields.size() != 2) {
    return absl::InvalidArgumentError(
        absl::StrCat("expected '<scopes> <token>' (2 fields), found ", fields.size()));
  }
  absl::StatusOr<ScopeSet> scopes = ParseScopes(AsStd(fields[0]));
  if (!scopes.ok()) return scopes.status();
  const std::string_view token = AsStd(fields[1]);
  if (!IsBearerTokenSyntax(token)) {
    return absl::InvalidArgumentError(
        "the token has characters a bearer token cannot hold (letters, digits, '-._~+/' and "
        "trailing '=' only)");
  }
  if (token.size() < kMinTokenChars) {
    return absl::InvalidArgumentError(
        absl::StrCat("the token is shorter than ", kMinTokenChars,
                     " characters (make one with 'openssl rand -hex 32')"));
  }
  return Entry{DigestOf(token), *scopes};
}

absl::StatusOr<TokenTable> TokenTable::Parse(std::string_view text, std::string_view source) {
  TokenTable table;
  std::vector<std::string> first_seen;  // per entry of `table`, where it was
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(AsAbsl(text), '\n')) {
    ++line_number;
    if (absl::StartsWith(absl::StripLeadingAsciiWhitespace(line), "#")) continue;
    const std::vector<absl::string_view> entries = absl::StrSplit(line, ';');
    for (size_t e = 0; e < entries.size(); ++e) {
      const std::string where = Location(line_number, static_cast<int>(e) + 1, entries.size() > 1);
      auto error = [&](absl::string_view what) {
        return absl::InvalidArgumentError(absl::StrCat(AsAbsl(source), " ", where, ": ", what));
      };
      absl::StatusOr<std::optional<Entry>> entry = ParseEntry(entries[e]);
      if (!entry.ok()) return error(entry.status().message());
      if (!entry->has_value()) continue;
      for (size_t i = 0; i < table.entries_.size(); ++i) {
        if (table.entries_[i].digest == (*entry)->digest) {
          return error(absl::StrCat("repeats the token of ", first_seen[i]));
        }
      }
      table.entries_.push_back(**entry);
      first_seen.push_back(where);
    }
  }
  if (table.entries_.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(AsAbsl(source), " lists no token: expected lines '<scopes> <token>'"));
  }
  return table;
}

std::optional<ScopeSet> TokenTable::Find(std::string_view token) const {
  const Digest digest = DigestOf(token);
  // Every entry is compared, without an early exit, so that the time taken
  // does not say which entry (if any) matched.
  std::optional<ScopeSet> found;
  for (const Entry& entry : entries_) {
    const bool same = CRYPTO_memcmp(entry.digest.data(), digest.data(), digest.size()) == 0;
    if (same) found = entry.scopes;
  }
  return found;
}

}  // namespace newsgraph::auth
