// Bearer-token authentication end to end, against the real binaries: every
// method of both services (listed from their descriptors, so that none can
// be forgotten) refuses a call without a token, with a malformed or unknown
// one (UNAUTHENTICATED) and with a token of the other scope
// (PERMISSION_DENIED), and lets the right token through; health and
// reflection stay open; tokens come from the file or the environment,
// reach no log, and bad token sources stop the server at startup with an
// error that names the flag and the line but no token. Also over TLS, with
// gRPC's own access-token call credentials.
#include <grpcpp/client_context.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "gmock/gmock.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "gtest/gtest.h"
#include "newsgraph/v1/ingest_service.grpc.pb.h"
#include "newsgraph/v1/query_service.grpc.pb.h"
#include "tests/testing/certificates.h"
#include "tests/testing/command.h"
#include "tests/testing/generic_call.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/service_process.h"

namespace newsgraph {
namespace {

using testing::CallWithEmptyRequest;
using testing::MethodPaths;

using ::testing::AllOf;
using testing::CommandResult;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;
using testing::RunCommand;
using testing::ServicePair;

constexpr char kWriter[] = "writer-9c1d2e3f4a5b6c7d8e9f";
constexpr char kReader[] = "reader-0a1b2c3d4e5f60718293";
constexpr char kBoth[] = "both-f0e1d2c3b4a5968778695a4b";
constexpr char kUnknown[] = "unknown-000000000000000000";

constexpr char kIngestService[] = "newsgraph.v1.IngestService";
constexpr char kQueryService[] = "newsgraph.v1.QueryService";

std::string Bearer(const std::string& token) { return "Bearer " + token; }

// Every token of this file, to look for in logs and messages.
const std::vector<std::string>& AllTokens() {
  static const auto* const tokens = new std::vector<std::string>{kWriter, kReader, kBoth, kUnknown};
  return *tokens;
}

std::string WriteTokensFile(const std::string& dir) {
  const std::string path = dir + "/tokens";
  std::ofstream(path) << "# tokens for auth_e2e_test\n"
                      << "write " << kWriter << "\n"
                      << "read  " << kReader << "\n\n"
                      << "read,write\t" << kBoth << "\n";
  return path;
}

// The server's log once it mentions `wanted` (lines are written as calls
// end), or as it is after two seconds.
std::string LogWhenItHas(const testing::ServiceProcess& process, const std::string& wanted) {
  std::string log;
  for (int i = 0; i < 100; ++i) {
    log = process.Log();
    if (log.find(wanted) != std::string::npos) break;
    absl::SleepFor(absl::Milliseconds(20));
  }
  return log;
}

class AuthE2eTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(testing::MakeTempDir("auth"));
    const std::string flag = "--auth_tokens_file=" + WriteTokensFile(*dir_);
    auto pair = ServicePair::Start({flag}, {flag});
    ASSERT_TRUE(pair.ok()) << pair.status();
    pair_ = pair->release();
  }
  static void TearDownTestSuite() {
    delete pair_;
    pair_ = nullptr;
    delete dir_;
    dir_ = nullptr;
  }

  static ServicePair* pair_;
  static std::string* dir_;
};

ServicePair* AuthE2eTest::pair_ = nullptr;
std::string* AuthE2eTest::dir_ = nullptr;

// One service's methods, and the tokens that may and may not call them.
struct ServiceCase {
  const char* service;
  testing::ServiceProcess* process;
  const char* scope;        // the scope its methods need
  const char* right;        // a token with that scope only
  const char* other_scope;  // a token with the other scope only
};

