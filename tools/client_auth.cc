#include "tools/client_auth.h"

#include <string>

#include "absl/flags/flag.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "shared/base/file_contents.h"

ABSL_FLAG(std::string, tls_ca_file, "",
          "Speak TLS to the service, trusting the CA certificates in this PEM file (empty: "
          "plaintext).");
ABSL_FLAG(std::string, token_file, "",
          "Send 'authorization: Bearer <token>' with every call, the token being this file's "
          "first line (empty: no token).");

namespace newsgraph::tools {

void ClientAuth::Apply(grpc::ClientContext* context) const {
  if (!authorization.empty()) context->AddMetadata("authorization", authorization);
}

absl::StatusOr<ClientAuth> MakeClientAuth(const std::string& tls_ca_file,
                                          const std::string& token_file) {
  ClientAuth auth;
  if (!tls_ca_file.empty()) {
    absl::StatusOr<std::string> pem = ReadFileContents(tls_ca_file);
    if (!pem.ok() || pem->find("-----BEGIN CERTIFICATE-----") == std::string::npos) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--tls_ca_file=", tls_ca_file, " is not a readable PEM file of CA certificates"));
    }
    grpc::SslCredentialsOptions options;
    options.pem_root_certs = *std::move(pem);
    auth.credentials = grpc::SslCredentials(options);
  }
  if (!token_file.empty()) {
    absl::StatusOr<std::string> text = ReadFileContents(token_file);
    if (!text.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("--token_file cannot be read: ", text.status().message()));
    }
    const std::string line = text->substr(0, text->find('\n'));
    const std::string token(absl::StripAsciiWhitespace(line));
    bool printable = !token.empty();
    for (const char c : token) printable = printable && c > ' ' && c < 0x7f;
    if (!printable) {
      // The message never quotes the token.
      return absl::InvalidArgumentError(
          absl::StrCat("--token_file=", token_file,
                       ": the first line must be the token alone (printable ASCII, no spaces)"));
    }
    auth.authorization = absl::StrCat("Bearer ", token);
  }
  return auth;
}

absl::StatusOr<ClientAuth> ClientAuthFromFlags() {
  return MakeClientAuth(absl::GetFlag(FLAGS_tls_ca_file), absl::GetFlag(FLAGS_token_file));
}

}  // namespace newsgraph::tools
