// ServiceProcess: runs one of the project's server binaries as a child
// process on a free loopback port, for end-to-end tests. The binary writes
// its bound port to a file (--port_file); Start() waits for it.
//
// Example:
//   auto ingest = ServiceProcess::Start(kIngestBinary, {"--store=sqlite://" + db});
//   ASSERT_TRUE(ingest.ok()) << ingest.status();
//   auto stub = v1::IngestService::NewStub((*ingest)->Channel());
//
// Not thread-safe. The destructor kills a process that is still running.
#ifndef NEWSGRAPH_TESTS_TESTING_SERVICE_PROCESS_H_
#define NEWSGRAPH_TESTS_TESTING_SERVICE_PROCESS_H_

#include <grpcpp/channel.h>
#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/time/time.h"

namespace newsgraph::testing {

class ServiceProcess {
 public:
  // Starts `binary` with `args` plus --listen=127.0.0.1:0 and --port_file,
  // in this process's environment plus `extra_env` ("NAME=value" each);
  // stdout and stderr go to a log file. Fails if the process exits or no
  // port appears within `timeout`.
  static absl::StatusOr<std::unique_ptr<ServiceProcess>> Start(
      const std::string& binary, const std::vector<std::string>& args,
      absl::Duration timeout = absl::Seconds(30), const std::vector<std::string>& extra_env = {});

  ~ServiceProcess();
  ServiceProcess(const ServiceProcess&) = delete;
  ServiceProcess& operator=(const ServiceProcess&) = delete;

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string address() const;
  const std::string& log_path() const { return log_path_; }

  // A channel to the process, with large message limits.
  std::shared_ptr<grpc::Channel> Channel() const;

  // Sends `signal` and waits up to `timeout` for the process to exit.
  // Returns the raw wait status; DEADLINE_EXCEEDED if it did not exit.
  absl::StatusOr<int> Stop(int signal, absl::Duration timeout = absl::Seconds(30));

  // The process's log so far.
  std::string Log() const;

 private:
  ServiceProcess() = default;

  pid_t pid_ = -1;
  int port_ = 0;
  std::string log_path_;
  std::string port_file_;
};

// A fresh, empty directory under the test temp dir.
std::string MakeTempDir(const std::string& prefix);

// Reads a whole file; "" when it cannot.
std::string ReadFileOrEmpty(const std::string& path);

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TESTING_SERVICE_PROCESS_H_
