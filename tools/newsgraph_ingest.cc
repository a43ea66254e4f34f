// newsgraph_ingest: sends articles to the ingest service through the bulk
// RPC (IngestService.BatchCreateArticles) and prints what happened.
//
//   newsgraph_ingest --target=127.0.0.1:50051 PATH...
//
// Each PATH is a text file, a directory of *.txt files, or a JSON Lines file
// (.jsonl or .jsonl.gz) with one {"text", "date", "title", "url", "source"}
// object per line. Exit status: 0 when every article was stored (or already
// was), 1 when any failed, 2 for a usage or connection error.
//
// --copies=N (for the benchmarks: bench/growth.sh) sends each article N
// times; copy k > 1 has " (copy k)" appended to its first non-blank line,
// the title line in every format of the shared corpus, so that its title
// and id differ and the store keeps it as a new article (with the same
// names, relations and events as the original).
//
// --tls_ca_file and --token_file reach a service that serves TLS or checks
// bearer tokens (tools/client_auth.h).
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "newsgraph/v1/ingest_service.grpc.pb.h"
#include "tools/client_auth.h"
#include "tools/corpus_reader.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50051", "The ingest service's address.");
ABSL_FLAG(std::string, format, "",
          "Format of every article: plain, byline, wikinews, newswire or titled. Empty: the "
          "service detects it.");
ABSL_FLAG(std::string, source, "", "Publisher to record for every article.");
ABSL_FLAG(std::string, published_date, "",
          "Date of publication for articles whose collection gives none (YYYY-MM-DD).");
ABSL_FLAG(int, batch, 64, "Articles per stream message (one durable commit each).");
ABSL_FLAG(int, limit, 0, "Send at most this many articles per PATH (0: all).");
ABSL_FLAG(int, copies, 1,
          "Send each article this many times, copy k > 1 with \" (copy k)\" after its first "
          "line, so that the store keeps every copy (for benchmarks).");
ABSL_FLAG(bool, verbose, false, "Print one line per article.");
ABSL_FLAG(absl::Duration, timeout, absl::Minutes(30), "Deadline of the whole upload.");

namespace {

using newsgraph::v1::BatchCreateArticlesRequest;
using newsgraph::v1::BatchCreateArticlesResponse;

int Usage(const std::string& message) {
  std::cerr << "newsgraph_ingest: " << message << "\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Sends articles to the newsgraph ingest service.\n"
      "usage: newsgraph_ingest [--target=HOST:PORT] [flags] PATH...");
  std::vector<char*> paths = absl::ParseCommandLine(argc, argv);
  paths.erase(paths.begin());
  if (paths.empty()) return Usage("give at least one file or directory (see --help)");
  const int copies = absl::GetFlag(FLAGS_copies);
  if (copies < 1) return Usage(absl::StrCat("--copies must be at least 1, not ", copies));

  newsgraph::v1::ArticleFormat format = newsgraph::v1::ARTICLE_FORMAT_UNSPECIFIED;
  if (const std::string f = absl::GetFlag(FLAGS_format); !f.empty()) {
    if (!newsgraph::v1::ArticleFormat_Parse("ARTICLE_FORMAT_" + absl::AsciiStrToUpper(f),
                                            &format)) {
      return Usage(absl::StrCat("unknown --format=", f));
    }
  }

  absl::StatusOr<newsgraph::tools::ClientAuth> auth = newsgraph::tools::ClientAuthFromFlags();
  if (!auth.ok()) return Usage(std::string(auth.status().message()));
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(64 << 20);
  args.SetMaxSendMessageSize(64 << 20);
  auto channel = grpc::CreateCustomChannel(absl::GetFlag(FLAGS_target), auth->credentials, args);
  auto stub = newsgraph::v1::IngestService::NewStub(channel);
  grpc::ClientContext context;
  auth->Apply(&context);
  context.set_deadline(std::chrono::system_clock::now() +
                       absl::ToChronoMilliseconds(absl::GetFlag(FLAGS_timeout)));
  BatchCreateArticlesResponse response;
  auto writer = stub->BatchCreateArticles(&context, &response);

  const auto start = std::chrono::steady_clock::now();
  std::vector<std::string> origins;
  BatchCreateArticlesRequest message;
  bool stream_broken = false;
  auto flush = [&] {
    if (message.requests_size() == 0 || stream_broken) return;
    if (!writer->Write(message)) stream_broken = true;
    message.Clear();
  };
  int64_t bytes = 0;
  for (const char* path : paths) {
    int sent = 0;
    absl::Status status = newsgraph::tools::ForEachDocument(
        path, [&](newsgraph::tools::CorpusDocument doc) -> absl::Status {
          const int limit = absl::GetFlag(FLAGS_limit);
          if (limit > 0 && sent >= limit) return absl::CancelledError("limit");
          ++sent;
          for (int copy = 1; copy <= copies && !stream_broken; ++copy) {
            newsgraph::v1::CreateArticleRequest* request = message.add_requests();
            request->set_content(copy == 1 ? doc.text
                                           : newsgraph::tools::WithTitleSuffix(
                                                 doc.text, absl::StrCat(" (copy ", copy, ")")));
            bytes += static_cast<int64_t>(request->content().size());
            request->set_format(format);
            request->set_source(doc.source.empty() ? absl::GetFlag(FLAGS_source) : doc.source);
            request->set_url(doc.url);
            request->set_published_date(doc.published_date.empty()
                                            ? absl::GetFlag(FLAGS_published_date)
                                            : doc.published_date);
            origins.push_back(copy == 1 ? doc.origin
                                        : absl::StrCat(doc.origin, " (copy ", copy, ")"));
            if (message.requests_size() >= absl::GetFlag(FLAGS_batch)) flush();
          }
          return stream_broken ? absl::UnavailableError("stream broken") : absl::OkStatus();
        });
    if (!status.ok() && !absl::IsCancelled(status) && !stream_broken) {
      writer->WritesDone();
      writer->Finish();
      return Usage(std::string(status.message()));
    }
  }
  flush();
  writer->WritesDone();
  const grpc::Status status = writer->Finish();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!status.ok()) {
    return Usage(absl::StrCat("the ingest service answered ", status.error_code(), ": ",
                              status.error_message()));
  }
  for (const auto& result : response.results()) {
    const std::string& origin =
        result.index() < static_cast<int>(origins.size()) ? origins[result.index()] : "?";
    if (result.code() != 0) {
      std::cout << absl::StrFormat("FAILED  %s: %s\n", origin, result.message());
    } else if (absl::GetFlag(FLAGS_verbose)) {
      std::cout << absl::StrFormat("%-8s %s  %s  %s\n",
                                   result.already_exists() ? "EXISTS" : "CREATED", result.name(),
                                   origin, result.title());
    }
  }
  std::cout << absl::StrFormat(
      "%d articles (%.1f MB) in %.2f s (%.0f articles/s): %d created, %d already stored, "
      "%d failed\n",
      response.results_size(), bytes / 1e6, seconds, response.results_size() / seconds,
      response.created_count(), response.existing_count(), response.failed_count());
  return response.failed_count() > 0 ? 1 : 0;
}
