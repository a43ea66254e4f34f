#include "shared/server/server_runner.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server_builder.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "shared/server/call_logger.h"
#include "shared/server/json_log.h"

namespace newsgraph::server {
namespace {

sigset_t ShutdownSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
}

// Writes the port to `path` atomically (temporary file, then rename), so a
// reader never sees a partial number.
absl::Status WritePortFile(const std::string& path, int port) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << port << "\n";
    if (!out) return absl::FailedPreconditionError(absl::StrCat("cannot write ", tmp));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return absl::FailedPreconditionError(absl::StrCat("cannot rename ", tmp, " to ", path));
  }
  return absl::OkStatus();
}

}  // namespace

void BlockShutdownSignals() {
  sigset_t set = ShutdownSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

ServerRunner::ServerRunner(ServerConfig config) : config_(std::move(config)) {}

ServerRunner::~ServerRunner() { Shutdown(); }

void ServerRunner::AddService(grpc::Service* service, std::string health_name) {
  services_.emplace_back(service, std::move(health_name));
}

absl::Status ServerRunner::Start() {
  // Debian's Abseil is built without NDEBUG, so every Mutex would keep a
  // lock graph for deadlock detection: a cost on every call of a server.
  // The tests (not the servers) keep it on.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();

  grpc::ServerBuilder builder;
  builder.AddListeningPort(config_.listen_address, grpc::InsecureServerCredentials(), &port_);
  builder.SetMaxReceiveMessageSize(config_.max_message_bytes);
  builder.SetMaxSendMessageSize(config_.max_message_bytes);
  for (auto& [service, name] : services_) builder.RegisterService(service);
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> creators;
  creators.push_back(
      std::make_unique<CallLoggerFactory>(config_.service_name, config_.log_calls));
  builder.experimental().SetInterceptorCreators(std::move(creators));
  server_ = builder.BuildAndStart();
  if (server_ == nullptr || port_ == 0) {
    server_.reset();
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", config_.listen_address,
                     ": the address is malformed, not local, or the port is in use (--listen)"));
  }
  grpc::HealthCheckServiceInterface* health = server_->GetHealthCheckService();
  health->SetServingStatus(true);
  for (const auto& [service, name] : services_) health->SetServingStatus(name, true);

  if (!config_.port_file.empty()) {
    if (absl::Status s = WritePortFile(config_.port_file, port_); !s.ok()) {
      Shutdown();
      return s;
    }
  }
  LogLine("info", "serving")
      .Add("service", config_.service_name)
      .Add("address", config_.listen_address)
      .Add("port", port_)
      .Add("pid", static_cast<int64_t>(getpid()))
      .Emit();
  return absl::OkStatus();
}

void ServerRunner::WaitForShutdownSignal() {
  sigset_t set = ShutdownSignals();
  int signal_number = 0;
  while (sigwait(&set, &signal_number) != 0) {
  }
  LogLine("info", "shutting down")
      .Add("service", config_.service_name)
      .Add("signal", signal_number == SIGTERM ? "SIGTERM" : "SIGINT")
      .Emit();
  // A second signal while draining ends the process at once.
  std::thread([set]() mutable {
    int again = 0;
    while (sigwait(&set, &again) != 0) {
    }
    static constexpr char kMessage[] = "second shutdown signal: exiting without draining\n";
    (void)!::write(STDERR_FILENO, kMessage, sizeof(kMessage) - 1);
    _exit(1);
  }).detach();
}

void ServerRunner::Shutdown() {
  if (server_ == nullptr || stopped_) return;
  stopped_ = true;
  server_->GetHealthCheckService()->Shutdown();  // everything NOT_SERVING
  if (config_.drain_delay > absl::ZeroDuration()) absl::SleepFor(config_.drain_delay);
  const auto deadline =
      std::chrono::system_clock::now() + absl::ToChronoMilliseconds(config_.shutdown_grace);
  server_->Shutdown(deadline);
  server_->Wait();
  LogLine("info", "stopped").Add("service", config_.service_name).Emit();
}

}  // namespace newsgraph::server
