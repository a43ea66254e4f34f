// Fuzz target: the filter translators of query_service (article, event and
// entity filters: article_filter.h, event_filter.h, entity_queries.h) on
// arbitrary filter text. Each accepts a filter or rejects it with
// INVALID_ARGUMENT; none may crash, and a filter the parser rejects no
// translator accepts.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "absl/status/status.h"
#include "query_service/article_filter.h"
#include "query_service/entity_queries.h"
#include "query_service/event_filter.h"
#include "shared/filter/filter.h"
#include "tests/fuzz/fuzz_checks.h"

namespace {

void CheckRejection(const absl::Status& status, bool parsed) {
  if (status.ok()) {
    newsgraph::fuzz::Check(parsed, "a translator accepted a filter the parser rejects");
    return;
  }
  newsgraph::fuzz::Check(status.code() == absl::StatusCode::kInvalidArgument,
                         "a translator failed with a code other than INVALID_ARGUMENT");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsgraph;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const bool parsed = filter::Parse(text).ok();
  CheckRejection(query::ParseArticleFilter(text).status(), parsed);
  CheckRejection(query::ParseEventFilter(text).status(), parsed);
  CheckRejection(query::ParseEntityFilter(text).status(), parsed);
  return 0;
}
