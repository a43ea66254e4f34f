#include "shared/store/sqlite/fts_bm25_inputs.h"

#include <cstring>

#include "absl/strings/str_cat.h"

namespace newsgraph::store::sqlite {
namespace {

constexpr int kFields = 3;

void Bm25InputsFunction(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result,
                        int /*argc*/, sqlite3_value** /*argv*/) {
  int instances = 0;
  int rc = api->xInstCount(fts, &instances);
  int64_t fields[kFields] = {0, 0, 0};
  for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
    int phrase = 0;
    int column = 0;
    int offset = 0;
    rc = api->xInst(fts, i, &phrase, &column, &offset);
    if (rc == SQLITE_OK && phrase == 0 && (column == 0 || column == 1)) ++fields[column];
  }
  int row_tokens = 0;
  if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &row_tokens);
  fields[2] = row_tokens;
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(result, rc);
    return;
  }
  sqlite3_result_blob(result, fields, sizeof(fields), SQLITE_TRANSIENT);
}

// The FTS5 API of `db` (https://sqlite.org/fts5.html#extending_fts5), or
// null.
fts5_api* Fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK) return nullptr;
  sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

absl::Status RegisterBm25Inputs(sqlite3* db) {
  fts5_api* api = Fts5Api(db);
  if (api == nullptr) {
    return absl::InternalError("this SQLite library has no FTS5; newsgraph's store needs it");
  }
  const int rc =
      api->xCreateFunction(api, kBm25InputsFunction, nullptr, &Bm25InputsFunction, nullptr);
  if (rc != SQLITE_OK) {
    return absl::InternalError(absl::StrCat("registering the FTS5 function ", kBm25InputsFunction,
                                            " failed: ", sqlite3_errstr(rc)));
  }
  return absl::OkStatus();
}

std::optional<Bm25Inputs> DecodeBm25Inputs(std::string_view blob) {
  int64_t fields[kFields];
  if (blob.size() != sizeof(fields)) return std::nullopt;
  std::memcpy(fields, blob.data(), sizeof(fields));
  return Bm25Inputs{fields[0], fields[1], fields[2]};
}

}  // namespace newsgraph::store::sqlite
