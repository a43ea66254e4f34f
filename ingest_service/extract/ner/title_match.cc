#include <string>

#include "ingest_service/extract/ner/lexicon.h"
#include "ingest_service/extract/ner/name_rules.h"

namespace newsgraph::extract {
namespace {

bool IsTitleWord(const SentenceView& s, uint32_t i) {
  return s.is_word(i) && (s.is_title_modifier(i) || s.is_title_head(i));
}

// Heads whose title goes on with "to" and a place ("Ambassador to Germany").
bool TakesTo(std::string_view head) {
  return head == "ambassador" || head == "envoy" || head == "representative" ||
         head == "delegate" || head == "adviser" || head == "advisor" || head == "emissary";
}

// A military rank opening at `k` ("Colonel General", "Major General",
// "Lieutenant"): after an office it is a second title, not more of it
// ("Defense Minister Colonel General Zakir Hasanov").
bool OpensRank(const SentenceView& s, uint32_t k, uint32_t limit) {
  const std::string_view w = s.lower(k);
  if (w == "colonel" || w == "lieutenant" || w == "brigadier" || w == "admiral" ||
      w == "captain" || w == "sergeant" || w == "marshal" || w == "rear" || w == "vice-admiral") {
    return true;
  }
  return w == "major" && k + 1 < limit && s.lower(k + 1) == "general";
}

}  // namespace

TitleMatch MatchTitle(const SentenceView& s, uint32_t first, uint32_t limit) {
  TitleMatch m;
  m.last = first;
  m.place_first = first;
  uint32_t k = first;
  uint32_t last_head = limit;
  while (k < limit && IsTitleWord(s, k)) {
    if (last_head != limit && OpensRank(s, k, limit)) break;
    if (s.is_title_head(k)) last_head = k;
    ++k;
  }
  if (last_head == limit) return m;
  m.last = last_head + 1;

  // "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff".
  if (m.last + 1 < limit && s.lower(m.last) == "of") {
    uint32_t p = m.last + 1;
    if (s.lower(p) == "the" && p + 1 < limit) ++p;
    uint32_t q = p;
    while (q < limit && s.is_name_like(q) && s.is_title_modifier(q)) ++q;
    if (q > p) m.last = q;
  }
  // "Ambassador to Germany", "Envoy to the United Nations".
  if (m.last + 1 < limit && s.lower(m.last) == "to" && TakesTo(s.lower(last_head))) {
    uint32_t p = m.last + 1;
    if (s.lower(p) == "the" && p + 1 < limit) ++p;
    uint32_t q = p;
    while (q < limit && s.is_name_like(q)) ++q;
    if (q > p) {
      m.place_first = p;
      m.last = q;
    }
  }
  m.place_first = m.place_first == first ? m.last : m.place_first;
  std::string phrase;
  for (uint32_t i = first; i <= last_head; ++i) {
    if (i > first) phrase.push_back(' ');
    phrase += s.lower(i);
  }
  m.rank = IsRank(phrase);
  return m;
}

}  // namespace newsgraph::extract
