#include "ingest_service/extract/ner/name_lookup.h"

#include <algorithm>

#include "ingest_service/extract/gazetteer/gazetteer.h"
#include "ingest_service/extract/gazetteer/index_format.h"
#include "ingest_service/extract/ner/name_rules.h"
#include "shared/base/string_view.h"

namespace newsgraph::extract {
namespace {

bool HasNonAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

void Append(const GazetteerMatches& matches, std::vector<GazetteerHit>* hits) {
  for (const GazetteerMatch& match : matches) {
    const GazetteerEntry entry = match.entry();
    GazetteerHit hit;
    hit.type = entry.type();
    hit.subtype = entry.subtype();
    hit.name = entry.name();
    hit.country = entry.country_code();
    hit.id = entry.id();
    hit.sector = entry.sector();
    hit.admin_region = entry.admin_region();
    hit.population = entry.population();
    hit.latitude = static_cast<float>(entry.latitude());
    hit.longitude = static_cast<float>(entry.longitude());
    hit.demonym = match.is_demonym();
    hit.acronym = match.is_acronym();
    hits->push_back(hit);
  }
}

bool IsCountryOrRegion(const GazetteerHit& hit) {
  return !hit.demonym && (hit.subtype == v1::ENTITY_SUBTYPE_COUNTRY ||
                          hit.subtype == v1::ENTITY_SUBTYPE_REGION);
}

// Keeps only the hits the rules can tell apart. "Victoria" matches 67
// places; the rules ask which one a text most likely means (BestHit) and
// whether any is a country or region (and copy what they get). Kept: the
// best; the top-ranked region it stands in for, when the best is that
// region's town; and the first country or region when neither is one. The
// ranking puts them back in the same order, so BestHit of the kept hits is
// BestHit of all.
void PruneToChoices(std::vector<GazetteerHit>* hits) {
  if (hits->size() <= 1) return;
  const GazetteerHit& top = TopHit(*hits);
  const GazetteerHit& best = BestHit(*hits);
  std::vector<GazetteerHit> kept = {best};
  if (&top != &best) kept.push_back(top);
  if (std::none_of(kept.begin(), kept.end(), IsCountryOrRegion)) {
    auto it = std::find_if(hits->begin(), hits->end(), IsCountryOrRegion);
    if (it != hits->end()) kept.push_back(*it);
  }
  *hits = std::move(kept);
}

// "Nato": a capital and two to six lower-case ASCII letters.
bool IsTitleCaseWord(std::string_view s) {
  if (s.size() < 3 || s.size() > 7 || s[0] < 'A' || s[0] > 'Z') return false;
  for (size_t i = 1; i < s.size(); ++i) {
    if (s[i] < 'a' || s[i] > 'z') return false;
  }
  return true;
}

bool IsAllCaps(std::string_view s) {
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || c == ' ' || c == '-')) return false;
  }
  return true;
}

}  // namespace

NameLookup::NameLookup(const Gazetteer* gazetteer, LookupCache* cache)
    : gazetteer_(gazetteer),
      cache_(cache != nullptr ? cache : &own_cache_),
      shared_cache_(cache != nullptr) {
  if (cache_->gazetteer_id != gazetteer_->instance_id() ||
      cache_->hits.size() + cache_->facts.size() > LookupCache::kMaxEntries) {
    cache_->hits.clear();
    cache_->facts.clear();
    cache_->gazetteer_id = gazetteer_->instance_id();
  }
}

bool NameLookup::Remembers(std::string_view phrase) const {
  return shared_cache_ || (!text_.empty() && phrase.data() >= text_.data() &&
                           phrase.data() + phrase.size() <= text_.data() + text_.size());
}

const std::vector<GazetteerHit>* NameLookup::Remembered(std::string_view phrase) const {
  if (!Remembers(phrase)) return nullptr;
  auto it = cache_->hits.find(AsAbsl(phrase));
  if (it == cache_->hits.end()) {
    it = cache_->hits.emplace(std::string(phrase), std::vector<GazetteerHit>()).first;
    FindUncached(phrase, &it->second);
  }
  return &it->second;
}

bool NameLookup::Has(std::string_view phrase) const {
  if (const std::vector<GazetteerHit>* hits = Remembered(phrase)) return !hits->empty();
  std::vector<GazetteerHit> hits;
  return FindUncached(phrase, &hits);
}