TEST_F(AuthE2eTest, EveryMethodNeedsATokenWithItsScope) {
  const ServiceCase cases[] = {
      {kIngestService, &pair_->ingest_process(), "write", kWriter, kReader},
      {kQueryService, &pair_->query_process(), "read", kReader, kWriter},
  };
  for (const ServiceCase& c : cases) {
    const std::vector<std::string> methods = MethodPaths(c.service);
    // The list is the descriptor's, streaming methods included.
    ASSERT_FALSE(methods.empty()) << c.service;
    if (c.service == std::string(kIngestService)) {
      ASSERT_THAT(methods, Contains(HasSubstr("/BatchCreateArticles")));
    } else {
      ASSERT_THAT(methods, Contains(HasSubstr("/WatchEvents")));
      ASSERT_THAT(methods, Contains(HasSubstr("/ListEvents")));
    }
    const std::shared_ptr<grpc::Channel> channel = c.process->Channel();
    for (const std::string& method : methods) {
      SCOPED_TRACE(method);
      grpc::Status status = CallWithEmptyRequest(channel, method, "");
      EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
      EXPECT_THAT(status.error_message(), AllOf(HasSubstr("authorization: Bearer <token>"),
                                                HasSubstr(absl::StrCat("'", c.scope, "' scope"))));

      for (const std::string& wrong :
           {Bearer(kUnknown), std::string("Basic d3JpdGVyOnNlY3JldA=="), std::string(c.right),
            std::string("Bearer"), Bearer(c.right) + "x"}) {
        status = CallWithEmptyRequest(channel, method, wrong);
        EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED) << wrong;
        for (const std::string& token : AllTokens()) {
          EXPECT_THAT(status.error_message(), Not(HasSubstr(token)));
        }
      }

      status = CallWithEmptyRequest(channel, method, Bearer(c.other_scope));
      EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
      EXPECT_THAT(status.error_message(),
                  AllOf(HasSubstr(absl::StrCat("lacks the '", c.scope, "' scope")),
                        Not(HasSubstr(c.other_scope))));

      // The right token gets past the check: whatever the empty request
      // then earns (a watch runs until the deadline), it is not an auth
      // error.
      for (const char* token : {c.right, kBoth}) {
        status = CallWithEmptyRequest(channel, method, Bearer(token), absl::Seconds(2));
        EXPECT_NE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED) << status.error_message();
        EXPECT_NE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED)
            << status.error_message();
      }
    }
  }
}

