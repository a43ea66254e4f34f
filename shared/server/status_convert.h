// The one place where absl::Status becomes grpc::Status: handlers call
// plain C++ that returns absl::Status and convert here.
#ifndef NEWSGRAPH_SHARED_SERVER_STATUS_CONVERT_H_
#define NEWSGRAPH_SHARED_SERVER_STATUS_CONVERT_H_

#include <grpcpp/support/status.h>

#include "absl/status/status.h"

namespace newsgraph::server {

// Same canonical code, same message.
grpc::Status ToGrpcStatus(const absl::Status& status);

// The canonical name of a gRPC code: "OK", "INVALID_ARGUMENT", ...
const char* GrpcCodeName(grpc::StatusCode code);

}  // namespace newsgraph::server

#endif  // NEWSGRAPH_SHARED_SERVER_STATUS_CONVERT_H_
