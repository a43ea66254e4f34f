// Fuzz target: the AIP-160 filter parser (shared/filter). A filter either
// parses, within the documented limits, or fails with INVALID_ARGUMENT;
// the canonical rendering of a parsed filter parses back to the same
// rendering (unless it outgrows the byte or token limit: then it is
// refused).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "shared/filter/filter.h"
#include "tests/fuzz/fuzz_checks.h"

namespace {

using namespace newsgraph;

int CountComparisons(const filter::Expr& expr) {
  if (expr.kind == filter::Expr::Kind::kComparison) return 1;
  int n = 0;
  for (const filter::Expr& child : expr.children) n += CountComparisons(child);
  return n;
}

void CheckShape(const filter::Expr& expr) {
  using Kind = filter::Expr::Kind;
  switch (expr.kind) {
    case Kind::kAnd:
    case Kind::kOr:
      fuzz::Check(expr.children.size() >= 2, "an AND or OR with fewer than two children");
      break;
    case Kind::kNot:
      fuzz::Check(expr.children.size() == 1, "a NOT without exactly one child");
      break;
    case Kind::kTrue:
    case Kind::kComparison:
      fuzz::Check(expr.children.empty(), "a leaf with children");
      break;
  }
  for (const filter::Expr& child : expr.children) {
    fuzz::Check(child.kind != Kind::kTrue, "an empty filter inside a filter");
    CheckShape(child);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  absl::StatusOr<filter::Expr> expr = filter::Parse(text);
  if (!expr.ok()) {
    fuzz::Check(expr.status().code() == absl::StatusCode::kInvalidArgument,
                "Parse failed with a code other than INVALID_ARGUMENT");
    return 0;
  }
  fuzz::Check(size <= filter::kMaxFilterBytes, "a filter over the size limit parsed");
  fuzz::Check(CountComparisons(*expr) <= filter::kMaxFilterComparisons,
              "a filter over the comparison limit parsed");
  CheckShape(*expr);
  const std::string canonical = filter::ToString(*expr);
  absl::StatusOr<filter::Expr> again = filter::Parse(canonical);
  // The canonical form spells out what the input may abbreviate ("-a:1" is
  // "(NOT (a : 1))"), so it can outgrow the byte and token limits; it is
  // only ever hashed (page tokens' query fingerprints), never parsed again
  // by the services. It may fail to parse for those two reasons only.
  if (!again.ok()) {
    const bool outgrew = canonical.size() > filter::kMaxFilterBytes ||
                         absl::StrContains(again.status().message(), "too many tokens");
    if (!outgrew) {
      fuzz::Fail("the canonical form does not parse (" + std::string(again.status().message()) +
                 "): " + canonical);
    }
    return 0;
  }
  fuzz::Check(filter::ToString(*again) == canonical,
              "the canonical form parses to another filter: " + canonical);
  return 0;
}
