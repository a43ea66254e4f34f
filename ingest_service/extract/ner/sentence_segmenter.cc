#include "ingest_service/extract/ner/sentence_segmenter.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "ingest_service/extract/ner/lexicon.h"
#include "ingest_service/extract/ner/name_rules.h"

namespace newsgraph::extract {
namespace {

using Chunk = ChunkBounds;

// Connector sequences that may join the words of one name.
bool ValidConnectors(const SentenceView& s, uint32_t first, uint32_t last) {
  const uint32_t count = last - first;
  if (count == 1) return s.lower(first) != "the";
  if (count == 2) {
    const std::string_view a = s.lower(first);
    const std::string_view b = s.lower(first + 1);
    if (b == "the") return a == "of" || a == "for" || a == "on" || a == "and";
    return IsNameParticle(s.text(first)) && IsNameParticle(s.text(first + 1));
  }
  return false;
}

bool IsYear(const SentenceView& s, uint32_t i) {
  if (i >= s.size() || s.token(i).kind != TokenKind::kNumber) return false;
  const std::string_view t = s.text(i);
  return t.size() == 4 && (t[0] == '1' || t[0] == '2');
}

bool IsMiscHead(const SentenceView& s, uint32_t i) {
  const HeadInfo* head = s.head(i);
  return head != nullptr && head->type == v1::ENTITY_TYPE_MISC;
}

// A capitalised sentence opener that is only a function word ("The",
// "During") does not start a name unless a gazetteer name starts there.
bool IsSmallPlace(const GazetteerHit& hit) {
  return (hit.subtype == v1::ENTITY_SUBTYPE_CITY && hit.population < 100000) ||
         hit.subtype == v1::ENTITY_SUBTYPE_REGION;
}

bool SkipAsOpener(const SentenceView& s, uint32_t i, const NameLookup& lookup,
                  std::vector<GazetteerHit>* scratch) {
  if (!s.is_sentence_start(i)) return false;
  if (!s.is_function_word(i)) return false;
  return !lookup.Find(s.text(i), scratch) || IsSmallPlace(BestHit(*scratch));
}

// Lower-case heads that news writes as part of a name ("Baku-Tbilisi-Ceyhan
// pipeline", "Amazon rainforest"); "district", "highway" and the like stay
// outside it.
bool AttachesLowerCase(std::string_view lower) {
  return lower == "pipeline" || lower == "railway" || lower == "railroad" ||
         lower == "interconnector" || lower == "rainforest" || lower == "province";
}

bool IsEnvoy(std::string_view lower) {
  return lower == "ambassador" || lower == "envoy" || lower == "representative" ||
         lower == "delegate" || lower == "emissary";
}

// "W." in "George W. Bush": a capital letter and a period inside a name.
bool IsInitial(const SentenceView& s, uint32_t i) {
  return i + 2 < s.size() && s.is_word(i) && s.text(i).size() == 1 && s.token(i).Is(kUpperInitial) &&
         s.is_punct(i + 1, ".") && s.is_name_like(i + 2);
}

// "People's Party", "Prosecutor's Office", "King's College London": a
// possessive inside a name — one word before it that is a title or a
// common word (not a country, a place or a person), and after it a
// capitalised run that a head noun closes.
bool IsPossessiveInName(const SentenceView& s, const NameLookup& lookup, uint32_t first,
                        uint32_t i) {
  if (!s.is_possessive(i) || i != first + 1 || !s.is_name_like(i + 1)) return false;
  const std::string_view owner = s.text(first);
  if (!s.is_title_head(first) && !lookup.IsCommonWordAsWritten(owner)) return false;
  if (lookup.IsGivenName(owner)) return false;
  // "Russia's Foreign Ministry", "Beijing's Foreign Ministry" are two names.
  std::vector<GazetteerHit> hits;
  if (lookup.Find(owner, &hits) && !IsSmallPlace(BestHit(hits))) return false;
  for (uint32_t k = i + 1; k < s.size() && k <= i + 4 && s.is_name_like(k); ++k) {
    const HeadInfo* head = s.head(k);
    if (head != nullptr && head->type == v1::ENTITY_TYPE_ORGANIZATION) return true;
  }
  return false;
}

// A month name that is a person's surname ("Theresa May").
bool IsSurnameMonth(const SentenceView& s, uint32_t i, const NameLookup& lookup) {
  return i > 0 && i < s.size() && s.is_word(i) && s.token(i).Is(kUpperInitial) &&
         IsNeverName(s.text(i)) && lookup.IsGivenName(s.text(i - 1)) && s.is_name_like(i - 1);
}

// Every word of the run is in capitals: a shouted phrase ("IS GREAT"), not
// a name, unless the gazetteer knows it.
// A lower-case connector between them ("RRDC and LFN") means acronyms, not
// shouting.
bool IsShouted(const SentenceView& s, ChunkBounds chunk) {
  if (chunk.last - chunk.first < 2) return false;
  for (uint32_t i = chunk.first; i < chunk.last; ++i) {
    if (s.is_word(i) && !s.token(i).Is(kAllUpper)) return false;
  }
  return true;
}

void FindChunks(const SentenceView& s, const NameLookup& lookup, std::vector<Chunk>* chunks,
                std::vector<GazetteerHit>* hits) {
  std::vector<GazetteerHit>& scratch = *hits;
  const uint32_t n = s.size();
  uint32_t i = 0;
  while (i < n) {
    if (!s.is_name_like(i) || SkipAsOpener(s, i, lookup, &scratch)) {
      ++i;
      continue;
    }
    // A function word opening a run after a quote or a colon ("As Boris
    // ...") — unless the gazetteer knows it as more than a village ("As" is
    // a town in Belgium). Mid-sentence, a capitalised "The" or "Tomorrow"
    // belongs to the name ("The Associated Press", "Tomorrow Group").
    const bool after_opening =
        i == 0 || s.is_punct(i - 1, ":") || s.is_punct(i - 1, "\"") || s.is_punct(i - 1, "“") ||
        s.is_punct(i - 1, "‘") || s.is_punct(i - 1, "(") || s.is_punct(i - 1, "—");
    if (after_opening && i + 1 < n && s.is_name_like(i + 1) && s.is_function_word(i) &&
        !lookup.Has(s.span_text(i, i + 2)) &&
        !(lookup.Find(s.text(i), &scratch) && !IsSmallPlace(BestHit(scratch)))) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < n) {
      if (s.breaks_line(j)) break;  // names do not run across lines
      if (s.is_name_like(j) || IsSurnameMonth(s, j, lookup)) {
        ++j;
        continue;
      }
      if (IsPossessiveInName(s, lookup, i, j)) {
        ++j;
        continue;
      }
      if (IsInitial(s, j - 1) && s.is_punct(j, ".")) {
        ++j;
        continue;
      }
      uint32_t k = j;
      while (k < n && k - j < 2 && s.is_connector(k)) ++k;
      if (k > j && s.is_name_like(k) && !s.breaks_line(k) && ValidConnectors(s, j, k)) {
        j = k + 1;
        continue;
      }
      // "Ambassador to Germany", "Envoy to the United Nations".
      if (s.lower(j) == "to" && IsEnvoy(s.lower(j - 1))) {
        k = j + 1;
        if (k < n && s.lower(k) == "the") ++k;
        if (k < n && s.is_name_like(k)) {
          j = k + 1;
          continue;
        }
      }
      // "Plan for 2020", "Programme of 2019".
      if (k == j + 1 && (s.lower(j) == "for" || s.lower(j) == "of") && IsYear(s, k) &&
          IsMiscHead(s, j - 1)) {
        j = k + 1;
        continue;
      }
      break;
    }
    // A lower-case head that belongs to the name: "Baku-Tbilisi-Ceyhan
    // pipeline", "Gyeonggi province" (not after a lone demonym: "Syrian state").
    if (j < n && s.is_word(j) && !s.is_name_like(j)) {
      const HeadInfo* head = s.head(j);
      if (head != nullptr && head->lower_case_ok && AttachesLowerCase(s.lower(j))) {
        const bool lone_demonym = j == i + 1 && lookup.Find(s.text(i), &scratch) &&
                                  BestHit(scratch).demonym;
        if (!lone_demonym) ++j;
      }
    }
    const Chunk chunk{i, j};
    if (!IsShouted(s, chunk) || lookup.Has(s.span_text(i, j))) chunks->push_back(chunk);
    i = j;
  }
}

using ParserScratch = SentenceSegmenter::Scratch;

// Parses one chunk into segments; see the header.
class ChunkParser {
 public:
  ChunkParser(const SentenceView& s, const NameLookup& lookup, Chunk chunk,
              std::vector<Segment>* out, ParserScratch* scratch)
      : s_(s), lookup_(lookup), chunk_(chunk), out_(out), hits_(scratch->hits),
        longest_(scratch->longest) {
    longest_.assign(chunk.last - chunk.first, kUnknown);
  }

