#include "ingest_service/extract/dates/date_extractor.h"

#include <optional>
#include <string>
#include <string_view>

#include "absl/time/civil_time.h"
#include "ingest_service/extract/dates/date_expression.h"
#include "ingest_service/extract/dates/date_resolver.h"
#include "ingest_service/extract/dates/expression_finder.h"
#include "ingest_service/extract/dates/quote_tracker.h"
#include "ingest_service/extract/dates/rule_support.h"
#include "ingest_service/extract/dates/sentence_tokens.h"
#include "ingest_service/extract/dates/tense_cues.h"
#include "shared/text/utf8.h"

namespace newsgraph::extract {
namespace {

using dates::DateExpression;
using dates::DateResolver;
using dates::ExpressionKind;
using dates::Reference;
using dates::Relation;
using dates::Resolution;
using dates::Tense;

// Inside a quotation, the anchor stands for the day the words were said
// only when it is this close before the article's date.
constexpr int kQuoteAnchorWindowDays = 14;

// One expression of the sentence being walked.
struct Found {
  DateExpression expression;
  int depth = 0;  // quotation depth
  Resolution resolution;
};

bool IsDay(const v1::PartialDate& d) { return d.precision() == v1::DATE_PRECISION_DAY; }

absl::CivilDay CivilOf(const v1::PartialDate& d) {
  return absl::CivilDay(d.year(), d.month(), d.day());
}

// Whether resolving `e` depends on the tense of its clause.
bool NeedsTense(const DateExpression& e) {
  switch (e.kind) {
    case ExpressionKind::kWeekday:
      return e.relation == Relation::kBare || e.relation == Relation::kThis;
    case ExpressionKind::kMonthDay:
    case ExpressionKind::kMonth:
      return e.relation == Relation::kBare;
    default:
      return e.future_only || e.vague_in_present;
  }
}

// Whether only spaces and commas lie between bytes `end` and `begin`.
bool Adjacent(std::string_view text, uint32_t end, uint32_t begin) {
  if (end > begin) return false;
  for (uint32_t i = end; i < begin; ++i) {
    if (text[i] != ' ' && text[i] != ',') return false;
  }
  return true;
}

// A month (and day) whose year the context must give.
bool IsMonthWithoutYear(const DateExpression& e) {
  return (e.kind == ExpressionKind::kMonthDay || e.kind == ExpressionKind::kMonth) &&
         e.relation == Relation::kBare;
}

bool IsYearOnly(const v1::PartialDate& d) { return d.precision() == v1::DATE_PRECISION_YEAR; }

// Whether `e` counts from the time of speaking, which a quotation within a
// quotation leaves unknown.
bool CountsFromSpeech(const DateExpression& e) {
  return e.kind == ExpressionKind::kWeekday ||
         (e.reference == Reference::kSpeech && e.kind != ExpressionKind::kAbsolute &&
          e.kind != ExpressionKind::kMonthDay && e.kind != ExpressionKind::kMonth);
}

// Converts byte offsets of one sentence, asked in increasing order, to code
// point offsets of the article, counting each byte once.
class CodePointCursor {
 public:
  explicit CodePointCursor(const v1::Sentence& sentence)
      : text_(sentence.text()), code_points_(sentence.span().start()) {}

  int32_t At(uint32_t byte) {
    code_points_ += static_cast<int32_t>(text::CountCodePoints(text_.substr(byte_, byte - byte_)));
    byte_ = byte;
    return code_points_;
  }

