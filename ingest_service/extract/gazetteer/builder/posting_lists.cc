#include "ingest_service/extract/gazetteer/builder/posting_lists.h"

#include <algorithm>
#include <tuple>

#include "ingest_service/extract/gazetteer/index_format.h"

namespace newsgraph::extract::builder {
namespace {

using index_format::kPostingEntryShift;

uint32_t EntryOf(uint32_t posting) { return posting >> kPostingEntryShift; }
bool IsVariant(uint32_t posting) { return (posting & kSpellingVariantBit) != 0; }

// Names first, alternate names last.
int FormRank(uint32_t posting) {
  switch (static_cast<NameForm>(posting & kNameFormMask)) {
    case NameForm::kName:
      return 0;
    case NameForm::kAcronym:
      return 1;
    case NameForm::kDemonym:
      return 2;
    case NameForm::kDemonymPlural:
      return 3;
    case NameForm::kAlternateName:
      return 4;
  }
  return 5;
}

// Countries, organizations and other places first; then cities that are
// capitals, regional seats or large (what news most often means: the
// city Washington before the state, Tbilisi the city before the region);
// then regions; then the other towns of that name.
int KindRank(const BuildEntry& entry) {
  switch (entry.kind) {
    case EntryKind::kCountry:
      return 0;
    case EntryKind::kOrganization:
      return 1;
    case EntryKind::kOtherPlace:
      return 2;
    case EntryKind::kCity:
      return (entry.detail == "PPLC" || entry.detail == "PPLA" || entry.population >= 100000) ? 3
                                                                                              : 5;
    case EntryKind::kRegion:
      return 4;
  }
  return 6;
}

// For two postings of one entry: whether `a` names it more strongly.
bool Stronger(uint32_t a, uint32_t b) {
  return std::make_tuple(IsVariant(a), FormRank(a)) < std::make_tuple(IsVariant(b), FormRank(b));
}

}  // namespace

void PostingLists::Add(std::string_view key, uint32_t entry, NameForm form, bool spelling_variant) {
  if (key.empty()) return;
  const uint32_t posting = (entry << kPostingEntryShift) | static_cast<uint32_t>(form) |
                           (spelling_variant ? kSpellingVariantBit : 0);
  std::vector<uint32_t>& list = lists_[std::string(key)];
  for (uint32_t& existing : list) {
    if (EntryOf(existing) != entry) continue;
    if (Stronger(posting, existing)) existing = posting;
    return;
  }
  list.push_back(posting);
}

bool PostingLists::Precedes(uint32_t a, uint32_t b) const {
  const BuildEntry& x = model_.entries()[EntryOf(a)];
  const BuildEntry& y = model_.entries()[EntryOf(b)];
  const auto rank = [](uint32_t posting, const BuildEntry& entry) {
    return std::make_tuple(IsVariant(posting), KindRank(entry), FormRank(posting) == 4,
                           -static_cast<int64_t>(entry.population), EntryOf(posting));
  };
  return rank(a, x) < rank(b, y);
}

std::vector<KeyPostings> PostingLists::Finish() && {
  std::vector<KeyPostings> keys;
  keys.reserve(lists_.size());
  for (auto& [key, list] : lists_) {
    std::sort(list.begin(), list.end(), [this](uint32_t a, uint32_t b) { return Precedes(a, b); });
    keys.push_back({key, std::move(list)});
  }
  lists_.clear();
  std::sort(keys.begin(), keys.end(),
            [](const KeyPostings& a, const KeyPostings& b) { return a.key < b.key; });
  return keys;
}

}  // namespace newsgraph::extract::builder
