// Loading the index: the errors a missing or damaged file gives, and the
// time a real load takes.
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "ingest_service/extract/gazetteer/gazetteer.h"
#include "ingest_service/extract/gazetteer/index_format.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::extract {
namespace {

using ::newsgraph::testing::StatusIs;
using ::testing::HasSubstr;

std::string ReadIndex() {
  std::ifstream in(DefaultGazetteerPath(), std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

const std::string& IndexBytes() {
  static const std::string* const kBytes = new std::string(ReadIndex());
  return *kBytes;
}

std::string WriteTemp(const std::string& name, std::string_view bytes) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return path;
}

TEST(GazetteerLoadTest, TheBuiltIndexLoadsInUnderASecond) {
  const auto start = std::chrono::steady_clock::now();
  ASSERT_OK_AND_ASSIGN(const auto gazetteer, Gazetteer::Load(DefaultGazetteerPath()));
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(1));
  EXPECT_GT(gazetteer->entry_count(), 100000u);
  EXPECT_LT(gazetteer->file_bytes(), 200u * 1000 * 1000);
}

TEST(GazetteerLoadTest, EnvironmentOverridesTheDefaultPath) {
  ::setenv("NEWSGRAPH_GAZETTEER", "/somewhere/else.bin", 1);
  EXPECT_EQ(DefaultGazetteerPath(), "/somewhere/else.bin");
  ::unsetenv("NEWSGRAPH_GAZETTEER");
  EXPECT_THAT(DefaultGazetteerPath(), HasSubstr("gazetteer.bin"));
}

TEST(GazetteerLoadTest, MissingFileIsNotFound) {
  EXPECT_THAT(Gazetteer::Load("/nonexistent/gazetteer.bin"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("/nonexistent/gazetteer.bin")));
}

TEST(GazetteerLoadTest, EmptyFileIsDataLoss) {
  EXPECT_THAT(Gazetteer::Load(WriteTemp("empty.bin", "")), StatusIs(absl::StatusCode::kDataLoss));
}

TEST(GazetteerLoadTest, OtherFileIsDataLoss) {
  EXPECT_THAT(Gazetteer::Load(WriteTemp("text.bin", std::string(4096, 'x'))),
              StatusIs(absl::StatusCode::kDataLoss, HasSubstr("bad magic")));
  EXPECT_THAT(Gazetteer::Load(WriteTemp("short.bin", "NGGAZ")),
              StatusIs(absl::StatusCode::kDataLoss, HasSubstr("header")));
}

TEST(GazetteerLoadTest, TruncatedFileIsDataLoss) {
  const std::string& bytes = IndexBytes();
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_THAT(Gazetteer::Load(
                  WriteTemp("truncated.bin", std::string_view(bytes).substr(0, bytes.size() / 2))),
              StatusIs(absl::StatusCode::kDataLoss, HasSubstr("truncated")));
}

TEST(GazetteerLoadTest, OtherVersionIsDataLoss) {
  std::string bytes = IndexBytes();
  const uint32_t version = index_format::kVersion + 1;
  std::memcpy(bytes.data() + offsetof(index_format::IndexHeader, version), &version,
              sizeof(version));
  EXPECT_THAT(Gazetteer::Load(WriteTemp("version.bin", bytes)),
              StatusIs(absl::StatusCode::kDataLoss, HasSubstr("version")));
}

TEST(GazetteerLoadTest, FlippedByteIsDataLoss) {
  std::string bytes = IndexBytes();
  bytes[bytes.size() / 3] ^= 0x40;
  EXPECT_THAT(Gazetteer::Load(WriteTemp("flipped.bin", bytes)),
              StatusIs(absl::StatusCode::kDataLoss, HasSubstr("checksum")));
}

}  // namespace
}  // namespace newsgraph::extract
