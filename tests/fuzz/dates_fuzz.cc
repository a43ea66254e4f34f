// Fuzz target: date normalization (ingest_service/extract/dates) over an
// article read from arbitrary bytes. The first four bytes give the
// article's published date (year 1-9999 from two bytes, then month 0-12
// and day 0-31; no date when MakeDate rejects them), the rest is the
// content. Each mention must lie inside the content and its sentence, name
// an existing sentence, and carry a valid date (year 0 only when it could
// not be resolved); the per-sentence view must cover every sentence.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/dates/date_extractor.h"
#include "shared/date/partial_date.h"
#include "shared/text/utf8.h"
#include "tests/fuzz/fuzz_checks.h"

namespace {

using namespace newsgraph;

void CheckMentionDate(const v1::PartialDate& date) {
  if (date.year() != 0) {
    fuzz::Check(date::Validate(date).ok(), "a resolved date is not a valid date");
    return;
  }
  fuzz::Check(date.precision() != v1::DATE_PRECISION_UNSPECIFIED,
              "an unresolved date has no precision");
  fuzz::Check(date.month() >= 0 && date.month() <= 12 && date.day() >= 0 && date.day() <= 31,
              "an unresolved date has an impossible month or day");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 4) return 0;
  article::ArticleInput input;
  const int year = ((data[0] << 8) | data[1]) % 9999 + 1;
  absl::StatusOr<v1::PartialDate> published = date::MakeDate(year, data[2] % 13, data[3] % 32);
  if (published.ok()) input.published_date = *published;
  input.content = std::string_view(reinterpret_cast<const char*>(data + 4), size - 4);
  absl::StatusOr<v1::Article> article = article::ReadArticle(input, article::ReaderLimits());
  if (!article.ok()) return 0;

  const extract::ArticleDates dates = extract::ExtractArticleDates(*article);
  fuzz::Check(static_cast<int>(dates.sentences.size()) == article->sentences_size(),
              "the per-sentence view does not have one entry per sentence");
  const text::CodePointIndex index(article->content());
  for (const v1::DateMention& mention : dates.mentions) {
    fuzz::CheckSpansWithin(mention, text::CountCodePoints(article->content()));
    const int s = mention.sentence_index();
    fuzz::Check(s >= 0 && s < article->sentences_size(), "a mention's sentence does not exist");
    const v1::TextSpan& sentence = article->sentences(s).span();
    fuzz::Check(sentence.start() <= mention.span().start() &&
                    mention.span().end() <= sentence.end(),
                "a mention lies outside its sentence");
    const size_t begin = index.ToByte(mention.span().start());
    const size_t end = index.ToByte(mention.span().end());
    fuzz::Check(std::string_view(article->content()).substr(begin, end - begin) == mention.text(),
                "a mention's text is not content[span]");
    CheckMentionDate(mention.value());
  }
  int32_t mentions_seen = 0;
  for (size_t i = 0; i < dates.sentences.size(); ++i) {
    const extract::SentenceDates& sentence = dates.sentences[i];
    fuzz::Check(sentence.sentence_index == static_cast<int32_t>(i) &&
                    sentence.first_mention == mentions_seen && sentence.mention_count >= 0,
                "the per-sentence view does not partition the mentions in order");
    mentions_seen += sentence.mention_count;
  }
  fuzz::Check(mentions_seen == static_cast<int32_t>(dates.mentions.size()),
              "the per-sentence view does not cover every mention");
  return 0;
}
