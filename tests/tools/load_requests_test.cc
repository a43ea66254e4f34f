// What the load generator sends: requests with "{seq}" placeholders,
// requests files and mix files, and the errors for ones it cannot use.
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "newsgraph/v1/ingest_service.pb.h"
#include "newsgraph/v1/query_service.pb.h"
#include "tools/load/call_mix.h"
#include "tools/load/request_template.h"
#include "tools/load/unary_method.h"

namespace newsgraph::load {
namespace {

using ::testing::HasSubstr;

constexpr char kCreateArticle[] = "newsgraph.v1.IngestService/CreateArticle";
constexpr char kGetEntity[] = "newsgraph.v1.QueryService/GetEntity";

const google::protobuf::MethodDescriptor& Method(const std::string& name) {
  return **FindUnaryMethod(name);
}

// Writes `text` to a file of the test's temp dir; returns its path.
std::string WriteFile(const std::string& name, const std::string& text) {
  const std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << text;
  return path;
}

v1::CreateArticleRequest DecodeArticle(const std::string& bytes) {
  v1::CreateArticleRequest request;
  EXPECT_TRUE(request.ParseFromString(bytes));
  return request;
}

TEST(RequestTemplateTest, PutsTheSequenceNumberInEveryPlaceholder) {
  absl::StatusOr<RequestTemplate> article = RequestTemplate::Create(
      Method(kCreateArticle),
      R"js({"title": "Markets rally ({seq})", "text": "Shares rose. Run {seq}.", "url": "u{seq}"})js");
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_TRUE(article->varies());
  EXPECT_EQ(article->Substitute(42),
            R"js({"title": "Markets rally (42)", "text": "Shares rose. Run 42.", "url": "u42"})js");
  absl::StatusOr<std::string> bytes = article->Encode(1234567890123);
  ASSERT_TRUE(bytes.ok()) << bytes.status();
  const v1::CreateArticleRequest request = DecodeArticle(*bytes);
  EXPECT_EQ(request.title(), "Markets rally (1234567890123)");
  EXPECT_EQ(request.text(), "Shares rose. Run 1234567890123.");
  EXPECT_EQ(request.url(), "u1234567890123");
  // Different calls, different requests.
  EXPECT_NE(*article->Encode(1), *article->Encode(2));
}

TEST(RequestTemplateTest, ARequestWithoutPlaceholderIsTheSameEveryCall) {
  absl::StatusOr<RequestTemplate> entity =
      RequestTemplate::Create(Method(kGetEntity), R"({"name": "entities/0a1b"})");
  ASSERT_TRUE(entity.ok()) << entity.status();
  EXPECT_FALSE(entity->varies());
  EXPECT_EQ(*entity->Encode(0), *entity->Encode(99));
  v1::GetEntityRequest request;
  ASSERT_TRUE(request.ParseFromString(*entity->Encode(5)));
  EXPECT_EQ(request.name(), "entities/0a1b");
}

TEST(RequestTemplateTest, SaysWhatIsWrongWithARequest) {
  absl::Status status = RequestTemplate::Create(Method(kGetEntity), R"({"nam": "x"})").status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("newsgraph.v1.GetEntityRequest"));
  EXPECT_THAT(status.message(), HasSubstr("nam"));

  status = RequestTemplate::Create(Method(kGetEntity), "{\"name\": ").status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);

  // A placeholder where a large number would not fit (page_size is int32).
  status = RequestTemplate::Create(Method("newsgraph.v1.QueryService/SearchEntities"),
                                   R"({"query": "x", "page_size": {seq}})")
               .status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("{seq} read as 9223372036854775807"));
  EXPECT_THAT(status.message(), HasSubstr("inside a string"));
}

TEST(RequestsFileTest, ReadsOneRequestALineSkippingBlankOnes) {
  const std::string path = WriteFile(
      "articles.jsonl",
      "{\"title\": \"One {seq}\", \"text\": \"First.\"}\n\n"
      "  \n{\"title\": \"Two\", \"text\": \"Second.\"}\n");
  absl::StatusOr<CallKind> kind = RequestsFileKind("127.0.0.1:1", kCreateArticle, path);
  ASSERT_TRUE(kind.ok()) << kind.status();
  EXPECT_EQ(kind->path, "/newsgraph.v1.IngestService/CreateArticle");
  EXPECT_EQ(kind->label, kind->path);
  EXPECT_EQ(kind->target, "127.0.0.1:1");
  ASSERT_EQ(kind->requests.size(), 2u);
  EXPECT_EQ(DecodeArticle(*kind->requests[0].Encode(7)).title(), "One 7");
  EXPECT_EQ(DecodeArticle(*kind->requests[1].Encode(7)).title(), "Two");
}

TEST(RequestsFileTest, NamesTheFileAndLineOfABadRequest) {
  const std::string path =
      WriteFile("bad.jsonl", "{\"title\": \"Fine\", \"text\": \"x\"}\n{\"titel\": \"Typo\"}\n");
  absl::Status status = RequestsFileKind("t:1", kCreateArticle, path).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr(path + ":2:"));
  EXPECT_THAT(status.message(), HasSubstr("titel"));

  status = RequestsFileKind("t:1", kCreateArticle, WriteFile("empty.jsonl", "\n\n")).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("holds no request"));

  status = RequestsFileKind("t:1", kCreateArticle, "/nonexistent/requests.jsonl").status();
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(status.message(), HasSubstr("/nonexistent/requests.jsonl"));

  status = RequestsFileKind("t:1", "newsgraph.v1.QueryService/Nope", path).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kNotFound);
}