  void Run() {
    uint32_t p = chunk_.first;
    while (p < chunk_.last) {
      if (s_.is_connector(p) || s_.is_punct(p, "&")) {
        ++p;
        continue;
      }
      // A capitalised "The" before an organization's name belongs to it
      // ("The Associated Press", "The Korea Herald").
      const bool the = s_.lower(p) == "the" && p + 1 < chunk_.last && !s_.is_connector(p);
      const uint32_t at = the ? p + 1 : p;
      const size_t first_new = out_->size();
      uint32_t next = at;
      if (TakeStatus(at, &next) || TakeHonorific(at, &next) || TakeTitle(at, &next) ||
          TakeHeadedName(at, &next) || TakeGazetteerName(at, &next) ||
          TakeHyphenatedPlaces(at, &next)) {
        p = next;
      } else {
        p = TakeRest(at);
      }
      if (the && out_->size() > first_new) IncludeThe(&(*out_)[first_new], at - 1);
    }
  }

  void IncludeThe(Segment* seg, uint32_t the) {
    if (!seg->is_name() || seg->first_token != the + 1) return;
    if (seg->type != v1::ENTITY_TYPE_ORGANIZATION && seg->type != v1::ENTITY_TYPE_MISC) return;
    seg->first_token = the;
    seg->begin = s_.token(the).begin;
  }

