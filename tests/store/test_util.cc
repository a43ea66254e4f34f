#include "tests/store/test_util.h"

#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "google/protobuf/util/message_differencer.h"
#include "shared/date/partial_date.h"

namespace newsgraph::store::testing {

ScopedTempDir::ScopedTempDir() {
  static std::atomic<int> counter{0};
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = info != nullptr ? absl::StrCat(info->test_suite_name(), ".", info->name())
                                     : std::string("store");
  for (char& c : name) {
    if (c == '/') c = '_';
  }
  path_ = absl::StrCat(::testing::TempDir(), "ngstore-", getpid(), "-", counter++, "-", name);
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

ScopedTempDir::~ScopedTempDir() {
  std::error_code error;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::add, error);
  std::filesystem::remove_all(path_, error);
}

std::string ScopedTempDir::File(std::string_view name) const {
  return absl::StrCat(path_, "/", std::string(name));
}

v1::Article MakeArticle(std::string_view id, std::string_view title, std::string_view body) {
  v1::Article article;
  article.set_name(absl::StrCat("articles/", std::string(id)));
  article.set_article_id(std::string(id));
  article.set_format(v1::ARTICLE_FORMAT_TITLED);
  article.set_source("Test Wire");
  article.set_url(absl::StrCat("https://example.com/", std::string(id)));
  article.set_title(std::string(title));
  article.add_authors("Jane Doe");
  article.set_author_bio("Jane writes tests.");
  v1::SocialHandle* handle = article.add_social_handles();
  handle->set_platform("Twitter");
  handle->set_handle("@jane");
  *article.mutable_published_date() = Date("2020-01-24");
  article.set_body(std::string(body));
  article.set_content(absl::StrCat(std::string(title), "\n\n", std::string(body)));
  article.mutable_body_span()->set_start(static_cast<int32_t>(title.size() + 2));
  article.mutable_body_span()->set_end(static_cast<int32_t>(article.content().size()));
  v1::Paragraph* paragraph = article.add_paragraphs();
  paragraph->set_index(0);
  paragraph->set_section(v1::ARTICLE_SECTION_BODY);
  *paragraph->mutable_span() = article.body_span();
  v1::Sentence* sentence = article.add_sentences();
  sentence->set_text(std::string(body));
  *sentence->mutable_span() = article.body_span();
  article.add_mentions();
  article.add_entities();
  article.add_roles();
  article.add_relations();
  article.add_dates();
  article.add_quotes();
  article.add_events();
  article.set_extractor_version("test-1");
  return article;
}

v1::Article MakeSyntheticArticle(int64_t seed, size_t bytes) {
  static const char* const kWords[] = {
      "minister", "meeting",  "Baku",     "Tbilisi", "defense", "agreement", "talks",
      "economy",  "pipeline", "energy",   "border",  "summit",  "president", "trade",
      "security", "region",   "official", "said",    "the",     "of",        "and"};
  std::mt19937_64 rng(static_cast<uint64_t>(seed));
  std::uniform_int_distribution<size_t> pick(0, std::size(kWords) - 1);
  std::string body;
  while (body.size() < bytes) absl::StrAppend(&body, kWords[pick(rng)], " ");
  v1::Article article = MakeArticle(absl::StrCat("synthetic-", seed),
                                    absl::StrCat("Report ", seed, " on ", kWords[pick(rng)]), body);
  article.set_source(seed % 3 == 0 ? "AzerNews" : "Wire");
  *article.mutable_published_date() =
      Date(absl::StrFormat("%04d-%02d-%02d", 2000 + seed % 20, 1 + seed % 12, 1 + seed % 28));
  return article;
}

v1::PartialDate Date(std::string_view iso) {
  absl::StatusOr<v1::PartialDate> date = date::ParseIsoDate(iso);
  EXPECT_TRUE(date.ok()) << iso;
  return date.ok() ? *date : v1::PartialDate();
}

bool ProtoEquals(const google::protobuf::Message& a, const google::protobuf::Message& b) {
  return google::protobuf::util::MessageDifferencer::Equals(a, b);
}

std::vector<std::string> Ids(const std::vector<v1::Article>& articles) {
  std::vector<std::string> ids;
  for (const v1::Article& article : articles) ids.push_back(article.article_id());
  return ids;
}

}  // namespace newsgraph::store::testing