TEST(MixTest, ReadsKindsWithTheirDefaults) {
  WriteFile("mix_articles.jsonl", "{\"title\": \"A {seq}\", \"text\": \"Body.\"}\n");
  const std::string path = WriteFile("mix.json", R"([
    {"method": "newsgraph.v1.IngestService/CreateArticle", "weight": 1,
     "target": "127.0.0.1:7001", "requests_file": "mix_articles.jsonl"},
    {"method": "newsgraph.v1.QueryService/GetEntity", "weight": 9,
     "request": {"name": "entities/0a1b"}, "label": "GetEntity US"},
    {"method": "grpc.health.v1.Health.Check"}
  ])");
  absl::StatusOr<std::vector<CallKind>> mix = ReadMixFile(path, "127.0.0.1:7002");
  ASSERT_TRUE(mix.ok()) << mix.status();
  ASSERT_EQ(mix->size(), 3u);
  const CallKind& ingest = (*mix)[0];
  EXPECT_EQ(ingest.target, "127.0.0.1:7001");
  EXPECT_EQ(ingest.weight, 1);
  EXPECT_EQ(ingest.label, "/newsgraph.v1.IngestService/CreateArticle");
  ASSERT_EQ(ingest.requests.size(), 1u);
  EXPECT_EQ(DecodeArticle(*ingest.requests[0].Encode(3)).title(), "A 3");
  const CallKind& entity = (*mix)[1];
  EXPECT_EQ(entity.target, "127.0.0.1:7002");
  EXPECT_EQ(entity.weight, 9);
  EXPECT_EQ(entity.label, "GetEntity US");
  EXPECT_EQ(entity.path, "/newsgraph.v1.QueryService/GetEntity");
  const CallKind& health = (*mix)[2];
  EXPECT_EQ(health.weight, 1);
  EXPECT_EQ(health.path, "/grpc.health.v1.Health/Check");
  EXPECT_EQ(*health.requests[0].Encode(0), "");  // {} is the empty message
}

// The message of ParseMix's error for `text`, which must be INVALID_ARGUMENT.
std::string MixError(const std::string& text, const std::string& default_target = "h:1") {
  absl::Status status = ParseMix(text, "mix.json", ::testing::TempDir(), default_target).status();
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument) << text << ": " << status;
  return std::string(status.message());
}

TEST(MixTest, SaysWhatToFixInAMixFile) {
  EXPECT_THAT(MixError("[{\"method\": "), HasSubstr("mix.json is not valid JSON"));
  EXPECT_THAT(MixError("{\"method\": \"grpc.health.v1.Health/Check\"}"),
              HasSubstr("must be a JSON array"));
  EXPECT_THAT(MixError("[]"), HasSubstr("must be a JSON array"));
  EXPECT_THAT(MixError("[7]"), HasSubstr("entry 0: is not a JSON object"));
  EXPECT_THAT(MixError(R"([{"weight": 2}])"), HasSubstr("entry 0: gives no \"method\""));
  EXPECT_THAT(MixError(R"([{"method": "grpc.health.v1.Health/Check"}, {"methd": "x"}])"),
              HasSubstr("entry 1: unknown key \"methd\""));
  for (const char* weight : {"0", "-3", "1.5", "\"2\"", "1000001"}) {
    EXPECT_THAT(MixError(absl::StrCat(R"([{"method": "grpc.health.v1.Health/Check", "weight": )",
                                      weight, "}]")),
                HasSubstr("\"weight\" must be a whole number from 1"))
        << weight;
  }
  EXPECT_THAT(MixError(R"([{"method": "grpc.health.v1.Health/Check", "target": ""}])"),
              HasSubstr("\"target\" must be a non-empty string"));
  EXPECT_THAT(MixError(R"([{"method": "grpc.health.v1.Health/Check"}])", ""),
              HasSubstr("no \"target\""));
  EXPECT_THAT(MixError(R"([{"method": "grpc.health.v1.Health/Check", "request": "{}"}])"),
              HasSubstr("\"request\" must be a JSON object"));
  EXPECT_THAT(MixError(R"([{"method": "grpc.health.v1.Health/Check", "request": {},
                            "requests_file": "r.jsonl"}])"),
              HasSubstr("keep one"));
  EXPECT_THAT(MixError(R"([{"method": "newsgraph.v1.QueryService/GetEntity",
                            "request": {"nam": "x"}}])"),
              HasSubstr("entry 0: request is not a newsgraph.v1.GetEntityRequest"));
  EXPECT_THAT(MixError(R"([{"method": "Health"}])"), HasSubstr("not a full method name"));
  // A bad line of a requests file, named with the entry.
  WriteFile("mix_bad.jsonl", "{\"no_such_field\": 1}\n");
  EXPECT_THAT(
      MixError(R"([{"method": "newsgraph.v1.IngestService/CreateArticle",
                    "requests_file": "mix_bad.jsonl"}])"),
      HasSubstr("mix_bad.jsonl:1:"));
}

TEST(MixTest, AMissingFileIsNotFound) {
  EXPECT_EQ(ReadMixFile("/nonexistent/mix.json", "h:1").status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ParseMix(R"([{"method": "newsgraph.v1.QueryService/Nope"}])", "mix.json", ".", "h:1")
                .status()
                .code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ParseMix(R"([{"method": "grpc.health.v1.Health/Check",
                          "requests_file": "no_such.jsonl"}])",
                     "mix.json", ".", "h:1")
                .status()
                .code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace newsgraph::load
