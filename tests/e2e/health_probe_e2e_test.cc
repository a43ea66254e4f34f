// The binaries' health-check mode (--health_check), as container exec
// probes and compose health checks run it: exit 0 while the server is
// SERVING, 1 when it is draining, gone, or not answering in time.
#include <csignal>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/command.h"
#include "tests/testing/service_pair.h"
#include "tests/testing/service_process.h"

namespace newsgraph {
namespace {

using ::testing::HasSubstr;
using testing::RunCommand;

testing::CommandResult Probe(const std::string& binary, std::vector<std::string> flags) {
  std::vector<std::string> argv = {binary, "--health_check"};
  argv.insert(argv.end(), flags.begin(), flags.end());
  return RunCommand(argv, "", 30);
}

TEST(HealthProbeTest, ExitsZeroWhileServingAndOneOnceDrainingOrGone) {
  const std::string dir = testing::MakeTempDir("health_probe");
  const std::string store = "--store=sqlite://" + dir + "/newsgraph.db";
  auto ingest = testing::ServiceProcess::Start(testing::IngestBinary(), {store});
  ASSERT_TRUE(ingest.ok()) << ingest.status();
  auto query = testing::ServiceProcess::Start(testing::QueryBinary(),
                                              {store, "--drain_delay=3s"});
  ASSERT_TRUE(query.ok()) << query.status();

  for (auto* process : {ingest->get(), query->get()}) {
    const bool is_ingest = process == ingest->get();
    const testing::CommandResult r =
        Probe(is_ingest ? testing::IngestBinary() : testing::QueryBinary(),
              {absl::StrCat("--listen=0.0.0.0:", process->port())});
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_THAT(r.output, HasSubstr(absl::StrCat("127.0.0.1:", process->port(), ": SERVING")));
  }

  // Draining after SIGTERM: NOT_SERVING, exit 1, while calls still work.
  ASSERT_EQ(kill((*query)->pid(), SIGTERM), 0);
  absl::SleepFor(absl::Milliseconds(500));
  testing::CommandResult draining =
      Probe(testing::QueryBinary(), {absl::StrCat("--listen=127.0.0.1:", (*query)->port())});
  EXPECT_EQ(draining.exit_code, 1) << draining.output;
  EXPECT_THAT(draining.output, HasSubstr("NOT_SERVING"));

  // Gone: exit 1 within the timeout.
  const int port = (*query)->port();
  ASSERT_TRUE((*query)->Stop(SIGTERM, absl::Seconds(30)).ok());
  const absl::Time start = absl::Now();
  testing::CommandResult gone = Probe(
      testing::QueryBinary(),
      {absl::StrCat("--listen=127.0.0.1:", port), "--health_check_timeout=1s"});
  EXPECT_EQ(gone.exit_code, 1) << gone.output;
  EXPECT_LT(absl::Now() - start, absl::Seconds(10));
}

}  // namespace
}  // namespace newsgraph
