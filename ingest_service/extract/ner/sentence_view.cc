#include "ingest_service/extract/ner/sentence_view.h"

#include "ingest_service/extract/ner/lexicon.h"

namespace newsgraph::extract {
namespace {

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// "al-Assad", "el-Sisi", "bin-Salman": a lower-case particle, a hyphen and
// a capitalised name.
bool IsParticleName(std::string_view word) {
  const size_t dash = word.find('-');
  if (dash == std::string_view::npos || dash + 1 >= word.size()) return false;
  return IsNameParticle(word.substr(0, dash)) && IsUpperAscii(word[dash + 1]);
}

// "ex-Georgian": a status prefix and a capitalised word.
bool IsExPrefixed(std::string_view word) {
  return word.size() > 3 && (word.substr(0, 3) == "ex-" || word.substr(0, 3) == "Ex-") &&
         (IsUpperAscii(word[3]) || static_cast<unsigned char>(word[3]) >= 0x80);
}

bool NameLike(const Token& token, std::string_view text, const WordInfo* info) {
  if (token.kind != TokenKind::kWord) return false;
  if (token.Is(kUpperInitial)) return (info->flags & kWordNeverName) == 0;
  if (token.Is(kHasDigit) && token.Is(kAllUpper)) return true;
  return IsParticleName(text) || IsExPrefixed(text);
}

}  // namespace

SentenceView::SentenceView(std::string_view content, uint32_t begin, uint32_t end, int index,
                           bool is_headline, bool wrapped)
    : content_(content),
      index_(index),
      bytes_(end - begin),
      is_headline_(is_headline),
      wrapped_(wrapped) {
  Tokenize(content, begin, end, &tokens_);
  facts_.resize(tokens_.size());
  for (size_t i = 0; i < tokens_.size(); ++i) {
    const Token& t = tokens_[i];
    const std::string_view text = t.Text(content);
    Facts& facts = facts_[i];
    if (t.Is(kHasAsciiUpper)) {
      if (lower_pool_.empty()) lower_pool_.reserve(end - begin);
      facts.lower_in_pool = true;
      facts.lower_offset = static_cast<uint32_t>(lower_pool_.size());
      for (char c : text) lower_pool_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    }
    // Only capitalised words need the lexicon here (months are not names).
    const WordInfo* word = t.Is(kUpperInitial) ? &info(static_cast<uint32_t>(i)) : nullptr;
    facts.name_like = NameLike(t, text, word);
  }
}

std::string_view SentenceView::span_text(uint32_t first, uint32_t last) const {
  if (first >= last) return {};
  return content_.substr(tokens_[first].begin, tokens_[last - 1].end - tokens_[first].begin);
}

std::string SentenceView::joined(uint32_t first, uint32_t last) const {
  std::string out;
  for (uint32_t i = first; i < last; ++i) {
    if (i > first) out.push_back(' ');
    out.append(text(i));
  }
  return out;
}

bool SentenceView::is_connector(uint32_t i) const {
  if (i >= size()) return false;
  const Token& t = tokens_[i];
  if (t.kind == TokenKind::kPunct) return text(i) == "&";
  if (t.kind != TokenKind::kWord || t.Is(kUpperInitial)) return false;
  const std::string_view w = lower(i);
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "on" ||
         (info(i).flags & kWordParticle) != 0;
}

bool SentenceView::is_sentence_start(uint32_t i) const {
  for (uint32_t j = 0; j < i; ++j) {
    const Token& t = tokens_[j];
    if (t.kind != TokenKind::kPunct) return false;
    const std::string_view p = text(j);
    if (p != "\"" && p != "“" && p != "'" && p != "‘" && p != "(" && p != "[" && p != "-" &&
        p != "—" && p != "–" && p != "«") {
      return false;
    }
  }
  return true;
}

}  // namespace newsgraph::extract
