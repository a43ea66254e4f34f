#include "shared/server/json_log.h"

#include <unistd.h>

#include <cerrno>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace newsgraph::server {

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          absl::StrAppendFormat(out, "\\u%04x", static_cast<unsigned char>(c));
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

LogLine::LogLine(std::string_view level, std::string_view message) {
  line_.reserve(256);
  line_ = "{\"time\":\"";
  line_ += absl::FormatTime("%Y-%m-%dT%H:%M:%E6SZ", absl::Now(), absl::UTCTimeZone());
  line_ += "\"";
  Add("level", level);
  Add("msg", message);
}

void LogLine::Key(std::string_view key) {
  line_.push_back(',');
  AppendJsonString(key, &line_);
  line_.push_back(':');
}

LogLine& LogLine::Add(std::string_view key, std::string_view value) {
  Key(key);
  AppendJsonString(value, &line_);
  return *this;
}

LogLine& LogLine::Add(std::string_view key, int64_t value) {
  Key(key);
  absl::StrAppend(&line_, value);
  return *this;
}

LogLine& LogLine::Add(std::string_view key, double value) {
  Key(key);
  absl::StrAppendFormat(&line_, "%.3f", value);
  return *this;
}

LogLine& LogLine::Add(std::string_view key, bool value) {
  Key(key);
  line_ += value ? "true" : "false";
  return *this;
}

void LogLine::Emit() {
  line_ += "}\n";
  const char* p = line_.data();
  size_t left = line_.size();
  while (left > 0) {
    const ssize_t n = ::write(STDERR_FILENO, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // nowhere to report a failing stderr
    p += n;
    left -= static_cast<size_t>(n);
  }
}

int LogStartupFailure(std::string_view service, std::string_view what, std::string_view status) {
  LogLine("error", what).Add("service", service).Add("error", status).Emit();
  return 1;
}

}  // namespace newsgraph::server
