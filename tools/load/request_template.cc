#include "tools/load/request_template.h"

#include <limits>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "shared/base/status_macros.h"
#include "tools/load/unary_method.h"

namespace newsgraph::load {

absl::StatusOr<RequestTemplate> RequestTemplate::Create(
    const google::protobuf::MethodDescriptor& method, std::string json) {
  std::vector<std::string> pieces =
      absl::StrSplit(json, kPlaceholder);
  RequestTemplate request(method, std::move(pieces));
  if (!request.varies()) {
    NG_ASSIGN_OR_RETURN(request.encoded_, EncodeRequest(method, json));
    return request;
  }
  for (int64_t seq : {int64_t{0}, std::numeric_limits<int64_t>::max()}) {
    if (absl::Status fits = EncodeRequest(method, request.Substitute(seq)).status(); !fits.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(
          fits.message(), " (with ", kPlaceholder, " read as ", seq,
          "; a placeholder must stand inside a string or as a 64-bit whole number)"));
    }
  }
  return request;
}

std::string RequestTemplate::Substitute(int64_t seq) const {
  const std::string number = absl::StrCat(seq);
  std::string json = pieces_.front();
  for (size_t i = 1; i < pieces_.size(); ++i) absl::StrAppend(&json, number, pieces_[i]);
  return json;
}

absl::StatusOr<std::string> RequestTemplate::Encode(int64_t seq) const {
  if (!varies()) return encoded_;
  return EncodeRequest(*method_, Substitute(seq));
}

}  // namespace newsgraph::load
