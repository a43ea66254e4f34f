#include "tests/testing/generic_call.h"

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "google/protobuf/descriptor.h"
#include "grpcpp/generic/generic_stub.h"

namespace newsgraph::testing {

std::vector<std::string> MethodPaths(const std::string& service) {
  const google::protobuf::ServiceDescriptor* descriptor =
      google::protobuf::DescriptorPool::generated_pool()->FindServiceByName(service);
  std::vector<std::string> paths;
  if (descriptor == nullptr) return paths;
  for (int i = 0; i < descriptor->method_count(); ++i) {
    paths.push_back(absl::StrCat("/", service, "/", descriptor->method(i)->name()));
  }
  return paths;
}

grpc::Status CallWithEmptyRequest(const std::shared_ptr<grpc::Channel>& channel,
                                  const std::string& method, const std::string& authorization,
                                  absl::Duration deadline) {
  return CallWithRequestBytes(channel, method, "", authorization, deadline);
}

grpc::Status CallWithRequestBytes(const std::shared_ptr<grpc::Channel>& channel,
                                  const std::string& method, const std::string& request,
                                  const std::string& authorization, absl::Duration deadline) {
  grpc::GenericStub stub(channel);
  grpc::ClientContext context;
  context.set_deadline(absl::ToChronoTime(absl::Now() + deadline));
  if (!authorization.empty()) context.AddMetadata("authorization", authorization);
  grpc::CompletionQueue cq;
  // Runs one operation to its end; whether it succeeded.
  auto wait = [&cq]() {
    void* tag = nullptr;
    bool ok = false;
    return cq.Next(&tag, &ok) && ok;
  };
  std::unique_ptr<grpc::GenericClientAsyncReaderWriter> call =
      stub.PrepareCall(&context, method, &cq);
  call->StartCall(nullptr);
  wait();
  grpc::Slice bytes(request);
  call->WriteLast(grpc::ByteBuffer(&bytes, 1), grpc::WriteOptions(), nullptr);
  wait();
  grpc::ByteBuffer response;
  do {
    call->Read(&response, nullptr);
  } while (wait());
  grpc::Status status;
  call->Finish(&status, nullptr);
  wait();
  cq.Shutdown();
  return status;
}

}  // namespace newsgraph::testing
