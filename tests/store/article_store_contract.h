// The behavioural contract of ArticleStore, as a value-parameterized
// GoogleTest suite that any backend instantiates with a StoreFactory.
//
// Example (SQLite, in sqlite_article_store_test.cc):
//   INSTANTIATE_TEST_SUITE_P(Sqlite, ArticleStoreContractTest,
//                            ::testing::Values(SqliteFileFactory()),
//                            [](const auto& info) { return info.param.name; });
// A PostgreSQL store adds its own StoreFactory (a fresh database or schema
// per environment) and instantiates the same suite.
#ifndef NEWSGRAPH_TESTS_STORE_ARTICLE_STORE_CONTRACT_H_
#define NEWSGRAPH_TESTS_STORE_ARTICLE_STORE_CONTRACT_H_

#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "shared/store/article_store.h"

namespace newsgraph::store::testing {

// One backend's database for one test. Open() gives stores on that one
// fresh, initially empty database; calling it again gives another store on
// the same data, as a second process would have (when SharesDatabase()).
// The destructor removes the database.
class StoreEnvironment {
 public:
  virtual ~StoreEnvironment() = default;
  virtual absl::StatusOr<std::unique_ptr<ArticleStore>> Open() = 0;
  // Whether stores from two Open() calls see each other's writes.
  virtual bool SharesDatabase() const = 0;
};

// Makes a fresh StoreEnvironment per test; null when the backend is not
// available here (no server to test against), which skips the test.
struct StoreFactory {
  std::string name;  // the instantiation's name, e.g. "SqliteFile"
  std::function<std::unique_ptr<StoreEnvironment>()> make_environment;
};

inline std::ostream& operator<<(std::ostream& os, const StoreFactory& factory) {
  return os << factory.name;
}

// The fixture: a fresh environment and one open store per test.
class ArticleStoreContractTest : public ::testing::TestWithParam<StoreFactory> {
 protected:
  void SetUp() override;
  void TearDown() override;

  ArticleStore& store() { return *store_; }
  StoreEnvironment& environment() { return *environment_; }

 private:
  std::unique_ptr<StoreEnvironment> environment_;
  std::unique_ptr<ArticleStore> store_;
};

}  // namespace newsgraph::store::testing

#endif  // NEWSGRAPH_TESTS_STORE_ARTICLE_STORE_CONTRACT_H_
