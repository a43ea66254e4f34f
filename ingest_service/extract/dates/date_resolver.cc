#include "ingest_service/extract/dates/date_resolver.h"

#include <cstdint>
#include <optional>

#include "absl/time/civil_time.h"
#include "ingest_service/extract/dates/calendar_rules.h"
#include "shared/date/partial_date.h"

namespace newsgraph::extract::dates {
namespace {

bool HasYear(const v1::PartialDate& d) { return d.precision() != v1::DATE_PRECISION_UNSPECIFIED; }
bool HasMonth(const v1::PartialDate& d) {
  return d.precision() == v1::DATE_PRECISION_MONTH || d.precision() == v1::DATE_PRECISION_DAY;
}
bool HasDay(const v1::PartialDate& d) { return d.precision() == v1::DATE_PRECISION_DAY; }

// The day a date stands for in arithmetic: its own, or mid-month / mid-year
// below day precision.
absl::CivilDay DayOf(const v1::PartialDate& d) {
  return absl::CivilDay(d.year(), d.month() == 0 ? 6 : d.month(), d.day() == 0 ? 15 : d.day());
}

Resolution Resolved(int year, int month, int day) {
  absl::StatusOr<v1::PartialDate> made = date::MakeDate(year, month, day);
  if (!made.ok()) return Resolution{};  // "February 30", year out of range
  return Resolution{Resolution::kResolved, *made};
}

// The year from `years` (tried in order) in which month/day falls on ISO
// weekday `weekday`; `years[0]` when none does.
int YearWithWeekday(const int (&years)[3], int month, int day, int weekday) {
  for (int year : years) {
    if (day <= date::DaysInMonth(year, month) &&
        IsoWeekday(absl::CivilDay(year, month, day)) == weekday) {
      return year;
    }
  }
  return years[0];
}

// A day as the number yyyymmdd, which orders days as their "yyyy-mm-dd"
// keys (date::FirstDayKey, date::LastDayKey) do while the year has four
// digits and the month and day two; nullopt outside that range.
std::optional<int64_t> DayNumber(int64_t year, int64_t month, int64_t day) {
  if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
    return std::nullopt;
  }
  return year * 10000 + month * 100 + day;
}

// Whether `date` begins after the last day `published` covers. Compares
// numbers instead of formatting the two keys, which it falls back to for
// dates whose keys a number would not order the same way.
bool IsAfter(const v1::PartialDate& date, const v1::PartialDate& published) {
  if (!HasYear(date) || !HasYear(published)) return false;
  const int published_month = published.month() > 0 ? published.month() : 12;
  const std::optional<int64_t> first =
      DayNumber(date.year(), date.month() > 0 ? date.month() : 1, date.day() > 0 ? date.day() : 1);
  const std::optional<int64_t> last =
      DayNumber(published.year(), published_month,
                published.day() > 0 ? published.day()
                                    : date::DaysInMonth(published.year(), published_month));
  if (first && last) return *first > *last;
  return date::FirstDayKey(date) > date::LastDayKey(published);
}

Resolution ResolvedDay(absl::CivilDay day) {
  return Resolved(static_cast<int>(day.year()), day.month(), day.day());
}

Resolution Unresolved(v1::DatePrecision precision, int month = 0, int day = 0) {
  Resolution r{Resolution::kUnresolved, {}};
  r.value.set_precision(precision);
  r.value.set_month(month);
  r.value.set_day(day);
  return r;
}

v1::DatePrecision PrecisionOf(ExpressionKind kind) {
  switch (kind) {
    case ExpressionKind::kMonth:
    case ExpressionKind::kMonthOffset:
      return v1::DATE_PRECISION_MONTH;
    case ExpressionKind::kYearOffset:
      return v1::DATE_PRECISION_YEAR;
    default:
      return v1::DATE_PRECISION_DAY;
  }
}

}  // namespace

