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

absl::StatusOr<absl::CivilDay> ParseDay(std::string_view key) {
  absl::CivilDay day;
  if (key.size() != 10 || !absl::ParseCivilTime(AsAbsl(key), &day)) {
    return absl::InvalidArgumentError(absl::StrCat("\"", AsAbsl(key), "\" is not a YYYY-MM-DD date"));
  }
  return day;
}

std::string DayKey(absl::CivilDay day) {
  return absl::StrFormat("%04d-%02d-%02d", day.year(), day.month(), day.day());
}

}  // namespace

absl::StatusOr<std::string> BucketStart(std::string_view day_key,
                                        v1::TimeGranularity granularity) {
  NG_ASSIGN_OR_RETURN(absl::CivilDay day, ParseDay(day_key));
  switch (granularity) {
    case v1::TIME_GRANULARITY_DAY:
      return DayKey(day);
    case v1::TIME_GRANULARITY_WEEK: {
      // Back to Monday: absl::GetWeekday gives Monday .. Sunday.
      int back = 0;
      for (absl::CivilDay d = day; absl::GetWeekday(d) != absl::Weekday::monday; --d) ++back;
      return DayKey(day - back);
    }
    case v1::TIME_GRANULARITY_MONTH:
    case v1::TIME_GRANULARITY_UNSPECIFIED:
    default:
      return DayKey(absl::CivilDay(day.year(), day.month(), 1));
  }
}

absl::StatusOr<v1::GetTimelineResponse> BuildTimeline(
    const std::vector<store::DatedEventCount>& rows, v1::TimeGranularity granularity,
    std::string_view first_day, std::string_view last_day) {
  v1::GetTimelineResponse response;
  std::map<std::string, v1::TimeBucket> buckets;
  for (const store::DatedEventCount& row : rows) {
    const int count = static_cast<int>(row.count);
    if (row.date_key.empty()) {
      response.set_undated_event_count(response.undated_event_count() + count);
      continue;
    }
    if (!first_day.empty() && row.date_key < first_day) continue;
    if (!last_day.empty() && row.date_key > last_day) continue;
    NG_ASSIGN_OR_RETURN(std::string start, BucketStart(row.date_key, granularity));
    v1::TimeBucket& bucket = buckets[start];
    bucket.set_event_count(bucket.event_count() + count);
    if (model::IsCooperation(row.quad_class)) {
      bucket.set_cooperation_count(bucket.cooperation_count() + count);
    }
    if (model::IsConflict(row.quad_class)) bucket.set_conflict_count(bucket.conflict_count() + count);
    response.set_event_count(response.event_count() + count);
  }
  for (auto& [start, bucket] : buckets) {
    NG_ASSIGN_OR_RETURN(*bucket.mutable_start(), date::ParseIsoDate(start));
    *response.add_buckets() = std::move(bucket);
  }
  return response;
}

}  // namespace newsgraph::graph
