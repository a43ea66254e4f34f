#include "ingest_service/extract/quotes/attribution.h"

#include <algorithm>

#include "ingest_service/extract/quotes/text_scan.h"

namespace newsgraph::extract::quotes {
namespace {

constexpr size_t kMaxClauseBytes = 600;   // bytes of context read on either side
constexpr size_t kMaxTrailingWords = 12;  // tokens before the verb of "..., X said"

std::vector<v1::EntityType> EntityTypes(const v1::Article& article) {
  std::vector<v1::EntityType> types;
  types.reserve(article.entities_size());
  for (const v1::ArticleEntity& entity : article.entities()) types.push_back(entity.type());
  return types;
}

// How sure a rule is when it names the speaker outright; pronouns and
// descriptions take off a little.
double Confidence(double base, SpeakerCue::Kind kind) {
  switch (kind) {
    case SpeakerCue::Kind::kPronoun:
      return base - 0.15;
    case SpeakerCue::Kind::kDescription:
      return base - 0.2;
    default:
      return base;
  }
}

std::string_view HowOf(SpeakerCue::Kind kind) {
  switch (kind) {
    case SpeakerCue::Kind::kMention:
      return "name";
    case SpeakerCue::Kind::kPronoun:
      return "pronoun";
    case SpeakerCue::Kind::kDescription:
      return "description";
    case SpeakerCue::Kind::kUnnamed:
      return "unnamed";
    case SpeakerCue::Kind::kNone:
      break;
  }
  return "";
}

// Moves `pos` forward to the start of a UTF-8 character.
size_t AlignForward(std::string_view text, size_t pos) {
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

bool IsPunct(const Token& token, int cp) {
  return token.kind == TokenKind::kPunct && token.punct == cp;
}

}  // namespace

QuoteAttributor::QuoteAttributor(ArticleBytes& bytes, const std::vector<QuotedPassage>& passages)
    : bytes_(bytes),
      text_(bytes.text()),
      passages_(passages),
      mentions_(bytes.mentions()),
      entity_types_(EntityTypes(bytes.article())),
      tokenizer_(text_, mentions_, passages),
      resolver_(text_, mentions_, bytes.first_mentions(), passages, entity_types_) {
  done_.reserve(passages.size());
}

bool QuoteAttributor::SameParagraph(size_t a, size_t b) const {
  return bytes_.ParagraphIndexAt(passages_[a].outer.begin) ==
         bytes_.ParagraphIndexAt(passages_[b].outer.begin);
}

QuoteAttributor::Clause QuoteAttributor::TokenizeLeading(size_t index) {
  const size_t open = passages_[index].outer.begin;
  const ByteSpan paragraph = bytes_.paragraphs()[bytes_.ParagraphIndexAt(open)];
  const ByteSpan sentence = bytes_.sentences()[bytes_.SentenceIndexAt(open)];
  size_t floor = std::max(paragraph.begin, sentence.begin <= open ? sentence.begin : open);
  if (open > kMaxClauseBytes) floor = std::max(floor, AlignForward(text_, open - kMaxClauseBytes));
  size_t clause_begin = floor;
  if (index > 0 && passages_[index - 1].outer.end <= open) {
    clause_begin = std::max(clause_begin, passages_[index - 1].outer.end);
  }
  tokenizer_.Tokenize({floor, open}, &leading_tokens_);
  Clause clause{0, leading_tokens_.size()};
  for (size_t i = 0; i < leading_tokens_.size(); ++i) {
    const Token& token = leading_tokens_[i];
    if (token.span.begin < clause_begin || IsPunct(token, ';')) clause.lo = i + 1;
  }
  return clause;
}

QuoteAttributor::Clause QuoteAttributor::TokenizeTrailing(size_t index) {
  const size_t close = passages_[index].outer.end;
  const ByteSpan paragraph = bytes_.paragraphs()[bytes_.ParagraphIndexAt(close - 1)];
  const size_t first = SkipSpaces(text_, close, paragraph.end);
  const int next = CharAt(text_, first).cp;
  if (first >= paragraph.end || IsSentenceFinal(next) || next == ';' || next == ':') {
    tokens_.clear();
    return {};
  }
  const ByteSpan sentence = bytes_.sentences()[bytes_.SentenceIndexAt(first)];
  size_t end = sentence.end > first ? sentence.end : paragraph.end;
  end = std::min({end, paragraph.end, AlignForward(text_, close + kMaxClauseBytes)});
  if (index + 1 < passages_.size()) end = std::min(end, passages_[index + 1].outer.begin);
  tokenizer_.Tokenize({close, end}, &tokens_);
  Clause clause{0, tokens_.size()};
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (IsPunct(tokens_[i], ';')) {
      clause.hi = i;
      break;
    }
  }
  return clause;
}

bool QuoteAttributor::Resolve(const SpeakerCue& cue, std::string_view where, double confidence,
                              Attribution* out) const {
  if (!cue.found()) return false;
  Attribution attribution;
  switch (cue.kind) {
    case SpeakerCue::Kind::kMention:
      attribution.speaker = mentions_[cue.mention].entity_index;
      break;
    case SpeakerCue::Kind::kPronoun:
      attribution.speaker = resolver_.ResolvePronoun(cue.pronoun, cue.position);
      break;
    case SpeakerCue::Kind::kDescription:
      attribution.speaker = resolver_.ResolveDescription(cue.role, cue.role_word, cue.position);
      break;
    case SpeakerCue::Kind::kUnnamed:
    case SpeakerCue::Kind::kNone:
      break;
  }
  attribution.where = where;
  attribution.how = HowOf(cue.kind);
  attribution.confidence = Confidence(confidence, cue.kind);
  attribution.explicit_cue = true;
  *out = attribution;
  return true;
}

bool QuoteAttributor::FromLeading(const Clause& clause, Attribution* out) {
  const SpeakerCues cues(tokenizer_, mentions_, leading_tokens_);
  const int verb = cues.LastSpeechVerb(clause.lo, clause.hi);
  if (verb >= 0) {
    const auto v = static_cast<size_t>(verb);
    SpeakerCue cue;
    if (cues.IsParticipleClause(v)) cue = cues.ClauseSubject(0, v);  // "X ..., saying"
    if (!cue.found()) cue = cues.SubjectBefore(v, clause.lo);
    if (!cue.found() && cues.StartsClause(v, clause.lo)) cue = cues.SpeakerAfter(v, clause.hi);
    if (!cue.found() && clause.lo > 0) cue = cues.SubjectBefore(v, 0);
    if (Resolve(cue, "verb-before-quote", 0.9, out)) return true;
  }
  if (Resolve(cues.AccordingTo(clause.lo, clause.hi), "according-to", 0.85, out)) return true;
  return Resolve(cues.StatementAuthor(clause.lo, clause.hi), "statement-by", 0.8, out);
}

bool QuoteAttributor::FromTrailing(const Clause& clause, Attribution* out) {
  if (clause.hi == 0) return false;
  const SpeakerCues cues(tokenizer_, mentions_, tokens_);
  const int verb = cues.FirstSpeechVerb(clause.lo, clause.hi, kMaxTrailingWords);
  if (verb >= 0) {
    const auto v = static_cast<size_t>(verb);
    SpeakerCue cue = cues.SubjectBefore(v, clause.lo);
    if (!cue.found() && cues.StartsClause(v, clause.lo)) cue = cues.SpeakerAfter(v, clause.hi);
    if (Resolve(cue, "verb-after-quote", 0.9, out)) return true;
  }
  return Resolve(cues.AccordingTo(clause.lo, clause.hi), "according-to", 0.85, out);
}

bool QuoteAttributor::FromIntroduction(const Clause& clause, Attribution* out) {
  if (clause.hi <= clause.lo) return false;
  const SpeakerCues cues(tokenizer_, mentions_, leading_tokens_);
  const Token& last = leading_tokens_[clause.hi - 1];
  const bool introduces = IsPunct(last, ':') || IsPunct(last, ',');
  if (!introduces && !cues.HasStatementFrame(clause.lo, clause.hi)) return false;
  SpeakerCue cue = cues.ClauseSubject(clause.lo, clause.hi);
  if (!cue.found() && clause.lo > 0) cue = cues.ClauseSubject(0, clause.hi);
  if (!Resolve(cue, "introduced-quote", 0.7, out)) return false;
  out->explicit_cue = false;
  return true;
}

bool QuoteAttributor::FromCoordination(size_t index, Attribution* out) {
  if (index == 0 || !SameParagraph(index - 1, index)) return false;
  // "null and void" and "geographically ridiculous": one attribution.
  const size_t between_begin = passages_[index - 1].outer.end;
  const size_t between_end = std::max(between_begin, passages_[index].outer.begin);
  // Three tokens are enough to tell that there is more than a conjunction.
  tokenizer_.Tokenize({between_begin, between_end}, &tokens_, 3);
  if (tokens_.size() > 2) return false;
  const SpeakerCues cues(tokenizer_, mentions_, tokens_);
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (!IsPunct(tokens_[i], ',') && !cues.IsWord(i, "and") && !cues.IsWord(i, "or")) return false;
  }
  *out = done_[index - 1];
  out->where = "coordinated-quote";
  return true;
}