 private:
  std::string_view text_;
  uint32_t byte_ = 0;
  int32_t code_points_;
};

v1::DateMention MakeMention(const v1::Sentence& sentence, int sentence_index, const Found& found,
                            CodePointCursor* cursor) {
  const std::string_view text = sentence.text();
  const DateExpression& e = found.expression;
  const std::string_view expression_text = text.substr(e.begin, e.end - e.begin);
  const int32_t start = cursor->At(e.begin);
  v1::DateMention mention;
  mention.set_text(std::string(expression_text));
  mention.mutable_span()->set_start(start);
  mention.mutable_span()->set_end(start +
                                  static_cast<int32_t>(text::CountCodePoints(expression_text)));
  mention.set_sentence_index(sentence_index);
  *mention.mutable_value() = found.resolution.value;
  mention.set_rule(e.rule);
  return mention;
}

// Walks the sentences of one article in order, keeping the discourse
// anchor and the quotation state.
class ArticleWalker {
 public:
  explicit ArticleWalker(const v1::Article& article)
      : article_(article), resolver_(article.published_date()), quotes_(article) {}

  // Walks every sentence; fills the per-sentence view when `by_sentence`.
  ArticleDates Walk(bool by_sentence) {
    ArticleDates dates;
    if (by_sentence) dates.sentences.reserve(article_.sentences_size());
    for (int i = 0; i < article_.sentences_size(); ++i) {
      const auto first = static_cast<int32_t>(dates.mentions.size());
      if (by_sentence) {
        SentenceDates& entry = dates.sentences.emplace_back();
        entry.sentence_index = i;
        entry.first_mention = first;
        entry.anchor = resolver_.day_anchor();
      }
      WalkSentence(i, &dates.mentions);
      if (by_sentence) {
        dates.sentences.back().mention_count = static_cast<int32_t>(dates.mentions.size()) - first;
      }
    }
    return dates;
  }

 private:
  void WalkSentence(int index, std::vector<v1::DateMention>* mentions) {
    const v1::Sentence& sentence = article_.sentences(index);
    expressions_.clear();
    dates::FindDateExpressions(sentence.text(), &expressions_);
    if (expressions_.empty()) return;
    const dates::SentenceTokens tokens(sentence.text());
    found_.clear();
    for (const DateExpression& e : expressions_) {
      found_.push_back(Found{e, quotes_.DepthAt(index, e.begin), Resolution{}});
    }
    // Narration first: it moves the anchor and may say when quoted words
    // in the same sentence were said.
    v1::PartialDate said_on;
    for (size_t k = 0; k < found_.size(); ++k) {
      Found& f = found_[k];
      if (f.depth != 0) continue;
      f.resolution = Resolve(tokens, k, resolver_.published());
      if (f.resolution.status != Resolution::kResolved) continue;
      resolver_.Anchor(f.resolution.value);
      if (!IsDay(said_on) && IsDay(f.resolution.value)) said_on = f.resolution.value;
    }
    const v1::PartialDate speech = QuotationDate(said_on);
    for (size_t k = 0; k < found_.size(); ++k) {
      Found& f = found_[k];
      if (f.depth == 0) continue;
      const DateExpression& e = f.expression;
      if (e.vague_in_quotes || (f.depth > 1 && CountsFromSpeech(e))) continue;
      f.resolution = Resolve(tokens, k, speech);
    }
    resolver_.EndSentence();
    CodePointCursor cursor(sentence);
    for (const Found& f : found_) {
      if (f.resolution.status != Resolution::kDropped) {
        mentions->push_back(MakeMention(sentence, index, f, &cursor));
      }
    }
  }

  // Resolves found_[k] with `speech` as the time of speaking.
  Resolution Resolve(const dates::SentenceTokens& tokens, size_t k,
                     const v1::PartialDate& speech) const {
    const DateExpression& e = found_[k].expression;
    Tense tense = NeedsTense(e) ? dates::ClauseTense(tokens, e.begin, e.end) : Tense::kUnknown;
    if (tokens.Is(tokens.Next(e.begin), "back")) tense = Tense::kPast;  // "back in February"
    if (e.future_only && tense == Tense::kPast) return Resolution{};
    if (e.vague_in_present && tense == Tense::kPresent) return Resolution{};
    if (const v1::PartialDate* year = YearJustBefore(tokens.text(), k)) {
      return resolver_.Resolve(e, tense, *year);  // "Last year August 8"
    }
    if (const std::optional<v1::PartialDate> year = YearOfNextInRange(tokens, k, speech)) {
      return resolver_.Resolve(e, tense, *year);  // "between January and September this year"
    }
    return resolver_.Resolve(e, tense, speech);
  }

