#include "shared/paging/page_token.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstring>
#include <memory>
#include <string>

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

// SHA-256, fetched from the provider once (EVP_sha256() looks it up on
// every use under OpenSSL 3).
const EVP_MD* Sha256() {
  static const EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  return md;
}

constexpr size_t kShaBlockBytes = 64;

// A SHA-256 state that has absorbed one block: the key XOR `pad`, as
// HMAC's inner and outer hashes begin (RFC 2104).
std::shared_ptr<EVP_MD_CTX> PaddedKeyState(const std::string& key, unsigned char pad) {
  unsigned char block[kShaBlockBytes] = {};
  if (key.size() > kShaBlockBytes) {
    unsigned int len = 0;
    EVP_Digest(key.data(), key.size(), block, &len, Sha256(), nullptr);
  } else {
    std::memcpy(block, key.data(), key.size());
  }
  for (unsigned char& b : block) b ^= pad;
  std::shared_ptr<EVP_MD_CTX> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  EVP_DigestInit_ex(ctx.get(), Sha256(), nullptr);
  EVP_DigestUpdate(ctx.get(), block, sizeof(block));
  return ctx;
}

// This thread's scratch digest context: reused from call to call, since
// creating one costs an allocation and a lookup in OpenSSL's providers.
EVP_MD_CTX* ScratchContext() {
  thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(),
                                                                           EVP_MD_CTX_free);
  return ctx.get();
}

// Continues a copy of `state` with `data`; writes the digest.
void FinishFrom(const EVP_MD_CTX* state, const unsigned char* data, size_t size,
                unsigned char* digest) {
  EVP_MD_CTX* ctx = ScratchContext();
  EVP_MD_CTX_copy_ex(ctx, state);
  EVP_DigestUpdate(ctx, data, size);
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx, digest, &len);
}

}  // namespace

uint64_t QueryFingerprint(std::initializer_list<std::string_view> parts) {
  EVP_MD_CTX* ctx = ScratchContext();
  EVP_DigestInit_ex(ctx, Sha256(), nullptr);
  for (std::string_view part : parts) {
    const uint64_t size = part.size();
    EVP_DigestUpdate(ctx, &size, sizeof(size));
    EVP_DigestUpdate(ctx, part.data(), part.size());
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_len = 0;
  EVP_DigestFinal_ex(ctx, digest, &digest_len);
  uint64_t fp = 0;
  for (int i = 0; i < 8; ++i) fp = (fp << 8) | digest[i];
  return fp;
}

PageTokenCodec::PageTokenCodec(std::string key)
    : inner_(PaddedKeyState(key, 0x36)), outer_(PaddedKeyState(key, 0x5c)) {}

// HMAC-SHA256 (RFC 2104) from the precomputed padded-key states: the same
// bytes as OpenSSL's HMAC(), without its per-call setup.
std::string PageTokenCodec::Mac(std::string_view data) const {
  unsigned char inner[EVP_MAX_MD_SIZE];
  FinishFrom(inner_.get(), reinterpret_cast<const unsigned char*>(data.data()), data.size(),
             inner);
  unsigned char mac[EVP_MAX_MD_SIZE];
  FinishFrom(outer_.get(), inner, 32, mac);
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
