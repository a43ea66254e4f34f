// Finds a unary gRPC method by name among the descriptors compiled into
// this binary (this project's API and grpc.health.v1) and encodes its
// requests from JSON (the proto3 JSON mapping), so that any call can be
// made through a generic stub without generated client code.
//
// Example:
//   NG_ASSIGN_OR_RETURN(const google::protobuf::MethodDescriptor* method,
//                       FindUnaryMethod("newsgraph.v1.QueryService/GetEntity"));
//   NG_ASSIGN_OR_RETURN(std::string request,
//                       EncodeRequest(*method, R"({"name": "entities/0a1b"})"));
//   MethodPath(*method);  // "/newsgraph.v1.QueryService/GetEntity"
#ifndef NEWSGRAPH_TOOLS_LOAD_UNARY_METHOD_H_
#define NEWSGRAPH_TOOLS_LOAD_UNARY_METHOD_H_

#include <string>

#include "absl/status/statusor.h"
#include "google/protobuf/descriptor.h"

namespace newsgraph::load {

// The method named "pkg.Service/Method", "/pkg.Service/Method" or
// "pkg.Service.Method". NOT_FOUND naming the known services (or the
// service's methods) when it is unknown; INVALID_ARGUMENT when the name is
// not a full method name or the method streams. The descriptor lives as
// long as the program.
absl::StatusOr<const google::protobuf::MethodDescriptor*> FindUnaryMethod(
    const std::string& name);

// The gRPC path of `method`, "/pkg.Service/Method".
std::string MethodPath(const google::protobuf::MethodDescriptor& method);

// `request_json` as `method`'s request message, serialized.
// INVALID_ARGUMENT saying why when the JSON does not fit the message.
absl::StatusOr<std::string> EncodeRequest(const google::protobuf::MethodDescriptor& method,
                                          const std::string& request_json);

// A method's gRPC path and one encoded request: FindUnaryMethod, then
// EncodeRequest, with their errors.
struct PreparedCall {
  std::string path;
  std::string request;  // serialized
};
absl::StatusOr<PreparedCall> PrepareCall(const std::string& method,
                                         const std::string& request_json);

}  // namespace newsgraph::load

#endif  // NEWSGRAPH_TOOLS_LOAD_UNARY_METHOD_H_
