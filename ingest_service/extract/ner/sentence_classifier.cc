#include "ingest_service/extract/ner/sentence_classifier.h"

#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "ingest_service/extract/ner/lexicon.h"
#include "ingest_service/extract/ner/name_rules.h"

namespace newsgraph::extract {
namespace {

uint32_t Length(const Segment& seg) { return seg.last_token - seg.first_token; }

// The segment that ends right before `seg` (allowing one comma between),
// or nullptr.
const Segment* Before(const std::vector<Segment>& segments, size_t i, const SentenceView& s) {
  const Segment& seg = segments[i];
  for (size_t j = i; j-- > 0;) {
    const Segment& prev = segments[j];
    if (prev.sentence != seg.sentence) return nullptr;
    if (prev.nested) continue;
    if (prev.last_token == seg.first_token) return &prev;
    if (prev.last_token + 1 == seg.first_token && s.is_punct(prev.last_token, ",")) return &prev;
    return nullptr;
  }
  return nullptr;
}

// A noun for a kind of organization a few words before the name
// ("airline Mahan Air", "firms including Siemens", "companies such as ...").
const HeadInfo* DescriptorBefore(const SentenceView& s, uint32_t first) {
  uint32_t i = first;
  for (int steps = 0; steps < 4 && i > 0; ++steps) {
    --i;
    const std::string_view w = s.lower(i);
    if (const HeadInfo* d = FindDescriptor(w); d != nullptr && !s.is_name_like(i)) return d;
    // Quote marks too: organisation "Odhikar".
    const bool skippable = w == "including" || w == "such" || w == "as" || w == "like" ||
                           w == "," || w == "and" || w == "the" || w == "of" || w == "\"" ||
                           w == "\u201c" || w == "\u2018" || w == "'";
    if (!skippable && !s.is_name_like(i)) return nullptr;
  }
  return nullptr;
}

}  // namespace

// Capitalised abbreviations that name no organization.
bool IsCommonAcronym(std::string_view word) {
  static constexpr std::string_view kCommon[] = {
      "LGBT", "LGBTQ", "NGO", "NGOs", "MPs", "CEO", "CFO", "COO", "GDP", "GNP", "COVID", "AIDS",
      "HIV", "DNA", "RNA", "FTA", "GMT", "UTC", "USD", "EUR", "GBP", "VIP", "PhD", "MOU", "MoU",
      "NFT", "NFTs", "GPS", "SMS", "TV", "PM", "AM", "BC", "AD", "CE", "BCE", "ID", "IDs", "IT",
      "AI", "LNG", "LPG", "CNG", "ATM", "PDF", "URL", "FAQ", "ICU", "PPE", "SUV", "EV", "EVs",
      "CCTV", "USB", "PIN", "OTP", "KYC", "IPO", "ESG", "ROI", "B2B", "FDI", "VAT", "GST", "SME",
      "SMEs", "PPP", "RT", "QR", "UV", "CO2", "CEOs", "MP", "OK", "ASAP", "AKA", "DIY", "ETA",
      "FYI", "HQ", "IQ", "KPI", "NB", "PS", "RIP", "TBA", "TBD", "UFO", "WMD", "MSc", "MBA",
      "BSc", "MA", "BA", "MD", "GMO", "CPU", "GPU", "RAM", "SSD", "API", "SDK", "SaaS", "IoT",
      "VPN", "EEZ", "MW", "GW", "KW", "KM", "KG", "MPH", "KPH", "BBL", "BPD", "EU-US"};
  static const auto* kSet = new absl::flat_hash_set<std::string_view>(std::begin(kCommon),
                                                                      std::end(kCommon));
  // Every entry has two to five characters and starts with a capital.
  if (word.size() < 2 || word.size() > 5 || word[0] < 'A' || word[0] > 'Z') return false;
  return kSet->contains(word);
}

namespace {

// The kind of thing a common noun names: "organisation", "city",
// "journalist".
v1::EntityType KindOfNoun(const SentenceView& s, uint32_t i) {
  static const absl::flat_hash_map<std::string_view, v1::EntityType>* kNouns = [] {
    auto* m = new absl::flat_hash_map<std::string_view, v1::EntityType>();
    for (std::string_view w :
         {"organisation", "organization", "group", "company", "firm", "agency", "party",
          "nonprofit", "non-profit", "corporation", "institution", "publisher",
          "association", "union", "ngo", "charity", "bank", "network", "newspaper",
          "broadcaster", "website", "platform", "app", "startup", "start-up", "university",
          "institute", "club", "team", "movement", "coalition", "alliance", "foundation",
          "airline", "carrier", "conglomerate", "retailer", "manufacturer", "maker", "lender",
          "insurer", "outlet", "daily", "magazine", "channel", "broadcaster", "portal", "brand",
          "chain", "operator", "consultancy", "think-tank", "watchdog", "regulator", "militia",
          "faction", "federation", "council", "commission", "ministry", "department", "body",
          "court", "school", "college", "hospital"}) {
      m->emplace(w, v1::ENTITY_TYPE_ORGANIZATION);
    }
    for (std::string_view w :
         {"city", "town", "village", "province", "region", "country", "district", "state",
          "island", "river", "county", "capital", "area", "neighbourhood", "neighborhood",
          "municipality", "suburb", "port", "settlement", "enclave", "territory", "valley",
          "community", "township", "prefecture", "governorate", "department", "emirate"}) {
      m->emplace(w, v1::ENTITY_TYPE_LOCATION);
    }
    for (std::string_view w :
         {"journalist", "lawyer", "activist", "student", "teacher", "doctor", "official",
          "resident", "farmer", "businessman", "businesswoman", "author", "writer", "artist",
          "actor", "actress", "singer", "player", "worker", "expert", "analyst", "professor",
          "researcher", "scientist", "politician", "lawmaker", "legislator", "candidate",
          "economist", "engineer", "entrepreneur", "investor", "founder", "poet", "novelist",
          "director", "producer", "photographer", "reporter", "correspondent", "editor",
          "columnist", "blogger", "influencer", "streamer", "athlete", "footballer", "cricketer",
          "boxer", "coach", "manager", "chef", "nurse", "pilot", "soldier", "officer",
          "veteran", "priest", "cleric", "imam", "bishop", "monk", "mother", "father", "son",
          "daughter", "wife", "husband", "brother", "sister", "spokesman", "spokeswoman",
          "spokesperson", "leader", "member", "minister", "president", "chairman", "diplomat",
          "senator", "mayor", "governor", "judge", "prosecutor", "victim", "survivor",
          "witness", "suspect", "defendant", "opposition", "dissident", "campaigner"}) {
      m->emplace(w, v1::ENTITY_TYPE_PERSON);
    }
    return m;
  }();
  auto it = kNouns->find(s.lower(i));
  return it == kNouns->end() ? v1::ENTITY_TYPE_UNSPECIFIED : it->second;
}

// "changing", "founded": a participle that opens a clause after a noun
// ("a global nonprofit changing the way ...").
bool IsParticiple(std::string_view lower) {
  const auto ends = [&](std::string_view suffix) {
    return lower.size() > suffix.size() + 2 &&
           lower.substr(lower.size() - suffix.size()) == suffix;
  };
  return ends("ing") || ends("ed");
}

// "Odhikar, a Dhaka-based rights organisation", "Amethi, a town in ...":
// an apposition that says what the name is.
v1::EntityType AppositionType(const SentenceView& s, uint32_t last) {
  if (last + 2 >= s.size() || !s.is_punct(last, ",")) return v1::ENTITY_TYPE_UNSPECIFIED;
  uint32_t i = last + 1;
  const std::string_view article = s.lower(i);
  if (article != "a" && article != "an" && article != "the") return v1::ENTITY_TYPE_UNSPECIFIED;
  for (uint32_t k = i + 1; k < s.size() && k <= i + 5; ++k) {
    if (!s.is_word(k)) break;
    const v1::EntityType kind = KindOfNoun(s, k);
    // The head of the phrase: the noun not followed by another word ("a
    // rights organisation", not "a group of ...").
    if (kind != v1::ENTITY_TYPE_UNSPECIFIED && (k + 1 >= s.size() || !s.is_word(k + 1) ||
                                                s.lower(k + 1) == "of" || s.lower(k + 1) == "in" ||
                                                s.lower(k + 1) == "that" || s.lower(k + 1) == "which" ||
                                                s.lower(k + 1) == "based" || s.lower(k + 1) == "known" ||
                                                IsParticiple(s.lower(k + 1)))) {
      return kind;
    }
  }
  return v1::ENTITY_TYPE_UNSPECIFIED;
}

// "the founder and CEO of Acumen", "chairman of Eskom": an office only an
// organization has, right before "of" and the name.
bool HeadedByBodyOffice(const SentenceView& s, uint32_t first) {
  if (first < 2 || s.lower(first - 1) != "of") return false;
  const std::string_view office = s.lower(first - 2);
  return office == "ceo" || office == "founder" || office == "co-founder" ||
         office == "chairman" || office == "chairwoman" || office == "chairperson" ||
         office == "shareholders" || office == "employees" || office == "subsidiary";
}

// "Avianca's director of sales", "Odhikar's registration": what only an
// organization has, owned by the name.
bool OwnsWhatBodiesHave(const SentenceView& s, uint32_t last) {
  if (last + 1 >= s.size() || !s.is_possessive(last) || s.is_name_like(last + 1)) return false;
  static constexpr std::string_view kNouns[] = {
      "registration", "ceo", "chairman", "chairwoman", "chairperson", "board", "website",
      "headquarters", "subsidiary", "subsidiaries", "shareholders", "employees", "staff",
      "founder", "co-founder", "app", "platform", "users", "customers", "flights", "director",
      "directors", "executives", "members", "membership", "shares", "revenue", "profits",
      "branch", "branches", "stores", "products", "services", "workforce", "secretariat"};
  const std::string_view noun = s.lower(last + 1);
  for (std::string_view n : kNouns) {
    if (noun == n) return true;
  }
  return false;
}

// "the Weibo platform", "the Houthi movement": a common noun right after
// the name.
v1::EntityType TrailingNounType(const SentenceView& s, uint32_t last) {
  if (last >= s.size() || !s.is_word(last) || s.is_name_like(last)) return v1::ENTITY_TYPE_UNSPECIFIED;
  // Measured: only places are typed reliably this way ("Amethi district");
  // "the Hirak movement" names a cause as often as a body.
  const v1::EntityType kind = KindOfNoun(s, last);
  return kind == v1::ENTITY_TYPE_LOCATION ? kind : v1::ENTITY_TYPE_UNSPECIFIED;
}

// "COP 27", "GITEX 2022", "SKW 3": an acronym and the number right after
// it are one name; with a year it names an event or edition (MISC).
void IncludeNumberAfter(const SentenceView& s, Segment* seg) {
  const uint32_t n = seg->last_token;
  if (n >= s.size() || s.token(n).kind != TokenKind::kNumber || s.text(n).size() > 4) return;
  for (char c : s.text(n)) {
    if (c < '0' || c > '9') return;
  }
  // Not "IMF 2021 report" read as one name when a name follows.
  if (n + 1 < s.size() && s.is_name_like(n + 1)) return;
  const std::string_view number = s.text(n);
  const bool year = number.size() == 4 && (number.substr(0, 2) == "19" || number.substr(0, 2) == "20");
  seg->last_token = n + 1;
  seg->end = s.token(n).end;
  seg->name = std::string(s.span_text(seg->first_token, seg->last_token));
  if (year) seg->type = v1::ENTITY_TYPE_MISC;
  seg->key = NameKey(seg->type, seg->name);
  seg->form = v1::MENTION_FORM_NAME;
}

void Type(Segment* seg, v1::EntityType type, const char* rule, double confidence) {
  seg->type = type;
  seg->rule = rule;
  seg->confidence = confidence;
  seg->key = NameKey(type, seg->name);
}

}  // namespace

void ClassifyInSentence(const SentenceView& s, const NameLookup& lookup,
                        std::vector<Segment>* segments, size_t first_new) {
  for (size_t i = first_new; i < segments->size(); ++i) {
    Segment& seg = (*segments)[i];
    if (!seg.is_name() || seg.type != v1::ENTITY_TYPE_UNSPECIFIED) continue;
    const uint32_t length = Length(seg);
    const std::string_view first_word = s.text(seg.first_token);
    const std::string_view last_word = s.text(seg.last_token - 1);
    const Segment* before = Before(*segments, i, s);
    if (before != nullptr && (before->kind == SegmentKind::kTitle ||
                              before->kind == SegmentKind::kRank ||
                              before->kind == SegmentKind::kHonorific)) {
      Type(&seg, v1::ENTITY_TYPE_PERSON, "title+name", 0.9);
      continue;
    }
    if (length >= 2 && length <= 4 && lookup.IsGivenName(first_word)) {
      Type(&seg, v1::ENTITY_TYPE_PERSON, "given-name", 0.8);
      continue;
    }
    if (length >= 2 && length <= 4 &&
        (HasSurnameEnding(last_word) ||
         (lookup.IsFamilyName(last_word) && !lookup.IsCommonWordAsWritten(last_word)))) {
      Type(&seg, v1::ENTITY_TYPE_PERSON, "surname", 0.7);
      continue;
    }
    if (const HeadInfo* d = DescriptorBefore(s, seg.first_token); d != nullptr) {
      Type(&seg, d->type, "descriptor", 0.7);
      seg.subtype = d->subtype;
      seg.sector = d->sector;
      continue;
    }
    if (const v1::EntityType kind = AppositionType(s, seg.last_token);
        kind != v1::ENTITY_TYPE_UNSPECIFIED) {
      Type(&seg, kind, "apposition-noun", 0.7);
      continue;
    }
    if (length <= 3 && !lookup.IsGivenName(first_word) &&
        (OwnsWhatBodiesHave(s, seg.last_token) || HeadedByBodyOffice(s, seg.first_token))) {
      Type(&seg, v1::ENTITY_TYPE_ORGANIZATION, "owner-of-body-noun", 0.6);
      continue;
    }
    if (const v1::EntityType kind = TrailingNounType(s, seg.last_token);
        kind != v1::ENTITY_TYPE_UNSPECIFIED && !lookup.IsCommonWordAsWritten(first_word) &&
        !IsCommonAcronym(first_word)) {
      Type(&seg, kind, "trailing-noun", 0.6);
      continue;
    }
    if (length >= 2 && seg.last_token < s.size() && s.is_speech_verb(seg.last_token)) {
      Type(&seg, v1::ENTITY_TYPE_PERSON, "speaker", 0.7);
      continue;
    }
    if (length == 1 && s.token(seg.first_token).Is(kAllUpper) && first_word.size() >= 3 &&
        !s.token(seg.first_token).Is(kDotted) &&
        first_word.size() <= 6 && !s.token(seg.first_token).Is(kHasDigit) &&
        !IsCommonAcronym(first_word)) {
      Type(&seg, v1::ENTITY_TYPE_ORGANIZATION, "acronym", 0.6);
      seg.form = v1::MENTION_FORM_ACRONYM;
      IncludeNumberAfter(s, &seg);
      continue;
    }
    seg.key = NameKey(v1::ENTITY_TYPE_UNSPECIFIED, seg.name);
  }
}

}  // namespace newsgraph::extract
