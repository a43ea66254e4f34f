#include "shared/store/sql/article_codec.h"

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "shared/date/partial_date.h"
#include "shared/model/article_view.h"

namespace newsgraph::store::sql {

absl::Status ValidateForStore(const v1::Article& article) {
  if (article.article_id().empty()) {
    return absl::InvalidArgumentError("article has no article_id; the store needs one");
  }
  if (article.has_published_date() &&
      article.published_date().precision() != v1::DATE_PRECISION_UNSPECIFIED) {
    if (absl::Status s = date::Validate(article.published_date()); !s.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "article ", article.article_id(), " has an invalid published_date: ", s.message()));
    }
  }
  return absl::OkStatus();
}

v1::Article BasicView(const v1::Article& article) {
  v1::Article basic = article;
  model::StripToBasicView(&basic);
  return basic;
}

ArticleRow MakeArticleRow(const v1::Article& article) {
  ArticleRow row;
  row.article_id = article.article_id();
  row.published_key = date::FirstDayKey(article.published_date());
  row.create_time_us = TimestampToMicros(article.create_time());
  row.source = article.source();
  row.format = v1::ArticleFormat_Name(article.format());
  row.url = article.url();
  row.title = article.title();
  row.body = article.body();
  row.authors.assign(article.authors().begin(), article.authors().end());
  row.basic_blob = BasicView(article).SerializeAsString();
  row.record_blob = article.SerializeAsString();
  return row;
}

absl::StatusOr<v1::Article> ParseArticleBlob(std::string_view blob, std::string_view article_id) {
  v1::Article article;
  if (!article.ParseFromArray(blob.data(), static_cast<int>(blob.size()))) {
    return absl::DataLossError(absl::StrCat("stored record of article ", std::string(article_id),
                                            " does not parse as newsgraph.v1.Article"));
  }
  return article;
}

google::protobuf::Timestamp MicrosToTimestamp(int64_t micros) {
  int64_t seconds = micros / 1000000;
  int64_t rest = micros % 1000000;
  if (rest < 0) {
    rest += 1000000;
    --seconds;
  }
  google::protobuf::Timestamp timestamp;
  timestamp.set_seconds(seconds);
  timestamp.set_nanos(static_cast<int32_t>(rest * 1000));
  return timestamp;
}

int64_t TimestampToMicros(const google::protobuf::Timestamp& timestamp) {
  return timestamp.seconds() * 1000000 + timestamp.nanos() / 1000;
}

std::string CreateTimeSortKey(int64_t micros) { return absl::StrFormat("%020d", micros); }

absl::StatusOr<int64_t> ParseCreateTimeSortKey(std::string_view key) {
  int64_t micros = 0;
  const absl::string_view text(key.data(), key.size());
  const bool digits = !text.empty() && text.size() <= 20 &&
                      text.find_first_not_of("0123456789") == absl::string_view::npos;
  if (!digits || !absl::SimpleAtoi(text, &micros)) {
    return absl::InvalidArgumentError(absl::StrCat("malformed create-time cursor key \"", text,
                                                   "\": expected up to 20 decimal digits"));
  }
  return micros;
}

bool IsDateKey(std::string_view key) {
  if (key.empty()) return true;
  if (key.size() != 10 || key[4] != '-' || key[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!absl::ascii_isdigit(static_cast<unsigned char>(key[i]))) return false;
  }
  return true;
}

}  // namespace newsgraph::store::sql
