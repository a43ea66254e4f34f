#include "shared/store/store_factory.h"

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "shared/store/postgres/pg_store.h"
#include "shared/store/sqlite/connection.h"
#include "shared/store/sqlite/sqlite_store.h"

namespace newsgraph::store {
namespace {

using Opener = absl::StatusOr<std::unique_ptr<ArticleStore>> (*)(std::string_view uri,
                                                                 const StoreOptions& options);

// One backend: the URIs it takes (by prefix) and how it opens them.
struct Backend {
  std::string_view prefix;
  std::string_view forms;  // for error messages
  Opener open;
};

absl::StatusOr<std::unique_ptr<ArticleStore>> OpenSqlite(std::string_view uri,
                                                         const StoreOptions& options) {
  if (uri == "sqlite::memory:") {
    return sqlite::OpenSqliteStore(std::string(sqlite::kMemoryPath), options);
  }
  const std::string path(uri.substr(std::string_view("sqlite://").size()));
  if (path.empty()) {
    return absl::InvalidArgumentError(
        "store URI sqlite:// has no path: use sqlite:///absolute/path.db or "
        "sqlite://relative/path.db");
  }
  if (path.find_first_of("?#") != std::string::npos) {
    return absl::InvalidArgumentError(absl::StrCat(
        "store URI sqlite://", path, " has a query or fragment; SQLite store URIs take none"));
  }
  return sqlite::OpenSqliteStore(path, options);
}

absl::StatusOr<std::unique_ptr<ArticleStore>> OpenPostgres(std::string_view uri,
                                                           const StoreOptions& options) {
  return postgres::OpenPostgresStore(std::string(uri), options);
}

// The supported backends.
constexpr Backend kBackends[] = {
    {"sqlite::memory:", "sqlite::memory:", &OpenSqlite},
    {"sqlite://", "sqlite:///absolute/path.db, sqlite://relative/path.db", &OpenSqlite},
    {"postgresql://", "postgresql://user[:password]@host[:port]/database[?param=value...]",
     &OpenPostgres},
    {"postgres://", "postgres://... (the same)", &OpenPostgres},
};

// The scheme of `uri` only: the rest may hold credentials.
std::string SchemeOf(std::string_view uri) {
  const size_t colon = uri.find(':');
  return std::string(uri.substr(0, colon == std::string_view::npos ? 32 : colon));
}

}  // namespace

absl::StatusOr<std::unique_ptr<ArticleStore>> OpenStore(std::string_view uri,
                                                        const StoreOptions& options) {
  for (const Backend& backend : kBackends) {
    if (uri.substr(0, backend.prefix.size()) == backend.prefix) return backend.open(uri, options);
  }
  std::vector<std::string> forms;
  for (const Backend& backend : kBackends) forms.emplace_back(backend.forms);
  return absl::InvalidArgumentError(
      absl::StrCat("unsupported store URI (scheme \"", SchemeOf(uri),
                   "\"); supported forms: ", absl::StrJoin(forms, ", ")));
}

}  // namespace newsgraph::store
