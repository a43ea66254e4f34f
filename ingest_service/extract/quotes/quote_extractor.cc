#include "ingest_service/extract/quotes/quote_extractor.h"

#include <string>

#include "ingest_service/extract/quotes/article_bytes.h"
#include "ingest_service/extract/quotes/attribution.h"
#include "ingest_service/extract/quotes/quote_filter.h"
#include "ingest_service/extract/quotes/quoted_passages.h"

namespace newsgraph::extract {
namespace {

using quotes::ArticleBytes;
using quotes::Attribution;
using quotes::QuotedPassage;

std::string QuotedText(std::string_view text, const QuotedPassage& passage) {
  std::string quoted;
  for (const quotes::ByteSpan& piece : passage.pieces) {
    if (!quoted.empty()) quoted += ' ';
    quoted.append(text.substr(piece.begin, piece.end - piece.begin));
  }
  return quoted;
}

std::string RuleName(const Attribution& attribution) {
  std::string rule(attribution.where);
  if (!attribution.how.empty()) {
    rule += ':';
    rule.append(attribution.how);
  }
  return rule;
}

v1::Quote MakeQuote(const ArticleBytes& bytes, const QuotedPassage& passage,
                    const Attribution& attribution) {
  v1::Quote quote;
  quote.set_text(QuotedText(bytes.text(), passage));
  quote.mutable_span()->set_start(bytes.ToCodePoint(passage.pieces.front().begin));
  quote.mutable_span()->set_end(bytes.ToCodePoint(passage.pieces.back().end));
  const int sentence = bytes.SentenceIndexAt(passage.pieces.front().begin);
  const v1::Article& article = bytes.article();
  quote.set_sentence_index(sentence < article.sentences_size() ? article.sentences(sentence).index()
                                                               : 0);
  if (attribution.speaker >= 0) quote.set_speaker_index(attribution.speaker);
  quote.set_confidence(attribution.confidence);
  quote.set_rule(RuleName(attribution));
  return quote;
}

}  // namespace

std::vector<v1::Quote> ExtractQuotes(const v1::Article& article) {
  std::vector<v1::Quote> result;
  ArticleBytes bytes(article);
  const std::vector<QuotedPassage> passages =
      quotes::FindQuotedPassages(bytes.text(), bytes.paragraphs());
  if (passages.empty()) return result;
  quotes::QuoteAttributor attributor(bytes, passages);
  for (size_t i = 0; i < passages.size(); ++i) {
    const Attribution attribution = attributor.Attribute(i);
    if (quotes::IsReportableQuotation(bytes.text(), passages[i], attribution, bytes.mentions())) {
      result.push_back(MakeQuote(bytes, passages[i], attribution));
    }
  }
  return result;
}

}  // namespace newsgraph::extract
