// TLS and mutual TLS from the certificate flags: the right credentials
// work; a plaintext client, a client that does not trust the server, and
// (with mutual TLS) a client without a certificate or with one from another
// CA are refused; bad flags stop the server at startup with a clear error.
// Certificates are made per run with the openssl command
// (tests/testing/certificates.h).
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <chrono>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "tests/testing/certificates.h"
#include "tests/testing/command.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/service_process.h"

namespace newsgraph {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::RunCommand;

std::string Read(const std::string& path) { return testing::ReadFileOrEmpty(path); }

class TlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::MakeTempDir("tls");
    ASSERT_NO_FATAL_FAILURE(testing::MakeCa(dir_, "ca"));
    ASSERT_NO_FATAL_FAILURE(testing::MakeCa(dir_, "other-ca"));
    ASSERT_NO_FATAL_FAILURE(testing::MakeCert(dir_, "ca", "server", "DNS:localhost,IP:127.0.0.1"));
    ASSERT_NO_FATAL_FAILURE(testing::MakeCert(dir_, "ca", "client", "DNS:newsgraph-client"));
    ASSERT_NO_FATAL_FAILURE(testing::MakeCert(dir_, "other-ca", "stranger", "DNS:stranger"));
  }

  std::vector<std::string> ServerFlags(bool mutual) {
    std::vector<std::string> flags = {"--store=sqlite://" + dir_ + "/newsgraph.db",
                                      "--tls_cert_file=" + dir_ + "/server.pem",
                                      "--tls_key_file=" + dir_ + "/server.key"};
    if (mutual) flags.push_back("--tls_client_ca_file=" + dir_ + "/ca.pem");
    return flags;
  }

  // Health/Check over `credentials`; the call's status code.
  grpc::StatusCode Check(int port, std::shared_ptr<grpc::ChannelCredentials> credentials) {
    auto channel = grpc::CreateChannel(absl::StrCat("127.0.0.1:", port), credentials);
    auto stub = grpc::health::v1::Health::NewStub(channel);
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
    grpc::health::v1::HealthCheckRequest request;
    grpc::health::v1::HealthCheckResponse response;
    return stub->Check(&context, request, &response).error_code();
  }

  std::shared_ptr<grpc::ChannelCredentials> Tls(const std::string& trusted_ca,
                                                const std::string& client = "") {
    grpc::SslCredentialsOptions options;
    options.pem_root_certs = Read(dir_ + "/" + trusted_ca + ".pem");
    if (!client.empty()) {
      options.pem_cert_chain = Read(dir_ + "/" + client + ".pem");
      options.pem_private_key = Read(dir_ + "/" + client + ".key");
    }
    return grpc::SslCredentials(options);
  }

  std::string dir_;
};

TEST_F(TlsTest, TlsServesTrustingClientsOnly) {
  auto query = testing::ServiceProcess::Start(testing::QueryBinary(), ServerFlags(false));
  ASSERT_TRUE(query.ok()) << query.status();
  const int port = (*query)->port();
  EXPECT_EQ(Check(port, Tls("ca")), grpc::StatusCode::OK);
  EXPECT_EQ(Check(port, Tls("ca", "client")), grpc::StatusCode::OK);  // a cert is not needed
  EXPECT_EQ(Check(port, Tls("other-ca")), grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(Check(port, grpc::InsecureChannelCredentials()), grpc::StatusCode::UNAVAILABLE);
}

TEST_F(TlsTest, MutualTlsNeedsAClientCertificateFromTheCa) {
  auto query = testing::ServiceProcess::Start(testing::QueryBinary(), ServerFlags(true));
  ASSERT_TRUE(query.ok()) << query.status();
  const int port = (*query)->port();
  EXPECT_EQ(Check(port, Tls("ca", "client")), grpc::StatusCode::OK);
  EXPECT_EQ(Check(port, Tls("ca")), grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(Check(port, Tls("ca", "stranger")), grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(Check(port, grpc::InsecureChannelCredentials()), grpc::StatusCode::UNAVAILABLE);
}

// The binary's --health_check mode, given the server's own flags, speaks
// TLS to it (and under mutual TLS presents the server's certificate); a
// probe without them cannot reach it.
TEST_F(TlsTest, TheHealthCheckModeSpeaksTlsGivenTheServersFlags) {
  for (const bool mutual : {false, true}) {
    auto query = testing::ServiceProcess::Start(testing::QueryBinary(), ServerFlags(mutual));
    ASSERT_TRUE(query.ok()) << query.status();
    const std::string listen = absl::StrCat("--listen=127.0.0.1:", (*query)->port());
    std::vector<std::string> argv = {testing::QueryBinary(), "--health_check", listen};
    const std::vector<std::string> tls = ServerFlags(mutual);
    argv.insert(argv.end(), tls.begin(), tls.end());
    const testing::CommandResult with_tls = RunCommand(argv, "", 30);
    EXPECT_EQ(with_tls.exit_code, 0) << "mutual=" << mutual << ": " << with_tls.output;
    EXPECT_THAT(with_tls.output, HasSubstr("SERVING"));
    const testing::CommandResult plaintext =
        RunCommand({testing::QueryBinary(), "--health_check", listen}, "", 30);
    EXPECT_EQ(plaintext.exit_code, 1) << plaintext.output;
    EXPECT_THAT(plaintext.output, Not(HasSubstr(": SERVING")));
  }
  // An unreadable certificate is named, not probed with.
  const testing::CommandResult bad = RunCommand(
      {testing::QueryBinary(), "--health_check", "--listen=127.0.0.1:1",
       "--tls_cert_file=" + dir_ + "/missing.pem", "--tls_key_file=" + dir_ + "/server.key",
       "--tls_client_ca_file=" + dir_ + "/ca.pem"},
      "", 30);
  EXPECT_EQ(bad.exit_code, 1) << bad.output;
  EXPECT_THAT(bad.output, HasSubstr("--tls_cert_file="));
}

TEST_F(TlsTest, BadCertificateFlagsStopTheServerWithAClearError) {
  const std::string store = "--store=sqlite://" + dir_ + "/newsgraph.db";
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{store, "--tls_cert_file=" + dir_ + "/server.pem"}, "--tls_key_file"},
      {{store, "--tls_cert_file=" + dir_ + "/missing.pem", "--tls_key_file=" + dir_ + "/server.key"},
       "--tls_cert_file="},
      {{store, "--tls_client_ca_file=" + dir_ + "/ca.pem"}, "mutual TLS is TLS"},
  };
  for (const auto& [flags, named] : cases) {
    std::vector<std::string> argv = {testing::QueryBinary(), "--listen=127.0.0.1:0"};
    argv.insert(argv.end(), flags.begin(), flags.end());
    const testing::CommandResult r = RunCommand(argv, "", 30);
    EXPECT_NE(r.exit_code, 0) << r.output;
    EXPECT_THAT(r.output, HasSubstr(named));
  }
}

}  // namespace
}  // namespace newsgraph
