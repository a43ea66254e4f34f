#include "shared/graph/timeline.h"

#include <map>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/date/partial_date.h"
#include "shared/model/event_classes.h"

namespace newsgraph::graph {
namespace {

// Parses "YYYY-MM-DD" by hand: timelines parse one key per row, and
// absl::ParseCivilTime with its format string costs several times more.
absl::StatusOr<absl::CivilDay> ParseDay(std::string_view key) {
  auto digits = [key](size_t from, size_t count, int* value) {
    *value = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (key[i] < '0' || key[i] > '9') return false;
      *value = *value * 10 + (key[i] - '0');
    }
    return true;
  };
  int year = 0, month = 0, day = 0;
  if (key.size() == 10 && key[4] == '-' && key[7] == '-' && digits(0, 4, &year) &&
      digits(5, 2, &month) && digits(8, 2, &day)) {
    const absl::CivilDay parsed(year, month, day);
    // CivilDay normalizes (2020-02-30 is March 1st): a real date only.
    if (parsed.year() == year && parsed.month() == month && parsed.day() == day) return parsed;
  }
  return absl::InvalidArgumentError(absl::StrCat("\"", AsAbsl(key), "\" is not a YYYY-MM-DD date"));
}

std::string DayKey(absl::CivilDay day) {
  return absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day());
}

// The first day of the bucket that holds `day`.
absl::CivilDay BucketDay(absl::CivilDay day, v1::TimeGranularity granularity) {
  switch (granularity) {
    case v1::TIME_GRANULARITY_DAY:
      return day;
    case v1::TIME_GRANULARITY_WEEK:
      // Back to Monday.
      return absl::PrevWeekday(day + 1, absl::Weekday::monday);
    case v1::TIME_GRANULARITY_MONTH:
    case v1::TIME_GRANULARITY_UNSPECIFIED:
    default:
      return absl::CivilDay(day.year(), day.month(), 1);
  }
}

}  // namespace

absl::StatusOr<std::string> BucketStart(std::string_view day_key,
                                        v1::TimeGranularity granularity) {
  NG_ASSIGN_OR_RETURN(absl::CivilDay day, ParseDay(day_key));
  return DayKey(BucketDay(day, granularity));
}

absl::StatusOr<v1::GetTimelineResponse> BuildTimeline(
    const std::vector<store::DatedEventCount>& rows, v1::TimeGranularity granularity,
    std::string_view first_day, std::string_view last_day) {
  v1::GetTimelineResponse response;
  std::map<absl::CivilDay, v1::TimeBucket> buckets;
  for (const store::DatedEventCount& row : rows) {
    const int count = static_cast<int>(row.count);
    if (row.date_key.empty()) {
      response.set_undated_event_count(response.undated_event_count() + count);
      continue;
    }
    if (!first_day.empty() && row.date_key < first_day) continue;
    if (!last_day.empty() && row.date_key > last_day) continue;
    NG_ASSIGN_OR_RETURN(const absl::CivilDay day, ParseDay(row.date_key));
    v1::TimeBucket& bucket = buckets[BucketDay(day, granularity)];
    bucket.set_event_count(bucket.event_count() + count);
    if (model::IsCooperation(row.quad_class)) {
      bucket.set_cooperation_count(bucket.cooperation_count() + count);
    }
    if (model::IsConflict(row.quad_class)) bucket.set_conflict_count(bucket.conflict_count() + count);
    response.set_event_count(response.event_count() + count);
  }
  for (auto& [start, bucket] : buckets) {
    NG_ASSIGN_OR_RETURN(*bucket.mutable_start(),
                        date::MakeDate(static_cast<int>(start.year()), start.month(), start.day()));
    *response.add_buckets() = std::move(bucket);
  }
  return response;
}

}  // namespace newsgraph::graph