bool QuoteAttributor::FromPreviousSentence(size_t index, Attribution* out) {
  const size_t open = passages_[index].outer.begin;
  const int sentence = bytes_.SentenceIndexAt(open);
  if (sentence == 0) return false;
  const ByteSpan previous = bytes_.sentences()[sentence - 1];
  if (bytes_.ParagraphIndexAt(previous.begin) != bytes_.ParagraphIndexAt(open)) return false;
  // Only a narrative sentence: one holding a quotation attributes it.
  if (index > 0 && passages_[index - 1].outer.end > previous.begin) return false;
  size_t begin = previous.begin;
  if (previous.end > kMaxClauseBytes) {
    begin = std::max(begin, AlignForward(text_, previous.end - kMaxClauseBytes));
  }
  tokenizer_.Tokenize({begin, previous.end}, &tokens_);
  const SpeakerCues cues(tokenizer_, mentions_, tokens_);
  const int verb = cues.LastSpeechVerb(0, tokens_.size());
  SpeakerCue cue;
  if (verb >= 0) {
    cue = cues.SubjectBefore(static_cast<size_t>(verb), 0);  // "McGurk also criticized it."
  } else {
    cue = cues.ClauseSubject(0, tokens_.size());  // "Smith was furious."
    if (cue.kind == SpeakerCue::Kind::kUnnamed) return false;
  }
  if (!Resolve(cue, "previous-sentence", 0.6, out)) return false;
  out->explicit_cue = false;
  return true;
}

