// ArticleIdFor (declared in article_reader.h): SHA-256 over the NFC form of
// the title and body with whitespace collapsed.
#include <openssl/evp.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <string>
#include <string_view>

#include "ingest_service/article/article_reader.h"
#include "ingest_service/article/text_ranges.h"

namespace newsgraph::article {
namespace {

constexpr size_t kIdBytes = 16;  // 128 bits

// `text` in NFC. ICU failing (missing data) leaves the text as it was, so
// that ids stay defined; NFC is then only skipped for already-NFC input.
std::string ToNfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(text);
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(text);
  status = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(text);
  return out;
}

std::string ToHex(const unsigned char* bytes, size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(2 * n, '0');
  for (size_t i = 0; i < n; ++i) {
    hex[2 * i] = kDigits[bytes[i] >> 4];
    hex[2 * i + 1] = kDigits[bytes[i] & 0xF];
  }
  return hex;
}

}  // namespace

std::string ArticleIdFor(std::string_view title, std::string_view body) {
  std::string canonical;
  canonical.reserve(title.size() + body.size() + 1);
  AppendCollapsedWhitespace(ToNfc(title), &canonical);
  canonical.push_back('\n');
  AppendCollapsedWhitespace(ToNfc(body), &canonical);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_size = 0;
  if (EVP_Digest(canonical.data(), canonical.size(), digest, &digest_size, EVP_sha256(), nullptr) !=
          1 ||
      digest_size < kIdBytes) {
    return "";  // unreachable with a working libcrypto
  }
  return ToHex(digest, kIdBytes);
}

}  // namespace newsgraph::article
