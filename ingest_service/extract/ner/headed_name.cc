#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "ingest_service/extract/ner/lexicon.h"
#include "ingest_service/extract/ner/name_rules.h"
#include "shared/base/string_view.h"

namespace newsgraph::extract {
namespace {

bool IsPlaceHit(const GazetteerHit& hit) {
  return hit.type == v1::ENTITY_TYPE_LOCATION && !hit.demonym;
}

// The end of the gazetteer place starting at `first` (a country, a region,
// a city of some size or a name of two words or more — not a demonym, and
// not a village whose name is a common word such as "Industry"), or
// `first`.
uint32_t PlaceAt(const SentenceView& s, const NameLookup& lookup, uint32_t first, uint32_t limit,
                 std::vector<GazetteerHit>* hits) {
  std::vector<GazetteerHit> scratch;
  if (hits == nullptr) hits = &scratch;
  const int words = lookup.MaxWordsStartingWith(s.text(first));
  if (words == 0 && !s.token(first).Is(kNonAscii)) return first;
  const uint32_t max_last =
      std::min<uint32_t>(limit, first + static_cast<uint32_t>(std::max(words, 1)));
  for (uint32_t last = max_last; last > first; --last) {
    if (!lookup.Find(s.span_text(first, last), hits)) continue;
    const GazetteerHit& hit = BestHit(*hits);
    if (!IsPlaceHit(hit)) continue;
    const bool strong = hit.subtype != v1::ENTITY_SUBTYPE_CITY || hit.population >= 100000 ||
                        last - first >= 2;
    if (strong) return last;
  }
  return first;
}

bool IsHeadAt(const SentenceView& s, uint32_t i, uint32_t limit) {
  if (i >= limit) return false;
  const HeadInfo* head = s.head(i);
  if (head == nullptr) return false;
  return s.is_name_like(i) || (i + 1 == limit && head->lower_case_ok);
}

bool IsPluralHead(std::string_view lower) {
  return lower.size() > 3 && lower.back() == 's' && lower != "corps" && lower != "news" &&
         lower != "times" && lower != "forces" && lower != "affairs" && lower != "airways" &&
         lower != "airlines" && lower != "holdings" && lower != "industries" &&
         lower != "services" && lower != "guards" && lower != "games" && lower != "olympics" &&
         lower != "marines" && lower != "brigades" && lower != "accords" && lower != "islands" &&
         lower != "mountains" && lower != "championships" && lower != "elections" &&
         lower != "technologies" && lower != "systems" && lower != "motors" && lower != "records" &&
         lower != "studios" && lower != "pictures" && lower != "labs" && lower != "partners" &&
         lower != "awards";
}

std::string Singular(std::string_view word) {
  if (word.size() > 3 && word.substr(word.size() - 3) == "ies") {
    return absl::StrCat(AsAbsl(word.substr(0, word.size() - 3)), "y");
  }
  if (word.size() > 1 && word.back() == 's') return std::string(word.substr(0, word.size() - 1));
  return std::string(word);
}

}  // namespace

bool MatchHeadedName(const SentenceView& s, const NameLookup& lookup, uint32_t first,
                     uint32_t limit, HeadedName* out) {
  uint32_t h = first;
  // A head that owns the next words ("Prosecutor's Office") is not the end.
  while (h < limit && (!IsHeadAt(s, h, limit) || (h + 2 < limit && s.is_possessive(h + 1)))) {
    // "National Publishing and Advertising Agency": "and" between common
    // words inside a name that a head closes; but not "Azerbaijan and
    // Georgia" or "Jatiya Samajtantrik Dal and Liberal Democratic Party".
    const bool inner_and = s.lower(h) == "and" && h > first && h + 1 < limit &&
                           s.is_name_like(h + 1) &&
                           lookup.IsCommonWordAsWritten(s.text(h - 1)) &&
                           PlaceAt(s, lookup, h - 1, h, nullptr) == h - 1;
    // "Prosecutor's Office": a title that owns the name is part of it.
    const bool owner = s.is_possessive(h + 1);
    if ((s.is_connector(h) && !inner_and) || (s.is_title_head(h) && !owner) ||
        s.status(h) != v1::ROLE_STATUS_UNSPECIFIED) {
      return false;
    }
    ++h;
  }
  if (h >= limit) return false;
  // "Matt Temple", "John Church": a given name and a place's head noun is a
  // person.
  if (h == first + 1 && s.is_name_like(h) && lookup.IsGivenName(s.text(first)) &&
      s.head(h)->type == v1::ENTITY_TYPE_LOCATION && (h + 1 >= limit || !s.is_name_like(h + 1))) {
    return false;
  }
  while (h + 1 < limit && IsHeadAt(s, h + 1, limit)) ++h;
  // "Ross River Dena Council", "Congress Nationalist Party", "Trans-Caspian
  // International Transport Route": a later head a few words on ends the
  // name (an organization's, or a facility's after one).
  for (uint32_t k = h + 1; k < limit && k <= h + 3 && s.is_name_like(k); ++k) {
    if (IsHeadAt(s, k, limit) &&
        (s.head(k)->type == v1::ENTITY_TYPE_ORGANIZATION ||
         s.head(k)->subtype == v1::ENTITY_SUBTYPE_FACILITY)) {
      h = k;
      while (h + 1 < limit && IsHeadAt(s, h + 1, limit)) ++h;
      break;
    }
  }

  HeadedName m;
  bool in_complement = false;  // after "of"/"for": "and" may join more words
  m.first = first;
  m.head = h;
  m.info = s.head(h);
  m.plural = IsPluralHead(s.lower(h));
  m.last = h + 1;
  // "River Maule", "Mount Kenya", "Lake Victoria": the head opens the name.
  if (h == first && m.info->opens_name && m.info->type == v1::ENTITY_TYPE_LOCATION) {
    while (m.last < limit && s.is_name_like(m.last) && s.head(m.last) == nullptr) ++m.last;
    if (m.last > h + 1) {
      *out = m;
      return true;
    }
  }
  std::vector<GazetteerHit> hits;
  while (m.last < limit) {
    const std::string_view c = s.lower(m.last);
    const bool joins = c == "of" || c == "for" || c == "on" || c == "and" || c == "&";
    // "Plan for 2020": a year closes the name of a plan or programme.
    if ((c == "for" || c == "of") && m.last + 1 < limit && m.info->type == v1::ENTITY_TYPE_MISC &&
        s.token(m.last + 1).kind == TokenKind::kNumber && s.text(m.last + 1).size() == 4) {
      m.last += 2;
      break;
    }
    if (joins) {
      uint32_t k = m.last + 1;
      if (k < limit && s.lower(k) == "the") ++k;
      if (k >= limit || !s.is_name_like(k)) break;
      // "Commission and Frost & Sullivan": "and" after the head itself
      // joins two names.
      if ((c == "and" || c == "&") && !in_complement) break;
      // "Cabinet of Prime Minister Fumio Kishida": a title starts a new name.
      if (MatchTitle(s, k, limit).last > k) break;
      in_complement = true;
      const uint32_t place_last = PlaceAt(s, lookup, k, limit, &hits);
      if (place_last > k) {
        if (c == "and") break;  // "... Ministry and Georgia": two names
        if (c != "of") break;
        m.place_first = k;
        m.place_last = place_last;
        m.last = place_last;
        if (m.plural && m.last + 1 < limit && s.lower(m.last) == "and") {
          const uint32_t second = PlaceAt(s, lookup, m.last + 1, limit, &hits);
          if (second > m.last + 1) {
            m.second_place_first = m.last + 1;
            m.second_place_last = second;
            m.last = second;
          }
        }
        break;
      }
      uint32_t q = k;
      while (q < limit && s.is_name_like(q) && !s.is_title_head(q)) ++q;
      if (q == k) break;
      m.last = q;
      continue;
    }
    if (IsHeadAt(s, m.last, limit)) {
      m.head = m.last;
      m.info = s.head(m.last);
      ++m.last;
      continue;
    }
    break;
  }
  // A head that opens its name types it ("Ministry of ...", "University of ...").
  if (const HeadInfo* opener = s.head(first); opener != nullptr && opener->opens_name &&
                                                          s.is_name_like(first)) {
    m.info = opener;
  }
  *out = m;
  return true;
}

std::vector<Segment> BuildHeadedSegments(const SentenceView& s, const NameLookup& lookup,
                                         const HeadedName& m) {
  std::vector<Segment> out;
  std::vector<GazetteerHit> hits;
  auto make = [&](uint32_t first, uint32_t last) {
    Segment seg;
    seg.kind = SegmentKind::kName;
    seg.sentence = s.index();
    seg.first_token = first;
    seg.last_token = last;
    seg.begin = s.token(first).begin;
    seg.end = s.token(last - 1).end;
    return seg;
  };

  // Places and demonyms inside the name give it a country; they are
  // mentions of their own, nested in it.
  std::string country;
  std::string country_name;
  std::vector<Segment> nested;
  uint32_t portfolio_first = m.first;
  for (uint32_t i = m.first; i < m.last; ++i) {
    if (!s.is_name_like(i)) continue;
    const uint32_t last = PlaceAt(s, lookup, i, m.last, &hits);
    uint32_t end = last;
    if (last == i && lookup.Find(s.text(i), &hits) && BestHit(hits).demonym) end = i + 1;
    if (end == i || (i == m.first && end >= m.last)) continue;
    lookup.Find(s.span_text(i, end), &hits);
    const GazetteerHit& hit = BestHit(hits);
    // Only what gives the name a country: a country, a region, a big city
    // ("Plan" in "Cooperation Plan" is a village in Spain, not a place here).
    const bool gives_country = hit.subtype == v1::ENTITY_SUBTYPE_COUNTRY ||
                               hit.subtype == v1::ENTITY_SUBTYPE_REGION ||
                               (hit.subtype == v1::ENTITY_SUBTYPE_CITY && hit.population >= 500000);
    if (!gives_country) {
      i = end - 1;
      continue;
    }
    Segment place = make(i, end);
    ApplyHit(hit, &place);
    place.nested = true;
    place.rule = "gazetteer:in-name";
    if (country.empty() && !hit.country.empty()) {
      country = std::string(hit.country);
      country_name = hit.type == v1::ENTITY_TYPE_LOCATION &&
                             hit.subtype == v1::ENTITY_SUBTYPE_COUNTRY
                         ? std::string(hit.name)
                         : std::string(lookup.CountryName(hit.country));
    }
    if (i == m.first && end <= m.head) portfolio_first = end;
    nested.push_back(std::move(place));
    i = end - 1;
  }

  const std::string_view head_lower = s.lower(m.head);
  const bool ministry = head_lower == "ministry" || head_lower == "ministries";
  auto canonical = [&](const std::string& place_name) -> std::string {
    if (!ministry) return std::string(s.span_text(m.first, m.last));
    // "Azerbaijan Defense Ministry", "Defense Ministry of Azerbaijan",
    // "Ministry of Defense of Azerbaijan" -> "Ministry of Defense of Azerbaijan".
    std::string portfolio;
    if (m.head > portfolio_first) {
      portfolio = std::string(s.span_text(portfolio_first, m.head));
    } else if (m.head + 2 < m.last && s.lower(m.head + 1) == "of") {
      const uint32_t stop = m.place_first > 0 ? m.place_first - 1 : m.last;
      if (stop > m.head + 2) portfolio = std::string(s.span_text(m.head + 2, stop));
    }
    // "Foreign Ministry" is the Ministry of Foreign Affairs.
    if (portfolio == "Foreign") portfolio = "Foreign Affairs";
    if (portfolio == "Home") portfolio = "Home Affairs";
    std::string name = "Ministry";
    if (!portfolio.empty()) absl::StrAppend(&name, " of ", portfolio);
    if (!place_name.empty()) absl::StrAppend(&name, " of ", place_name);
    return name;
  };

  Segment first_seg = make(m.first, m.second_place_first > 0 ? m.second_place_first - 1 : m.last);
  first_seg.type = m.info->type;
  first_seg.subtype = m.info->subtype;
  first_seg.sector = m.info->sector;
  first_seg.country = country;
  first_seg.name = canonical(country_name);
  first_seg.confidence = 0.8;
  first_seg.rule = "head-noun";
  first_seg.bare_head = m.first == m.head && m.last == m.head + 1;
  if (m.plural && ministry) {
    first_seg.alias = absl::StrCat(AsAbsl(s.span_text(portfolio_first, m.head)), " Ministry of ",
                                   country_name);
  }
  out.push_back(first_seg);

  if (m.second_place_first > 0) {
    lookup.Find(s.span_text(m.second_place_first, m.second_place_last), &hits);
    const GazetteerHit& hit = BestHit(hits);
    Segment second = make(m.first, m.last);
    second.type = m.info->type;
    second.subtype = m.info->subtype;
    second.sector = m.info->sector;
    second.country = std::string(hit.country);
    second.name = canonical(std::string(hit.name));
    second.alias = absl::StrCat(AsAbsl(s.span_text(portfolio_first, m.head)), " ",
                                Singular(s.text(m.head)), " of ", AsAbsl(hit.name));
    second.confidence = 0.7;
    second.rule = "head-noun:coordinated";
    out.push_back(std::move(second));
  }
  for (Segment& seg : nested) out.push_back(std::move(seg));
  for (Segment& seg : out) {
    if (seg.key.empty()) seg.key = NameKey(seg.type, seg.name);
  }
  return out;
}

}  // namespace newsgraph::extract
