// newsgraph_lookup: prints what the gazetteer knows of each phrase given on
// the command line — every entry it may name, and the word-list flags the
// entity rules read. For checking and debugging the data.
//
//   newsgraph_lookup Georgia "Partnership for Peace" Hasanov
#include <iostream>

#include "ingest_service/extract/gazetteer/gazetteer.h"

int main(int argc, char** argv) {
  using namespace newsgraph::extract;
  auto gazetteer = Gazetteer::Load(DefaultGazetteerPath());
  if (!gazetteer.ok()) {
    std::cerr << "newsgraph_lookup: " << gazetteer.status() << "\n";
    return 2;
  }
  static constexpr const char* kKinds[] = {"?", "country", "region", "city", "place", "org"};
  for (int i = 1; i < argc; ++i) {
    const std::string_view phrase = argv[i];
    const Gazetteer& g = **gazetteer;
    std::cout << phrase << ": given=" << g.IsGivenName(phrase)
              << " person_word=" << g.IsPersonNameWord(phrase)
              << " proper_noun=" << g.IsDictionaryProperNoun(phrase)
              << " max_words=" << g.MaxWordsStartingWith(phrase) << "\n";
    auto print = [](const GazetteerMatches& matches, const char* how) {
      for (const GazetteerMatch& m : matches) {
        const GazetteerEntry e = m.entry();
        std::cout << "  " << how << " " << kKinds[static_cast<int>(e.kind())] << " \"" << e.name()
                  << "\" " << e.id() << " " << e.country_code() << " pop=" << e.population()
                  << " " << e.detail() << (m.is_demonym() ? " demonym" : "")
                  << (m.is_acronym() ? " acronym" : "")
                  << (m.is_spelling_variant() ? " variant" : "") << "\n";
      }
    };
    print(g.Lookup(phrase), "exact ");
    print(g.LookupFolded(phrase), "folded");
  }
  return 0;
}
