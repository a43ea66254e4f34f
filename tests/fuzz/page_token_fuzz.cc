// Fuzz target: page tokens (shared/paging). Two modes, by the first byte:
//  - even: the rest is a token from a client. Decoding it must fail: the
//    fuzzer cannot forge the MAC, so a token it made that decodes is a hole.
//  - odd: the rest is a serialized PageTokenPayload (when it parses). Its
//    token decodes to the same payload for its own query, and is rejected
//    for another query and when cut short by a character.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "google/protobuf/stubs/logging.h"
#include "shared/paging/page_token.h"
#include "tests/fuzz/fuzz_checks.h"

namespace {

using namespace newsgraph;

const paging::PageTokenCodec& Codec() {
  static const paging::PageTokenCodec* const codec = new paging::PageTokenCodec();
  return *codec;
}

void CheckForeignToken(std::string_view token) {
  const uint64_t fingerprint = paging::QueryFingerprint({"ListArticles", "", ""});
  fuzz::Check(!Codec().Decode(token, fingerprint).ok(), "a token the service never issued decoded");
}

void CheckRoundTrip(const uint8_t* data, size_t size) {
  internal::v1::PageTokenPayload payload;
  if (!payload.ParseFromArray(data, static_cast<int>(size))) return;
  const std::string token = Codec().Encode(payload);
  // Decode refuses tokens over 4096 characters (a bound on what clients
  // send); the service's payloads are far smaller.
  if (token.size() > 4096) return;
  absl::StatusOr<internal::v1::PageTokenPayload> decoded =
      Codec().Decode(token, payload.query_fingerprint());
  fuzz::Check(decoded.ok(), "an issued token does not decode");
  fuzz::Check(decoded->SerializeAsString() == payload.SerializeAsString(),
              "an issued token decodes to another payload");
  fuzz::Check(!Codec().Decode(token, payload.query_fingerprint() + 1).ok(),
              "a token decoded for another query");
  fuzz::Check(!Codec().Decode(std::string_view(token).substr(0, token.size() - 1),
                              payload.query_fingerprint())
                   .ok(),
              "a truncated token decoded");
}

}  // namespace

// Protobuf logs every string field of invalid UTF-8 it refuses to parse,
// which fuzzed payloads are full of: silence it (the refusal is checked).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  google::protobuf::SetLogHandler(nullptr);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  if (data[0] % 2 == 0) {
    CheckForeignToken(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  } else {
    CheckRoundTrip(data + 1, size - 1);
  }
  return 0;
}
