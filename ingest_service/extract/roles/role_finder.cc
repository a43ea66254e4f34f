#include "ingest_service/extract/roles/role_finder.h"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include "ingest_service/extract/ner/lexicon.h"
#include "ingest_service/extract/statement_sentence.h"

namespace newsgraph::extract {
namespace {

// The segments of one sentence (indexes into names.segments), without the
// names nested in longer ones.
std::vector<std::vector<int>> SegmentsBySentence(const ArticleNames& names) {
  std::vector<std::vector<int>> by_sentence(names.sentences.size());
  for (size_t i = 0; i < names.segments.size(); ++i) {
    const Segment& seg = names.segments[i];
    if (seg.nested) continue;
    by_sentence[seg.sentence].push_back(static_cast<int>(i));
  }
  return by_sentence;
}

bool IsTitleKind(const Segment& seg) {
  return seg.kind == SegmentKind::kTitle || seg.kind == SegmentKind::kRank;
}

bool IsAffiliationName(const ArticleNames& names, int seg_index) {
  const Segment& seg = names.segments[seg_index];
  if (!seg.is_name() || names.entity_of[seg_index] < 0) return false;
  return seg.type == v1::ENTITY_TYPE_LOCATION || seg.type == v1::ENTITY_TYPE_ORGANIZATION ||
         seg.type == v1::ENTITY_TYPE_PERSON;
}

// Whether tokens [first, last) are only connectors a title group may hold:
// nothing, ",", "of", "the", "to".
bool GroupGap(const SentenceView& s, uint32_t first, uint32_t last) {
  if (last - first > 2) return false;
  for (uint32_t i = first; i < last; ++i) {
    const std::string_view w = s.lower(i);
    if (!(w == "of" || w == "the" || w == "to" || s.is_punct(i, ","))) return false;
  }
  return true;
}

bool OfGap(const SentenceView& s, uint32_t first, uint32_t last) {
  if (last == first) return false;
  const std::string_view w = s.lower(first);
  if (w != "of" && w != "to") return false;
  return last == first + 1 || (last == first + 2 && s.lower(first + 1) == "the");
}

// A status word just before token `i` ("former", "ex-", "acting").
v1::RoleStatus StatusBefore(const SentenceView& s, uint32_t i) {
  if (i == 0) return v1::ROLE_STATUS_UNSPECIFIED;
  return s.status(i - 1);
}

class Finder {
 public:
  explicit Finder(const ArticleNames& names) : names_(names) {}

  std::vector<RoleRecord> Run() {
    const auto by_sentence = SegmentsBySentence(names_);
    for (const std::vector<int>& segs : by_sentence) {
      for (size_t k = 0; k < segs.size(); ++k) {
        const Segment& seg = names_.segments[segs[k]];
        if (!seg.is_name() || seg.type != v1::ENTITY_TYPE_PERSON || names_.entity_of[segs[k]] < 0) {
          continue;
        }
        TitleGroupBefore(segs, k);
        LowerCaseTitleBefore(segs, k);
        PossessiveTitleBefore(segs, k);
        AppositionAfter(segs, k);
        Counterpart(segs, k);
      }
    }
    FillMissingAffiliations();
    return std::move(roles_);
  }

 private:
  const SentenceView& Sentence(const Segment& seg) const { return names_.sentences[seg.sentence]; }
  int EntityOf(int seg_index) const { return names_.entity_of[seg_index]; }

