#include "shared/server/server_runner.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server_builder.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "shared/base/status_macros.h"
#include "shared/base/string_view.h"
#include "shared/server/call_logger.h"
#include "shared/server/json_log.h"
#include "shared/server/pem_file.h"
#include "shared/server/port_file.h"

namespace newsgraph::server {
namespace {

// Plaintext, TLS, or mutual TLS, as the config says.
absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> ServerCredentialsFor(
    const ServerConfig& config) {
  const bool tls = !config.tls_cert_file.empty() || !config.tls_key_file.empty();
  if (!tls) {
    if (!config.tls_client_ca_file.empty()) {
      return absl::InvalidArgumentError(
          "--tls_client_ca_file needs --tls_cert_file and --tls_key_file: mutual TLS is TLS");
    }
    return grpc::InsecureServerCredentials();
  }
  if (config.tls_cert_file.empty() || config.tls_key_file.empty()) {
    return absl::InvalidArgumentError("TLS needs both --tls_cert_file and --tls_key_file");
  }
  grpc::SslServerCredentialsOptions options;
  grpc::SslServerCredentialsOptions::PemKeyCertPair pair;
  NG_ASSIGN_OR_RETURN(pair.cert_chain, ReadPemFile(config.tls_cert_file, "tls_cert_file"));
  NG_ASSIGN_OR_RETURN(pair.private_key, ReadPemFile(config.tls_key_file, "tls_key_file"));
  options.pem_key_cert_pairs.push_back(std::move(pair));
  if (!config.tls_client_ca_file.empty()) {
    NG_ASSIGN_OR_RETURN(options.pem_root_certs,
                        ReadPemFile(config.tls_client_ca_file, "tls_client_ca_file"));
    options.client_certificate_request =
        GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY;
  }
  return grpc::SslServerCredentials(options);
}

sigset_t ShutdownSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
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

void ServerRunner::AddInterceptorFactory(
    std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface> factory) {
  interceptor_factories_.push_back(std::move(factory));
}

absl::Status ServerRunner::Start() {
  // Debian's Abseil is built without NDEBUG, so every Mutex would keep a
  // lock graph for deadlock detection: a cost on every call of a server.
  // The tests (not the servers) keep it on.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();

  absl::StatusOr<std::shared_ptr<grpc::ServerCredentials>> credentials =
      ServerCredentialsFor(config_);
  if (!credentials.ok()) return credentials.status();
  grpc::ServerBuilder builder;
  builder.AddListeningPort(config_.listen_address, *credentials, &port_);
  builder.SetMaxReceiveMessageSize(config_.max_message_bytes);
  builder.SetMaxSendMessageSize(config_.max_message_bytes);
  for (auto& [service, name] : services_) builder.RegisterService(service);
  std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>> creators;
  creators.push_back(
      std::make_unique<CallLoggerFactory>(config_.service_name, config_.log_calls));
  for (auto& factory : interceptor_factories_) creators.push_back(std::move(factory));
  interceptor_factories_.clear();
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
