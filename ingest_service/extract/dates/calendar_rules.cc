#include "ingest_service/extract/dates/calendar_rules.h"

namespace newsgraph::extract::dates {
namespace {

// Days from `reference` back to the latest `weekday` on or before it (0-6).
int DaysBack(absl::CivilDay reference, int weekday) {
  return (IsoWeekday(reference) - weekday + 7) % 7;
}

// Days from `reference` ahead to the first `weekday` on or after it (0-6).
int DaysAhead(absl::CivilDay reference, int weekday) {
  return (weekday - IsoWeekday(reference) + 7) % 7;
}

// The mid-month day stands in for a month given without a day.
constexpr int kMidMonth = 15;

// With no tense cue, a month (and day) this close after the reference is
// taken to lie ahead; anything further, to lie behind (news reports the
// past).
constexpr absl::civil_diff_t kSoonDays = 92;

// The day `month`/`day` of `year`, with an impossible day (February 29 of a
// common year) clamped by CivilDay normalization to a nearby day; used for
// distances only.
absl::CivilDay DayOf(int year, int month, int day) {
  return absl::CivilDay(year, month, day == 0 ? kMidMonth : day);
}

}  // namespace

int IsoWeekday(absl::CivilDay day) {
  switch (absl::GetWeekday(day)) {
    case absl::Weekday::monday:
      return 1;
    case absl::Weekday::tuesday:
      return 2;
    case absl::Weekday::wednesday:
      return 3;
    case absl::Weekday::thursday:
      return 4;
    case absl::Weekday::friday:
      return 5;
    case absl::Weekday::saturday:
      return 6;
    case absl::Weekday::sunday:
      return 7;
  }
  return 1;
}

absl::CivilDay ResolveWeekday(absl::CivilDay reference, int weekday, Relation relation,
                              Tense tense) {
  switch (relation) {
    case Relation::kThisPast: {
      const int back = DaysBack(reference, weekday);
      return reference - (back == 0 ? 7 : back);
    }
    case Relation::kThisComing: {
      const int ahead = DaysAhead(reference, weekday);
      return reference + (ahead == 0 ? 7 : ahead);
    }
    case Relation::kLast:
    case Relation::kNext: {
      const absl::CivilDay monday = reference - (IsoWeekday(reference) - 1);
      const int weeks = relation == Relation::kLast ? -1 : 1;
      return monday + 7 * weeks + (weekday - 1);
    }
    default:
      if (tense == Tense::kFuture) return reference + DaysAhead(reference, weekday);
      return reference - DaysBack(reference, weekday);
  }
}

int InferYear(absl::CivilDay reference, int month, int day, Tense tense) {
  const int year = static_cast<int>(reference.year());
  const int reference_month = reference.month();
  if (month == reference_month) return year;
  if (tense == Tense::kFuture) return month < reference_month ? year + 1 : year;
  const int latest_before = month > reference_month ? year - 1 : year;
  if (tense == Tense::kPast) return latest_before;
  const int first_after = latest_before + 1;
  const absl::civil_diff_t days_ahead = DayOf(first_after, month, day) - reference;
  return days_ahead <= kSoonDays ? first_after : latest_before;
}

int YearOfRelativeMonth(absl::CivilDay reference, int month, Relation relation) {
  const int year = static_cast<int>(reference.year());
  switch (relation) {
    case Relation::kLast:
      return month < reference.month() ? year : year - 1;
    case Relation::kNext:
      return month > reference.month() ? year : year + 1;
    default:
      return year;
  }
}

}  // namespace newsgraph::extract::dates
