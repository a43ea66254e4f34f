#include "ingest_service/article/title_line.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"

namespace newsgraph::article {
namespace {

// Whether `s` has at most `limit` code points (stops counting past it).
bool AtMostCodePoints(std::string_view s, size_t limit) {
  size_t n = 0;
  for (char c : s) {
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (n > limit) return false;
  }
  return true;
}

bool HasLetter(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    // Non-ASCII bytes start or continue letters of other scripts often
    // enough for this test.
    if (absl::ascii_isalpha(u) || u >= 0x80) return true;
  }
  return false;
}

// Whether `s` ends like a sentence rather than a headline: with a full
// stop (not an ellipsis), or with a quotation that closes on '.', '!' or
// '?' ("... replied: “No! You tell me!”"). A bare '?' or '!' is fine:
// headlines ask and exclaim.
bool EndsLikeSentence(std::string_view s) {
  absl::string_view a(s.data(), s.size());
  bool quoted = false;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (absl::string_view close : {"\"", "'", ")", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"}) {
      if (absl::ConsumeSuffix(&a, close)) stripped = quoted = true;
    }
  }
  if (absl::EndsWith(a, "...") || absl::EndsWith(a, "\xE2\x80\xA6")) return false;  // ellipsis
  if (absl::EndsWith(a, ".")) return true;
  return quoted && (absl::EndsWith(a, "!") || absl::EndsWith(a, "?"));
}

}  // namespace

bool FitsTitle(std::string_view text, ByteRange line) {
  const std::string_view s = Slice(text, Trim(text, line));
  return !s.empty() && AtMostCodePoints(s, kMaxTitleCodePoints);
}

bool LooksLikeTitle(std::string_view text, ByteRange line) {
  const std::string_view s = Slice(text, Trim(text, line));
  return !s.empty() && AtMostCodePoints(s, kMaxDetectedTitleCodePoints) && HasLetter(s) &&
         !EndsLikeSentence(s);
}

}  // namespace newsgraph::article
