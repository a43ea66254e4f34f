// A parser for the subset of the AIP-160 filter grammar that newsgraph's
// List methods accept. It knows no fields: callers check the parsed tree
// against their own fields and types (see query_service/article_filter.h).
//
// Grammar (AIP-160; note that OR binds tighter than AND):
//   filter     := [expression]
//   expression := sequence { "AND" sequence }
//   sequence   := factor { factor }          (juxtaposition means AND)
//   factor     := term { "OR" term }
//   term       := ["NOT" | "-"] simple
//   simple     := "(" expression ")" | comparison
//   comparison := name op value
//   name       := identifier { "." identifier }
//   op         := "=" | "!=" | "<" | "<=" | ">" | ">=" | ":"
//   value      := string | word          (string: "..." or '...' with \ escapes)
//
// Example:
//   NG_ASSIGN_OR_RETURN(filter::Expr e,
//       filter::Parse("published_date >= \"2019-01-01\" AND source = \"AzerNews\""));
#ifndef NEWSGRAPH_SHARED_FILTER_FILTER_H_
#define NEWSGRAPH_SHARED_FILTER_FILTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace newsgraph::filter {

enum class Op { kEq, kNe, kLt, kLe, kGt, kGe, kHas };

// The operator's text, for messages: "=", "!=", ... ":".
std::string_view OpText(Op op);

// One `name op value` comparison.
struct Comparison {
  std::string field;   // dotted name, as written
  Op op = Op::kEq;
  std::string value;   // unquoted and unescaped
  bool quoted = false; // whether the value was a quoted string
  int position = 0;    // byte offset of the comparison in the filter text
};

// A node of the parsed filter. kTrue is the empty filter (matches all).
struct Expr {
  enum class Kind { kTrue, kAnd, kOr, kNot, kComparison };
  Kind kind = Kind::kTrue;
  std::vector<Expr> children;  // kAnd, kOr: two or more; kNot: one
  Comparison comparison;       // kComparison only
};

// Limits that keep hostile filters cheap.
inline constexpr size_t kMaxFilterBytes = 4096;
inline constexpr int kMaxFilterDepth = 32;
inline constexpr int kMaxFilterComparisons = 64;

// Parses `text`. INVALID_ARGUMENT names the offending token and its
// position. An empty or all-space text gives Kind::kTrue.
absl::StatusOr<Expr> Parse(std::string_view text);

// Renders the tree back in a canonical form (for logs and fingerprints).
std::string ToString(const Expr& expr);

}  // namespace newsgraph::filter

#endif  // NEWSGRAPH_SHARED_FILTER_FILTER_H_
