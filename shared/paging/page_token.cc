#include "shared/paging/page_token.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstring>

#include "absl/strings/escaping.h"
#include "absl/strings/string_view.h"

namespace newsgraph::paging {
namespace {

constexpr size_t kMacBytes = 16;
constexpr size_t kMaxTokenBytes = 4096;

absl::Status BadToken() {
  return absl::InvalidArgumentError(
      "page_token is not a token this service issued (it was altered, truncated or signed "
      "with another key); omit page_token to start from the first page");
}

}  // namespace

uint64_t QueryFingerprint(std::initializer_list<std::string_view> parts) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
  for (std::string_view part : parts) {
    const uint64_t size = part.size();
    EVP_DigestUpdate(ctx, &size, sizeof(size));
    EVP_DigestUpdate(ctx, part.data(), part.size());
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_len = 0;
  EVP_DigestFinal_ex(ctx, digest, &digest_len);
  EVP_MD_CTX_free(ctx);
  uint64_t fp = 0;
  for (int i = 0; i < 8; ++i) fp = (fp << 8) | digest[i];
  return fp;
}

PageTokenCodec::PageTokenCodec(std::string key) : key_(std::move(key)) {}

std::string PageTokenCodec::Mac(std::string_view data) const {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()),
       reinterpret_cast<const unsigned char*>(data.data()), data.size(), mac, &mac_len);
  return std::string(reinterpret_cast<const char*>(mac), kMacBytes);
}

std::string PageTokenCodec::Encode(const internal::v1::PageTokenPayload& payload) const {
  std::string data;
  payload.SerializeToString(&data);
  data += Mac(data);
  std::string token;
  absl::WebSafeBase64Escape(data, &token);
  return token;
}

absl::StatusOr<internal::v1::PageTokenPayload> PageTokenCodec::Decode(
    std::string_view token, uint64_t expected_fingerprint) const {
  if (token.size() > kMaxTokenBytes) return BadToken();
  std::string data;
  if (!absl::WebSafeBase64Unescape(absl::string_view(token.data(), token.size()), &data) ||
      data.size() < kMacBytes) {
    return BadToken();
  }
  // Base64 lets the last character carry unused bits; accept only the
  // canonical spelling, so that no two tokens decode alike.
  std::string canonical;
  absl::WebSafeBase64Escape(data, &canonical);
  if (canonical != token) return BadToken();
  const std::string_view body(data.data(), data.size() - kMacBytes);
  const std::string expected = Mac(body);
  if (CRYPTO_memcmp(expected.data(), data.data() + body.size(), kMacBytes) != 0) {
    return BadToken();
  }
  internal::v1::PageTokenPayload payload;
  if (!payload.ParseFromArray(body.data(), static_cast<int>(body.size()))) return BadToken();
  if (payload.query_fingerprint() != expected_fingerprint) {
    return absl::InvalidArgumentError(
        "page_token belongs to a different query: send the same filter, order_by and query "
        "as the call that returned it, or omit page_token to start over");
  }
  return payload;
}

}  // namespace newsgraph::paging
