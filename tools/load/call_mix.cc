#include "tools/load/call_mix.h"

#include <set>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "nlohmann/json.hpp"
#include "shared/base/file_contents.h"
#include "shared/base/status_macros.h"
#include "tools/load/schedule.h"
#include "tools/load/unary_method.h"

namespace newsgraph::load {
namespace {

using Json = nlohmann::json;

absl::StatusOr<std::string> ReadWholeFile(const std::string& path, const char* what) {
  absl::StatusOr<std::string> text = ReadFileContents(path);
  if (!text.ok()) {
    return absl::Status(text.status().code(),
                        absl::StrCat("cannot read ", what, " ", text.status().message()));
  }
  return text;
}

std::string DirectoryOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

absl::Status EntryError(const std::string& name, size_t index, const std::string& message) {
  return absl::InvalidArgumentError(absl::StrCat(name, ": entry ", index, ": ", message));
}

// Entry `index` of mix file `name` as a kind.
absl::StatusOr<CallKind> ParseEntry(const Json& entry, const std::string& name, size_t index,
                                    const std::string& base_dir,
                                    const std::string& default_target) {
  static const std::set<std::string> kKeys = {"method",  "weight",        "target",
                                              "request", "requests_file", "label"};
  if (!entry.is_object()) return EntryError(name, index, "is not a JSON object");
  for (const auto& [key, value] : entry.items()) {
    if (kKeys.count(key) == 0) {
      return EntryError(name, index, absl::StrCat("unknown key \"", key, "\"; the keys are ",
                                                  absl::StrJoin(kKeys, ", ")));
    }
  }
  auto string_at = [&](const char* key, std::string* out) -> absl::Status {
    if (!entry.contains(key)) return absl::OkStatus();
    if (!entry[key].is_string() || entry[key].get<std::string>().empty()) {
      return EntryError(name, index, absl::StrCat("\"", key, "\" must be a non-empty string"));
    }
    *out = entry[key].get<std::string>();
    return absl::OkStatus();
  };
  std::string method, target = default_target, requests_file, label;
  NG_RETURN_IF_ERROR(string_at("method", &method));
  NG_RETURN_IF_ERROR(string_at("target", &target));
  NG_RETURN_IF_ERROR(string_at("requests_file", &requests_file));
  NG_RETURN_IF_ERROR(string_at("label", &label));
  if (method.empty()) return EntryError(name, index, "gives no \"method\"");
  if (target.empty()) return EntryError(name, index, "gives no \"target\" and there is no default");
  int weight = 1;
  if (entry.contains("weight")) {
    const Json& w = entry["weight"];
    if (!w.is_number_integer() || w.get<int64_t>() < 1 ||
        w.get<int64_t>() > WeightedRotation::kMaxTotalWeight) {
      return EntryError(name, index, absl::StrCat("\"weight\" must be a whole number from 1 to ",
                                                  WeightedRotation::kMaxTotalWeight));
    }
    weight = w.get<int>();
  }
  if (entry.contains("request") && !requests_file.empty()) {
    return EntryError(name, index, "gives both \"request\" and \"requests_file\"; keep one");
  }
  if (entry.contains("request") && !entry["request"].is_object()) {
    return EntryError(name, index, "\"request\" must be a JSON object");
  }
  absl::StatusOr<CallKind> kind;
  if (!requests_file.empty()) {
    if (requests_file.front() != '/') requests_file = absl::StrCat(base_dir, "/", requests_file);
    kind = RequestsFileKind(target, method, requests_file);
  } else {
    kind = SingleRequestKind(target, method,
                             entry.contains("request") ? entry["request"].dump() : "{}");
  }
  if (!kind.ok()) {
    return absl::Status(kind.status().code(),
                        absl::StrCat(name, ": entry ", index, ": ", kind.status().message()));
  }
  kind->weight = weight;
  if (!label.empty()) kind->label = label;
  return kind;
}

}  // namespace

absl::StatusOr<CallKind> SingleRequestKind(const std::string& target, const std::string& method,
                                           const std::string& request_json) {
  NG_ASSIGN_OR_RETURN(const google::protobuf::MethodDescriptor* descriptor,
                      FindUnaryMethod(method));
  CallKind kind;
  kind.target = target;
  kind.path = MethodPath(*descriptor);
  kind.label = kind.path;
  NG_ASSIGN_OR_RETURN(RequestTemplate request, RequestTemplate::Create(*descriptor, request_json));
  kind.requests.push_back(std::move(request));
  return kind;
}

absl::StatusOr<CallKind> RequestsFileKind(const std::string& target, const std::string& method,
                                          const std::string& requests_path) {
  NG_ASSIGN_OR_RETURN(const google::protobuf::MethodDescriptor* descriptor,
                      FindUnaryMethod(method));
  NG_ASSIGN_OR_RETURN(std::string text, ReadWholeFile(requests_path, "requests file"));
  CallKind kind;
  kind.target = target;
  kind.path = MethodPath(*descriptor);
  kind.label = kind.path;
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    absl::StatusOr<RequestTemplate> request = RequestTemplate::Create(*descriptor, line);
    if (!request.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat(requests_path, ":", number, ": ", request.status().message()));
    }
    kind.requests.push_back(*std::move(request));
  }
  if (kind.requests.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "requests file \"", requests_path, "\" holds no request; write one JSON object a line"));
  }
  return kind;
}

absl::StatusOr<std::vector<CallKind>> ReadMixFile(const std::string& path,
                                                  const std::string& default_target) {
  NG_ASSIGN_OR_RETURN(std::string text, ReadWholeFile(path, "mix file"));
  return ParseMix(text, path, DirectoryOf(path), default_target);
}

absl::StatusOr<std::vector<CallKind>> ParseMix(const std::string& text, const std::string& name,
                                               const std::string& base_dir,
                                               const std::string& default_target) {
  Json mix;
  try {
    mix = Json::parse(text);
  } catch (const Json::parse_error& e) {
    return absl::InvalidArgumentError(absl::StrCat(name, " is not valid JSON: ", e.what()));
  }
  if (!mix.is_array() || mix.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        name, " must be a JSON array of call kinds, e.g. [{\"method\": "
              "\"grpc.health.v1.Health/Check\", \"weight\": 1}]"));
  }
  std::vector<CallKind> kinds;
  for (size_t i = 0; i < mix.size(); ++i) {
    NG_ASSIGN_OR_RETURN(CallKind kind, ParseEntry(mix[i], name, i, base_dir, default_target));
    kinds.push_back(std::move(kind));
  }
  return kinds;
}

}  // namespace newsgraph::load
