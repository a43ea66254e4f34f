#include "tests/testing/metrics_text.h"

#include <httplib.h>

#include <cmath>
#include <limits>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"

namespace newsgraph::testing {
namespace {

bool IsNameChar(char c, bool first) {
  return absl::ascii_isalpha(c) || c == '_' || c == ':' || (!first && absl::ascii_isdigit(c));
}

// Reads a metric or label name at the front of `rest`.
bool ConsumeName(absl::string_view* rest, std::string* name) {
  size_t n = 0;
  while (n < rest->size() && IsNameChar((*rest)[n], n == 0)) ++n;
  if (n == 0) return false;
  *name = std::string(rest->substr(0, n));
  rest->remove_prefix(n);
  return true;
}

// Reads a quoted label value with the escapes \\, \" and \n.
bool ConsumeQuoted(absl::string_view* rest, std::string* value) {
  if (rest->empty() || rest->front() != '"') return false;
  value->clear();
  for (size_t i = 1; i < rest->size(); ++i) {
    const char c = (*rest)[i];
    if (c == '"') {
      rest->remove_prefix(i + 1);
      return true;
    }
    if (c == '\n') return false;
    if (c != '\\') {
      value->push_back(c);
      continue;
    }
    if (++i == rest->size()) return false;
    switch ((*rest)[i]) {
      case '\\':
        value->push_back('\\');
        break;
      case '"':
        value->push_back('"');
        break;
      case 'n':
        value->push_back('\n');
        break;
      default:
        return false;
    }
  }
  return false;
}

bool ConsumeLabels(absl::string_view* rest, MetricLabels* labels) {
  if (rest->empty() || rest->front() != '{') return true;
  rest->remove_prefix(1);
  while (!rest->empty() && rest->front() != '}') {
    std::string name, value;
    if (!ConsumeName(rest, &name) || rest->empty() || rest->front() != '=') return false;
    rest->remove_prefix(1);
    if (!ConsumeQuoted(rest, &value) || !labels->emplace(name, value).second) return false;
    if (!rest->empty() && rest->front() == ',') rest->remove_prefix(1);
  }
  if (rest->empty()) return false;
  rest->remove_prefix(1);
  return true;
}

bool ParseValue(absl::string_view text, double* value) {
  if (text == "+Inf" || text == "-Inf" || text == "NaN") {
    *value = text == "NaN" ? std::nan("")
                           : (text[0] == '-' ? -1 : 1) * std::numeric_limits<double>::infinity();
    return true;
  }
  return absl::SimpleAtod(text, value);
}

bool Includes(const MetricLabels& all, const MetricLabels& some) {
  for (const auto& [name, value] : some) {
    const auto it = all.find(name);
    if (it == all.end() || it->second != value) return false;
  }
  return true;
}

}  // namespace

std::optional<double> MetricsText::Value(const std::string& name,
                                         const MetricLabels& labels) const {
  for (const MetricSample& s : samples_) {
    if (s.name == name && s.labels == labels) return s.value;
  }
  return std::nullopt;
}

std::vector<MetricSample> MetricsText::Samples(const std::string& name,
                                               const MetricLabels& labels) const {
  std::vector<MetricSample> out;
  for (const MetricSample& s : samples_) {
    if (s.name == name && Includes(s.labels, labels)) out.push_back(s);
  }
  return out;
}

double MetricsText::Sum(const std::string& name, const MetricLabels& labels) const {
  double sum = 0;
  for (const MetricSample& s : Samples(name, labels)) sum += s.value;
  return sum;
}

std::string MetricsText::Type(const std::string& family) const {
  const auto it = types_.find(family);
  return it != types_.end() ? it->second : "";
}

absl::StatusOr<MetricsText> ParseMetricsText(const std::string& text) {
  MetricsText out;
  std::set<std::pair<std::string, MetricLabels>> seen;
  int number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++number;
    const auto bad = [&](absl::string_view why) {
      return absl::InvalidArgumentError(absl::StrCat("line ", number, " (", why, "): ", line));
    };
    if (line.empty()) continue;
    if (absl::ConsumePrefix(&line, "# TYPE ")) {
      std::vector<std::string> parts = absl::StrSplit(line, ' ');
      if (parts.size() != 2) return bad("TYPE needs a name and a type");
      out.types_[parts[0]] = parts[1];
      continue;
    }
    if (absl::StartsWith(line, "#")) continue;  // HELP and comments
    MetricSample sample;
    absl::string_view rest = line;
    if (!ConsumeName(&rest, &sample.name)) return bad("no metric name");
    if (!ConsumeLabels(&rest, &sample.labels)) return bad("malformed labels");
    if (!absl::ConsumePrefix(&rest, " ")) return bad("no space before the value");
    const std::vector<absl::string_view> fields = absl::StrSplit(rest, ' ');
    if (fields.size() > 2 || !ParseValue(fields[0], &sample.value)) return bad("bad value");
    if (!seen.emplace(sample.name, sample.labels).second) return bad("duplicate sample");
    out.samples_.push_back(std::move(sample));
  }
  return out;
}

absl::StatusOr<HttpAnswer> HttpRequest(int port, const std::string& path,
                                       const std::string& method) {
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  if (method != "GET" && method != "POST" && method != "HEAD") {
    return absl::InvalidArgumentError(absl::StrCat("unsupported method ", method));
  }
  httplib::Result result = method == "GET"    ? client.Get(path)
                           : method == "POST" ? client.Post(path, "", "text/plain")
                                              : client.Head(path);
  if (!result) {
    return absl::UnavailableError(
        absl::StrCat(method, " http://127.0.0.1:", port, path,
                     " got no answer: ", httplib::to_string(result.error())));
  }
  HttpAnswer answer;
  answer.status = result->status;
  answer.content_type = result->get_header_value("Content-Type");
  answer.body = result->body;
  return answer;
}

}  // namespace newsgraph::testing