  void Add(int person_seg, const std::string& title, v1::RoleKind kind, int affiliation,
           v1::RoleStatus status, uint32_t begin, uint32_t end, const char* rule,
           double confidence, bool implied = false) {
    const Segment& p = names_.segments[person_seg];
    if (!IsStatementSentence(Sentence(p).bytes())) return;
    RoleRecord r;
    r.person = EntityOf(person_seg);
    r.title = title;
    r.kind = kind;
    r.affiliation = affiliation == r.person ? -1 : affiliation;
    r.status = status == v1::ROLE_STATUS_UNSPECIFIED ? v1::ROLE_STATUS_CURRENT : status;
    r.implied = implied;
    r.sentence = p.sentence;
    r.begin = std::min(begin, p.begin);
    r.end = std::max(end, p.end);
    r.rule = rule;
    r.confidence = confidence;
    const auto key = std::make_tuple(r.person, AsciiLower(r.title), r.affiliation);
    if (seen_.emplace(key, roles_.size()).second) {
      roles_.push_back(std::move(r));
    } else {
      RoleRecord& old = roles_[seen_[key]];
      if (old.status == v1::ROLE_STATUS_CURRENT) old.status = r.status;
    }
  }

  // "Former Georgian President Mikheil Saakashvili", "Defense Minister of
  // Azerbaijan, Colonel General Zakir Hasanov", "Chairman of the
  // Parliament of Georgia Archil Talakvadze".
  void TitleGroupBefore(const std::vector<int>& segs, size_t k) {
    const Segment& person = names_.segments[segs[k]];
    const SentenceView& s = Sentence(person);
    // Gather the group, right to left.
    size_t first = k;
    uint32_t cur = person.first_token;
    while (first > 0) {
      const Segment& prev = names_.segments[segs[first - 1]];
      if (prev.last_token > cur) {  // inside a title span ("Ambassador to Germany")
        --first;
        continue;
      }
      if (!GroupGap(s, prev.last_token, cur)) break;
      if (prev.is_name() && prev.type == v1::ENTITY_TYPE_PERSON) break;
      --first;
      cur = prev.first_token;
    }
    v1::RoleStatus status = StatusBefore(s, names_.segments[segs[first]].first_token);
    for (size_t i = first; i < k; ++i) {
      const Segment& seg = names_.segments[segs[i]];
      if (seg.kind == SegmentKind::kStatus) {
        status = seg.status;
        continue;
      }
      if (!IsTitleKind(seg)) continue;
      int affiliation = -1;
      // "... of Azerbaijan", "... of the Parliament of Georgia" after the title.
      for (size_t j = i + 1; j < k; ++j) {
        const Segment& next = names_.segments[segs[j]];
        if (next.first_token < seg.last_token) continue;
        if (IsAffiliationName(names_, segs[j]) && OfGap(s, seg.last_token, next.first_token)) {
          affiliation = EntityOf(segs[j]);
        }
        break;
      }
      // "German Chancellor", "US Secretary of State": a name right before it.
      if (affiliation < 0 && i > first) {
        const int before = segs[i - 1];
        const Segment& prev = names_.segments[before];
        if (IsAffiliationName(names_, before) && prev.last_token == seg.first_token &&
            prev.type != v1::ENTITY_TYPE_PERSON) {
          affiliation = EntityOf(before);
        }
      }
      // "Defense Minister Zakir Hasanov of Azerbaijan": "of" and the body
      // right after the person's name.
      if (affiliation < 0 && k + 1 < segs.size()) {
        const Segment& after = names_.segments[segs[k + 1]];
        if (IsAffiliationName(names_, segs[k + 1]) && after.first_token == person.last_token + 1 &&
            s.lower(person.last_token) == "of") {
          affiliation = EntityOf(segs[k + 1]);
        }
      }
      Add(segs[k], std::string(s.span_text(seg.first_token, seg.last_token)),
          seg.kind == SegmentKind::kRank ? v1::ROLE_KIND_RANK : v1::ROLE_KIND_OFFICE,
          seg.kind == SegmentKind::kRank ? -1 : affiliation, status, seg.begin, person.end,
          "title-before-name", 0.9);
      status = v1::ROLE_STATUS_UNSPECIFIED;
    }
  }

