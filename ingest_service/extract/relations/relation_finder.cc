#include "ingest_service/extract/relations/relation_finder.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "absl/container/flat_hash_set.h"
#include "ingest_service/extract/ner/lexicon.h"
#include "ingest_service/extract/statement_sentence.h"

namespace newsgraph::extract {
namespace {

bool IsCountry(const EntityRecord& e) { return e.subtype == v1::ENTITY_SUBTYPE_COUNTRY; }
bool IsPlace(const EntityRecord& e) { return e.type == v1::ENTITY_TYPE_LOCATION; }

class Finder {
 public:
  explicit Finder(const ArticleNames& names)
      : names_(names), by_sentence_(names.sentences.size()) {
    for (size_t i = 0; i < names.segments.size(); ++i) {
      by_sentence_[names.segments[i].sentence].push_back(i);
    }
    for (size_t e = 0; e < names.entities.size(); ++e) {
      if (IsCountry(names.entities[e])) country_entity_[names.entities[e].country] = static_cast<int>(e);
    }
  }

  std::vector<RelationRecord> Run() {
    BodiesOfCountries();
    for (size_t i = 0; i < names_.segments.size(); ++i) {
      PlaceCommaPlace(i);
      DemonymCompany(i);
      Kinship(i);
      PronounKinship(i);
      CapitalOfCountry(i);
      PlaceInCountry(i);
      OwnedPerson(i);
    }
    for (size_t s = 0; s < names_.sentences.size(); ++s) {
      Membership(static_cast<int>(s));
      GroupOfCountries(static_cast<int>(s));
    }
    return std::move(relations_);
  }

 private:
  void Add(v1::RelationType type, int subject, int object, const Segment& where,
           const char* rule, double confidence) {
    if (subject < 0 || object < 0 || subject == object) return;
    if (!IsStatementSentence(names_.sentences[where.sentence].bytes())) return;
    if (!seen_.emplace(type, subject, object).second) return;
    RelationRecord r;
    r.type = type;
    r.subject = subject;
    r.object = object;
    r.sentence = where.sentence;
    r.begin = where.begin;
    r.end = where.end;
    r.rule = rule;
    r.confidence = confidence;
    relations_.push_back(r);
  }

  int CountryEntity(const std::string& code) const {
    auto it = country_entity_.find(code);
    return it == country_entity_.end() ? -1 : it->second;
  }

  // A government body whose name gives its country is part of it.
  void BodiesOfCountries() {
    for (size_t i = 0; i < names_.segments.size(); ++i) {
      const Segment& seg = names_.segments[i];
      const int e = names_.entity_of[i];
      if (e < 0 || seg.type != v1::ENTITY_TYPE_ORGANIZATION ||
          seg.subtype != v1::ENTITY_SUBTYPE_GOVERNMENT || seg.country.empty()) {
        continue;
      }
      Add(v1::RELATION_TYPE_PART_OF, e, CountryEntity(seg.country), seg, "body-of-country", 0.8);
    }
  }

  // "Tbilisi, Georgia": a place, a comma, the country or region it is in.
  void PlaceCommaPlace(size_t i) {
    if (i + 1 >= names_.segments.size()) return;
    const Segment& a = names_.segments[i];
    const Segment& b = names_.segments[i + 1];
    const int ea = names_.entity_of[i], eb = names_.entity_of[i + 1];
    if (ea < 0 || eb < 0 || a.sentence != b.sentence || a.nested || b.nested) return;
    const SentenceView& s = names_.sentences[a.sentence];
    if (b.first_token != a.last_token + 1 || !s.is_punct(a.last_token, ",")) return;
    const EntityRecord& pa = names_.entities[ea];
    const EntityRecord& pb = names_.entities[eb];
    if (!IsPlace(pa) || !IsPlace(pb) || a.form == v1::MENTION_FORM_DEMONYM ||
        b.form == v1::MENTION_FORM_DEMONYM) {
      return;
    }
    const bool b_contains = pb.subtype == v1::ENTITY_SUBTYPE_COUNTRY ||
                            pb.subtype == v1::ENTITY_SUBTYPE_REGION;
    if (!b_contains || pa.subtype == v1::ENTITY_SUBTYPE_COUNTRY) return;
    // The gazetteer must agree when it knows both countries.
    if (!pa.country.empty() && !pb.country.empty() && pa.country != pb.country) return;
    Add(v1::RELATION_TYPE_LOCATED_IN, ea, eb, a, "place-comma-place", 0.8);
  }

