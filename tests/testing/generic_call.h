// Calling any method of a service without its message types, for
// end-to-end tests that must cover every method (auth, admission): the
// methods listed from the descriptors compiled in, and one call of any
// kind with an empty request.
#ifndef NEWSGRAPH_TESTS_TESTING_GENERIC_CALL_H_
#define NEWSGRAPH_TESTS_TESTING_GENERIC_CALL_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/time/time.h"
#include "grpcpp/grpcpp.h"

namespace newsgraph::testing {

// "/newsgraph.v1.QueryService/GetArticle", ... for every method of
// `service` (a fully qualified name), from the generated descriptor pool;
// empty for an unknown service.
std::vector<std::string> MethodPaths(const std::string& service);

// Calls `method` on `channel` the same way whatever its kind (unary or
// streaming either way): one empty request message, then reads until the
// server ends the call. Sends `authorization` as metadata unless empty.
// The call's final status.
grpc::Status CallWithEmptyRequest(const std::shared_ptr<grpc::Channel>& channel,
                                  const std::string& method,
                                  const std::string& authorization = "",
                                  absl::Duration deadline = absl::Seconds(10));

// The same with `request` as the request message's bytes, as they are
// (which need not decode).
grpc::Status CallWithRequestBytes(const std::shared_ptr<grpc::Channel>& channel,
                                  const std::string& method, const std::string& request,
                                  const std::string& authorization = "",
                                  absl::Duration deadline = absl::Seconds(10));

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TESTING_GENERIC_CALL_H_