Resolution DateResolver::Resolve(const DateExpression& e, Tense tense,
                                 const v1::PartialDate& speech) const {
  switch (e.kind) {
    case ExpressionKind::kAbsolute:
      return Resolved(e.year, e.month, e.day);
    case ExpressionKind::kMonthDay:
      return ResolveMonthDay(e, tense, speech);
    case ExpressionKind::kMonth:
      return ResolveMonth(e, tense, speech);
    case ExpressionKind::kWeekday:
      if (!HasDay(speech)) return Unresolved(v1::DATE_PRECISION_DAY);
      return ResolvedDay(ResolveWeekday(DayOf(speech), e.weekday, e.relation, tense));
    default:
      return ResolveOffset(e, speech);
  }
}

Resolution DateResolver::ResolveMonthDay(const DateExpression& e, Tense tense,
                                         const v1::PartialDate& speech) const {
  const bool anchored = e.reference == Reference::kAnchor;  // "May 13 of that year"
  const v1::PartialDate& base = anchored ? latest_ : speech;
  if (!HasYear(base)) {
    return anchored ? Resolution{} : Unresolved(v1::DATE_PRECISION_DAY, e.month, e.day);
  }
  int year = base.year();
  if (e.relation == Relation::kYearOffset) {
    year += e.offset;
  } else if (HasMonth(base)) {
    year = InferYear(DayOf(base), e.month, e.day, tense);
  }
  if (e.weekday != 0 && e.relation != Relation::kYearOffset) {
    // "Saturday, April 4": the weekday picks the year when the context
    // leaves a choice.
    year = YearWithWeekday({year, year - 1, year + 1}, e.month, e.day, e.weekday);
  }
  return Resolved(year, e.month, e.day);
}

Resolution DateResolver::ResolveMonth(const DateExpression& e, Tense tense,
                                      const v1::PartialDate& speech) const {
  const bool anchored = e.reference == Reference::kAnchor;  // "August of that year"
  const v1::PartialDate& base = anchored ? latest_ : speech;
  if (!HasYear(base))
    return anchored ? Resolution{} : Unresolved(v1::DATE_PRECISION_MONTH, e.month);
  int year = base.year();
  if (e.relation == Relation::kYearOffset) {
    year += e.offset;
  } else if (!HasMonth(base)) {
    year += e.relation == Relation::kLast ? -1 : e.relation == Relation::kNext ? 1 : 0;
  } else if (e.relation == Relation::kBare) {
    year = InferYear(DayOf(base), e.month, 0, tense);
  } else {
    year = YearOfRelativeMonth(DayOf(base), e.month, e.relation);
  }
  return Resolved(year, e.month, 0);
}

Resolution DateResolver::ResolveOffset(const DateExpression& e,
                                       const v1::PartialDate& speech) const {
  const bool anchored = e.reference == Reference::kAnchor;
  const v1::PartialDate& reference = !anchored                              ? speech
                                     : e.kind == ExpressionKind::kDayOffset ? day_anchor_
                                                                            : latest_;
  const bool known = e.kind == ExpressionKind::kDayOffset     ? HasDay(reference)
                     : e.kind == ExpressionKind::kMonthOffset ? HasMonth(reference)
                                                              : HasYear(reference);
  if (!known) return anchored ? Resolution{} : Unresolved(PrecisionOf(e.kind));
  switch (e.kind) {
    case ExpressionKind::kDayOffset:
      return ResolvedDay(DayOf(reference) + e.offset);
    case ExpressionKind::kMonthOffset: {
      const absl::CivilMonth month =
          absl::CivilMonth(reference.year(), reference.month()) + e.offset;
      return Resolved(static_cast<int>(month.year()), month.month(), 0);
    }
    default:
      return Resolved(reference.year() + e.offset, 0, 0);
  }
}

void DateResolver::Anchor(const v1::PartialDate& date) {
  if (HasDay(date)) day_anchor_ = date;
  if (HasYear(date)) latest_ = date;
}

void DateResolver::EndSentence() {
  if (IsAfter(day_anchor_, published_)) {
    day_anchor_ = settled_day_anchor_;
  } else {
    settled_day_anchor_ = day_anchor_;
  }
  if (IsAfter(latest_, published_)) {
    latest_ = settled_latest_;
  } else {
    settled_latest_ = latest_;
  }
}

}  // namespace newsgraph::extract::dates
