#include "shared/server/health_probe.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "gtest/gtest.h"

namespace newsgraph {
namespace {

TEST(ProbeAddressTest, FindsThePortAndRejectsWhatIsNotAnAddress) {
  server::ServerConfig config;
  config.listen_address = "[::]:50052";
  EXPECT_EQ(*server::ProbeAddress(config), "[::1]:50052");
  config.listen_address = ":7";
  EXPECT_EQ(*server::ProbeAddress(config), "127.0.0.1:7");
  config.listen_address = "10.1.2.3:9";
  EXPECT_EQ(*server::ProbeAddress(config), "10.1.2.3:9");

  config.listen_address = "0.0.0.0:0";
  config.port_file = ::testing::TempDir() + "/health_probe_port";
  std::remove(config.port_file.c_str());
  EXPECT_EQ(server::ProbeAddress(config).status().code(), absl::StatusCode::kInvalidArgument);
  std::ofstream(config.port_file) << "41234\n";
  EXPECT_EQ(*server::ProbeAddress(config), "127.0.0.1:41234");

  for (const char* bad : {"", "localhost", "host:port", "host:70000"}) {
    config.listen_address = bad;
    EXPECT_EQ(server::ProbeAddress(config).status().code(), absl::StatusCode::kInvalidArgument)
        << bad;
  }
}

}  // namespace
}  // namespace newsgraph
