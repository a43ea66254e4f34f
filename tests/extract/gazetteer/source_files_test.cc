#include "ingest_service/extract/gazetteer/builder/source_files.h"

#include <fstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/status_matchers.h"

namespace newsgraph::extract::builder {
namespace {

using ::newsgraph::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string WriteTemp(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(SourceFilesTest, ReadsAuthoredTsvWithCommentsAndLists) {
  const std::string path = WriteTemp("orgs.tsv",
                                     "# organizations\n# authored\n"
                                     "id\tname\tacronyms\n"
                                     "nato\tNorth Atlantic Treaty Organization\tNATO| OTAN |\n"
                                     "\n"
                                     "un\tUnited Nations\r\n");
  ASSERT_OK_AND_ASSIGN(const TsvTable table, TsvTable::Read(path, {"id", "name"}));
  ASSERT_EQ(table.size(), 2u);
  EXPECT_EQ(table.Field(0, "name"), "North Atlantic Treaty Organization");
  EXPECT_THAT(table.List(0, "acronyms"), ElementsAre("NATO", "OTAN"));
  EXPECT_EQ(table.Field(1, "name"), "United Nations");
  EXPECT_EQ(table.Field(1, "acronyms"), "");
  EXPECT_EQ(table.Field(1, "no such column"), "");
  EXPECT_THAT(table.Where(1), HasSubstr("orgs.tsv:6"));
}

TEST(SourceFilesTest, MissingColumnOrExtraFieldIsAnError) {
  const std::string path = WriteTemp("bad.tsv", "id\tname\nx\ty\tz\n");
  EXPECT_THAT(TsvTable::Read(path, {"id"}),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("bad.tsv:2")));
  const std::string ok = WriteTemp("ok.tsv", "id\tname\n");
  EXPECT_THAT(TsvTable::Read(ok, {"id", "sector"}),
              StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("no column sector")));
}

TEST(SourceFilesTest, MissingFileNamesTheSetUpScript) {
  EXPECT_THAT(ReadWholeFile("/nonexistent/cities1000.txt"),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("tools/setup.sh")));
}

TEST(SourceFilesTest, JsonIsParsedWithoutExceptions) {
  EXPECT_THAT(ReadJsonFile(WriteTemp("bad.json", "{not json")),
              StatusIs(absl::StatusCode::kDataLoss));
  ASSERT_OK_AND_ASSIGN(const nlohmann::json doc,
                       ReadJsonFile(WriteTemp("ok.json", R"({"cca3": "GEO", "n": 1})")));
  EXPECT_EQ(JsonString(doc, "cca3"), "GEO");
  EXPECT_EQ(JsonString(doc, "n"), "");
  EXPECT_EQ(JsonString(doc, "missing"), "");
}

TEST(SourceFilesTest, SplitFieldsKeepsEmptyFields) {
  EXPECT_THAT(SplitFields("a\t\tb", '\t'), ElementsAre("a", "", "b"));
  EXPECT_THAT(SplitFields("", ','), ElementsAre(""));
}

}  // namespace
}  // namespace newsgraph::extract::builder
