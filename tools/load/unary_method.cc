#include "tools/load/unary_method.h"

#include <memory>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "google/protobuf/message.h"
#include "google/protobuf/util/json_util.h"
#include "grpc/health/v1/health.pb.h"
#include "newsgraph/v1/ingest_service.pb.h"
#include "newsgraph/v1/query_service.pb.h"
#include "shared/base/status_macros.h"

namespace newsgraph::load {
namespace {

namespace pb = google::protobuf;

// The services of the .proto files compiled into this binary: the
// project's two and the standard health service. (Naming a message of each
// file keeps its generated code linked in and its descriptor loaded.)
std::vector<const pb::ServiceDescriptor*> KnownServices() {
  std::vector<const pb::ServiceDescriptor*> services;
  for (const pb::FileDescriptor* file :
       {v1::CreateArticleRequest::descriptor()->file(), v1::GetArticleRequest::descriptor()->file(),
        grpc::health::v1::HealthCheckRequest::descriptor()->file()}) {
    for (int i = 0; i < file->service_count(); ++i) services.push_back(file->service(i));
  }
  return services;
}

std::string KnownServiceNames() {
  std::vector<std::string> names;
  for (const pb::ServiceDescriptor* service : KnownServices()) names.push_back(service->full_name());
  return absl::StrJoin(names, ", ");
}

// "pkg.Service/Method", "/pkg.Service/Method" or "pkg.Service.Method" ->
// service and method names.
absl::Status SplitMethod(std::string name, std::string* service, std::string* method) {
  if (!name.empty() && name.front() == '/') name.erase(0, 1);
  size_t split = name.find('/');
  if (split == std::string::npos) split = name.rfind('.');
  if (split == std::string::npos || split == 0 || split + 1 >= name.size()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "method \"", name, "\" is not a full method name such as grpc.health.v1.Health/Check"));
  }
  *service = name.substr(0, split);
  *method = name.substr(split + 1);
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<const pb::MethodDescriptor*> FindUnaryMethod(const std::string& name) {
  std::string service_name, method_name;
  NG_RETURN_IF_ERROR(SplitMethod(name, &service_name, &method_name));
  const pb::ServiceDescriptor* service = nullptr;
  for (const pb::ServiceDescriptor* known : KnownServices()) {
    if (known->full_name() == service_name) service = known;
  }
  if (service == nullptr) {
    return absl::NotFoundError(absl::StrCat("unknown service \"", service_name,
                                            "\"; this binary knows ", KnownServiceNames()));
  }
  const pb::MethodDescriptor* method = service->FindMethodByName(method_name);
  if (method == nullptr) {
    std::vector<std::string> methods;
    for (int i = 0; i < service->method_count(); ++i) methods.push_back(service->method(i)->name());
    return absl::NotFoundError(absl::StrCat("service ", service_name, " has no method \"",
                                            method_name, "\"; it has ",
                                            absl::StrJoin(methods, ", ")));
  }
  if (method->client_streaming() || method->server_streaming()) {
    return absl::InvalidArgumentError(absl::StrCat(
        method->full_name(), " streams; newsgraph_load drives unary methods only"));
  }
  return method;
}

std::string MethodPath(const pb::MethodDescriptor& method) {
  return absl::StrCat("/", method.service()->full_name(), "/", method.name());
}

absl::StatusOr<std::string> EncodeRequest(const pb::MethodDescriptor& method,
                                          const std::string& request_json) {
  const pb::Message* prototype =
      pb::MessageFactory::generated_factory()->GetPrototype(method.input_type());
  if (prototype == nullptr) {
    return absl::InternalError(absl::StrCat("no message type for ",
                                            method.input_type()->full_name()));
  }
  std::unique_ptr<pb::Message> request(prototype->New());
  const auto parsed = pb::util::JsonStringToMessage(request_json, request.get());
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("request is not a ",
                                                    method.input_type()->full_name(),
                                                    " in JSON: ", parsed.message().as_string()));
  }
  std::string encoded;
  if (!request->SerializeToString(&encoded)) {
    return absl::InvalidArgumentError("request could not be serialized");
  }
  return encoded;
}

absl::StatusOr<PreparedCall> PrepareCall(const std::string& method,
                                         const std::string& request_json) {
  NG_ASSIGN_OR_RETURN(const pb::MethodDescriptor* descriptor, FindUnaryMethod(method));
  PreparedCall call;
  call.path = MethodPath(*descriptor);
  NG_ASSIGN_OR_RETURN(call.request, EncodeRequest(*descriptor, request_json));
  return call;
}

}  // namespace newsgraph::load
