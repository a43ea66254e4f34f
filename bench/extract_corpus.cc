// bench_extract_corpus: the ingest pipeline's reading and extraction alone,
// in this process on one thread, over the same files newsgraph_ingest
// sends (tools/corpus_reader: text files, directories, JSON Lines). It is
// the ceiling that bench/ingest_bench.sh compares the bulk RPC against,
// and it times single big articles for bench/growth.sh.
//
//   build/bench/bench_extract_corpus [--passes=1] [--limit=N] [--json] PATH...
//
// Each document is read as the ingest service reads it (its collection's
// date as published_date, everything else detected), then every readable
// article is extracted `--passes` times. Prints articles, MB, the reading
// and extraction times, articles/s and MB/s of each, and the slowest
// article's extraction; --json prints the same as one JSON object.
// Documents the reader refuses are counted and left out, as the service
// refuses them. Exit status: 0, or 2 for a usage or corpus error.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_format.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/extractor.h"
#include "shared/date/partial_date.h"
#include "tools/corpus_reader.h"

ABSL_FLAG(int, passes, 1, "How many times to extract every article.");
ABSL_FLAG(int, limit, 0,
          "Read at most this many documents per PATH (0: all), as newsgraph_ingest.");
ABSL_FLAG(bool, json, false, "Print one JSON object instead of text.");

namespace newsgraph {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The articles of the corpus as the ingest service reads them.
struct ReadCorpus {
  std::vector<v1::Article> articles;
  std::vector<std::string> origins;
  int64_t bytes = 0;  // raw text of the readable articles
  int refused = 0;
  double read_seconds = 0;  // ReadArticle alone, summed
};

absl::Status ReadDocument(tools::CorpusDocument doc, ReadCorpus* corpus) {
  article::ArticleInput input;
  input.content = doc.text;
  input.source = doc.source;
  input.url = doc.url;
  if (!doc.published_date.empty()) {
    absl::StatusOr<v1::PartialDate> date = date::ParseIsoDate(doc.published_date);
    if (date.ok()) input.published_date = *date;
  }
  const Clock::time_point start = Clock::now();
  absl::StatusOr<v1::Article> article = article::ReadArticle(input, article::ReaderLimits());
  corpus->read_seconds += SecondsSince(start);
  if (!article.ok()) {
    ++corpus->refused;
    return absl::OkStatus();
  }
  corpus->bytes += static_cast<int64_t>(doc.text.size());
  corpus->articles.push_back(*std::move(article));
  corpus->origins.push_back(std::move(doc.origin));
  return absl::OkStatus();
}

// What extracting every article `passes` times took.
struct ExtractionTimes {
  double seconds = 0;
  double slowest_seconds = 0;
  int slowest = -1;  // index into ReadCorpus.articles
};

absl::StatusOr<ExtractionTimes> ExtractAll(const extract::Extractor& extractor,
                                           const ReadCorpus& corpus, int passes) {
  ExtractionTimes times;
  v1::Article article;
  for (int pass = 0; pass < passes; ++pass) {
    for (size_t i = 0; i < corpus.articles.size(); ++i) {
      article = corpus.articles[i];  // outside the timing: Extract fills it in
      const Clock::time_point start = Clock::now();
      if (absl::Status s = extractor.Extract(&article); !s.ok()) return s;
      const double seconds = SecondsSince(start);
      times.seconds += seconds;
      if (seconds > times.slowest_seconds) {
        times.slowest_seconds = seconds;
        times.slowest = static_cast<int>(i);
      }
    }
  }
  return times;
}

void Print(const ReadCorpus& corpus, const ExtractionTimes& times, int passes, bool json) {
  const double n = static_cast<double>(corpus.articles.size());
  const double mb = static_cast<double>(corpus.bytes) / 1e6;
  const double extract_per_pass = times.seconds / passes;
  const std::string slowest = times.slowest < 0 ? "" : corpus.origins[times.slowest];
  if (json) {
    std::cout << absl::StrFormat(
        "{\"articles\": %d, \"refused\": %d, \"megabytes\": %.3f, \"read_seconds\": %.4f, "
        "\"extract_seconds\": %.4f, \"read_articles_per_second\": %.1f, "
        "\"extract_articles_per_second\": %.1f, \"extract_megabytes_per_second\": %.3f, "
        "\"read_and_extract_articles_per_second\": %.1f, \"slowest_extract_seconds\": %.4f}\n",
        corpus.articles.size(), corpus.refused, mb, corpus.read_seconds, extract_per_pass,
        n / corpus.read_seconds, n / extract_per_pass, mb / extract_per_pass,
        n / (corpus.read_seconds + extract_per_pass), times.slowest_seconds);
    return;
  }
  std::cout << absl::StrFormat(
      "%d articles (%.1f MB; %d refused by the reader)\n"
      "reading:              %.2f s, %.0f articles/s, %.1f MB/s\n"
      "extraction (%d pass%s): %.2f s a pass, %.0f articles/s, %.1f MB/s\n"
      "reading + extraction: %.0f articles/s\n"
      "slowest extraction:   %.3f s (%s)\n",
      corpus.articles.size(), mb, corpus.refused, corpus.read_seconds, n / corpus.read_seconds,
      mb / corpus.read_seconds, passes, passes == 1 ? "" : "es", extract_per_pass,
      n / extract_per_pass, mb / extract_per_pass, n / (corpus.read_seconds + extract_per_pass),
      times.slowest_seconds, slowest);
}

int Run(const std::vector<char*>& paths) {
  const int passes = absl::GetFlag(FLAGS_passes);
  if (passes < 1) {
    std::cerr << "bench_extract_corpus: --passes must be at least 1\n";
    return 2;
  }
  const int limit = absl::GetFlag(FLAGS_limit);
  ReadCorpus corpus;
  for (const char* path : paths) {
    int documents = 0;
    absl::Status status = tools::ForEachDocument(path, [&](tools::CorpusDocument doc) {
      if (limit > 0 && documents++ >= limit) return absl::CancelledError("limit");
      return ReadDocument(std::move(doc), &corpus);
    });
    if (!status.ok() && !absl::IsCancelled(status)) {
      std::cerr << "bench_extract_corpus: " << status.message() << "\n";
      return 2;
    }
  }
  if (corpus.articles.empty()) {
    std::cerr << "bench_extract_corpus: no readable article under the paths given\n";
    return 2;
  }
  absl::StatusOr<std::unique_ptr<extract::Extractor>> extractor =
      extract::Extractor::Create(extract::ExtractorOptions());
  if (!extractor.ok()) {
    std::cerr << "bench_extract_corpus: " << extractor.status().message() << "\n";
    return 2;
  }
  absl::StatusOr<ExtractionTimes> times = ExtractAll(**extractor, corpus, passes);
  if (!times.ok()) {
    std::cerr << "bench_extract_corpus: " << times.status().message() << "\n";
    return 2;
  }
  Print(corpus, *times, passes, absl::GetFlag(FLAGS_json));
  return 0;
}

}  // namespace
}  // namespace newsgraph

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Reads and extracts articles in-process on one thread and prints articles/s.\n"
      "usage: bench_extract_corpus [--passes=N] [--json] PATH...");
  std::vector<char*> paths = absl::ParseCommandLine(argc, argv);
  paths.erase(paths.begin());
  if (paths.empty()) {
    std::cerr << "bench_extract_corpus: give at least one file or directory (see --help)\n";
    return 2;
  }
  return newsgraph::Run(paths);
}
