// newsgraph_eval: runs the extractor over the documents of a gold file and
// writes predictions in the shape ../shared/eval/score.py and score_ner.py
// read.
//
//   newsgraph_eval --gold GOLD.jsonl --corpus DIR --out PRED.jsonl
//
// Each gold line names a document (`doc`, a path under DIR) and its date
// (`published`); the document is read as the ingest service reads it
// (format detected), with that date, then extracted.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_format.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/extractor.h"
#include "shared/date/partial_date.h"
#include "tools/prediction_json.h"

ABSL_FLAG(std::string, gold, "", "Gold annotations, JSON Lines with `doc` and `published`.");
ABSL_FLAG(std::string, corpus, "", "The directory the gold `doc` paths are relative to.");
ABSL_FLAG(std::string, out, "", "Where to write the predictions (JSON Lines).");
ABSL_FLAG(std::string, gazetteer, "", "The gazetteer index; empty: the built-in default.");

namespace {

int Fail(const std::string& message) {
  std::cerr << "newsgraph_eval: " << message << "\n";
  return 2;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newsgraph;
  absl::SetProgramUsageMessage(
      "Writes extraction predictions for a gold file.\n"
      "usage: newsgraph_eval --gold GOLD.jsonl --corpus DIR --out PRED.jsonl");
  absl::ParseCommandLine(argc, argv);
  const std::string gold_path = absl::GetFlag(FLAGS_gold);
  const std::string corpus = absl::GetFlag(FLAGS_corpus);
  const std::string out_path = absl::GetFlag(FLAGS_out);
  if (gold_path.empty() || corpus.empty() || out_path.empty()) {
    return Fail("--gold, --corpus and --out are required (see --help)");
  }
  extract::ExtractorOptions options;
  options.gazetteer_path = absl::GetFlag(FLAGS_gazetteer);
  auto extractor = extract::Extractor::Create(options);
  if (!extractor.ok()) return Fail(extractor.status().ToString());

  std::ifstream gold(gold_path);
  if (!gold) return Fail("cannot read " + gold_path);
  std::ofstream out(out_path, std::ios::trunc);
  if (!out) return Fail("cannot write " + out_path);

  int documents = 0;
  int64_t bytes = 0;
  double seconds = 0;
  std::string line;
  int number = 0;
  while (std::getline(gold, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json entry = nlohmann::json::parse(line, nullptr, false);
    if (!entry.is_object() || !entry.contains("doc") || !entry["doc"].is_string()) {
      return Fail(absl::StrFormat("%s:%d: not a JSON object with a \"doc\"", gold_path, number));
    }
    const std::string doc = entry["doc"].get<std::string>();
    std::string text;
    if (!ReadFile(corpus + "/" + doc, &text)) return Fail("cannot read " + corpus + "/" + doc);

    article::ArticleInput input;
    input.content = text;
    if (entry.contains("published") && entry["published"].is_string()) {
      auto published = date::ParseIsoDate(entry["published"].get<std::string>());
      if (!published.ok()) return Fail(doc + ": " + published.status().ToString());
      input.published_date = *published;
    }
    const auto start = std::chrono::steady_clock::now();
    auto read = article::ReadArticle(input, article::ReaderLimits());
    if (!read.ok()) return Fail(doc + ": " + read.status().ToString());
    if (absl::Status s = (*extractor)->Extract(&*read); !s.ok()) {
      return Fail(doc + ": " + s.ToString());
    }
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    bytes += static_cast<int64_t>(text.size());
    ++documents;
    out << tools::PredictionJson(doc, *read).dump() << "\n";
  }
  std::cerr << absl::StrFormat("%d documents, %.2f MB, %.1f ms (%.1f MB/s)\n", documents,
                               bytes / 1e6, seconds * 1e3, seconds > 0 ? bytes / 1e6 / seconds : 0);
  return 0;
}
