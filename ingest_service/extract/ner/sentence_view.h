// SentenceView: one sentence's tokens with the questions the entity, role
// and relation rules ask of each token (its text, its lower-case form,
// whether it can be part of a name, whether it is a connector such as
// "of"), answered cheaply and consistently.
//
// Holds views into the article's content and its own token vector; valid
// while the content lives; movable. Not thread-safe (each thread makes its
// own).
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SENTENCE_VIEW_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SENTENCE_VIEW_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest_service/extract/ner/lexicon.h"
#include "ingest_service/extract/text/tokenizer.h"

namespace newsgraph::extract {

class SentenceView {
 public:
  // Tokenizes content[begin, end), sentence number `index`.
  // `wrapped`: the text is hard-wrapped (newswire), so a line break may
  // fall inside a name; otherwise a line break ends one.
  SentenceView(std::string_view content, uint32_t begin, uint32_t end, int index,
               bool is_headline, bool wrapped = false);

  int index() const { return index_; }
  // The sentence's length in bytes.
  uint32_t bytes() const { return bytes_; }
  bool is_headline() const { return is_headline_; }
  // A line break before token `i` that ends a name (text not hard-wrapped).
  bool breaks_line(uint32_t i) const {
    return !wrapped_ && i < size() && tokens_[i].Is(kAfterNewline);
  }
  std::string_view content() const { return content_; }
  uint32_t size() const { return static_cast<uint32_t>(tokens_.size()); }
  const Token& token(uint32_t i) const { return tokens_[i]; }
  const std::vector<Token>& tokens() const { return tokens_; }

  std::string_view text(uint32_t i) const { return tokens_[i].Text(content_); }
  // The token's text in lower case (ASCII letters folded).
  std::string_view lower(uint32_t i) const {
    const Facts& f = facts_[i];
    if (!f.lower_in_pool) return text(i);
    return std::string_view(lower_pool_.data() + f.lower_offset, tokens_[i].end - tokens_[i].begin);
  }
  // The text of tokens [first, last) as written, spaces as in the content.
  std::string_view span_text(uint32_t first, uint32_t last) const;
  // The words of tokens [first, last) joined by single spaces (a lookup key).
  std::string joined(uint32_t first, uint32_t last) const;

  bool is_word(uint32_t i) const { return i < size() && tokens_[i].kind == TokenKind::kWord; }
  bool is_punct(uint32_t i, std::string_view p) const {
    return i < size() && tokens_[i].kind == TokenKind::kPunct && text(i) == p;
  }
  bool is_possessive(uint32_t i) const {
    return i < size() && tokens_[i].kind == TokenKind::kPossessive;
  }
  // Could be part of a name: capitalised, all caps, "al-Assad", "ex-Georgian".
  bool is_name_like(uint32_t i) const { return i < size() && facts_[i].name_like; }
  // "of", "for", "and", "the", name particles and "&", which may join the
  // words of one name.
  bool is_connector(uint32_t i) const;
  // The first word of the sentence, or the first after an opening quote or
  // bracket there.
  bool is_sentence_start(uint32_t i) const;

  // What the lexicon says of the token's lower-case form (one lookup per
  // token, made once).
  const WordInfo& info(uint32_t i) const {
    const Facts& f = facts_[i];
    if (f.info == nullptr) f.info = &LookupWord(lower(i));
    return *f.info;
  }
  bool is_title_head(uint32_t i) const { return (info(i).flags & kWordTitleHead) != 0; }
  bool is_title_modifier(uint32_t i) const { return (info(i).flags & kWordTitleModifier) != 0; }
  bool is_function_word(uint32_t i) const { return (info(i).flags & kWordFunction) != 0; }
  bool is_place_preposition(uint32_t i) const {
    return (info(i).flags & kWordPlacePreposition) != 0;
  }
  bool is_speech_verb(uint32_t i) const { return (info(i).flags & kWordSpeechVerb) != 0; }
  // "Mr", "Dr", "Prof": a capitalised honorific.
  bool is_honorific(uint32_t i) const {
    return i < size() && tokens_[i].Is(kUpperInitial) && !tokens_[i].Is(kAllUpper) &&
           (info(i).flags & kWordHonorific) != 0;
  }
  const HeadInfo* head(uint32_t i) const { return info(i).head; }
  const HeadInfo* descriptor(uint32_t i) const { return info(i).descriptor; }
  v1::RoleStatus status(uint32_t i) const { return info(i).status; }

 private:
  std::string_view content_;
  int index_;
  uint32_t bytes_;
  bool is_headline_;
  bool wrapped_;
  // What is known of one token besides its Token.
  struct Facts {
    // What the lexicon says of it, looked up on first use.
    mutable const WordInfo* info = nullptr;
    uint32_t lower_offset = 0;   // of its lower-case copy in lower_pool_
    bool lower_in_pool = false;  // false: the text is lower case already
    bool name_like = false;
  };
  std::vector<Token> tokens_;
  std::vector<Facts> facts_;  // one per token
  std::string lower_pool_;    // lower-cased copies of words with capitals
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SENTENCE_VIEW_H_
