#include "shared/auth/token_sources.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

#include "absl/strings/str_cat.h"

namespace newsgraph::auth {

std::string TokenSourceName(const std::string& tokens_file, const char* env_tokens) {
  if (!tokens_file.empty() || env_tokens == nullptr) {
    return absl::StrCat("--auth_tokens_file=", tokens_file);
  }
  return kAuthTokensEnv;
}

absl::StatusOr<std::optional<TokenTable>> LoadTokenTable(const std::string& tokens_file,
                                                         const char* env_tokens) {
  if (tokens_file.empty() && env_tokens == nullptr) return std::nullopt;
  const std::string source = TokenSourceName(tokens_file, env_tokens);
  if (!tokens_file.empty() && env_tokens != nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat("both --auth_tokens_file and ", kAuthTokensEnv, " are set: set one of them"));
  }
  if (env_tokens != nullptr) return TokenTable::Parse(env_tokens, source);

  std::error_code error;
  if (std::filesystem::is_directory(tokens_file, error)) {
    return absl::InvalidArgumentError(absl::StrCat(source, " is a directory, not a file"));
  }
  std::ifstream in(tokens_file, std::ios::binary);
  if (!in) {
    return absl::InvalidArgumentError(absl::StrCat(source, " cannot be opened for reading"));
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    return absl::InvalidArgumentError(absl::StrCat(source, " cannot be read"));
  }
  return TokenTable::Parse(text, source);
}

}  // namespace newsgraph::auth