  // "Iranian airline Mahan Air", "German firms including Siemens": a
  // company of a nationality is located in that country.
  void DemonymCompany(size_t i) {
    const Segment& seg = names_.segments[i];
    const int e = names_.entity_of[i];
    if (e < 0 || seg.form != v1::MENTION_FORM_DEMONYM) return;
    const SentenceView& s = names_.sentences[seg.sentence];
    // The next name within a few words: descriptor nouns between.
    for (size_t j = i + 1; j < names_.segments.size(); ++j) {
      const Segment& next = names_.segments[j];
      if (next.sentence != seg.sentence || next.nested) continue;
      if (!next.is_name()) return;
      const int en = names_.entity_of[j];
      if (en < 0 || names_.entities[en].type != v1::ENTITY_TYPE_ORGANIZATION) return;
      if (names_.entities[en].subtype != v1::ENTITY_SUBTYPE_COMPANY) return;
      bool descriptor = false;
      for (uint32_t t = seg.last_token; t < next.first_token; ++t) {
        if (s.descriptor(t) != nullptr) descriptor = true;
        if (t - seg.last_token > 3) return;
      }
      if (descriptor) Add(v1::RELATION_TYPE_LOCATED_IN, en, e, next, "demonym-company", 0.6);
      return;
    }
  }

  // "his wife X", "X's son Y", "the daughter of X".
  void Kinship(size_t i) {
    const Segment& seg = names_.segments[i];
    const int e = names_.entity_of[i];
    if (e < 0 || names_.entities[e].type != v1::ENTITY_TYPE_PERSON || seg.first_token < 2) return;
    const SentenceView& s = names_.sentences[seg.sentence];
    uint32_t k = seg.first_token;
    if (s.is_punct(k - 1, ",")) --k;
    if (k < 2 || !IsKin(s.lower(k - 1))) return;
    // "X's son Y": the owner is the name before the possessive.
    if (s.is_possessive(k - 2) && i > 0) {
      const int owner = names_.entity_of[i - 1];
      if (owner >= 0 && names_.segments[i - 1].last_token == k - 2 &&
          names_.entities[owner].type == v1::ENTITY_TYPE_PERSON) {
        Add(v1::RELATION_TYPE_RELATIVE_OF, e, owner, seg, "kinship", 0.7);
      }
    }
  }

  static bool IsKin(std::string_view w) {
    static const auto* kKin = new absl::flat_hash_set<std::string_view>{
        "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother",
        "uncle", "aunt", "nephew", "niece", "cousin", "widow", "widower", "grandson",
        "granddaughter", "grandfather", "grandmother", "son-in-law", "daughter-in-law",
        "brother-in-law", "sister-in-law", "spouse", "fiancée", "fiance", "stepson",
        "stepdaughter", "stepfather", "stepmother", "half-brother", "half-sister", "twin"};
    return kKin->contains(w);
  }

