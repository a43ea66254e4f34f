#include "shared/store/postgres/pg_connection.h"

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/deadline/deadline_scope.h"
#include "shared/store/postgres/pg_sql.h"
#include "shared/store/postgres/pg_text_index.h"

namespace newsgraph::store::postgres {
namespace {

// The message of a libpqxx exception without trailing newlines.
std::string Trimmed(const char* what) {
  std::string message(what == nullptr ? "" : what);
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

// One prepared statement of a PgConnection. Parameters are kept as text
// until the first Step() runs the statement; rows are then read from the
// whole result.
class PgStatement final : public sql::Statement {
 public:
  PgStatement(PgConnection* conn, std::string name, std::string sql, int param_count)
      : conn_(conn),
        session_(conn->session()),
        name_(std::move(name)),
        sql_(std::move(sql)),
        params_(static_cast<size_t>(param_count)) {}
  ~PgStatement() override { conn_->Unprepare(name_, session_); }

  absl::Status BindInt64(int index, int64_t value) override {
    return Set(index, absl::StrCat(value));
  }
  absl::Status BindText(int index, std::string_view value) override {
    if (value.find('\0') != std::string_view::npos) {
      return absl::InvalidArgumentError(
          "text holds a NUL character, which PostgreSQL text cannot store");
    }
    return Set(index, std::string(value));
  }
  absl::Status BindBlob(int index, std::string_view value) override {
    return Set(index, EncodeByteaHex(value));
  }
  absl::Status BindDouble(int index, double value) override {
    return Set(index, absl::StrFormat("%.17g", value));  // round-trips exactly
  }
  absl::Status BindNull(int index) override { return Set(index, std::nullopt); }

  // As SQLite's: a step after the last row runs the statement again with
  // the current bindings.
  absl::StatusOr<bool> Step() override {
    if (!ran_ || done_) NG_RETURN_IF_ERROR(Execute());
    if (row_ + 1 >= static_cast<int64_t>(result_.size())) {
      row_ = static_cast<int64_t>(result_.size());
      done_ = true;
      return false;
    }
    ++row_;
    decoded_.clear();
    return true;
  }

  int64_t RowsChanged() const override {
    return ran_ ? static_cast<int64_t>(result_.affected_rows()) : 0;
  }

  int64_t ColumnInt64(int column) const override {
    int64_t value = 0;
    if (!absl::SimpleAtoi(AsAbsl(Field(column)), &value)) return 0;
    return value;
  }
  double ColumnDouble(int column) const override {
    double value = 0;
    if (!absl::SimpleAtod(AsAbsl(Field(column)), &value)) return 0;
    return value;
  }
  bool ColumnIsNull(int column) const override { return FieldOf(column).is_null(); }
  std::string_view ColumnText(int column) const override { return Field(column); }
  std::string_view ColumnBlob(int column) const override {
    auto [it, inserted] = decoded_.try_emplace(column);
    if (inserted) {
      std::optional<std::string> bytes = DecodeByteaHex(Field(column));
      // Not bytea: the text itself (e.g. a text column read as a blob).
      it->second = bytes.has_value() ? *std::move(bytes) : std::string(Field(column));
    }
    return it->second;
  }

  void Reset() override {
    ran_ = false;
    done_ = false;
    row_ = -1;
    result_ = pqxx::result();
    decoded_.clear();
    for (auto& param : params_) param.reset();
  }

  std::string_view sql() const override { return sql_; }

 private:
  absl::Status Set(int index, std::optional<std::string> value) {
    if (index < 1 || static_cast<size_t>(index) > params_.size()) {
      return absl::InternalError(absl::StrCat("parameter ", index, " out of range for `",
                                              sql_.substr(0, 60), "`"));
    }
    params_[static_cast<size_t>(index) - 1] = std::move(value);
    return absl::OkStatus();
  }

  absl::Status Execute() {
    if (session_ != conn_->session()) {
      return absl::UnavailableError(
          absl::StrCat(conn_->description(), ": the session this statement was prepared on "
                                             "was lost; retry"));
    }
    std::vector<const char*> values;
    values.reserve(params_.size());
    for (const auto& param : params_) values.push_back(param.has_value() ? param->c_str() : nullptr);
    try {
      std::unique_ptr<pqxx::transaction_base> scratch;
      pqxx::transaction_base& txn = conn_->Executor(scratch);
      result_ = txn.exec_prepared(name_, pqxx::prepare::make_dynamic_params(values));
      if (scratch != nullptr) scratch->commit();
    } catch (const std::exception&) {
      return conn_->CurrentError(absl::StrCat("running `", sql_.substr(0, 60), "`"));
    }
    ran_ = true;
    done_ = false;
    row_ = -1;
    return absl::OkStatus();
  }

  pqxx::field FieldOf(int column) const {
    return result_[static_cast<pqxx::result::size_type>(row_)][static_cast<pqxx::row::size_type>(column)];
  }
  std::string_view Field(int column) const {
    const pqxx::field field = FieldOf(column);
    if (field.is_null()) return {};
    return std::string_view(field.c_str(), field.size());
  }

  PgConnection* conn_;
  const int64_t session_;  // the session the statement was prepared on
  const std::string name_;
  const std::string sql_;  // as the caller wrote it
  std::vector<std::optional<std::string>> params_;
  bool ran_ = false;   // executed since the last Reset()
  bool done_ = false;  // the last Step() found no more rows
  int64_t row_ = -1;
  pqxx::result result_;
  // Blob columns of the current row, decoded from hex on first access.
  mutable absl::flat_hash_map<int, std::string> decoded_;
};

// Why a connection attempt failed: the server's refusal of this login or
// database is a configuration mistake; anything else (no server, network,
// too many connections, starting up) may pass.
absl::Status ConnectError(const std::string& message) {
  const std::string text = absl::StrCat("cannot connect to the PostgreSQL store: ", message);
  for (const char* refusal : {"does not exist", "authentication failed", "no pg_hba.conf entry",
                              "permission denied", "password"}) {
    if (message.find(refusal) != std::string::npos) return absl::FailedPreconditionError(text);
  }
  return absl::UnavailableError(text);
}

}  // namespace

PgConnection::PgConnection(std::string uri, PgConnectionOptions options)
    : uri_(std::move(uri)), options_(options) {}

PgConnection::~PgConnection() {
  ++session_;  // the session ends with the connection: no statement to drop one by one
  ClearStatementCache();
  txn_.reset();  // aborts an open transaction
  conn_.reset();
}

absl::StatusOr<std::unique_ptr<PgConnection>> PgConnection::Open(
    const std::string& uri, const PgConnectionOptions& options) {
  std::unique_ptr<PgConnection> conn(new PgConnection(uri, options));
  NG_RETURN_IF_ERROR(conn->Connect());
  return conn;
}

absl::Status PgConnection::Connect() {
  txn_.reset();
  conn_.reset();
  ++session_;
  try {
    conn_ = std::make_unique<pqxx::connection>(uri_);
    description_ = absl::StrCat("PostgreSQL database ", conn_->dbname(), " on ",
                                conn_->hostname() == nullptr ? "" : conn_->hostname(), ":",
                                conn_->port() == nullptr ? "" : conn_->port());
  } catch (const pqxx::broken_connection& e) {
    conn_.reset();
    return ConnectError(Trimmed(e.what()));
  } catch (const std::exception&) {
    conn_.reset();
    return CurrentError("connecting");
  }
  return Configure();
}

absl::Status PgConnection::Configure() {
  std::string settings = absl::StrCat("SET lock_timeout = ", options_.lock_timeout_ms,
                                      "; SET synchronous_commit = ",
                                      options_.sync_commits ? "on" : "off",
                                      "; SET client_min_messages = warning");
  if (options_.reader) absl::StrAppend(&settings, "; SET default_transaction_read_only = on");
  return Execute(settings);
}

absl::Status PgConnection::Revive() {
  if (conn_ != nullptr && conn_->is_open()) return absl::OkStatus();
  ClearStatementCache();
  return Connect();
}

absl::Status PgConnection::CurrentError(std::string_view operation) const {
  const std::string where = description_.empty() ? "PostgreSQL store" : description_;
  try {
    throw;
  } catch (const pqxx::sql_error& e) {
    return absl::Status(StatusCodeOfSqlState(e.sqlstate()),
                        absl::StrCat(where, ": ", AsAbsl(operation), ": ", Trimmed(e.what()),
                                     e.sqlstate().empty() ? "" : " (SQLSTATE ", e.sqlstate(),
                                     e.sqlstate().empty() ? "" : ")"));
  } catch (const pqxx::broken_connection& e) {
    return absl::UnavailableError(absl::StrCat(where, ": ", AsAbsl(operation),
                                               ": connection lost: ", Trimmed(e.what())));
  } catch (const pqxx::in_doubt_error& e) {
    return absl::UnavailableError(absl::StrCat(
        where, ": ", AsAbsl(operation), ": the connection failed during COMMIT, which may or may not "
        "have taken effect: ", Trimmed(e.what())));
  } catch (const std::exception& e) {
    return absl::InternalError(absl::StrCat(where, ": ", AsAbsl(operation), ": ", Trimmed(e.what())));
  }
}

pqxx::transaction_base& PgConnection::Executor(std::unique_ptr<pqxx::transaction_base>& scratch) {
  if (txn_ != nullptr) return *txn_;
  scratch = std::make_unique<pqxx::nontransaction>(*conn_);
  return *scratch;
}

absl::Status PgConnection::Execute(std::string_view sql) {
  if (conn_ == nullptr) return absl::UnavailableError(absl::StrCat(description_, ": not connected"));
  try {
    std::unique_ptr<pqxx::transaction_base> scratch;
    pqxx::transaction_base& txn = Executor(scratch);
    txn.exec(std::string(sql));
    if (scratch != nullptr) scratch->commit();
  } catch (const std::exception&) {
    return CurrentError(absl::StrCat("running `", AsAbsl(sql.substr(0, 60)), "`"));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<sql::Statement>> PgConnection::PrepareNew(std::string_view sql) {
  if (conn_ == nullptr) return absl::UnavailableError(absl::StrCat(description_, ": not connected"));
  int params = 0;
  const std::string text = RewritePlaceholders(sql, &params);
  std::string name = absl::StrCat("s", next_statement_++);
  try {
    conn_->prepare(name, text);
  } catch (const std::exception&) {
    return CurrentError(absl::StrCat("preparing `", AsAbsl(sql.substr(0, 60)), "`"));
  }
  return std::make_unique<PgStatement>(this, std::move(name), std::string(sql), params);
}

void PgConnection::Unprepare(const std::string& name, int64_t session) {
  if (session != session_ || conn_ == nullptr || !conn_->is_open()) return;
  try {
    conn_->unprepare(name);
  } catch (const std::exception&) {
    // Inside a failed transaction the server refuses; the session keeps the
    // statement until it ends, which is harmless.
  }
}

absl::Status PgConnection::BeginWith(bool write) {
  if (txn_ != nullptr) return absl::FailedPreconditionError("a transaction is already open");
  if (conn_ == nullptr) return absl::UnavailableError(absl::StrCat(description_, ": not connected"));
  try {
    if (write) {
      txn_ = std::make_unique<pqxx::work>(*conn_);
      txn_->exec(absl::StrCat("SELECT pg_advisory_xact_lock(", kWriteLockKey, ")"));
    } else {
      txn_ = std::make_unique<pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>>(*conn_);
    }
    // The call's deadline bounds every statement of the transaction (the
    // server cancels one past it: SQLSTATE 57014, DEADLINE_EXCEEDED). One
    // more round trip, only for calls that have a deadline.
    const absl::Time deadline = CurrentDeadline();
    if (deadline != absl::InfiniteFuture()) {
      const int64_t ms = absl::ToInt64Milliseconds(deadline - absl::Now());
      if (ms <= 0) {
        txn_.reset();
        return DeadlineExceeded(absl::StrCat("before a transaction on ", description_));
      }
      txn_->exec(absl::StrCat("SET LOCAL statement_timeout = ", ms));
    }
  } catch (const std::exception&) {
    absl::Status status = CurrentError(write ? "starting a write transaction (waiting for the "
                                               "write lock)"
                                             : "starting a read transaction");
    txn_.reset();
    return status;
  }
  return absl::OkStatus();
}

absl::Status PgConnection::BeginWrite() { return BeginWith(true); }

absl::Status PgConnection::BeginRead() { return BeginWith(false); }

absl::Status PgConnection::Commit() {
  if (txn_ == nullptr) return absl::FailedPreconditionError("no transaction is open");
  std::unique_ptr<pqxx::transaction_base> txn = std::move(txn_);
  try {
    txn->commit();
  } catch (const std::exception&) {
    return CurrentError("committing");
  }
  return absl::OkStatus();
}

void PgConnection::Rollback() {
  if (txn_ == nullptr) return;
  try {
    txn_->abort();
  } catch (const std::exception&) {
    // The session is gone or the transaction already ended: nothing to undo.
  }
  txn_.reset();
}

absl::StatusOr<bool> PgConnection::HasTable(std::string_view name) {
  NG_ASSIGN_OR_RETURN(sql::StatementLease stmt,
                      Prepare("SELECT count(*) FROM information_schema.tables "
                              "WHERE table_schema = current_schema() AND table_name = ?"));
  NG_RETURN_IF_ERROR(stmt->BindText(1, name));
  NG_ASSIGN_OR_RETURN(const bool has_row, stmt->Step());
  return has_row && stmt->ColumnInt64(0) > 0;
}

absl::StatusOr<int64_t> PgConnection::CountTables() {
  return QueryInt64(
      "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()");
}

const sql::TextIndex& PgConnection::text_index() const { return PgTextIndex::Get(); }

}  // namespace newsgraph::store::postgres