  // The lower-case title words ending right before token `end` (after
  // optional "the"/"a"): [first, end), first == end when none.
  static uint32_t LowerTitleStart(const SentenceView& s, uint32_t end) {
    uint32_t first = end;
    bool head = false;
    while (first > 0) {
      const uint32_t i = first - 1;
      if (!s.is_word(i) || s.is_name_like(i)) break;
      const std::string_view w = s.lower(i);
      // "trade and industry commissioner"
      if (head && w == "and" && i > 0 && s.is_title_modifier(i - 1)) {
        first = i;
        continue;
      }
      if (!head) {
        if (!s.is_title_head(i)) break;
        head = true;
      } else if (!s.is_title_modifier(i) && !s.is_title_head(i)) {
        break;
      }
      first = i;
    }
    return head ? first : end;
  }

  // "energy minister Alexander Novak", "Russian energy minister ...",
  // "former prime minister ...".
  void LowerCaseTitleBefore(const std::vector<int>& segs, size_t k) {
    const Segment& person = names_.segments[segs[k]];
    const SentenceView& s = Sentence(person);
    const uint32_t first = LowerTitleStart(s, person.first_token);
    if (first == person.first_token) return;
    int affiliation = -1;
    if (k > 0) {
      const int before = segs[k - 1];
      const Segment& prev = names_.segments[before];
      if (IsAffiliationName(names_, before) && prev.type != v1::ENTITY_TYPE_PERSON &&
          (prev.last_token == first ||
           (prev.last_token + 1 == first && s.is_possessive(prev.last_token)))) {
        affiliation = EntityOf(before);
      }
    }
    // "Israeli prime minister Benjamin Netanyahu and energy minister Yuval
    // Steinitz": the second office is of the same country as the first.
    if (affiliation < 0 && first >= 2 && s.lower(first - 1) == "and" && k > 0) {
      const int before = EntityOf(segs[k - 1]);
      const Segment& prev = names_.segments[segs[k - 1]];
      if (prev.type == v1::ENTITY_TYPE_PERSON && prev.last_token + 1 == first) {
        for (const RoleRecord& r : roles_) {
          if (r.person == before && r.affiliation >= 0 &&
              names_.entities[r.affiliation].subtype == v1::ENTITY_SUBTYPE_COUNTRY) {
            affiliation = r.affiliation;
          }
        }
      }
    }
    Add(segs[k], std::string(s.span_text(first, person.first_token)), v1::ROLE_KIND_OFFICE,
        affiliation, StatusBefore(s, first), s.token(first).begin, person.end,
        "lower-title-before-name", 0.75);
  }

  // "Mahan's director, Hamid Arabnejad Khanooki", "Angela Merkel's
  // spokesperson, Steffen Seibert".
  void PossessiveTitleBefore(const std::vector<int>& segs, size_t k) {
    if (k == 0) return;
    const Segment& person = names_.segments[segs[k]];
    const SentenceView& s = Sentence(person);
    if (person.first_token < 3 || !s.is_punct(person.first_token - 1, ",")) return;
    const uint32_t title_end = person.first_token - 1;
    const uint32_t first = LowerTitleStart(s, title_end);
    if (first < title_end && first > 0) {
      const int owner = segs[k - 1];
      const Segment& owner_seg = names_.segments[owner];
      if (!IsAffiliationName(names_, owner) ||
          (owner_seg.type == v1::ENTITY_TYPE_PERSON && !s.is_possessive(first - 1))) {
        return;
      }
      // "Mahan's director, X", "former Israeli security official, X".
      const bool adjacent = owner_seg.last_token == first ||
                            (owner_seg.last_token + 1 == first && s.is_possessive(first - 1));
      if (!adjacent) return;
      Add(segs[k], std::string(s.span_text(first, title_end)), v1::ROLE_KIND_OFFICE,
          EntityOf(owner), StatusBefore(s, owner_seg.first_token), owner_seg.begin, person.end,
          "title-comma-name", 0.75);
      return;
    }
    // "the president of the Tunisian League ..., Jamel Msallem", "A member
    // of the Tunisian Parliament, Samir Dilou".
    const int owner = segs[k - 1];
    const Segment& owner_seg = names_.segments[owner];
    if (!IsAffiliationName(names_, owner) || owner_seg.last_token != title_end ||
        owner_seg.type == v1::ENTITY_TYPE_PERSON) {
      return;
    }
    uint32_t of = owner_seg.first_token;
    if (of > 0 && s.lower(of - 1) == "the") --of;
    if (of == 0 || s.lower(of - 1) != "of") return;
    const uint32_t head_end = of - 1;
    const uint32_t head_first = LowerTitleStart(s, head_end);
    if (head_first == head_end) return;
    Add(segs[k], std::string(s.span_text(head_first, head_end)), v1::ROLE_KIND_OFFICE,
        EntityOf(owner), StatusBefore(s, head_first), s.token(head_first).begin, person.end,
        "title-of-body-comma-name", 0.75);
  }

