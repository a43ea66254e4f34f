// DateResolver: turns the DateExpressions of an article, met in text order,
// into calendar dates. It holds the article's date and the discourse
// anchor: the last day-precision date the narration mentioned (for "On the
// same day", "the next morning", "two days later") and the last date of any
// precision (for "that year", "the following month").
//
// Expressions relative to the time of speaking ("yesterday", "last year",
// "on Monday", "in May") resolve against the `speech` date the caller
// passes: the publication date in narration, the date of the quoted
// utterance inside a quotation. When that date is not known to the needed
// precision, the result is kUnresolved: the value carries the precision
// and whatever the text itself gives (month, day), with year 0. Anchor-
// relative expressions with no anchor yet are kDropped: they do not name a
// date the article gives.
//
// A date after the article's date (a plan: "to present on October 14, the
// same day the Queen ...") anchors only the rest of its own sentence: at
// EndSentence() the anchor returns to the last one not after the article's
// date.
//
// Not thread-safe (it keeps the anchor); use one per article.
//
// Example:
//   DateResolver resolver(article.published_date());
//   Resolution r = resolver.Resolve(expression, tense, article.published_date());
//   if (r.status == Resolution::kResolved) resolver.Anchor(r.value);
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_RESOLVER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_RESOLVER_H_

#include "ingest_service/extract/dates/date_expression.h"
#include "ingest_service/extract/dates/tense_cues.h"
#include "newsgraph/v1/common.pb.h"

namespace newsgraph::extract::dates {

struct Resolution {
  enum Status { kResolved, kUnresolved, kDropped };
  Status status = kDropped;
  v1::PartialDate value;
};

class DateResolver {
 public:
  // `published` may be unset (precision UNSPECIFIED) or partial.
  explicit DateResolver(const v1::PartialDate& published) : published_(published) {}

  // Resolves `expression`, found in a clause of tense `tense`; `speech` is
  // the date the speaker spoke on (may be unset or partial).
  Resolution Resolve(const DateExpression& expression, Tense tense,
                     const v1::PartialDate& speech) const;

  // Makes `date` the anchor for the expressions after it.
  void Anchor(const v1::PartialDate& date);

  // Ends the sentence: drops an anchor that lies after the article's date.
  void EndSentence();

  const v1::PartialDate& published() const { return published_; }
  // The last day-precision date mentioned; precision UNSPECIFIED when none.
  const v1::PartialDate& day_anchor() const { return day_anchor_; }
  // The last date mentioned, at any precision.
  const v1::PartialDate& latest() const { return latest_; }

 private:
  Resolution ResolveMonthDay(const DateExpression& e, Tense tense,
                             const v1::PartialDate& speech) const;
  Resolution ResolveMonth(const DateExpression& e, Tense tense,
                          const v1::PartialDate& speech) const;
  Resolution ResolveOffset(const DateExpression& e, const v1::PartialDate& speech) const;

  v1::PartialDate published_;
  v1::PartialDate day_anchor_;
  v1::PartialDate latest_;
  // The anchors as they stood after the last sentence whose anchors did not
  // lie after the article's date.
  v1::PartialDate settled_day_anchor_;
  v1::PartialDate settled_latest_;
};

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_RESOLVER_H_
