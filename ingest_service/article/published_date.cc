#include "ingest_service/article/published_date.h"

#include "absl/strings/str_cat.h"
#include "shared/date/partial_date.h"

namespace newsgraph::article {
namespace {

// Whether `date` lies within the year (and month) of `partial`.
bool FallsWithin(const v1::PartialDate& date, const v1::PartialDate& partial) {
  if (date.year() != partial.year()) return false;
  return partial.precision() != v1::DATE_PRECISION_MONTH || date.month() == partial.month();
}

}  // namespace

absl::StatusOr<std::optional<v1::PartialDate>> ResolvePublishedDate(
    const std::optional<v1::PartialDate>& requested, const ParsedArticle& parsed) {
  if (!requested.has_value() || requested->precision() == v1::DATE_PRECISION_UNSPECIFIED) {
    return parsed.date;
  }
  if (absl::Status valid = date::Validate(*requested); !valid.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("published_date is not a valid date: ", valid.message()));
  }
  if (requested->precision() == v1::DATE_PRECISION_DAY) return requested;
  if (parsed.dateline_month_day.has_value()) {
    const MonthDay& md = *parsed.dateline_month_day;
    auto combined = date::MakeDate(requested->year(), md.month, md.day);
    if (combined.ok()) return std::optional<v1::PartialDate>(*std::move(combined));
  }
  if (parsed.date.has_value() && FallsWithin(*parsed.date, *requested)) return parsed.date;
  return requested;
}

}  // namespace newsgraph::article