 private:
  Segment MakeSegment(SegmentKind kind, uint32_t first, uint32_t last) const {
    Segment seg;
    seg.kind = kind;
    seg.sentence = s_.index();
    seg.first_token = first;
    seg.last_token = last;
    seg.begin = s_.token(first).begin;
    seg.end = s_.token(last - 1).end;
    // "... in the U.S." ending a sentence: its last period ends the sentence.
    if (last == s_.size() && s_.token(last - 1).Is(kDotted)) --seg.end;
    return seg;
  }

  bool TakeStatus(uint32_t p, uint32_t* next) {
    const std::string_view text = s_.text(p);
    if (text.size() > 3 && (text.substr(0, 3) == "ex-" || text.substr(0, 3) == "Ex-")) {
      Segment status = MakeSegment(SegmentKind::kStatus, p, p + 1);
      status.end = status.begin + 3;
      status.status = v1::ROLE_STATUS_FORMER;
      out_->push_back(status);
      // The rest of the word ("Georgian") is looked up on its own.
      if (lookup_.Find(text.substr(3), &hits_)) {
        Segment name = MakeSegment(SegmentKind::kName, p, p + 1);
        name.begin += 3;
        ApplyHit(BestHit(hits_), &name);
        name.rule = "gazetteer";
        out_->push_back(std::move(name));
      }
      *next = p + 1;
      return true;
    }
    const v1::RoleStatus status = s_.status(p);
    if (status == v1::ROLE_STATUS_UNSPECIFIED || p + 1 >= chunk_.last) return false;
    Segment seg = MakeSegment(SegmentKind::kStatus, p, p + 1);
    seg.status = status;
    out_->push_back(seg);
    *next = p + 1;
    return true;
  }

  bool TakeHonorific(uint32_t p, uint32_t* next) {
    if (!s_.is_honorific(p) || p + 1 >= chunk_.last) return false;
    out_->push_back(MakeSegment(SegmentKind::kHonorific, p, p + 1));
    *next = p + 1;
    return true;
  }

  bool TakeTitle(uint32_t p, uint32_t* next) {
    const TitleMatch title = MatchTitle(s_, p, chunk_.last);
    if (title.last == p) return false;
    // "Prosecutor's Office": the owner of a name, not a title.
    if (title.last < chunk_.last && s_.is_possessive(title.last)) return false;
    // "General Motors", "General Assembly": a head after it makes an organization.
    if (title.last < chunk_.last && s_.head(title.last) != nullptr &&
        !s_.is_connector(title.last)) {
      return false;
    }
    Segment seg = MakeSegment(title.rank ? SegmentKind::kRank : SegmentKind::kTitle, p,
                              title.last);
    seg.name = std::string(s_.span_text(p, title.last));
    out_->push_back(std::move(seg));
    // "Ambassador to Germany": the place is a name of its own too.
    if (title.place_first < title.last) {
      uint32_t ignored;
      TakeGazetteerNameIn(title.place_first, title.last, &ignored);
    }
    *next = title.last;
    return true;
  }