  // "his sister Yingluck Shinawatra", "her younger brother, King Maha
  // Vajiralongkorn": the person named is a relative of the person the
  // pronoun refers to, the last one named before.
  void PronounKinship(size_t i) {
    const Segment& seg = names_.segments[i];
    const int e = names_.entity_of[i];
    if (e < 0 || names_.entities[e].type != v1::ENTITY_TYPE_PERSON || seg.nested) return;
    const SentenceView& s = names_.sentences[seg.sentence];
    uint32_t k = seg.first_token;
    // Skip a title between ("her younger brother, King Maha ...").
    for (size_t j = i; j-- > 0;) {
      const Segment& prev = names_.segments[j];
      if (prev.sentence != seg.sentence || prev.last_token != k) break;
      if (prev.kind != SegmentKind::kTitle && prev.kind != SegmentKind::kHonorific) break;
      k = prev.first_token;
    }
    if (k > 0 && s.is_punct(k - 1, ",")) --k;
    if (k < 2 || !IsKin(s.lower(k - 1))) return;
    uint32_t p = k - 2;
    while (p > 0 && (s.lower(p) == "younger" || s.lower(p) == "elder" || s.lower(p) == "older" ||
                     s.lower(p) == "late" || s.lower(p) == "eldest" || s.lower(p) == "youngest")) {
      --p;
    }
    if (s.lower(p) != "his" && s.lower(p) != "her") return;
    const int owner = LastPersonBefore(i);
    if (owner >= 0) Add(v1::RELATION_TYPE_RELATIVE_OF, e, owner, seg, "pronoun-kinship", 0.6);
  }

  // The entity of the last person named before segment `i` (this sentence
  // or the one before), or -1.
  int LastPersonBefore(size_t i) const {
    const int sentence = names_.segments[i].sentence;
    for (size_t j = i; j-- > 0;) {
      const Segment& prev = names_.segments[j];
      if (prev.sentence < sentence - 1) break;
      const int e = names_.entity_of[j];
      if (e >= 0 && names_.entities[e].type == v1::ENTITY_TYPE_PERSON) return e;
    }
    return -1;
  }

  // "the country's capital, Tunis", "Tehran, the capital": the capital of
  // the country the gazetteer puts it in, when the article names that
  // country.
  void CapitalOfCountry(size_t i) {
    const Segment& seg = names_.segments[i];
    const int e = names_.entity_of[i];
    if (e < 0 || seg.subtype != v1::ENTITY_SUBTYPE_CITY || seg.country.empty()) return;
    const SentenceView& s = names_.sentences[seg.sentence];
    bool capital = false;
    for (uint32_t t = seg.first_token >= 3 ? seg.first_token - 3 : 0;
         t < std::min<uint32_t>(s.size(), seg.last_token + 4); ++t) {
      if (s.lower(t) == "capital") capital = true;
    }
    if (capital) Add(v1::RELATION_TYPE_LOCATED_IN, e, CountryEntity(seg.country), seg, "capital", 0.7);
  }

  // A town or region named in the same sentence as its country ("... in
  // Abqaiq, in eastern Saudi Arabia").
  void PlaceInCountry(size_t i) {
    const Segment& seg = names_.segments[i];
    const int e = names_.entity_of[i];
    if (e < 0 || seg.nested || seg.form != v1::MENTION_FORM_NAME || seg.country.empty() ||
        (seg.subtype != v1::ENTITY_SUBTYPE_CITY && seg.subtype != v1::ENTITY_SUBTYPE_REGION)) {
      return;
    }
    const int country = CountryEntity(seg.country);
    if (country < 0) return;
    for (size_t j : by_sentence_[seg.sentence]) {
      const Segment& other = names_.segments[j];
      if (names_.entity_of[j] != country ||
          other.form != v1::MENTION_FORM_NAME) {
        continue;
      }
      Add(v1::RELATION_TYPE_LOCATED_IN, e, country, seg, "place-and-country", 0.6);
      return;
    }
  }

  // "BBC's Jonathan Marcus": a person of an organization, with no title.
  void OwnedPerson(size_t i) {
    if (i == 0) return;
    const Segment& seg = names_.segments[i];
    const Segment& owner = names_.segments[i - 1];
    const int e = names_.entity_of[i], o = names_.entity_of[i - 1];
    if (e < 0 || o < 0 || seg.sentence != owner.sentence) return;
    if (names_.entities[e].type != v1::ENTITY_TYPE_PERSON ||
        names_.entities[o].type != v1::ENTITY_TYPE_ORGANIZATION) {
      return;
    }
    const SentenceView& s = names_.sentences[seg.sentence];
    if (owner.last_token + 1 == seg.first_token && s.is_possessive(owner.last_token)) {
      Add(v1::RELATION_TYPE_AFFILIATED_WITH, e, o, seg, "organization-possessive", 0.6);
    }
  }

