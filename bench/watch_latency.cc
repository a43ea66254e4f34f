// watch_latency: how soon QueryService.WatchEvents delivers the events of a
// newly stored article, and whether every watch gets each exactly once.
//
//   watch_latency --ingest=127.0.0.1:P --query=127.0.0.1:Q --watchers=4
//       --articles=200 --rate=20 ../shared/corpus/bbc
//
// Opens --watchers watches (from now, no filter) and waits until each has
// its position, then stores --articles articles from PATH one at a time
// through IngestService.CreateArticle, --rate a second on a fixed schedule.
// Each article gets a run tag on its title line, so that the store keeps
// it as a new article even when the corpus was stored before. A delivery's
// latency is from the moment its article's CreateArticle returned to the
// moment a watch read the article's first event (it can be below zero: the
// query service may see the commit before the ingest service's answer
// arrives). After the last article the watches get --drain to catch up.
//
// With --articles=0 it only holds the watches open for --drain (what idle
// watches cost the query service).
//
// Exit status: 0 when every watch read each stored article's events once;
// 1 when a watch missed or repeated one (each is printed); 2 for a usage or
// connection error.
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "newsgraph/v1/ingest_service.grpc.pb.h"
#include "newsgraph/v1/query_service.grpc.pb.h"
#include "tools/corpus_reader.h"
#include "tools/load/report.h"

ABSL_FLAG(std::string, ingest, "127.0.0.1:50051", "The ingest service's address.");
ABSL_FLAG(std::string, query, "127.0.0.1:50052", "The query service's address.");
ABSL_FLAG(int, watchers, 1, "Watches open at once (1 to 1000).");
ABSL_FLAG(int, articles, 100, "Articles to store (from the first of PATH).");
ABSL_FLAG(double, rate, 10, "Articles stored a second.");
ABSL_FLAG(absl::Duration, drain, absl::Seconds(5),
          "How long the watches may take after the last article.");

namespace {

using Clock = std::chrono::steady_clock;
using newsgraph::v1::WatchEventsResponse;

int Usage(const std::string& message) {
  std::cerr << "watch_latency: " << message << "\n";
  return 2;
}

double Millis(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

// One watch: its call, and what it read, when.
class Watch {
 public:
  explicit Watch(newsgraph::v1::QueryService::Stub* stub) {
    reader_ = stub->WatchEvents(&context_, newsgraph::v1::WatchEventsRequest());
  }

  // Blocks until the server has fixed the watch's position.
  void WaitUntilOpen() { reader_->WaitForInitialMetadata(); }

  // Reads until the call ends; run on a thread of its own.
  void ReadAll() {
    WatchEventsResponse response;
    while (reader_->Read(&response)) {
      const Clock::time_point now = Clock::now();
      absl::MutexLock lock(&mu_);
      Reading& r = read_[response.article()];
      if (r.events == 0) r.first = now;
      ++r.events;
    }
    status_ = reader_->Finish();
  }

  void Cancel() { context_.TryCancel(); }

  struct Reading {
    Clock::time_point first;
    int events = 0;
  };
  std::map<std::string, Reading> Readings() {
    absl::MutexLock lock(&mu_);
    return read_;
  }
  int EventsOf(const std::string& article) {
    absl::MutexLock lock(&mu_);
    auto it = read_.find(article);
    return it == read_.end() ? 0 : it->second.events;
  }
  const grpc::Status& status() const { return status_; }

 private:
  grpc::ClientContext context_;
  std::unique_ptr<grpc::ClientReader<WatchEventsResponse>> reader_;
  absl::Mutex mu_;
  std::map<std::string, Reading> read_ ABSL_GUARDED_BY(mu_);
  grpc::Status status_;
};

struct Stored {
  Clock::time_point acked;
  int events = 0;
};

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "Measures how soon WatchEvents delivers the events of new articles.\n"
      "usage: watch_latency --ingest=HOST:PORT --query=HOST:PORT [flags] PATH");
  std::vector<char*> args = absl::ParseCommandLine(argc, argv);
  if (args.size() != 2) return Usage("give one corpus file or directory (see --help)");
  const int watchers = absl::GetFlag(FLAGS_watchers);
  const int articles = absl::GetFlag(FLAGS_articles);
  const double rate = absl::GetFlag(FLAGS_rate);
  if (watchers < 1 || watchers > 1000) return Usage("--watchers must be 1 to 1000");
  if (articles < 0) return Usage("--articles must be at least 0");
  if (!(rate > 0 && rate <= 10000)) return Usage("--rate must be above 0 and at most 10000");

  std::vector<newsgraph::tools::CorpusDocument> docs;
  absl::Status read = newsgraph::tools::ForEachDocument(
      args[1], [&](newsgraph::tools::CorpusDocument doc) -> absl::Status {
        docs.push_back(std::move(doc));
        return static_cast<int>(docs.size()) < articles ? absl::OkStatus()
                                                        : absl::CancelledError("enough");
      });
  if (!read.ok() && !absl::IsCancelled(read)) return Usage(read.ToString());
  if (static_cast<int>(docs.size()) < articles) {
    return Usage(absl::StrCat(args[1], " has ", docs.size(), " articles, fewer than --articles"));
  }