  bool TakeHeadedName(uint32_t p, uint32_t* next) {
    HeadedName headed;
    if (!MatchHeadedName(s_, lookup_, p, chunk_.last, &headed)) return false;
    // A gazetteer name of the same extent wins ("European Union"), but
    // not a village that happens to share a head noun's name ("Plan").
    if (const uint32_t g = LongestGazetteerMatch(p, chunk_.last); g >= headed.last) {
      lookup_.Find(s_.span_text(p, g), &hits_);
      const GazetteerHit& hit = BestHit(hits_);
      const bool small_place = hit.subtype == v1::ENTITY_SUBTYPE_CITY && hit.population < 100000;
      if (!small_place) return false;
    }
    for (Segment& seg : BuildHeadedSegments(s_, lookup_, headed)) out_->push_back(std::move(seg));
    *next = headed.last;
    return true;
  }

  bool TakeGazetteerName(uint32_t p, uint32_t* next) {
    return TakeGazetteerNameIn(p, chunk_.last, next);
  }

  bool TakeGazetteerNameIn(uint32_t p, uint32_t limit, uint32_t* next) {
    const uint32_t last = LongestGazetteerMatch(p, limit);
    if (last == p) return false;
    lookup_.Find(s_.span_text(p, last), &hits_);
    const GazetteerHit& hit = BestHit(hits_);
    // A town standing in for the region of its name ("Chiang Rai") is
    // taken when the region would be.
    const GazetteerHit& top = TopHit(hits_);
    if (!AcceptPlace(s_, lookup_, p, last, hit, chunk_) &&
        (&top == &hit || !AcceptPlace(s_, lookup_, p, last, top, chunk_))) {
      return TakeWeakPlace(p, last, hit, next);
    }
    Segment seg = MakeSegment(SegmentKind::kName, p, last);
    ApplyHit(hit, &seg);
    // "Washington, DC": the district is part of the name.
    if (hit.subtype == v1::ENTITY_SUBTYPE_CITY && last == chunk_.last && last + 1 < s_.size() &&
        s_.is_punct(last, ",") && (s_.text(last + 1) == "DC" || s_.text(last + 1) == "D.C.")) {
      seg.end = s_.token(last + 1).end;
      if (last + 2 == s_.size() && s_.token(last + 1).Is(kDotted)) --seg.end;
    }
    seg.rule = hit.demonym ? "gazetteer:demonym" : "gazetteer";
    // Towns go by the name the text uses ("Gabala", not GeoNames'
    // "Qutqashen"); the gazetteer's name stays an alias.
    if (hit.subtype == v1::ENTITY_SUBTYPE_CITY && !hit.demonym) {
      seg.alias = seg.name;
      seg.name = std::string(s_.span_text(p, last));
    }
    out_->push_back(std::move(seg));
    *next = last;
    return true;
  }

  // A town the gazetteer knows but the sentence gives no reason to take as
  // a place ("Amethi"): kept untyped with what the gazetteer says, for the
  // article pass to take when the article is about its country, or to
  // give to a person of that surname. Only a name alone in its run.
  bool TakeWeakPlace(uint32_t p, uint32_t last, const GazetteerHit& hit, uint32_t* next) {
    if (hit.subtype != v1::ENTITY_SUBTYPE_CITY || last != p + 1 || hit.country.empty()) return false;
    if (last < chunk_.last && s_.is_name_like(last)) return false;
    // "English", "Arab": words with a meaning of their own besides a village.
    if (lookup_.IsGivenName(s_.text(p)) || lookup_.IsCommonWordAsWritten(s_.text(p)) ||
        lookup_.IsDictionaryProperNoun(s_.text(p))) {
      return false;
    }
    Segment seg = MakeSegment(SegmentKind::kName, p, last);
    seg.name = std::string(s_.span_text(p, last));
    seg.country = std::string(hit.country);
    seg.gazetteer_id = std::string(hit.id);
    seg.latitude = hit.latitude;
    seg.longitude = hit.longitude;
    seg.subtype = v1::ENTITY_SUBTYPE_CITY;
    seg.alias = std::string(hit.name);
    seg.key = NameKey(v1::ENTITY_TYPE_UNSPECIFIED, seg.name);
    seg.rule = "gazetteer:weak";
    out_->push_back(std::move(seg));
    *next = last;
    return true;
  }

