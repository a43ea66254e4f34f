// Helpers for newsgraph.v1.PartialDate: a calendar date known to the day,
// the month or the year. Parsing of the date strings requests carry, the
// canonical text form, validation, and a sort key for stores.
#ifndef NEWSGRAPH_SHARED_DATE_PARTIAL_DATE_H_
#define NEWSGRAPH_SHARED_DATE_PARTIAL_DATE_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "newsgraph/v1/common.pb.h"

namespace newsgraph::date {

// Makes a PartialDate with precision DAY, MONTH (day == 0) or YEAR
// (month == 0 and day == 0). Returns INVALID_ARGUMENT when the fields do
// not name a real date of the years 1 to 9999.
absl::StatusOr<v1::PartialDate> MakeDate(int year, int month, int day);

// Returns OK when `date` is a valid date at its precision.
absl::Status Validate(const v1::PartialDate& date);

// Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or an RFC 3339 timestamp such as
// `2020-01-24T10:00:00Z` (taken as the date it names in its own offset).
// Surrounding spaces are ignored. INVALID_ARGUMENT says what was expected.
absl::StatusOr<v1::PartialDate> ParseIsoDate(std::string_view text);

// The canonical text: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; "" for an unset
// date.
std::string FormatIsoDate(const v1::PartialDate& date);

// Sets *date to the date ISO text names ("YYYY", "YYYY-MM", "YYYY-MM-DD"),
// for dates stored by the program; returns false, leaving *date as it was,
// when the text names none. Callers test for empty text before asking a
// message for a mutable field, so that an unknown date stays unset.
bool AssignIsoDate(std::string_view text, v1::PartialDate* date);

// A string that sorts dates chronologically by their first day: the first
// day of the precision as `YYYY-MM-DD`, or "" for an unset date (so that
// undated items sort first in ascending order).
std::string SortKey(const v1::PartialDate& date);

// The first and the last day the date covers, as `YYYY-MM-DD`.
std::string FirstDayKey(const v1::PartialDate& date);
std::string LastDayKey(const v1::PartialDate& date);

// The number of days in `month` of `year` (proleptic Gregorian).
int DaysInMonth(int year, int month);

}  // namespace newsgraph::date

#endif  // NEWSGRAPH_SHARED_DATE_PARTIAL_DATE_H_