  // "Hasanov, the defense minister of Azerbaijan,", "X, head of the Y,".
  void AppositionAfter(const std::vector<int>& segs, size_t k) {
    const Segment& person = names_.segments[segs[k]];
    const SentenceView& s = Sentence(person);
    uint32_t i = person.last_token;
    if (!s.is_punct(i, ",")) return;
    ++i;
    if (i < s.size() && (s.lower(i) == "the" || s.lower(i) == "a" || s.lower(i) == "an")) ++i;
    const v1::RoleStatus status = i < s.size() ? s.status(i) : v1::ROLE_STATUS_UNSPECIFIED;
    if (status != v1::ROLE_STATUS_UNSPECIFIED) ++i;
    // An owner before the title: "Germany's", "the ministry's".
    int affiliation = -1;
    size_t next = k + 1;
    if (next < segs.size()) {
      const Segment& owner = names_.segments[segs[next]];
      if (owner.first_token == i && IsAffiliationName(names_, segs[next]) &&
          s.is_possessive(owner.last_token)) {
        affiliation = EntityOf(segs[next]);
        i = owner.last_token + 1;
        ++next;
      } else if (owner.first_token == i && owner.form == v1::MENTION_FORM_DEMONYM) {
        affiliation = EntityOf(segs[next]);
        i = owner.last_token;
        ++next;
      }
    }
    const uint32_t title_first = i;
    bool head = false;
    while (i < s.size() && s.is_word(i) && (s.is_title_modifier(i) || s.is_title_head(i))) {
      head = head || s.is_title_head(i);
      ++i;
    }
    if (!head) return;
    const uint32_t title_last = i;
    // "... of Azerbaijan", "... at Google".
    if (affiliation < 0 && i < s.size() &&
        (s.lower(i) == "of" || s.lower(i) == "at" || s.lower(i) == "for")) {
      uint32_t j = i + 1;
      if (j < s.size() && s.lower(j) == "the") ++j;
      for (size_t n = next; n < segs.size(); ++n) {
        const Segment& seg = names_.segments[segs[n]];
        if (seg.first_token < j) continue;
        if (seg.first_token == j && IsAffiliationName(names_, segs[n])) affiliation = EntityOf(segs[n]);
        break;
      }
    }
    Add(segs[k], std::string(s.span_text(title_first, title_last)), v1::ROLE_KIND_OFFICE,
        affiliation, status, person.begin, s.token(title_last - 1).end, "apposition", 0.75);
  }

  // "his counterpart Irakli Garibashvili": the office of the person the
  // sentence is about, for the other side.
  void Counterpart(const std::vector<int>& segs, size_t k) {
    const Segment& person = names_.segments[segs[k]];
    const SentenceView& s = Sentence(person);
    uint32_t i = person.first_token;
    if (i >= 1 && s.is_punct(i - 1, ",")) --i;
    if (i < 2 || s.lower(i - 1) != "counterpart") return;
    const std::string_view pronoun = s.lower(i - 2);
    if (pronoun != "his" && pronoun != "her" && pronoun != "their") return;
    // The office of someone named earlier in the sentence.
    const RoleRecord* model = nullptr;
    for (const RoleRecord& r : roles_) {
      if (r.sentence == person.sentence && r.kind == v1::ROLE_KIND_OFFICE && r.begin < person.begin &&
          r.person != EntityOf(segs[k])) {
        model = &r;
      }
    }
    if (model == nullptr) return;
    const RoleRecord copy = *model;
    Add(segs[k], copy.title, v1::ROLE_KIND_OFFICE, OtherCountry(copy.affiliation),
        v1::ROLE_STATUS_CURRENT, s.token(i - 2).begin, person.end, "counterpart", 0.6,
        /*implied=*/true);
  }

