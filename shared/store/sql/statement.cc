#include "shared/store/sql/statement.h"

#include <string>
#include <utility>
#include <variant>

#include "absl/strings/str_cat.h"
#include "shared/base/status_macros.h"

namespace newsgraph::store::sql {

absl::Status Statement::BindOptionalDouble(int index, std::optional<double> value) {
  if (!value.has_value()) return BindNull(index);
  return BindDouble(index, *value);
}

absl::Status Statement::BindValues(absl::Span<const SqlValue> values, int first_index) {
  int index = first_index;
  for (const SqlValue& value : values) {
    if (const auto* number = std::get_if<int64_t>(&value)) {
      NG_RETURN_IF_ERROR(BindInt64(index, *number));
    } else {
      NG_RETURN_IF_ERROR(BindText(index, std::get<std::string>(value)));
    }
    ++index;
  }
  return absl::OkStatus();
}

absl::Status Statement::Run() {
  while (true) {
    NG_ASSIGN_OR_RETURN(const bool has_row, Step());
    if (!has_row) return absl::OkStatus();
  }
}

absl::StatusOr<int64_t> InsertedRowId(Statement& stmt) {
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt.Step());
  if (!has_row) {
    return absl::InternalError(absl::StrCat("`", std::string(stmt.sql().substr(0, 60)),
                                            "` returned no row id"));
  }
  const int64_t id = stmt.ColumnInt64(0);
  NG_RETURN_IF_ERROR(stmt.Run());
  return id;
}

StatementLease::StatementLease(Statement* cached, std::unique_ptr<Statement> owned)
    : stmt_(owned != nullptr ? owned.get() : cached), owned_(std::move(owned)) {
  if (owned_ == nullptr) stmt_->leased_ = true;
}

StatementLease::~StatementLease() {
  if (stmt_ == nullptr) return;
  stmt_->Reset();
  if (owned_ == nullptr) stmt_->leased_ = false;
}

StatementLease::StatementLease(StatementLease&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), owned_(std::move(other.owned_)) {}

}  // namespace newsgraph::store::sql