bool NameLookup::Find(std::string_view phrase, std::vector<GazetteerHit>* hits) const {
  const std::vector<GazetteerHit>* remembered = Remembered(phrase);
  if (remembered == nullptr) return FindUncached(phrase, hits);
  *hits = *remembered;
  return !hits->empty();
}

bool NameLookup::FindUncached(std::string_view phrase, std::vector<GazetteerHit>* hits) const {
  hits->clear();
  Append(gazetteer_->Lookup(phrase), hits);
  // "Erdogan" for "Erdoğan" and the like: the folded index, for names the
  // text spells with marks the gazetteer lacks or the other way round.
  if (hits->empty() && HasNonAscii(phrase)) Append(gazetteer_->LookupFolded(phrase), hits);
  // Datelines and headlines in capitals ("CAIRO", "RIYADH"): places only.
  if (hits->empty() && phrase.size() >= 4 && IsAllCaps(phrase)) {
    Append(gazetteer_->LookupFolded(phrase), hits);
    hits->erase(std::remove_if(hits->begin(), hits->end(),
                               [](const GazetteerHit& h) {
                                 return h.type != v1::ENTITY_TYPE_LOCATION || h.demonym ||
                                        (h.subtype == v1::ENTITY_SUBTYPE_CITY &&
                                         h.population < 100000);
                               }),
                hits->end());
  }
  // "Nato", "Opec", "Unesco": some outlets write acronyms as words.
  if (IsTitleCaseWord(phrase)) AppendAcronymOrganizations(phrase, hits);
  PruneToChoices(hits);
  return !hits->empty();
}

void NameLookup::AppendAcronymOrganizations(std::string_view word,
                                            std::vector<GazetteerHit>* hits) const {
  char upper[8];
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    upper[i] = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
  }
  std::vector<GazetteerHit> acronyms;
  Append(gazetteer_->Lookup(std::string_view(upper, word.size())), &acronyms);
  for (const GazetteerHit& h : acronyms) {
    if (h.acronym && h.type == v1::ENTITY_TYPE_ORGANIZATION) hits->push_back(h);
  }
}

WordFacts* NameLookup::Facts(std::string_view word) const {
  if (!Remembers(word)) return nullptr;
  auto it = cache_->facts.find(AsAbsl(word));
  if (it == cache_->facts.end()) it = cache_->facts.emplace(std::string(word), WordFacts()).first;
  return &it->second;
}

uint32_t NameLookup::ListFlags(std::string_view word) const {
  WordFacts* facts = Facts(word);
  if (facts == nullptr) return gazetteer_->WordListFlags(word);
  if (facts->flags < 0) facts->flags = static_cast<int32_t>(gazetteer_->WordListFlags(word));
  return static_cast<uint32_t>(facts->flags);
}

bool NameLookup::IsGivenName(std::string_view word) const {
  return (ListFlags(word) & index_format::kGivenNameWord) != 0;
}

bool NameLookup::IsFamilyName(std::string_view word) const {
  const uint32_t flags = ListFlags(word);
  return (flags & index_format::kPersonNameWord) != 0 &&
         (flags & index_format::kGivenNameWord) == 0;
}

bool NameLookup::IsCommonWord(std::string_view lower_word) const {
  return gazetteer_->IsCommonWord(lower_word);
}

bool NameLookup::IsCommonWordAsWritten(std::string_view word) const {
  WordFacts* facts = Facts(word);
  if (facts != nullptr && facts->common >= 0) return facts->common != 0;
  char buffer[64];
  if (word.size() > sizeof(buffer)) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const bool common = gazetteer_->IsCommonWord(std::string_view(buffer, word.size()));
  if (facts != nullptr) facts->common = common;
  return common;
}

bool NameLookup::IsDictionaryProperNoun(std::string_view word) const {
  return (ListFlags(word) & index_format::kProperNounWord) != 0;
}

int NameLookup::max_phrase_words() const { return gazetteer_->max_phrase_words(); }

int NameLookup::MaxWordsStartingWith(std::string_view first_word) const {
  WordFacts* facts = Facts(first_word);
  if (facts == nullptr) return gazetteer_->MaxWordsStartingWith(first_word);
  if (facts->max_words < 0) {
    facts->max_words = static_cast<int16_t>(gazetteer_->MaxWordsStartingWith(first_word));
  }
  return facts->max_words;
}

std::string_view NameLookup::CountryName(std::string_view code) const {
  const auto country = gazetteer_->CountryByAlpha3(code);
  return country.has_value() ? country->name() : std::string_view();
}

}  // namespace newsgraph::extract
