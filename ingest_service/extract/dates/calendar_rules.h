// Calendar arithmetic for resolving date expressions: placing a weekday
// relative to a reference day, and choosing the year of a month (and day)
// written without one. Weeks run Monday to Sunday (ISO 8601).
//
// Pure functions over absl::CivilDay (proleptic Gregorian); thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_CALENDAR_RULES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_CALENDAR_RULES_H_

#include "absl/time/civil_time.h"
#include "ingest_service/extract/dates/date_expression.h"
#include "ingest_service/extract/dates/tense_cues.h"

namespace newsgraph::extract::dates {

// 1 = Monday ... 7 = Sunday.
int IsoWeekday(absl::CivilDay day);

// The day with ISO weekday `weekday` that `relation` points at from
// `reference`:
//   kBare, kThis: in a clause looking ahead, the first such day on or
//     after the reference; otherwise the latest on or before it (news
//     reports the past; a weekday equal to the reference's is that day).
//   kThisPast: the latest strictly before; kThisComing: the first
//     strictly after.
//   kLast: that weekday in the week before the reference's ("last
//     Thursday" in an article of Friday 2020-01-10 is 2020-01-02);
//     kNext: in the week after.
absl::CivilDay ResolveWeekday(absl::CivilDay reference, int weekday, Relation relation,
                              Tense tense);

// The year of month `month` (and day `day`, 0 when not given) written
// without a year, seen from `reference`:
//   looking ahead: the first such month on or after the reference's month;
//   looking back: the latest on or before it ("December" in a past-tense
//     report of January 2020 is December 2019);
//   otherwise: looking back, unless the next such month (and day) lies
//     within three months after the reference ("July 25" in January 2020 is
//     2019-07-25; "March 24" in February 2019 is 2019-03-24).
int InferYear(absl::CivilDay reference, int month, int day, Tense tense);

// The year of month `month` under `relation` (kThis, kLast, kNext) from
// `reference`: "this June" is the reference's year, "Last April" the
// latest April strictly before the reference's month, "next April" the
// first strictly after.
int YearOfRelativeMonth(absl::CivilDay reference, int month, Relation relation);

}  // namespace newsgraph::extract::dates

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_DATES_CALENDAR_RULES_H_