bool QuoteAttributor::FromPreviousPassage(size_t index, bool starts_sentence, Attribution* out) {
  if (index == 0) return false;
  const Attribution& before = done_[index - 1];
  if (before.speaker < 0) return false;
  if (SameParagraph(index - 1, index)) {
    *out = before;
    out->where = "continued-quote";
    out->confidence = before.confidence - 0.1;
    out->explicit_cue = false;
    return true;
  }
  // The quotation opens its paragraph right after one that ended with a
  // quotation: the same speaker going on.
  if (!starts_sentence) return false;
  const size_t between_begin = passages_[index - 1].outer.end;
  const size_t between_end = passages_[index].outer.begin;
  const int paragraph = bytes_.ParagraphIndexAt(between_end);
  if (paragraph == 0 || bytes_.ParagraphIndexAt(between_begin - 1) != paragraph - 1) return false;
  const ByteSpan previous_paragraph = bytes_.paragraphs()[paragraph - 1];
  const ByteSpan this_paragraph = bytes_.paragraphs()[paragraph];
  if (SkipSpaces(text_, this_paragraph.begin, this_paragraph.end) != between_end) return false;
  const size_t after_quote = SkipSpaces(text_, between_begin, previous_paragraph.end);
  if (after_quote < previous_paragraph.end && !IsSentenceFinal(CharAt(text_, after_quote).cp)) {
    return false;
  }
  *out = before;
  out->where = "previous-paragraph";
  out->confidence = before.confidence - 0.2;
  out->explicit_cue = false;
  return true;
}

Attribution QuoteAttributor::Attribute(size_t index) {
  Attribution result;
  const Clause leading = TokenizeLeading(index);
  const bool starts_sentence = leading.lo >= leading.hi;
  bool found = !starts_sentence && FromLeading(leading, &result);
  if (!found) {
    const Clause trailing = TokenizeTrailing(index);
    found = FromTrailing(trailing, &result);
  }
  if (!found && !starts_sentence) found = FromIntroduction(leading, &result);
  if (!found) found = FromCoordination(index, &result);
  if (!found && starts_sentence) found = FromPreviousSentence(index, &result);
  if (!found) found = FromPreviousPassage(index, starts_sentence, &result);
  if (!found) {
    result = Attribution();
    result.where = "unattributed";
    result.confidence = 0.3;
  }
  resolver_.AddSpeaker(passages_[index].outer.end, result.speaker);
  done_.push_back(result);
  return result;
}

}  // namespace newsgraph::extract::quotes
