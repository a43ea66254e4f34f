#include "ingest_service/extract/gazetteer/builder/spelling_variants.h"

#include <algorithm>

#include "ingest_service/extract/gazetteer/name_folding.h"
#include "ingest_service/extract/gazetteer/phrase_normalizer.h"

namespace newsgraph::extract::builder {
namespace {

struct Respelling {
  char32_t c;
  const char* spelling;
};

// Azerbaijani Latin letters and their English-press spelling (ə apart).
constexpr Respelling kAzerbaijani[] = {
    {U'q', "g"},  {U'Q', "G"},  {U'x', "kh"}, {U'X', "Kh"}, {U'c', "j"},  {U'C', "J"},
    {U'ç', "ch"}, {U'Ç', "Ch"}, {U'ş', "sh"}, {U'Ş', "Sh"}, {U'ğ', "gh"}, {U'Ğ', "Gh"},
    {U'ı', "i"},  {U'İ', "I"},  {U'ö', "o"},  {U'Ö', "O"},  {U'ü', "u"},  {U'Ü', "U"},
};

constexpr Respelling kGermanUmlauts[] = {
    {U'ä', "ae"}, {U'Ä', "Ae"}, {U'ö', "oe"}, {U'Ö', "Oe"}, {U'ü', "ue"}, {U'Ü', "Ue"},
};

bool HasAzerbaijaniLetter(std::string_view name) {
  size_t i = 0;
  while (i < name.size()) {
    const char32_t c = DecodeUtf8(name, &i);
    switch (c) {
      case U'ə':
      case U'Ə':
      case U'ǝ':
      case U'Ǝ':
      case U'ı':
      case U'İ':
      case U'ş':
      case U'Ş':
      case U'ç':
      case U'Ç':
      case U'ğ':
      case U'Ğ':
      case U'ö':
      case U'Ö':
      case U'ü':
      case U'Ü':
      case U'q':
      case U'Q':
      case U'x':
      case U'X':
        return true;
      default:
        break;
    }
  }
  return false;
}

template <size_t N>
std::string Respell(std::string_view name, const Respelling (&table)[N], std::string_view schwa) {
  std::string out;
  size_t i = 0;
  while (i < name.size()) {
    const size_t start = i;
    const char32_t c = DecodeUtf8(name, &i);
    // GeoNames writes the Azerbaijani schwa as ə (U+0259) or ǝ (U+01DD).
    if (!schwa.empty() && (c == U'ə' || c == U'ǝ' || c == U'Ə' || c == U'Ǝ')) {
      const bool upper = c == U'Ə' || c == U'Ǝ';
      out.push_back(upper ? static_cast<char>(schwa[0] - 'a' + 'A') : schwa[0]);
      continue;
    }
    const auto it = std::find_if(std::begin(table), std::end(table),
                                 [c](const Respelling& r) { return r.c == c; });
    if (it != std::end(table)) {
      out += it->spelling;
    } else {
      out.append(name.substr(start, i - start));
    }
  }
  return out;
}

void AddIfNew(std::string variant, std::string_view name, std::vector<std::string>& variants) {
  if (variant.empty() || variant == name) return;
  if (std::find(variants.begin(), variants.end(), variant) != variants.end()) return;
  variants.push_back(std::move(variant));
}

}  // namespace

std::string RomanizeAzerbaijani(std::string_view name, std::string_view schwa) {
  if (!HasAzerbaijaniLetter(name)) return std::string(name);
  return AsciiSpelling(Respell(name, kAzerbaijani, schwa));
}

std::vector<std::string> SpellingVariants(std::string_view name, std::string_view country_alpha2) {
  std::vector<std::string> variants;
  const bool ascii = IsAscii(name);
  if (!ascii) AddIfNew(AsciiSpelling(name), name, variants);
  if (country_alpha2 == "AZ") {
    AddIfNew(RomanizeAzerbaijani(name, "a"), name, variants);
    AddIfNew(RomanizeAzerbaijani(name, "e"), name, variants);
  }
  if (!ascii && (country_alpha2 == "DE" || country_alpha2 == "AT" || country_alpha2 == "CH")) {
    AddIfNew(AsciiSpelling(Respell(name, kGermanUmlauts, "")), name, variants);
  }
  return variants;
}

}  // namespace newsgraph::extract::builder
