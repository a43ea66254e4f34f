#include "ingest_service/extract/dates/quote_tracker.h"

#include <algorithm>
#include <array>

namespace newsgraph::extract::dates {
namespace {

constexpr uint32_t kLeftDoubleQuote = 0x201C;
constexpr uint32_t kRightDoubleQuote = 0x201D;
constexpr uint32_t kLeftSingleQuote = 0x2018;
constexpr uint32_t kRightSingleQuote = 0x2019;
constexpr uint32_t kLeftGuillemet = 0xAB;
constexpr uint32_t kRightGuillemet = 0xBB;

// The code point at byte `i` of `s` and its length in bytes; malformed
// bytes are taken one at a time.
uint32_t DecodeAt(std::string_view s, size_t i, size_t* length) {
  const auto lead = static_cast<unsigned char>(s[i]);
  *length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (*length == 1 || i + *length > s.size()) {
    *length = 1;
    return lead;
  }
  uint32_t cp = lead & (0x7F >> *length);
  for (size_t k = 1; k < *length; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

bool IsSpace(uint32_t cp) { return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xA0; }

// Letters and digits, ASCII or not (non-ASCII punctuation aside).
bool IsLetterOrDigit(uint32_t cp) {
  if (cp < 0x80) {
    const uint32_t lower = cp | 0x20;
    return (lower >= 'a' && lower <= 'z') || (cp >= '0' && cp <= '9');
  }
  return !(cp <= 0xBF || (cp >= 0x2000 && cp <= 0x206F));
}

// Whether byte `c` may start a quotation mark: '"', '\'', the lead byte
// of U+00AB / U+00BB (0xC2) or of U+2018-U+201D (0xE2).
constexpr std::array<bool, 256> MakeQuoteStarts() {
  std::array<bool, 256> starts{};
  starts['"'] = starts['\''] = starts[0xC2] = starts[0xE2] = true;
  return starts;
}
constexpr std::array<bool, 256> kQuoteStarts = MakeQuoteStarts();
bool MayStartQuote(unsigned char c) { return kQuoteStarts[c]; }

// The code point that ends at byte `end` (> 0) of `text`.
uint32_t DecodeBefore(std::string_view text, size_t end) {
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  size_t length = 0;
  return DecodeAt(text, start, &length);
}

}  // namespace

void QuoteState::OpenOrCloseSingle(bool letter_before, bool letter_after, bool may_open) {
  if (letter_before && letter_after) return;  // an apostrophe: "Let's"
  if (in_single_ && !letter_after) {
    in_single_ = false;
  } else if (may_open && in_double_ && !in_single_ && !letter_before && letter_after) {
    in_single_ = true;
  }
}

void QuoteState::Feed(std::string_view text, size_t end) {
  end = std::min(end, text.size());
  if (end == 0) return;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i < end; ++i) {
    if (!MayStartQuote(bytes[i])) continue;
    size_t length = 1;
    const uint32_t cp = DecodeAt(text, i, &length);
    if (cp == '"') {
      in_double_ = !in_double_;
      if (!in_double_) in_single_ = false;
    } else if (cp == kLeftDoubleQuote || cp == kLeftGuillemet) {
      in_double_ = true;
    } else if (cp == kRightDoubleQuote || cp == kRightGuillemet) {
      in_double_ = false;
      in_single_ = false;
    } else if (cp == kLeftSingleQuote) {
      if (in_double_) in_single_ = true;
    } else if (cp == '\'' || cp == kRightSingleQuote) {
      const uint32_t before = i > 0 ? DecodeBefore(text, i) : (space_before_ ? ' ' : 'a');
      const bool letter_before = i > 0 ? IsLetterOrDigit(before) : letter_before_;
      const bool space_before = i > 0 ? IsSpace(before) : space_before_;
      size_t next_length = 0;
      const bool letter_after =
          i + length < text.size() && IsLetterOrDigit(DecodeAt(text, i + length, &next_length));
      OpenOrCloseSingle(letter_before, letter_after, cp == '\'' && space_before);
    }
    i += length - 1;
  }
  const uint32_t last = DecodeBefore(text, end);
  letter_before_ = IsLetterOrDigit(last);
  space_before_ = IsSpace(last);
}

void QuoteTracker::SeekSentence(int index) {
  const auto& sentences = article_.sentences();
  const int paragraph = sentences[index].paragraph_index();
  int first = index;
  if (sentence_ >= 0 && sentence_ < index && sentences[sentence_].paragraph_index() == paragraph) {
    const std::string& current = sentences[sentence_].text();
    if (fed_ < current.size()) state_.Feed(std::string_view(current).substr(fed_));
    first = sentence_ + 1;
  } else {
    state_.Reset();
    while (first > 0 && sentences[first - 1].paragraph_index() == paragraph) --first;
  }
  for (int k = first; k < index; ++k) {
    state_.Feed(" ");
    state_.Feed(sentences[k].text());
  }
  state_.Feed(" ");
  sentence_ = index;
  fed_ = 0;
}

int QuoteTracker::DepthAt(int sentence_index, uint32_t offset) {
  if (sentence_index != sentence_) SeekSentence(sentence_index);
  const std::string& text = article_.sentences(sentence_index).text();
  if (offset > text.size()) offset = static_cast<uint32_t>(text.size());
  if (offset > fed_) {
    state_.Feed(std::string_view(text).substr(fed_), offset - fed_);
    fed_ = offset;
  }
  return state_.depth();
}

}  // namespace newsgraph::extract::dates