  auto query_stub = newsgraph::v1::QueryService::NewStub(
      grpc::CreateChannel(absl::GetFlag(FLAGS_query), grpc::InsecureChannelCredentials()));
  auto ingest_stub = newsgraph::v1::IngestService::NewStub(
      grpc::CreateChannel(absl::GetFlag(FLAGS_ingest), grpc::InsecureChannelCredentials()));
  std::vector<std::unique_ptr<Watch>> watches;
  std::vector<std::thread> readers;
  for (int i = 0; i < watchers; ++i) {
    watches.push_back(std::make_unique<Watch>(query_stub.get()));
    watches.back()->WaitUntilOpen();
    readers.emplace_back([w = watches.back().get()] { w->ReadAll(); });
  }

  // The run tag makes each article new to the store.
  const std::string tag = absl::StrCat(" (watch ", absl::ToUnixMicros(absl::Now()), ")");
  std::map<std::string, Stored> stored;
  int failed = 0;
  const Clock::time_point start = Clock::now();
  for (int k = 0; k < articles; ++k) {
    std::this_thread::sleep_until(start + std::chrono::duration_cast<Clock::duration>(
                                              std::chrono::duration<double>(k / rate)));
    newsgraph::v1::CreateArticleRequest request;
    request.set_content(newsgraph::tools::WithTitleSuffix(docs[k].text, tag));
    request.set_published_date(docs[k].published_date);
    request.set_view(newsgraph::v1::ARTICLE_VIEW_FULL);
    newsgraph::v1::CreateArticleResponse response;
    grpc::ClientContext context;
    context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    const grpc::Status status = ingest_stub->CreateArticle(&context, request, &response);
    if (!status.ok()) {
      std::cerr << docs[k].origin << ": " << status.error_message() << "\n";
      ++failed;
      continue;
    }
    stored[response.article().name()] = {Clock::now(), response.article().events_size()};
  }
  const Clock::duration sending = Clock::now() - start;

  // The drain: until every watch has every event, or --drain.
  const Clock::time_point drain_end =
      Clock::now() + absl::ToChronoNanoseconds(absl::GetFlag(FLAGS_drain));
  auto all_read = [&] {
    for (auto& w : watches) {
      for (const auto& [name, s] : stored) {
        if (w->EventsOf(name) < s.events) return false;
      }
    }
    return true;
  };
  if (articles == 0) std::this_thread::sleep_until(drain_end);
  while (!all_read() && Clock::now() < drain_end)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  for (auto& w : watches) w->Cancel();
  for (std::thread& t : readers) t.join();

  int with_events = 0, events = 0;
  for (const auto& [name, s] : stored) {
    with_events += s.events > 0 ? 1 : 0;
    events += s.events;
  }
  // Deliveries as calls of one kind, for the load tools' percentiles.
  newsgraph::load::Tally deliveries(1);
  int wrong = 0;
  for (size_t i = 0; i < watches.size(); ++i) {
    const grpc::Status& status = watches[i]->status();
    if (status.error_code() != grpc::StatusCode::CANCELLED) {
      std::cerr << "watch " << i << " ended with " << status.error_code() << ": "
                << status.error_message() << "\n";
      ++wrong;
    }
    const std::map<std::string, Watch::Reading> read = watches[i]->Readings();
    for (const auto& [name, s] : stored) {
      auto it = read.find(name);
      const int got = it == read.end() ? 0 : it->second.events;
      if (got != s.events) {
        std::cerr << "watch " << i << " read " << got << " events of " << name << ", not "
                  << s.events << "\n";
        ++wrong;
      }
      if (got > 0) {
        deliveries.Record(
            0,
            std::chrono::duration_cast<std::chrono::nanoseconds>(it->second.first - s.acked)
                .count(),
            absl::StatusCode::kOk);
      }
    }
  }
  const newsgraph::load::CallStats latency = deliveries.Stats({0}, 0);
  absl::PrintF("articles      %d stored (%d failed) in %.1f s, %d with events (%d events)\n",
               static_cast<int>(stored.size()), failed, Millis(sending) / 1000, with_events,
               events);
  absl::PrintF("watches       %d: %s\n", watchers,
               wrong == 0 ? "each read every event once" : absl::StrCat(wrong, " wrong"));
  absl::PrintF("latency (ms)  p50 %.1f p90 %.1f p99 %.1f max %.1f (%d deliveries)\n",
               latency.p50_us / 1000, latency.p90_us / 1000, latency.p99_us / 1000,
               latency.max_us / 1000, static_cast<int>(latency.requests));
  return wrong == 0 && failed == 0 ? 0 : 1;
}
