// Opaque, tamper-evident page tokens (AIP-158).
//
// A token carries a PageTokenPayload (the position to continue from and a
// fingerprint of the query it belongs to), serialized, followed by a
// truncated HMAC-SHA256 under a key the replicas share, all in base64url.
// Decode rejects, with INVALID_ARGUMENT, a token that is not base64url,
// was altered or truncated, was signed with another key, or belongs to a
// different query.
//
// Thread-safe: immutable after construction.
//
// Example:
//   PageTokenCodec codec(key);
//   uint64_t fp = QueryFingerprint({"ListArticles", filter, order_by});
//   std::string token = codec.Encode(payload_with(fp));
//   NG_ASSIGN_OR_RETURN(auto payload, codec.Decode(token, fp));
#ifndef NEWSGRAPH_SHARED_PAGING_PAGE_TOKEN_H_
#define NEWSGRAPH_SHARED_PAGING_PAGE_TOKEN_H_

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>

#include <openssl/types.h>

#include "absl/status/statusor.h"
#include "newsgraph/internal/v1/page_token.pb.h"

namespace newsgraph::paging {

// A stable 64-bit fingerprint of the parts (the same in every process and
// on every machine): the first 8 bytes of SHA-256 over the length-prefixed
// parts.
uint64_t QueryFingerprint(std::initializer_list<std::string_view> parts);

class PageTokenCodec {
 public:
  // The key used when none is configured. Replicas must share a key for
  // tokens from one to work on another; the default makes that automatic.
  static constexpr std::string_view kDefaultKey = "newsgraph-page-token-v1";

  explicit PageTokenCodec(std::string key = std::string(kDefaultKey));

  // The token for `payload`.
  std::string Encode(const internal::v1::PageTokenPayload& payload) const;

  // The payload of `token`, which must have been issued for a query with
  // `expected_fingerprint`.
  absl::StatusOr<internal::v1::PageTokenPayload> Decode(std::string_view token,
                                                        uint64_t expected_fingerprint) const;

 private:
  std::string Mac(std::string_view data) const;

  // SHA-256 states after the key XOR ipad / opad block (HMAC's first
  // block), copied for each MAC. Shared, read-only: copies of the codec
  // and concurrent calls read them.
  std::shared_ptr<const EVP_MD_CTX> inner_;
  std::shared_ptr<const EVP_MD_CTX> outer_;
};

}  // namespace newsgraph::paging

#endif  // NEWSGRAPH_SHARED_PAGING_PAGE_TOKEN_H_