TEST_F(AuthE2eTest, TheRightTokensStoreAndReadAnArticle) {
  v1::CreateArticleRequest create;
  create.set_text("Council agrees budget\n\nThe city council met on Monday and agreed a budget.");
  v1::CreateArticleResponse created;
  {
    grpc::ClientContext context;
    context.AddMetadata("authorization", Bearer(kWriter));
    const grpc::Status status = pair_->ingest()->CreateArticle(&context, create, &created);
    ASSERT_TRUE(status.ok()) << status.error_message();
  }
  for (const char* token : {kReader, kBoth}) {
    grpc::ClientContext context;
    context.AddMetadata("authorization", Bearer(token));
    v1::GetArticleRequest get;
    get.set_name(created.article().name());
    v1::GetArticleResponse got;
    const grpc::Status status = pair_->query()->GetArticle(&context, get, &got);
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(got.article().name(), created.article().name());
  }
  // The writer cannot read what it wrote: `write` does not imply `read`.
  grpc::ClientContext context;
  context.AddMetadata("authorization", Bearer(kWriter));
  v1::GetArticleRequest get;
  get.set_name(created.article().name());
  v1::GetArticleResponse got;
  EXPECT_EQ(pair_->query()->GetArticle(&context, get, &got).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
}

TEST_F(AuthE2eTest, HealthAndReflectionNeedNoToken) {
  for (grpc::health::v1::Health::Stub* health : {pair_->ingest_health(), pair_->query_health()}) {
    grpc::ClientContext context;
    grpc::health::v1::HealthCheckRequest request;
    grpc::health::v1::HealthCheckResponse response;
    const grpc::Status status = health->Check(&context, request, &response);
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(response.status(), grpc::health::v1::HealthCheckResponse::SERVING);
  }
  // A grpcurl-style client discovers the API by reflection without a
  // token, then calls it with one.
  const std::string url = absl::StrCat("http://", pair_->query_process().address());
  const std::vector<std::string> curl = {testing::BufBinary(), "curl", "--protocol", "grpc",
                                         "--http2-prior-knowledge"};
  std::vector<std::string> argv = curl;
  argv.insert(argv.end(), {"--list-methods", url});
  CommandResult listed = RunCommand(argv);
  EXPECT_EQ(listed.exit_code, 0) << listed.output;
  EXPECT_THAT(listed.output, HasSubstr("newsgraph.v1.QueryService/ListArticles"));

  argv = curl;
  argv.insert(argv.end(), {"-H", "authorization: " + Bearer(kReader), "-d", "{}",
                           url + "/newsgraph.v1.QueryService/ListArticles"});
  CommandResult called = RunCommand(argv);
  EXPECT_EQ(called.exit_code, 0) << called.output;

  argv = curl;
  argv.insert(argv.end(), {"-d", "{}", url + "/newsgraph.v1.QueryService/ListArticles"});
  called = RunCommand(argv);
  EXPECT_NE(called.exit_code, 0);
  EXPECT_THAT(called.output, HasSubstr("unauthenticated"));
}

TEST_F(AuthE2eTest, TokensReachNoLog) {
  // Calls that pass and calls that fail, with every token.
  for (const std::string& token : AllTokens()) {
    for (const std::string& method : {absl::StrCat("/", kQueryService, "/ListArticles"),
                                      absl::StrCat("/", kIngestService, "/CreateArticle")}) {
      const std::shared_ptr<grpc::Channel> channel = method.find(kQueryService) != std::string::npos
                                                         ? pair_->query_process().Channel()
                                                         : pair_->ingest_process().Channel();
      CallWithEmptyRequest(channel, method, Bearer(token));
    }
  }
  // A last call, to know when the log lines of the others are written.
  grpc::ClientContext context;
  context.AddMetadata("x-request-id", "auth-e2e-last-call");
  v1::ListArticlesRequest request;
  v1::ListArticlesResponse response;
  pair_->query()->ListArticles(&context, request, &response);

  const std::string query_log = LogWhenItHas(pair_->query_process(), "auth-e2e-last-call");
  const std::string ingest_log = pair_->ingest_process().Log();
  EXPECT_THAT(query_log, HasSubstr("authentication on"));
  EXPECT_THAT(query_log, HasSubstr("PERMISSION_DENIED"));
  EXPECT_THAT(ingest_log, HasSubstr("authentication on"));
  for (const std::string& token : AllTokens()) {
    EXPECT_THAT(query_log, Not(HasSubstr(token)));
    EXPECT_THAT(ingest_log, Not(HasSubstr(token)));
  }
}

TEST(AuthSourcesE2eTest, TheEnvironmentCanHoldTheTokens) {
  const std::string dir = testing::MakeTempDir("auth_env");
  auto query = testing::ServiceProcess::Start(
      testing::QueryBinary(), {"--store=sqlite://" + dir + "/newsgraph.db"}, absl::Seconds(30),
      {absl::StrCat("NEWSGRAPH_AUTH_TOKENS=write ", kWriter, "; read ", kReader)});
  ASSERT_TRUE(query.ok()) << query.status();
  const std::string method = absl::StrCat("/", kQueryService, "/ListArticles");
  EXPECT_TRUE(CallWithEmptyRequest((*query)->Channel(), method, Bearer(kReader)).ok());
  EXPECT_EQ(CallWithEmptyRequest((*query)->Channel(), method, Bearer(kWriter)).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(CallWithEmptyRequest((*query)->Channel(), method, "").error_code(),
            grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_THAT((*query)->Log(), HasSubstr("NEWSGRAPH_AUTH_TOKENS"));
}

TEST(AuthSourcesE2eTest, WithoutTokensCallsAreUnauthenticatedAndTheLogSaysSo) {
  const std::string dir = testing::MakeTempDir("auth_off");
  auto query = testing::ServiceProcess::Start(testing::QueryBinary(),
                                              {"--store=sqlite://" + dir + "/newsgraph.db"});
  ASSERT_TRUE(query.ok()) << query.status();
  const std::string method = absl::StrCat("/", kQueryService, "/ListArticles");
  EXPECT_TRUE(CallWithEmptyRequest((*query)->Channel(), method, "").ok());
  EXPECT_THAT((*query)->Log(), HasSubstr("authentication off: calls are unauthenticated"));
}

TEST(AuthSourcesE2eTest, BadTokenSourcesStopTheServerNamingTheFlagAndLine) {
  const std::string dir = testing::MakeTempDir("auth_bad");
  const std::string secret = "s3cr3t-t0ken-never-printed";
  const std::string malformed = dir + "/malformed";
  std::ofstream(malformed) << "# ok so far\nread " << kReader << "\nadmin " << secret << "\n";
  const std::string empty = dir + "/empty";
  std::ofstream(empty) << "# no tokens yet\n";
  const std::string repeated = dir + "/repeated";
  std::ofstream(repeated) << "read " << secret << "\nwrite " << secret << "\n";
  const std::string missing = dir + "/missing";
  const std::string store = "--store=sqlite://" + dir + "/newsgraph.db";

  struct Case {
    std::vector<std::string> env;  // NAME=value, before the binary
    std::string flag;
    std::string named;
  };
  const std::vector<Case> cases = {
      {{}, "--auth_tokens_file=" + missing, "--auth_tokens_file=" + missing + " cannot be"},
      {{}, "--auth_tokens_file=" + dir, "--auth_tokens_file=" + dir + " is a directory"},
      {{}, "--auth_tokens_file=" + malformed, "--auth_tokens_file=" + malformed + " line 3"},
      {{}, "--auth_tokens_file=" + empty, "lists no token"},
      {{}, "--auth_tokens_file=" + repeated, "line 2: repeats the token of line 1"},
      {{"NEWSGRAPH_AUTH_TOKENS=read " + secret + ";rw " + secret + "x"},
       "",
       "NEWSGRAPH_AUTH_TOKENS line 1, entry 2"},
      {{"NEWSGRAPH_AUTH_TOKENS=read " + secret},
       "--auth_tokens_file=" + empty,
       "both --auth_tokens_file and NEWSGRAPH_AUTH_TOKENS"},
  };
  for (const std::string& binary : {testing::QueryBinary(), testing::IngestBinary()}) {
    for (const Case& c : cases) {
      std::vector<std::string> argv = {"/usr/bin/env"};
      argv.insert(argv.end(), c.env.begin(), c.env.end());
      argv.insert(argv.end(), {binary, "--listen=127.0.0.1:0", store});
      if (!c.flag.empty()) argv.push_back(c.flag);
      const CommandResult r = RunCommand(argv, "", 30);
      EXPECT_EQ(r.exit_code, 1) << c.named << "\n" << r.output;
      EXPECT_THAT(r.output, AllOf(HasSubstr("cannot load the auth tokens"), HasSubstr(c.named),
                                  Not(HasSubstr("s3cr3t")), Not(HasSubstr(kReader))));
    }
  }
}

TEST(AuthTlsE2eTest, AccessTokenCredentialsOverTls) {
  const std::string dir = testing::MakeTempDir("auth_tls");
  ASSERT_NO_FATAL_FAILURE(testing::MakeCa(dir, "ca"));
  ASSERT_NO_FATAL_FAILURE(testing::MakeCert(dir, "ca", "server", "DNS:localhost,IP:127.0.0.1"));
  auto query = testing::ServiceProcess::Start(
      testing::QueryBinary(),
      {"--store=sqlite://" + dir + "/newsgraph.db", "--tls_cert_file=" + dir + "/server.pem",
       "--tls_key_file=" + dir + "/server.key", "--auth_tokens_file=" + WriteTokensFile(dir)});
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_THAT((*query)->Log(), Not(HasSubstr("plaintext")));

  grpc::SslCredentialsOptions tls;
  tls.pem_root_certs = testing::ReadFileOrEmpty(dir + "/ca.pem");
  // ListArticles over TLS with `call` credentials (none: nullptr).
  auto list = [&](std::shared_ptr<grpc::CallCredentials> call) {
    std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::SslCredentials(tls);
    if (call != nullptr) credentials = grpc::CompositeChannelCredentials(credentials, call);
    auto stub = v1::QueryService::NewStub(grpc::CreateChannel((*query)->address(), credentials));
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    v1::ListArticlesRequest request;
    v1::ListArticlesResponse response;
    return stub->ListArticles(&context, request, &response).error_code();
  };
  EXPECT_EQ(list(grpc::AccessTokenCredentials(kReader)), grpc::StatusCode::OK);
  EXPECT_EQ(list(grpc::AccessTokenCredentials(kWriter)), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(list(nullptr), grpc::StatusCode::UNAUTHENTICATED);
}

// newsgraph_ingest and newsgraph_load against services that serve TLS and
// check tokens: --tls_ca_file and --token_file get them through, a token
// of the wrong scope or none is refused, and a bad token file is a usage
// error that does not quote the file.
TEST(AuthClientsE2eTest, TheClientsSpeakTlsAndSendTheTokenOfTheirTokenFile) {
  const std::string dir = testing::MakeTempDir("auth_clients");
  ASSERT_NO_FATAL_FAILURE(testing::MakeCa(dir, "ca"));
  ASSERT_NO_FATAL_FAILURE(testing::MakeCert(dir, "ca", "server", "DNS:localhost,IP:127.0.0.1"));
  const std::vector<std::string> flags = {
      "--store=sqlite://" + dir + "/newsgraph.db", "--tls_cert_file=" + dir + "/server.pem",
      "--tls_key_file=" + dir + "/server.key", "--auth_tokens_file=" + WriteTokensFile(dir)};
  auto ingest = testing::ServiceProcess::Start(testing::IngestBinary(), flags);
  ASSERT_TRUE(ingest.ok()) << ingest.status();
  auto query = testing::ServiceProcess::Start(testing::QueryBinary(), flags);
  ASSERT_TRUE(query.ok()) << query.status();
  std::ofstream(dir + "/writer") << kWriter << "\n";
  std::ofstream(dir + "/reader") << kReader << "\n";
  std::ofstream(dir + "/empty") << "\n";
  std::filesystem::create_directories(dir + "/articles");
  std::ofstream(dir + "/articles/a.txt")
      << "Council agrees budget\n\nThe city council met on Monday and agreed a budget.\n";
  const std::string ca = "--tls_ca_file=" + dir + "/ca.pem";

  auto ingest_with = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> argv = {NEWSGRAPH_INGEST_CLIENT_BINARY,
                                     "--target=" + (*ingest)->address(), ca};
    argv.insert(argv.end(), extra.begin(), extra.end());
    argv.push_back(dir + "/articles");
    return RunCommand(argv);
  };
  const CommandResult stored = ingest_with({"--token_file=" + dir + "/writer"});
  EXPECT_EQ(stored.exit_code, 0) << stored.output;
  const CommandResult anonymous = ingest_with({});
  EXPECT_NE(anonymous.exit_code, 0) << anonymous.output;
  EXPECT_THAT(anonymous.output, HasSubstr("missing credentials"));

  auto load_with = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> argv = {NEWSGRAPH_LOAD_BINARY,
                                     "--target=" + (*query)->address(),
                                     "--method=newsgraph.v1.QueryService/ListArticles",
                                     "--request={}",
                                     "--duration=300ms",
                                     "--warmup=0s"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return RunCommand(argv);
  };
  const CommandResult read = load_with({ca, "--token_file=" + dir + "/reader"});
  EXPECT_EQ(read.exit_code, 0) << read.output;
  EXPECT_THAT(read.output, HasSubstr("OK="));
  const CommandResult wrong_scope = load_with({ca, "--token_file=" + dir + "/writer"});
  EXPECT_EQ(wrong_scope.exit_code, 1) << wrong_scope.output;
  EXPECT_THAT(wrong_scope.output, HasSubstr("PERMISSION_DENIED"));
  const CommandResult empty_token = load_with({ca, "--token_file=" + dir + "/empty"});
  EXPECT_EQ(empty_token.exit_code, 2) << empty_token.output;
  EXPECT_THAT(empty_token.output, HasSubstr("--token_file="));
  const CommandResult plaintext = load_with({"--token_file=" + dir + "/reader"});
  EXPECT_EQ(plaintext.exit_code, 2) << plaintext.output;
  for (const CommandResult* r : {&stored, &anonymous, &read, &wrong_scope, &empty_token}) {
    for (const std::string& token : AllTokens()) EXPECT_THAT(r->output, Not(HasSubstr(token)));
  }
}

}  // namespace
}  // namespace newsgraph
