// ReadFileContents: whole files, and errors that name the path and reason.
#include "shared/base/file_contents.h"

#include <filesystem>
#include <fstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace newsgraph {
namespace {

using ::testing::HasSubstr;

TEST(ReadFileContentsTest, ReadsEveryByte) {
  const std::string path = ::testing::TempDir() + "/file_contents_test.bin";
  const std::string bytes(
      "line one\n\0\xff"
      "end",
      14);
  std::ofstream(path, std::ios::binary) << bytes;
  absl::StatusOr<std::string> read = ReadFileContents(path);
  ASSERT_TRUE(read.ok()) << read.status();
  EXPECT_EQ(*read, bytes);
}

TEST(ReadFileContentsTest, AMissingFileOrADirectoryIsAnErrorNamingIt) {
  const std::string missing = ::testing::TempDir() + "/no_such_file";
  std::filesystem::remove(missing);
  absl::StatusOr<std::string> read = ReadFileContents(missing);
  EXPECT_EQ(read.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(read.status().message(), HasSubstr(missing));
  EXPECT_THAT(read.status().message(), HasSubstr("No such file"));

  read = ReadFileContents(::testing::TempDir());
  EXPECT_EQ(read.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(read.status().message(), HasSubstr("is a directory"));
}

}  // namespace
}  // namespace newsgraph
