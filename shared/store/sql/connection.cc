#include "shared/store/sql/connection.h"

#include <memory>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/deadline/deadline_scope.h"

namespace newsgraph::store::sql {

absl::StatusOr<StatementLease> Connection::Prepare(std::string_view sql) {
  // Between statements: an operation of many short statements (each too
  // short for the backend's own check) stops here once the deadline passed.
  if (DeadlinePassed()) {
    return DeadlineExceeded(absl::StrCat("between statements on ", description()));
  }
  auto it = cache_.find(AsAbsl(sql));  // no copy of the text on a hit
  if (it != cache_.end() && !it->second->leased_) return StatementLease(it->second.get(), nullptr);
  NG_ASSIGN_OR_RETURN(std::unique_ptr<Statement> stmt, PrepareNew(sql));
  if (it != cache_.end() || cache_.size() >= kMaxCachedStatements) {
    return StatementLease(nullptr, std::move(stmt));  // in use, or the cache is full
  }
  Statement* cached = stmt.get();
  cache_.emplace(std::string(sql), std::move(stmt));
  return StatementLease(cached, nullptr);
}

absl::StatusOr<std::string> Connection::QueryText(std::string_view sql) {
  NG_ASSIGN_OR_RETURN(std::unique_ptr<Statement> stmt, PrepareNew(sql));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return absl::NotFoundError(absl::StrCat("no row for `", std::string(sql), "`"));
  return std::string(stmt->ColumnText(0));
}

absl::StatusOr<int64_t> Connection::QueryInt64(std::string_view sql) {
  NG_ASSIGN_OR_RETURN(std::unique_ptr<Statement> stmt, PrepareNew(sql));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  if (!has_row) return absl::NotFoundError(absl::StrCat("no row for `", std::string(sql), "`"));
  return stmt->ColumnInt64(0);
}

}  // namespace newsgraph::store::sql
