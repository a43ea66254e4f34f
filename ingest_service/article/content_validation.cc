#include "ingest_service/article/content_validation.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>

#include "absl/strings/str_format.h"
#include "ingest_service/article/text_ranges.h"
#include "shared/text/utf8.h"

namespace newsgraph::article {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr unsigned char kDelete = 0x7F;

bool IsAllowedControl(unsigned char c) { return c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The byte offset of the first binary-looking byte, or nullopt.
std::optional<size_t> FindBinaryByte(std::string_view content) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(content.data());
  for (size_t i = 0; i < content.size(); ++i) {
    const unsigned char c = bytes[i];
    if (c < 0x20 && !IsAllowedControl(c)) return i;
    if (c == kDelete && i + 1 < content.size() && bytes[i + 1] == kDelete) return i;
  }
  return std::nullopt;
}

absl::Status BinaryError(std::string_view content, size_t offset) {
  const auto c = static_cast<unsigned char>(content[offset]);
  const int64_t code_point_offset = text::CountCodePoints(content.substr(0, offset));
  if (c == kDelete) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "content looks like binary data, not text: a run of DEL characters (U+007F) at byte "
        "offset %d (code point %d); submit the article's text",
        offset, code_point_offset));
  }
  return absl::InvalidArgumentError(absl::StrFormat(
      "content looks like binary data, not text: control character U+%04X at byte offset %d "
      "(code point %d); text may contain no control characters but tab, line feed, carriage "
      "return and form feed",
      c, offset, code_point_offset));
}

}  // namespace

size_t ByteOrderMarkLength(std::string_view content) {
  return content.substr(0, kByteOrderMark.size()) == kByteOrderMark ? kByteOrderMark.size() : 0;
}

absl::Status ValidateContent(std::string_view content, const ReaderLimits& limits) {
  if (content.empty()) {
    return absl::InvalidArgumentError("content is empty: submit the article's text");
  }
  // Offsets are int32 code points, so nothing larger than that can be read.
  const size_t limit =
      std::min<size_t>(limits.max_content_bytes, std::numeric_limits<int32_t>::max());
  if (content.size() > limit) {
    return absl::InvalidArgumentError(
        absl::StrFormat("content is %d bytes, over the limit of %d bytes: submit a shorter article",
                        content.size(), limit));
  }
  if (std::optional<size_t> bad = text::FindInvalidUtf8(content)) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "content is not valid UTF-8: byte 0x%02X at byte offset %d does not start a valid "
        "sequence; convert the text to UTF-8 (it may be Latin-1 or Windows-1252)",
        static_cast<unsigned char>(content[*bad]), *bad));
  }
  if (std::optional<size_t> binary = FindBinaryByte(content)) {
    return BinaryError(content, *binary);
  }
  const size_t start = ByteOrderMarkLength(content);
  if (IsBlank(content, {start, content.size()})) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "content has no text: its %d bytes are only whitespace%s; submit the article's text",
        content.size(), start > 0 ? " after a byte order mark" : ""));
  }
  return absl::OkStatus();
}

}  // namespace newsgraph::article
