#include "ingest_service/extract/quotes/article_bytes.h"

#include <algorithm>
#include <cstring>

namespace newsgraph::extract::quotes {
namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The byte spans of the code point spans of `items`, in their order.
template <typename Items, typename SpanOf>
std::vector<ByteSpan> ToByteSpans(const CodePointMap& offsets, const Items& items, SpanOf span_of) {
  std::vector<ByteSpan> spans;
  spans.reserve(items.size());
  for (const auto& item : items) {
    const v1::TextSpan& span = span_of(item);
    ByteSpan bytes;
    bytes.begin = offsets.ToByte(span.start());
    bytes.end = std::max(bytes.begin, offsets.ToByte(span.end()));
    spans.push_back(bytes);
  }
  return spans;
}

// The index of the last span that begins at or before `pos`; 0 when none.
int LastSpanAtOrBefore(const std::vector<ByteSpan>& spans, size_t pos) {
  auto it = std::upper_bound(spans.begin(), spans.end(), pos,
                             [](size_t p, const ByteSpan& span) { return p < span.begin; });
  return it == spans.begin() ? 0 : static_cast<int>(it - spans.begin()) - 1;
}

// Whether the eight bytes at `p` are all ASCII.
bool AllAscii8(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof(word));
  return (word & 0x8080808080808080ULL) == 0;
}

// Whether the 32 bytes at `p` are all ASCII.
bool AllAscii32(const char* p) {
  uint64_t words[4];
  std::memcpy(words, p, sizeof(words));
  return ((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080ULL) == 0;
}

}  // namespace

CodePointMap::CodePointMap(std::string_view text) : text_(text) {
  size_t extra = 0;
  size_t i = 0;
  while (i < text.size()) {
    if (i + 32 <= text.size() && AllAscii32(text.data() + i)) {
      i += 32;
      continue;
    }
    if (i + 8 <= text.size() && AllAscii8(text.data() + i)) {
      i += 8;
      continue;
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80 || IsContinuationByte(text[i])) {  // stray continuation bytes count alone
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && end - i < 4 && IsContinuationByte(text[end])) ++end;
    wide_bytes_.push_back(i);
    wide_code_points_.push_back(static_cast<int64_t>(i - extra));
    extra += end - i - 1;
    extra_bytes_.push_back(extra);
    i = end;
  }
  code_points_ = static_cast<int64_t>(text.size() - extra);
}

size_t CodePointMap::ToByte(int64_t code_point) const {
  code_point = std::clamp<int64_t>(code_point, 0, code_points_);
  const auto k = std::lower_bound(wide_code_points_.begin(), wide_code_points_.end(), code_point) -
                 wide_code_points_.begin();
  return static_cast<size_t>(code_point) + (k > 0 ? extra_bytes_[k - 1] : 0);
}

int32_t CodePointMap::ToCodePoint(size_t byte) const {
  byte = std::min(byte, text_.size());
  while (byte > 0 && byte < text_.size() && IsContinuationByte(text_[byte])) --byte;
  const auto k =
      std::lower_bound(wide_bytes_.begin(), wide_bytes_.end(), byte) - wide_bytes_.begin();
  return static_cast<int32_t>(byte - (k > 0 ? extra_bytes_[k - 1] : 0));
}

ArticleBytes::ArticleBytes(const v1::Article& article)
    : article_(article), text_(article.content()), offsets_(text_) {
  paragraphs_ = ToByteSpans(offsets_, article.paragraphs(),
                            [](const v1::Paragraph& p) -> const v1::TextSpan& { return p.span(); });
  if (paragraphs_.empty()) paragraphs_.push_back({0, text_.size()});
  sentences_ = ToByteSpans(offsets_, article.sentences(),
                           [](const v1::Sentence& s) -> const v1::TextSpan& { return s.span(); });
  if (sentences_.empty()) sentences_ = paragraphs_;
}

int ArticleBytes::SentenceIndexAt(size_t pos) const { return LastSpanAtOrBefore(sentences_, pos); }

int ArticleBytes::ParagraphIndexAt(size_t pos) const {
  return LastSpanAtOrBefore(paragraphs_, pos);
}

const std::vector<MentionBytes>& ArticleBytes::mentions() {
  if (!mentions_loaded_) LoadMentions();
  return mentions_;
}

const std::vector<int>& ArticleBytes::first_mentions() {
  if (!mentions_loaded_) LoadMentions();
  return first_mentions_;
}

void ArticleBytes::LoadMentions() {
  mentions_loaded_ = true;
  const int entity_count = article_.entities_size();
  mentions_.reserve(article_.mentions_size());
  for (const v1::EntityMention& mention : article_.mentions()) {
    MentionBytes bytes;
    bytes.span.begin = offsets_.ToByte(mention.span().start());
    bytes.span.end = std::max(bytes.span.begin, offsets_.ToByte(mention.span().end()));
    const int index = mention.entity_index();
    const bool known = index >= 0 && index < entity_count;
    bytes.entity_index = known ? index : -1;
    bytes.type = known ? article_.entities(index).type() : mention.type();
    if (!bytes.span.empty()) mentions_.push_back(bytes);
  }
  const auto by_start = [](const MentionBytes& a, const MentionBytes& b) {
    return a.span.begin < b.span.begin;
  };
  // Mentions usually come in text order already.
  if (!std::is_sorted(mentions_.begin(), mentions_.end(), by_start)) {
    std::stable_sort(mentions_.begin(), mentions_.end(), by_start);
  }
  first_mentions_.assign(entity_count, -1);
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const int entity = mentions_[i].entity_index;
    if (entity >= 0 && first_mentions_[entity] < 0) first_mentions_[entity] = static_cast<int>(i);
  }
}

}  // namespace newsgraph::extract::quotes
