#include "shared/date/partial_date.h"

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"

namespace newsgraph::date {
namespace {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Parses exactly `digits` ASCII digits.
bool ParseDigits(std::string_view s, size_t digits, int* out) {
  if (s.size() != digits) return false;
  int value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return true;
}

absl::Status BadDate(std::string_view text) {
  return absl::InvalidArgumentError(
      absl::StrFormat("cannot parse date \"%s\": use YYYY-MM-DD, YYYY-MM, YYYY or an RFC 3339 "
                      "timestamp such as 2020-01-24T10:00:00Z",
                      absl::string_view(text.data(), text.size())));
}

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

absl::StatusOr<v1::PartialDate> MakeDate(int year, int month, int day) {
  if (year < 1 || year > 9999) {
    return absl::InvalidArgumentError(absl::StrFormat("year %d is outside 1-9999", year));
  }
  if (month < 0 || month > 12) {
    return absl::InvalidArgumentError(absl::StrFormat("month %d is outside 1-12", month));
  }
  if (month == 0 && day != 0) {
    return absl::InvalidArgumentError("a date with a day must have a month");
  }
  if (day < 0 || (month > 0 && day > DaysInMonth(year, month))) {
    return absl::InvalidArgumentError(absl::StrFormat("%04d-%02d has no day %d", year, month, day));
  }
  v1::PartialDate date;
  date.set_year(year);
  date.set_month(month);
  date.set_day(day);
  date.set_precision(day > 0     ? v1::DATE_PRECISION_DAY
                     : month > 0 ? v1::DATE_PRECISION_MONTH
                                 : v1::DATE_PRECISION_YEAR);
  return date;
}

absl::Status Validate(const v1::PartialDate& date) {
  auto made = MakeDate(date.year(), date.month(), date.day());
  if (!made.ok()) return made.status();
  if (made->precision() != date.precision()) {
    return absl::InvalidArgumentError("date precision does not match its fields");
  }
  return absl::OkStatus();
}

absl::StatusOr<v1::PartialDate> ParseIsoDate(std::string_view raw) {
  absl::string_view text = absl::StripAsciiWhitespace(absl::string_view(raw.data(), raw.size()));
  std::string_view s(text.data(), text.size());
  if (s.size() > 10) {
    // An RFC 3339 timestamp: take the calendar date it names.
    absl::Time t;
    std::string err;
    if (!absl::ParseTime(absl::RFC3339_full, text, &t, &err)) return BadDate(raw);
    s = s.substr(0, 10);
  }
  int year = 0, month = 0, day = 0;
  bool ok = false;
  if (s.size() == 4) {
    ok = ParseDigits(s, 4, &year);
  } else if (s.size() == 7 && s[4] == '-') {
    ok = ParseDigits(s.substr(0, 4), 4, &year) && ParseDigits(s.substr(5, 2), 2, &month) &&
         month >= 1;
  } else if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    ok = ParseDigits(s.substr(0, 4), 4, &year) && ParseDigits(s.substr(5, 2), 2, &month) &&
         ParseDigits(s.substr(8, 2), 2, &day) && month >= 1 && day >= 1;
  }
  if (!ok) return BadDate(raw);
  auto date = MakeDate(year, month, day);
  if (!date.ok()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("date \"%s\" is not a real date: %s", text, date.status().message()));
  }
  return date;
}

bool AssignIsoDate(std::string_view text, v1::PartialDate* date) {
  absl::StatusOr<v1::PartialDate> parsed = ParseIsoDate(text);
  if (!parsed.ok()) return false;
  *date = *std::move(parsed);
  return true;
}

std::string FormatIsoDate(const v1::PartialDate& date) {
  switch (date.precision()) {
    case v1::DATE_PRECISION_DAY:
      return absl::StrFormat("%04d-%02d-%02d", date.year(), date.month(), date.day());
    case v1::DATE_PRECISION_MONTH:
      return absl::StrFormat("%04d-%02d", date.year(), date.month());
    case v1::DATE_PRECISION_YEAR:
      return absl::StrFormat("%04d", date.year());
    default:
      return "";
  }
}

std::string FirstDayKey(const v1::PartialDate& date) {
  if (date.precision() == v1::DATE_PRECISION_UNSPECIFIED) return "";
  return absl::StrFormat("%04d-%02d-%02d", date.year(), date.month() > 0 ? date.month() : 1,
                         date.day() > 0 ? date.day() : 1);
}

std::string LastDayKey(const v1::PartialDate& date) {
  if (date.precision() == v1::DATE_PRECISION_UNSPECIFIED) return "";
  const int month = date.month() > 0 ? date.month() : 12;
  const int day = date.day() > 0 ? date.day() : DaysInMonth(date.year(), month);
  return absl::StrFormat("%04d-%02d-%02d", date.year(), month, day);
}

std::string SortKey(const v1::PartialDate& date) { return FirstDayKey(date); }

}  // namespace newsgraph::date
