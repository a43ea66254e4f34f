#include "tests/testing/service_process.h"

#include <fcntl.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string_view>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "gtest/gtest.h"

namespace newsgraph::testing {

std::string MakeTempDir(const std::string& prefix) {
  std::string pattern = absl::StrCat(::testing::TempDir(), "/", prefix, "XXXXXX");
  if (mkdtemp(pattern.data()) == nullptr) return "";
  return pattern;
}

namespace {

// "NAME=" of an environment entry "NAME=value".
std::string_view EnvName(std::string_view entry) { return entry.substr(0, entry.find('=') + 1); }

}  // namespace

std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

absl::StatusOr<std::unique_ptr<ServiceProcess>> ServiceProcess::Start(
    const std::string& binary, const std::vector<std::string>& args, absl::Duration timeout,
    const std::vector<std::string>& extra_env) {
  std::unique_ptr<ServiceProcess> process(new ServiceProcess());
  const std::string dir = MakeTempDir("proc");
  if (dir.empty()) return absl::InternalError("cannot make a temp dir");
  process->log_path_ = dir + "/service.log";
  process->port_file_ = dir + "/port";

  std::vector<std::string> argv_strings = {binary, "--listen=127.0.0.1:0",
                                           "--port_file=" + process->port_file_};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  // Built before fork(): the child only calls async-signal-safe functions.
  std::vector<std::string> env_strings = extra_env;
  std::vector<char*> envp;
  for (char** e = environ; *e != nullptr; ++e) {
    const bool overridden =
        std::any_of(env_strings.begin(), env_strings.end(),
                    [&](const std::string& extra) { return EnvName(extra) == EnvName(*e); });
    if (!overridden) envp.push_back(*e);
  }
  for (std::string& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);

  const pid_t pid = fork();
  if (pid < 0) return absl::InternalError("fork failed");
  if (pid == 0) {
    const int fd = open(process->log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
    }
    // Unblock the signals a test runner may have blocked.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  process->pid_ = pid;

  const absl::Time deadline = absl::Now() + timeout;
  while (absl::Now() < deadline) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      process->pid_ = -1;
      return absl::UnavailableError(absl::StrCat(binary, " exited (status ", status,
                                                 ") before serving; log:\n", process->Log()));
    }
    const std::string port_text = ReadFileOrEmpty(process->port_file_);
    int port = 0;
    if (absl::SimpleAtoi(absl::StripAsciiWhitespace(port_text), &port) && port > 0) {
      process->port_ = port;
      return process;
    }
    absl::SleepFor(absl::Milliseconds(10));
  }
  return absl::DeadlineExceededError(
      absl::StrCat(binary, " did not start serving in time; log:\n", process->Log()));
}

ServiceProcess::~ServiceProcess() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
}

std::string ServiceProcess::address() const { return absl::StrCat("127.0.0.1:", port_); }

std::shared_ptr<grpc::Channel> ServiceProcess::Channel() const {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(256 << 20);
  args.SetMaxSendMessageSize(256 << 20);
  return grpc::CreateCustomChannel(address(), grpc::InsecureChannelCredentials(), args);
}

absl::StatusOr<int> ServiceProcess::Stop(int signal, absl::Duration timeout) {
  if (pid_ <= 0) return absl::FailedPreconditionError("not running");
  kill(pid_, signal);
  const absl::Time deadline = absl::Now() + timeout;
  while (absl::Now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return status;
    }
    absl::SleepFor(absl::Milliseconds(5));
  }
  return absl::DeadlineExceededError("the process did not exit in time");
}

std::string ServiceProcess::Log() const { return ReadFileOrEmpty(log_path_); }

}  // namespace newsgraph::testing
