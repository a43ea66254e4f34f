// Early-return helpers for absl::Status and absl::StatusOr<T>, which
// Abseil 20220623 does not ship.
//
// Example:
//   absl::StatusOr<Article> Load(std::string_view id) {
//     NG_RETURN_IF_ERROR(CheckId(id));
//     NG_ASSIGN_OR_RETURN(std::string blob, ReadBlob(id));
//     return Decode(blob);
//   }
#ifndef NEWSGRAPH_SHARED_BASE_STATUS_MACROS_H_
#define NEWSGRAPH_SHARED_BASE_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

// Evaluates `expr` (an absl::Status) and returns it from the enclosing
// function when it is not OK.
#define NG_RETURN_IF_ERROR(expr)                        \
  do {                                                  \
    ::absl::Status ng_status_ = (expr);                 \
    if (!ng_status_.ok()) return ng_status_;            \
  } while (0)

#define NG_STATUS_CONCAT_INNER_(a, b) a##b
#define NG_STATUS_CONCAT_(a, b) NG_STATUS_CONCAT_INNER_(a, b)

// Evaluates `rexpr` (an absl::StatusOr<T>); returns its status from the
// enclosing function when it is not OK, else moves its value into `lhs`,
// which may be a declaration.
#define NG_ASSIGN_OR_RETURN(lhs, rexpr) \
  NG_ASSIGN_OR_RETURN_IMPL_(NG_STATUS_CONCAT_(ng_statusor_, __LINE__), lhs, rexpr)

#define NG_ASSIGN_OR_RETURN_IMPL_(statusor, lhs, rexpr) \
  auto statusor = (rexpr);                              \
  if (!statusor.ok()) return std::move(statusor).status(); \
  lhs = std::move(statusor).value()

#endif  // NEWSGRAPH_SHARED_BASE_STATUS_MACROS_H_
