#include "shared/store/store_factory.h"

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/store/test_util.h"

namespace newsgraph::store {
namespace {

using ::newsgraph::store::testing::IsOk;
using ::newsgraph::store::testing::IsOkAndHolds;
using ::newsgraph::store::testing::MakeArticle;
using ::newsgraph::store::testing::ScopedTempDir;
using ::newsgraph::store::testing::StatusIs;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr absl::StatusCode kInvalid = absl::StatusCode::kInvalidArgument;

TEST(OpenStoreTest, OpensAnAbsolutePath) {
  ScopedTempDir dir;
  const std::string path = dir.File("abs.db");
  ASSERT_TRUE(path.front() == '/');
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> store,
                       OpenStore(absl::StrCat("sqlite://", path), StoreOptions{}));
  ASSERT_THAT(store->PutArticle(MakeArticle("a1")), IsOk());
  EXPECT_TRUE(std::filesystem::exists(path));
}

TEST(OpenStoreTest, OpensAPathRelativeToTheWorkingDirectory) {
  ScopedTempDir dir;
  const std::filesystem::path previous = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  {
    absl::StatusOr<std::unique_ptr<ArticleStore>> store =
        OpenStore("sqlite://rel.db", StoreOptions{});
    EXPECT_THAT(store, IsOk());
  }
  std::filesystem::current_path(previous);
  EXPECT_TRUE(std::filesystem::exists(dir.File("rel.db")));
}

TEST(OpenStoreTest, OpensAPrivateInMemoryStore) {
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> first,
                       OpenStore("sqlite::memory:", StoreOptions{}));
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<ArticleStore> second,
                       OpenStore("sqlite::memory:", StoreOptions{}));
  ASSERT_THAT(first->PutArticle(MakeArticle("a1")), IsOk());
  EXPECT_THAT(first->CountArticles(), IsOkAndHolds(1));
  EXPECT_THAT(second->CountArticles(), IsOkAndHolds(0));
}

TEST(OpenStoreTest, RejectsUnknownSchemesListingTheSupportedForms) {
  EXPECT_THAT(OpenStore("mysql://db", StoreOptions{}),
              StatusIs(kInvalid, AllOf(HasSubstr("\"mysql\""), HasSubstr("sqlite:///"),
                                       HasSubstr("sqlite::memory:"))));
  EXPECT_THAT(OpenStore("/plain/path.db", StoreOptions{}), StatusIs(kInvalid));
  EXPECT_THAT(OpenStore("", StoreOptions{}), StatusIs(kInvalid));
  EXPECT_THAT(OpenStore("SQLITE:///x.db", StoreOptions{}), StatusIs(kInvalid));
}

TEST(OpenStoreTest, NeverEchoesCredentials) {
  EXPECT_THAT(OpenStore("mysql://user:s3cret@127.0.0.1/ng", StoreOptions{}),
              StatusIs(kInvalid, Not(HasSubstr("s3cret"))));
  // Port 1 on the loopback: nothing listens there.
  EXPECT_THAT(OpenStore("postgresql://user:s3cret@127.0.0.1:1/ng?connect_timeout=2", StoreOptions{}),
              StatusIs(absl::StatusCode::kUnavailable, Not(HasSubstr("s3cret"))));
}

TEST(OpenStoreTest, RejectsSqliteUrisWithoutAPathOrWithParameters) {
  EXPECT_THAT(OpenStore("sqlite://", StoreOptions{}), StatusIs(kInvalid, HasSubstr("no path")));
  EXPECT_THAT(OpenStore("sqlite:///tmp/x.db?mode=ro", StoreOptions{}),
              StatusIs(kInvalid, HasSubstr("query")));
}

TEST(OpenStoreTest, DoesNotCreateAMissingDirectory) {
  ScopedTempDir dir;
  EXPECT_THAT(OpenStore(absl::StrCat("sqlite://", dir.File("no/such/dir/x.db")), StoreOptions{}),
              StatusIs(absl::StatusCode::kFailedPrecondition, HasSubstr(dir.File("no/such/dir"))));
  EXPECT_FALSE(std::filesystem::exists(dir.File("no")));
}

TEST(OpenStoreTest, RejectsNegativeOptions) {
  StoreOptions options;
  options.read_connections = -1;
  EXPECT_THAT(OpenStore("sqlite::memory:", options), StatusIs(kInvalid));
  options = StoreOptions{};
  options.sqlite_mmap_bytes = -1;
  EXPECT_THAT(OpenStore("sqlite::memory:", options),
              StatusIs(kInvalid, HasSubstr("sqlite_mmap_bytes")));
  options = StoreOptions{};
  options.search_cache_bytes = -1;
  EXPECT_THAT(OpenStore("sqlite::memory:", options),
              StatusIs(kInvalid, HasSubstr("search_cache_bytes")));
}

}  // namespace
}  // namespace newsgraph::store
