// RequestTemplate: one request of a method, written in JSON, in which each
// "{seq}" is replaced, call by call, by the call's sequence number, so
// that requests otherwise alike stay distinct. (The ingest service stores
// an article once per title and body; a title ending in "{seq}" makes a
// new article of every call.) A request without the placeholder is
// encoded once, when the template is made.
//
// Immutable once made; safe to share between threads. The method's
// descriptor outlives it (descriptors live as long as the program).
//
// Example:
//   NG_ASSIGN_OR_RETURN(RequestTemplate article, RequestTemplate::Create(
//       *create_article, R"({"title": "Markets rally ({seq})", "text": "..."})"));
//   NG_ASSIGN_OR_RETURN(std::string request, article.Encode(17));  // title "Markets rally (17)"
#ifndef NEWSGRAPH_TOOLS_LOAD_REQUEST_TEMPLATE_H_
#define NEWSGRAPH_TOOLS_LOAD_REQUEST_TEMPLATE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "google/protobuf/descriptor.h"

namespace newsgraph::load {

class RequestTemplate {
 public:
  static constexpr char kPlaceholder[] = "{seq}";

  // INVALID_ARGUMENT when `json`, with its placeholders read as 0 and as
  // the largest sequence number, is not a request of `method`; so a
  // placeholder must stand where any 64-bit whole number fits (inside a
  // string, or as a 64-bit integer).
  static absl::StatusOr<RequestTemplate> Create(const google::protobuf::MethodDescriptor& method,
                                                std::string json);

  // True when the request has a placeholder, i.e. differs from call to call.
  bool varies() const { return pieces_.size() > 1; }

  // The JSON with `seq` in place of each placeholder.
  std::string Substitute(int64_t seq) const;

  // The serialized request of call `seq` (seq >= 0).
  absl::StatusOr<std::string> Encode(int64_t seq) const;

 private:
  RequestTemplate(const google::protobuf::MethodDescriptor& method, std::vector<std::string> pieces)
      : method_(&method), pieces_(std::move(pieces)) {}

  const google::protobuf::MethodDescriptor* method_;
  std::vector<std::string> pieces_;  // the JSON split at the placeholders
  std::string encoded_;              // the request, when it does not vary
};

}  // namespace newsgraph::load

#endif  // NEWSGRAPH_TOOLS_LOAD_REQUEST_TEMPLATE_H_
