// newsgraph_explain: shows how the extractor reads one article — every
// sentence's segments (names, titles, ranks, status words) with their
// type, key and the rule that made them, then the entities. For tuning the
// rules on real text.
//
//   newsgraph_explain [--published_date=2020-01-24] FILE
#include <fstream>
#include <iostream>
#include <sstream>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "ingest_service/article/article_reader.h"
#include "ingest_service/extract/gazetteer/gazetteer.h"
#include "ingest_service/extract/ner/article_names.h"
#include "shared/date/partial_date.h"

ABSL_FLAG(std::string, published_date, "", "The article's date.");

int main(int argc, char** argv) {
  using namespace newsgraph;
  std::vector<char*> args = absl::ParseCommandLine(argc, argv);
  if (args.size() != 2) {
    std::cerr << "usage: newsgraph_explain [--published_date=D] FILE\n";
    return 2;
  }
  std::ifstream in(args[1], std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  article::ArticleInput input;
  input.content = text;
  if (!absl::GetFlag(FLAGS_published_date).empty()) {
    input.published_date = *date::ParseIsoDate(absl::GetFlag(FLAGS_published_date));
  }
  auto article = article::ReadArticle(input, article::ReaderLimits());
  if (!article.ok()) {
    std::cerr << article.status() << "\n";
    return 1;
  }
  auto gazetteer = extract::Gazetteer::Load(extract::DefaultGazetteerPath());
  if (!gazetteer.ok()) {
    std::cerr << gazetteer.status() << "\n";
    return 1;
  }
  const extract::NameLookup lookup(gazetteer->get());
  extract::ArticleNames names;
  const text::CodePointIndex index(article->content());
  extract::ArticleNameFinder(&lookup).Find(*article, index, &names);
  static constexpr const char* kKinds[] = {"NAME", "TITLE", "RANK", "HONORIFIC", "STATUS"};
  int sentence = -1;
  for (size_t i = 0; i < names.segments.size(); ++i) {
    const extract::Segment& seg = names.segments[i];
    if (seg.sentence != sentence) {
      sentence = seg.sentence;
      std::cout << "\n[" << sentence << "] " << article->sentences(sentence).text() << "\n";
    }
    std::cout << "   " << kKinds[static_cast<int>(seg.kind)] << " \""
              << text.substr(seg.begin, seg.end - seg.begin) << "\" type="
              << v1::EntityType_Name(seg.type).substr(12) << " key=" << seg.key
              << " rule=" << seg.rule << (seg.nested ? " nested" : "")
              << (seg.bare_head ? " bare" : "") << " entity=" << names.entity_of[i] << "\n";
  }
  std::cout << "\nentities:\n";
  for (size_t e = 0; e < names.entities.size(); ++e) {
    const auto& rec = names.entities[e];
    std::cout << "  " << e << " " << v1::EntityType_Name(rec.type).substr(12) << " \"" << rec.name
              << "\" key=" << rec.key << " country=" << rec.country << " mentions=" << rec.mentions
              << "\n";
  }
  return 0;
}