  // "Palestine-Israel", "Azerbaijani-Georgian": a hyphenated word whose
  // parts are all countries or demonyms names each of them.
  bool TakeHyphenatedPlaces(uint32_t p, uint32_t* next) {
    const std::string_view word = s_.text(p);
    if (word.find('-') == std::string_view::npos || !s_.is_word(p)) return false;
    if (TakePlaceBeforeSuffix(p, next)) return true;
    std::vector<Segment> parts;
    size_t start = 0;
    while (start <= word.size()) {
      size_t dash = word.find('-', start);
      if (dash == std::string_view::npos) dash = word.size();
      const std::string_view part = word.substr(start, dash - start);
      if (part.empty() || !lookup_.Find(part, &hits_)) return false;
      const GazetteerHit& hit = BestHit(hits_);
      // "EU-Nigeria": an organization's acronym pairs with a country too.
      const bool body_acronym = hit.type == v1::ENTITY_TYPE_ORGANIZATION && hit.acronym;
      if (hit.subtype != v1::ENTITY_SUBTYPE_COUNTRY && !hit.demonym && !body_acronym) return false;
      Segment seg = MakeSegment(SegmentKind::kName, p, p + 1);
      seg.begin = s_.token(p).begin + static_cast<uint32_t>(start);
      seg.end = seg.begin + static_cast<uint32_t>(part.size());
      ApplyHit(hit, &seg);
      seg.rule = "gazetteer:hyphenated";
      parts.push_back(std::move(seg));
      start = dash + 1;
    }
    if (parts.size() < 2) return false;
    for (Segment& seg : parts) out_->push_back(std::move(seg));
    *next = p + 1;
    return true;
  }

  // "Shanghai-based", "Dhaka-born": the place a word says something is
  // from. The place is a name of its own, the rest of the word is not.
  bool TakePlaceBeforeSuffix(uint32_t p, uint32_t* next) {
    const std::string_view word = s_.text(p);
    const size_t dash = word.rfind('-');
    if (dash == 0 || dash + 1 >= word.size()) return false;
    const std::string_view suffix = word.substr(dash + 1);
    if (suffix != "based" && suffix != "born" && suffix != "headquartered" &&
        suffix != "registered" && suffix != "bound") {
      return false;
    }
    const std::string_view place = word.substr(0, dash);
    if (place.find('-') != std::string_view::npos || !lookup_.Find(place, &hits_)) return false;
    const GazetteerHit& hit = BestHit(hits_);
    if (hit.type != v1::ENTITY_TYPE_LOCATION || hit.demonym) return false;
    Segment seg = MakeSegment(SegmentKind::kName, p, p + 1);
    seg.end = seg.begin + static_cast<uint32_t>(place.size());
    ApplyHit(hit, &seg);
    seg.rule = "gazetteer:place-suffix";
    out_->push_back(std::move(seg));
    *next = p + 1;
    return true;
  }

  // The end of the longest gazetteer name starting at `p`, or `p`
  // (remembered per start: the rules ask for the same token repeatedly).
  uint32_t LongestGazetteerMatch(uint32_t p, uint32_t limit) {
    if (limit == chunk_.last) {
      uint32_t& memo = longest_[p - chunk_.first];
      if (memo == kUnknown) memo = ComputeLongestGazetteerMatch(p, limit);
      return memo;
    }
    return ComputeLongestGazetteerMatch(p, limit);
  }

