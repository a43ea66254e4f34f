// Pure conversions between a v1.Article and the values the SQL store
// keeps for it: sort keys, the metadata-only (BASIC) record, serialized
// blobs, create times. No I/O; thread-safe.
#ifndef NEWSGRAPH_SHARED_STORE_SQL_ARTICLE_CODEC_H_
#define NEWSGRAPH_SHARED_STORE_SQL_ARTICLE_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/timestamp.pb.h"
#include "newsgraph/v1/article.pb.h"

namespace newsgraph::store::sql {

// The column values of one stored article.
struct ArticleRow {
  std::string article_id;
  std::string published_key;  // first day "YYYY-MM-DD", "" when undated
  int64_t create_time_us = 0;
  std::string source;
  std::string format;  // ArticleFormat value name
  std::string url;
  std::string title;
  std::string body;
  std::vector<std::string> authors;
  std::string basic_blob;   // serialized BasicView(article)
  std::string record_blob;  // serialized article
};

// INVALID_ARGUMENT when `article` cannot be stored: no article_id, or an
// invalid published_date.
absl::Status ValidateForStore(const v1::Article& article);

// The record with its text (content, body and their spans), paragraphs,
// sentences and extraction sections cleared: what ArticleView BASIC
// returns (shared/model StripToBasicView).
v1::Article BasicView(const v1::Article& article);

// The row for `article`, which has passed ValidateForStore and carries its
// create_time.
ArticleRow MakeArticleRow(const v1::Article& article);

// Parses a stored blob; DATA_LOSS when it does not parse.
absl::StatusOr<v1::Article> ParseArticleBlob(std::string_view blob, std::string_view article_id);

google::protobuf::Timestamp MicrosToTimestamp(int64_t micros);
int64_t TimestampToMicros(const google::protobuf::Timestamp& timestamp);

// The cursor sort key of a create time: 20 zero-padded decimal digits.
std::string CreateTimeSortKey(int64_t micros);
// Parses such a key (1 to 20 digits, within int64); INVALID_ARGUMENT
// otherwise.
absl::StatusOr<int64_t> ParseCreateTimeSortKey(std::string_view key);

// Whether `key` is "" or a well-formed "YYYY-MM-DD".
bool IsDateKey(std::string_view key);

}  // namespace newsgraph::store::sql

#endif  // NEWSGRAPH_SHARED_STORE_SQL_ARTICLE_CODEC_H_