  // The year of the month right after found_[k] when the two make a range
  // or list ("January and September this year", "May to June 2019") and
  // found_[k] is a month (and day) without a year of its own.
  std::optional<v1::PartialDate> YearOfNextInRange(const dates::SentenceTokens& tokens, size_t k,
                                                   const v1::PartialDate& speech) const {
    if (!IsMonthWithoutYear(found_[k].expression) || k + 1 >= found_.size()) return std::nullopt;
    const DateExpression& next = found_[k + 1].expression;
    const bool has_year =
        (next.kind == ExpressionKind::kAbsolute && next.month != 0) ||
        ((next.kind == ExpressionKind::kMonth || next.kind == ExpressionKind::kMonthDay) &&
         next.relation == Relation::kYearOffset);
    if (!has_year) return std::nullopt;
    const dates::Token link = tokens.Next(found_[k].expression.end);
    const bool is_range = link.end <= next.begin &&
                          (dates::IsAnyOf(tokens, link, "and", "or", "to", "through", "until") ||
                           tokens.IsChar(link, '-') || tokens.View(link) == "\u2013");
    if (!is_range || tokens.Next(link.end).begin < next.begin) return std::nullopt;
    const Resolution r = resolver_.Resolve(next, Tense::kUnknown, speech);
    if (r.status != Resolution::kResolved) return std::nullopt;
    v1::PartialDate year;
    year.set_year(r.value.year());
    year.set_precision(v1::DATE_PRECISION_YEAR);
    return year;
  }

  // The year of the expression right before found_[k] ("Last year, August
  // 8", "in 2019, May 5"), when found_[k] is a month (and day) without a
  // year of its own and nothing but a comma lies between them.
  const v1::PartialDate* YearJustBefore(std::string_view text, size_t k) const {
    const DateExpression& e = found_[k].expression;
    if (!IsMonthWithoutYear(e) || k == 0) return nullptr;
    const Found& before = found_[k - 1];
    if (before.resolution.status != Resolution::kResolved || !IsYearOnly(before.resolution.value) ||
        !Adjacent(text, before.expression.end, e.begin)) {
      return nullptr;
    }
    return &before.resolution.value;
  }

  // The day quoted words were said: the narration's day-precision date in
  // the same sentence, else the anchor when it is recent, else the
  // article's date.
  v1::PartialDate QuotationDate(const v1::PartialDate& said_on) const {
    if (IsDay(said_on)) return said_on;
    const v1::PartialDate& anchor = resolver_.day_anchor();
    const v1::PartialDate& published = resolver_.published();
    if (!IsDay(anchor)) return published;
    if (!IsDay(published)) return anchor;
    const absl::civil_diff_t days_before = CivilOf(published) - CivilOf(anchor);
    return days_before >= 0 && days_before <= kQuoteAnchorWindowDays ? anchor : published;
  }

  const v1::Article& article_;
  DateResolver resolver_;
  dates::QuoteTracker quotes_;
  std::vector<DateExpression> expressions_;  // reused from sentence to sentence
  std::vector<Found> found_;
};

}  // namespace

std::span<const v1::DateMention> ArticleDates::MentionsOf(int sentence_index) const {
  if (sentence_index < 0 || sentence_index >= static_cast<int>(sentences.size())) return {};
  const SentenceDates& s = sentences[sentence_index];
  return std::span<const v1::DateMention>(mentions.data() + s.first_mention,
                                          static_cast<size_t>(s.mention_count));
}

ArticleDates ExtractArticleDates(const v1::Article& article) {
  return ArticleWalker(article).Walk(/*by_sentence=*/true);
}

std::vector<v1::DateMention> ExtractDates(const v1::Article& article) {
  return ArticleWalker(article).Walk(/*by_sentence=*/false).mentions;
}

}  // namespace newsgraph::extract