  // An office named without its body ("President Trump") takes the body
  // another statement of the same office gives the same person ("US
  // President Donald Trump"); a national office with no such statement
  // takes the person's country from their other roles, or else the
  // country the article is plainly about.
  void FillMissingAffiliations() {
    std::vector<bool> drop(roles_.size(), false);
    for (size_t i = 0; i < roles_.size(); ++i) {
      RoleRecord& r = roles_[i];
      if (r.affiliation >= 0 || r.kind != v1::ROLE_KIND_OFFICE) continue;
      const std::string title = AsciiLower(r.title);
      int person_country = -1;
      for (size_t j = 0; j < roles_.size(); ++j) {
        const RoleRecord& other = roles_[j];
        if (j == i || other.person != r.person || other.affiliation < 0) continue;
        if (AsciiLower(other.title) == title) {
          drop[i] = true;
          break;
        }
        if (names_.entities[other.affiliation].subtype == v1::ENTITY_SUBTYPE_COUNTRY) {
          person_country = other.affiliation;
        }
      }
      if (drop[i] || !IsNationalOffice(title)) continue;
      r.affiliation = person_country >= 0 ? person_country : DominantCountry();
      if (r.affiliation >= 0) r.confidence *= 0.7;
    }
    std::vector<RoleRecord> kept;
    for (size_t i = 0; i < roles_.size(); ++i) {
      if (!drop[i]) kept.push_back(std::move(roles_[i]));
    }
    roles_ = std::move(kept);
  }

  static bool IsNationalOffice(const std::string& title) {
    static constexpr std::string_view kOffices[] = {
        "president", "prime minister", "premier", "chancellor", "king", "queen", "emir",
        "sultan", "foreign minister", "defense minister", "defence minister", "interior minister",
        "finance minister", "foreign secretary", "home secretary", "secretary of state",
        "supreme leader", "vice president", "vice-president", "deputy prime minister"};
    for (std::string_view office : kOffices) {
      if (title == office) return true;
    }
    return false;
  }

  // The country the article names most often, when it leads clearly.
  int DominantCountry() const {
    int best = -1, second = 0;
    for (size_t e = 0; e < names_.entities.size(); ++e) {
      const EntityRecord& rec = names_.entities[e];
      if (rec.subtype != v1::ENTITY_SUBTYPE_COUNTRY) continue;
      if (best < 0 || rec.mentions > names_.entities[best].mentions) {
        if (best >= 0) second = names_.entities[best].mentions;
        best = static_cast<int>(e);
      } else {
        second = std::max(second, rec.mentions);
      }
    }
    if (best < 0 || names_.entities[best].mentions < 2 ||
        names_.entities[best].mentions <= second) {
      return -1;
    }
    return best;
  }

  // The country the article mentions most, other than `not_this`.
  int OtherCountry(int not_this) const {
    int best = -1;
    for (size_t e = 0; e < names_.entities.size(); ++e) {
      const EntityRecord& rec = names_.entities[e];
      if (static_cast<int>(e) == not_this || rec.subtype != v1::ENTITY_SUBTYPE_COUNTRY) continue;
      if (best < 0 || rec.mentions > names_.entities[best].mentions) best = static_cast<int>(e);
    }
    return best;
  }

  const ArticleNames& names_;
  std::vector<RoleRecord> roles_;
  std::map<std::tuple<int, std::string, int>, size_t> seen_;
};

}  // namespace

std::vector<RoleRecord> FindRoles(const ArticleNames& names) { return Finder(names).Run(); }

}  // namespace newsgraph::extract