  uint32_t ComputeLongestGazetteerMatch(uint32_t p, uint32_t limit) {
    int max_words = lookup_.MaxWordsStartingWith(s_.text(p));
    // Datelines and headlines in capitals ("BEIJING", "NEW DELHI"): the
    // lookup folds them, so the index of written forms cannot say how long.
    // Not inside a phrase in capitals ("TODAY NICARAGUA", an outlet's name).
    if (max_words == 0 && s_.token(p).Is(kAllUpper) && s_.text(p).size() >= 4 &&
        !(p > 0 && s_.is_word(p - 1) && s_.token(p - 1).Is(kAllUpper))) {
      max_words = 3;
    }
    if (max_words == 0 && !(s_.token(p).Is(kNonAscii))) return p;
    const uint32_t max_last = std::min<uint32_t>(
        limit, p + static_cast<uint32_t>(max_words > 0 ? max_words : 1));
    for (uint32_t last = max_last; last > p; --last) {
      if (!s_.is_word(last - 1)) continue;
      if (lookup_.Has(s_.span_text(p, last))) return last;
    }
    return p;
  }

  // A run of capitalised words with no title, head or gazetteer name in it:
  // usually a person, sometimes an organization the lexicon does not know.
  uint32_t TakeRest(uint32_t p) {
    uint32_t q = p + 1;
    bool ampersand = false;
    while (q < chunk_.last) {
      if (s_.lower(q) == "and") break;
      // "Frost & Sullivan", "Procter & Gamble": a firm's name.
      if (s_.is_punct(q, "&") && q + 1 < chunk_.last && s_.is_name_like(q + 1)) {
        ampersand = true;
        q += 2;
        continue;
      }
      if (s_.is_punct(q, "&")) break;
      if (s_.is_punct(q, ".")) {  // the period of an initial ("George W. Bush")
        ++q;
        continue;
      }
      if (s_.is_connector(q)) {
        // Particles stay inside person names ("Bashar al-Assad", "Ursula von der Leyen").
        if (!IsNameParticle(s_.text(q))) break;
        ++q;
        continue;
      }
      if (s_.status(q) != v1::ROLE_STATUS_UNSPECIFIED) break;
      if (MatchTitle(s_, q, chunk_.last).last > q) break;
      if (StartsStrongName(q)) break;
      ++q;
    }
    while (q > p + 1 && (s_.is_connector(q - 1) || s_.is_punct(q - 1, "."))) --q;
    Segment seg = MakeSegment(SegmentKind::kName, p, q);
    seg.name = std::string(s_.span_text(p, q));
    seg.rule = "capitalised";
    if (ampersand) {
      seg.type = v1::ENTITY_TYPE_ORGANIZATION;
      seg.subtype = v1::ENTITY_SUBTYPE_COMPANY;
      seg.key = NameKey(seg.type, seg.name);
      seg.rule = "ampersand";
      seg.confidence = 0.7;
    }
    out_->push_back(std::move(seg));
    return q;
  }

  // A gazetteer name at `q` that ends a run of unknown words: a country,
  // an organization, a sea or continent, or a place of two words or more.
  // A one-word town or region does not: it is as often a surname ("Obama",
  // "Morales", "Johnson").
  bool StartsStrongName(uint32_t q) {
    const uint32_t g = LongestGazetteerMatch(q, chunk_.last);
    if (g == q) return false;
    lookup_.Find(s_.span_text(q, g), &hits_);
    const GazetteerHit& hit = BestHit(hits_);
    if (g - q >= 2) return true;
    if (hit.demonym) return false;
    return hit.subtype == v1::ENTITY_SUBTYPE_COUNTRY || hit.type == v1::ENTITY_TYPE_ORGANIZATION ||
           hit.subtype == v1::ENTITY_SUBTYPE_LOCATION_OTHER;
  }

  const SentenceView& s_;
  const NameLookup& lookup_;
  Chunk chunk_;
  std::vector<Segment>* out_;
  std::vector<GazetteerHit>& hits_;
  static constexpr uint32_t kUnknown = ~0u;
  std::vector<uint32_t>& longest_;  // per chunk token: LongestGazetteerMatch, or kUnknown
};

}  // namespace

void SentenceSegmenter::Segment(const SentenceView& sentence,
                                std::vector<extract::Segment>* out) {
  const size_t first_new = out->size();
  scratch_.chunks.clear();
  FindChunks(sentence, *lookup_, &scratch_.chunks, &scratch_.hits);
  for (const Chunk& chunk : scratch_.chunks) {
    ChunkParser(sentence, *lookup_, chunk, out, &scratch_).Run();
  }
  ClassifyInSentence(sentence, *lookup_, out, first_new);
}

}  // namespace newsgraph::extract
