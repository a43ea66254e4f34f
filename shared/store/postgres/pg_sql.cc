#include "shared/store/postgres/pg_sql.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

namespace newsgraph::store::postgres {
namespace {

// The index just past the literal, identifier or comment that starts at
// `i`, or `i` when none starts there.
size_t SkipQuoted(std::string_view sql, size_t i) {
  const char c = sql[i];
  if (c == '\'' || c == '"') {
    size_t j = i + 1;
    while (j < sql.size()) {
      if (sql[j] == c) {
        if (j + 1 < sql.size() && sql[j + 1] == c) {  // doubled quote
          j += 2;
          continue;
        }
        return j + 1;
      }
      ++j;
    }
    return sql.size();
  }
  if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
    const size_t end = sql.find('\n', i);
    return end == std::string_view::npos ? sql.size() : end;
  }
  if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
    const size_t end = sql.find("*/", i + 2);
    return end == std::string_view::npos ? sql.size() : end + 2;
  }
  return i;
}

}  // namespace

std::string RewritePlaceholders(std::string_view sql, int* max_index) {
  std::string out;
  out.reserve(sql.size() + 16);
  int largest = 0;
  size_t i = 0;
  while (i < sql.size()) {
    const size_t skipped = SkipQuoted(sql, i);
    if (skipped != i) {
      out.append(sql.substr(i, skipped - i));
      i = skipped;
      continue;
    }
    if (sql[i] != '?') {
      out.push_back(sql[i++]);
      continue;
    }
    ++i;
    int number = 0;
    bool numbered = false;
    while (i < sql.size() && absl::ascii_isdigit(static_cast<unsigned char>(sql[i]))) {
      number = number * 10 + (sql[i++] - '0');
      numbered = true;
    }
    if (!numbered) number = largest + 1;
    largest = std::max(largest, number);
    absl::StrAppend(&out, "$", number);
  }
  if (max_index != nullptr) *max_index = largest;
  return out;
}

std::string EncodeByteaHex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 + 2 * bytes.size());
  out.append("\\x");
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 0xf]);
  }
  return out;
}

std::optional<std::string> DecodeByteaHex(std::string_view text) {
  if (text.size() < 2 || text[0] != '\\' || text[1] != 'x' || text.size() % 2 != 0) {
    return std::nullopt;
  }
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  out.reserve((text.size() - 2) / 2);
  for (size_t i = 2; i < text.size(); i += 2) {
    const int high = nibble(text[i]);
    const int low = nibble(text[i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    out.push_back(static_cast<char>((high << 4) | low));
  }
  return out;
}

absl::StatusCode StatusCodeOfSqlState(std::string_view sqlstate) {
  if (sqlstate == "40001" || sqlstate == "40P01") return absl::StatusCode::kAborted;
  if (sqlstate == "55P03") return absl::StatusCode::kUnavailable;  // lock_timeout
  if (sqlstate == "57014") return absl::StatusCode::kDeadlineExceeded;  // canceled
  if (sqlstate == "23505") return absl::StatusCode::kAlreadyExists;
  if (sqlstate == "3D000" || sqlstate == "3F000" || sqlstate == "25006") {
    return absl::StatusCode::kFailedPrecondition;  // no database / schema; read-only
  }
  const std::string_view kind = sqlstate.substr(0, 2);
  if (kind == "08" || kind == "57") return absl::StatusCode::kUnavailable;  // connection, shutdown
  if (kind == "53") return absl::StatusCode::kResourceExhausted;  // disk full, out of memory
  if (kind == "28") return absl::StatusCode::kFailedPrecondition;  // authorization
  if (kind == "22") return absl::StatusCode::kInvalidArgument;  // data exception
  if (kind == "23") return absl::StatusCode::kFailedPrecondition;  // constraint
  return absl::StatusCode::kInternal;
}

}  // namespace newsgraph::store::postgres
