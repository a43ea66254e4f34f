// Structured logging: one JSON object per line on stderr, written with a
// single write(2) so that lines from concurrent threads never interleave.
// Abseil 20220623 has no absl/log; this is the project's logger.
//
// Example:
//   LogLine("info", "listening").Add("address", "127.0.0.1:50051").Add("port", 50051).Emit();
//
// Thread-safe. Keys and string values are JSON-escaped.
#ifndef NEWSGRAPH_SHARED_SERVER_JSON_LOG_H_
#define NEWSGRAPH_SHARED_SERVER_JSON_LOG_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsgraph::server {

// Appends `s` to `out` as a JSON string literal (with the quotes).
void AppendJsonString(std::string_view s, std::string* out);

class LogLine {
 public:
  // Starts a line with the time, the level ("info", "warning", "error")
  // and the message.
  LogLine(std::string_view level, std::string_view message);

  LogLine& Add(std::string_view key, std::string_view value);
  LogLine& Add(std::string_view key, const char* value) { return Add(key, std::string_view(value)); }
  LogLine& Add(std::string_view key, int64_t value);
  LogLine& Add(std::string_view key, int value) { return Add(key, static_cast<int64_t>(value)); }
  LogLine& Add(std::string_view key, double value);
  LogLine& Add(std::string_view key, bool value);

  // Writes the line to stderr. Call once.
  void Emit();

 private:
  void Key(std::string_view key);

  std::string line_;
};

// Logs that `service` could not start (`what`, with `status`) and returns
// the process exit code to use (1). For main().
int LogStartupFailure(std::string_view service, std::string_view what, std::string_view status);

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_JSON_LOG_H_
