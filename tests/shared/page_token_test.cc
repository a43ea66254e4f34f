#include "shared/paging/page_token.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <string>

#include "absl/strings/escaping.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph::paging {
namespace {

using ::testing::HasSubstr;

internal::v1::PageTokenPayload Payload(uint64_t fingerprint) {
  internal::v1::PageTokenPayload p;
  p.set_query_fingerprint(fingerprint);
  p.set_last_sort_key("2019-06-01");
  p.set_last_id("0123456789abcdef0123456789abcdef");
  p.set_offset(40);
  return p;
}

TEST(PageTokenTest, RoundTrip) {
  PageTokenCodec codec("k");
  const uint64_t fp = QueryFingerprint({"List", "source = \"x\""});
  auto decoded = codec.Decode(codec.Encode(Payload(fp)), fp);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->last_sort_key(), "2019-06-01");
  EXPECT_EQ(decoded->last_id(), "0123456789abcdef0123456789abcdef");
  EXPECT_EQ(decoded->offset(), 40);
}

TEST(PageTokenTest, FingerprintIsStableAndSeparatesParts) {
  EXPECT_EQ(QueryFingerprint({"a", "b"}), QueryFingerprint({"a", "b"}));
  EXPECT_NE(QueryFingerprint({"ab", ""}), QueryFingerprint({"a", "b"}));
  // A fixed value: the fingerprint must not change between builds or
  // machines, or tokens break across replicas.
  EXPECT_EQ(QueryFingerprint({}), 0xe3b0c44298fc1c14ULL);  // SHA-256 of nothing
}

TEST(PageTokenTest, TokenOfAnotherQueryIsRejected) {
  PageTokenCodec codec;
  const std::string token = codec.Encode(Payload(QueryFingerprint({"q1"})));
  auto decoded = codec.Decode(token, QueryFingerprint({"q2"}));
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(decoded.status().message(), HasSubstr("different query"));
}

TEST(PageTokenTest, TamperedTokensAreRejected) {
  PageTokenCodec codec;
  const uint64_t fp = QueryFingerprint({"q"});
  const std::string token = codec.Encode(Payload(fp));
  for (size_t i = 0; i < token.size(); ++i) {
    std::string bad = token;
    bad[i] = bad[i] == 'A' ? 'B' : 'A';
    auto decoded = codec.Decode(bad, fp);
    EXPECT_FALSE(decoded.ok()) << "flipping char " << i << " was accepted";
  }
  EXPECT_FALSE(codec.Decode(token.substr(0, token.size() - 3), fp).ok());
  EXPECT_FALSE(codec.Decode("not a token!", fp).ok());
  EXPECT_FALSE(codec.Decode("", fp).ok());
  EXPECT_FALSE(codec.Decode(std::string(10000, 'A'), fp).ok());
  auto decoded = codec.Decode("garbage", fp);
  EXPECT_THAT(decoded.status().message(), HasSubstr("omit page_token"));
}

TEST(PageTokenTest, KeysMustMatch) {
  const uint64_t fp = QueryFingerprint({"q"});
  const std::string token = PageTokenCodec("one").Encode(Payload(fp));
  EXPECT_FALSE(PageTokenCodec("two").Decode(token, fp).ok());
  EXPECT_TRUE(PageTokenCodec("one").Decode(token, fp).ok());
}

// The MAC is HMAC-SHA256 truncated to 16 bytes, the same bytes as
// OpenSSL's one-shot HMAC(), for short keys and for keys longer than a
// SHA-256 block (which HMAC hashes first).
TEST(PageTokenTest, MacIsHmacSha256) {
  for (const std::string key : {std::string("k"), std::string(PageTokenCodec::kDefaultKey),
                                std::string(100, 'x')}) {
    internal::v1::PageTokenPayload payload;
    payload.set_query_fingerprint(42);
    payload.set_last_id("abc");
    std::string raw;
    ASSERT_TRUE(absl::WebSafeBase64Unescape(PageTokenCodec(key).Encode(payload), &raw));
    ASSERT_GT(raw.size(), 16u);
    const std::string body = raw.substr(0, raw.size() - 16);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac, &len);
    EXPECT_EQ(raw.substr(raw.size() - 16), std::string(reinterpret_cast<char*>(mac), 16)) << key;
  }
}

}  // namespace
}  // namespace newsgraph::paging
