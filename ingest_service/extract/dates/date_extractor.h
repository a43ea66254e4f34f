// ExtractDates: finds the date expressions of an article and resolves each
// to a calendar date at the precision the text gives (day, month or year),
// against the article's own date (never the wall clock).
//
// What is extracted: every expression that points at a specific day, month
// or year: "on January 21", "Jan. 21", "21 January 2020", "2020-01-21",
// "1/21/2020" (only when the order of day and month is unambiguous), "in
// June 2019", "in 1997", "since 2011", "from 2008 to 2016", "in 2017, 2018
// and 2019", "in mid-2019", "the end of 2019", "the 2016 election", "the
// April survey", "on Monday", "Monday night", "This past Friday", "last
// Tuesday", "next Friday", "Sunday's", "Saturday, April 4", "today",
// "yesterday", "tomorrow", "tonight", "this morning", "last night", "last
// month", "this year", "earlier in the month", "in March of last year",
// "two years ago", "in two days", and expressions that lean on the date the
// narration is on: "On the same day", "that night", "the next morning",
// "the following day", "Earlier that day", "seven days earlier", "the
// previous year", "in August of that year". Not extracted: durations ("for
// five weeks", "over the next year"), vague times ("recently", "a few
// years ago"), weeks ("last week"), decades ("the 1990s"), seasons,
// holidays, clock times, habitual weekdays ("every Sunday", "on Sundays"),
// and the traps of news text: "Theresa May", "may", "March" the verb,
// "Sunday Times", "Super Tuesday", "1,000", "$2019", "2000 km", "No.
// 1430/2019", "2019/20", "Zrínyi 2026", "the May 4th Movement".
//
// How they resolve:
//  - The article is read in order. Each resolved date of the narration
//    becomes the discourse anchor that "On the same day" and "two days
//    later" count from.
//  - In narration, deictic words count from the article's date. Inside a
//    quotation they count from the day the words were said: a day-precision
//    date of the narration in the same sentence ('..., Pompeo told the
//    press on Tuesday'), else the anchor when it lies within two weeks
//    before the article's date, else the article's date. Deictics inside a
//    quotation within a quotation are left out, as is "today" inside a
//    quotation (there it mostly means "nowadays"). Dates inside quotations
//    do not move the anchor.
//  - A weekday is the latest such day on or before the reference (a
//    weekday equal to the article's is the article's day, as in wire copy),
//    or the first on or after it when its clause looks ahead ("will", "is
//    scheduled to", "to be held"). "last Thursday" / "next Friday" are that
//    weekday of the previous / following Monday-to-Sunday week; "this past"
//    and "this coming" the nearest strictly before / after.
//  - A month (and day) without a year takes the year that puts it before the
//    article's date in a past-tense clause, after it in a future one, and
//    otherwise before it unless it falls within the next three months
//    ("December 20" in a report of 2020-01-10 is 2019-12-20; "scheduled for
//    March 24" in February is this March). A year right before it ("Last
//    year, August 8") or after it in a range ("between January and
//    September this year") wins.
//  - Dates after the article's date (plans) anchor only the rest of their
//    own sentence.
//
// Without a published date, expressions that count from it ("on Monday",
// "in June", "last year") are still returned, with their precision and what
// the text gives (month, day) but year 0: value.year() == 0 marks them.
// Anchored ones ("On the same day", "that year") resolve when the text gave
// a date before them, and are left out otherwise.
//
// Each DateMention has the text as written (with its leading preposition or
// modifier: "on", "since", "as of", "Late on"), its span in Unicode code
// points of article.content, its sentence index, its value and the rule
// that fired ("absolute:month_day_year", "weekday:this_past",
// "anchor:same", ...).
//
// Cost: linear in the text; a sentence without a digit or a trigger word
// costs one scan of its bytes. Thread-safe: keeps no state between calls.
//
// Example:
//   NG_ASSIGN_OR_RETURN(v1::Article article, article::ReadArticle(input, limits));
//   for (const v1::DateMention& date : ExtractDates(article)) { ... }
//
//   ArticleDates dates = ExtractArticleDates(article);
//   for (const v1::DateMention& date : dates.MentionsOf(3)) { ... }  // sentence 3
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_EXTRACTOR_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_EXTRACTOR_H_

#include <cstdint>
#include <span>
#include <vector>

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::extract {

// The dates of one sentence.
struct SentenceDates {
  int32_t sentence_index = 0;
  // The sentence's mentions are ArticleDates::mentions[first_mention,
  // first_mention + mention_count).
  int32_t first_mention = 0;
  int32_t mention_count = 0;
  // The day the narration was on when the sentence began: the last
  // day-precision date of the narration before it; precision UNSPECIFIED
  // when there was none. Dates an event in a sentence that has no date of
  // its own.
  v1::PartialDate anchor;
};

// The dates of an article, as a whole and sentence by sentence.
struct ArticleDates {
  // In text order.
  std::vector<v1::DateMention> mentions;
  // One per article sentence, in the same order.
  std::vector<SentenceDates> sentences;

  // The mentions of sentence `sentence_index`; empty when it has none or
  // the index is out of range.
  std::span<const v1::DateMention> MentionsOf(int sentence_index) const;
};

// The date expressions of `article` (read by article::ReadArticle: content,
// sentences with code point spans, published_date), resolved, with the
// per-sentence view.
ArticleDates ExtractArticleDates(const v1::Article& article);

// The date expressions of `article`, resolved, in text order.
std::vector<v1::DateMention> ExtractDates(const v1::Article& article);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_DATE_EXTRACTOR_H_