  // "G7 ... is an informal group of seven countries, the United Kingdom,
  // United States, France, ...": the countries listed are its members.
  void GroupOfCountries(int sentence) {
    if (by_sentence_[sentence].size() < 3) return;  // a group and two countries at least
    const SentenceView& s = names_.sentences[sentence];
    uint32_t group = s.size();
    for (uint32_t t = 0; t + 2 < s.size(); ++t) {
      const std::string_view w = s.lower(t);
      if ((w == "group" || w == "bloc" || w == "alliance" || w == "union" || w == "club") &&
          s.lower(t + 1) == "of") {
        group = t;
        break;
      }
    }
    if (group == s.size()) return;
    int object = -1;
    std::vector<std::pair<int, const Segment*>> countries;
    for (size_t i : by_sentence_[sentence]) {
      const Segment& seg = names_.segments[i];
      if (seg.nested || names_.entity_of[i] < 0) continue;
      const EntityRecord& e = names_.entities[names_.entity_of[i]];
      if (seg.last_token <= group && e.type == v1::ENTITY_TYPE_ORGANIZATION) object = names_.entity_of[i];
      if (seg.first_token > group && IsCountry(e) && seg.form == v1::MENTION_FORM_NAME) {
        countries.emplace_back(names_.entity_of[i], &seg);
      }
    }
    if (object < 0 || countries.size() < 2) return;
    for (const auto& [country, seg] : countries) {
      Add(v1::RELATION_TYPE_MEMBER_OF, country, object, *seg, "group-of-countries", 0.7);
    }
  }

  // "Azerbaijan and Georgia are also among the four founding members of
  // GUAM ...": the names before "member(s) of" belong to the organization
  // after it.
  void Membership(int sentence) {
    if (by_sentence_[sentence].size() < 2) return;  // a member and a body at least
    const SentenceView& s = names_.sentences[sentence];
    uint32_t member = s.size();
    for (uint32_t t = 0; t + 1 < s.size(); ++t) {
      const std::string_view w = s.lower(t);
      if ((w == "members" || w == "member") && (s.lower(t + 1) == "of" || s.lower(t + 1) == "in")) {
        member = t;
        break;
      }
    }
    if (member == s.size()) return;
    int object = -1;
    const Segment* object_seg = nullptr;
    std::vector<std::pair<int, const Segment*>> subjects;
    for (size_t i : by_sentence_[sentence]) {
      const Segment& seg = names_.segments[i];
      if (seg.nested || names_.entity_of[i] < 0) continue;
      const EntityRecord& e = names_.entities[names_.entity_of[i]];
      if (seg.first_token > member && object < 0 && e.type == v1::ENTITY_TYPE_ORGANIZATION) {
        if (seg.first_token <= member + 4) {
          object = names_.entity_of[i];
          object_seg = &seg;
        }
      } else if (seg.last_token <= member && seg.form != v1::MENTION_FORM_DEMONYM &&
                 (IsCountry(e) || e.type == v1::ENTITY_TYPE_ORGANIZATION ||
                  e.type == v1::ENTITY_TYPE_PERSON)) {
        subjects.emplace_back(names_.entity_of[i], &seg);
      }
    }
    if (object < 0) return;
    for (const auto& [subject, seg] : subjects) {
      Add(v1::RELATION_TYPE_MEMBER_OF, subject, object, *object_seg, "members-of", 0.7);
    }
  }

  const ArticleNames& names_;
  std::vector<std::vector<size_t>> by_sentence_;  // segment indexes of each sentence
  std::map<std::string, int> country_entity_;
  std::vector<RelationRecord> relations_;
  std::set<std::tuple<v1::RelationType, int, int>> seen_;
};

}  // namespace

std::vector<RelationRecord> FindRelations(const ArticleNames& names) { return Finder(names).Run(); }

}  // namespace newsgraph::extract
