#include "ingest_service/extract/ner/article_names.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "ingest_service/extract/ner/lexicon.h"
#include "ingest_service/extract/ner/name_rules.h"
#include "ingest_service/extract/ner/sentence_classifier.h"
#include "ingest_service/extract/text/fold.h"
#include "shared/base/string_view.h"
#include "shared/text/utf8.h"

namespace newsgraph::extract {
namespace {

using KeyMap = absl::flat_hash_map<std::string, std::string>;

// Maps `form` to `key` unless it is mapped already (the first name wins);
// copies nothing when it is.
void AddForm(KeyMap* map, std::string_view form, const std::string& key) {
  map->lazy_emplace(AsAbsl(form), [&](const KeyMap::constructor& construct) {
    construct(std::string(form), key);
  });
}

// The text of the segment as written (a view into the article's content).
std::string_view Surface(const ArticleNames& names, const Segment& seg) {
  return names.sentences[seg.sentence].content().substr(seg.begin, seg.end - seg.begin);
}

uint32_t Words(const Segment& seg) { return seg.last_token - seg.first_token; }

bool IsHeadlineSentence(const v1::Article& article, int sentence) {
  const int paragraph = article.sentences(sentence).paragraph_index();
  return paragraph < article.paragraphs_size() &&
         article.paragraphs(paragraph).section() == v1::ARTICLE_SECTION_TITLE;
}

// Article-wide indexes of what the typed names are called.
struct NameIndex {
  KeyMap by_form;        // a surface form or alias -> key ("Hasanov" -> person key)
  KeyMap by_last_word;   // a person's surname -> key
  KeyMap by_first_word;  // an organization's first word -> key ("Mahan" -> "Mahan Air")
  KeyMap by_person_first_word;  // a family name written first ("Yoon" -> "Yoon Suk-yeol")
  absl::flat_hash_map<std::string, const Segment*> typed;  // key -> a segment with its data
};

void IndexTyped(const ArticleNames& names, NameIndex* index) {
  for (const Segment& seg : names.segments) {
    if (!seg.is_name() || seg.type == v1::ENTITY_TYPE_UNSPECIFIED || seg.bare_head) continue;
    index->typed.try_emplace(seg.key, &seg);
    // One-word towns and regions are weak evidence: "Morales" may be Evo Morales.
    const bool weak_place = Words(seg) == 1 && (seg.subtype == v1::ENTITY_SUBTYPE_CITY ||
                                                seg.subtype == v1::ENTITY_SUBTYPE_REGION);
    // Nor is a one-word person ("President Trump"): the full name decides.
    const bool short_person = Words(seg) == 1 && seg.type == v1::ENTITY_TYPE_PERSON;
    if (weak_place || short_person) continue;
    if (seg.form != v1::MENTION_FORM_DEMONYM) AddForm(&index->by_form, Surface(names, seg), seg.key);
    AddForm(&index->by_form, seg.name, seg.key);
    if (!seg.acronym.empty()) AddForm(&index->by_form, seg.acronym, seg.key);
    const SentenceView& s = names.sentences[seg.sentence];
    if (Words(seg) >= 2 && seg.type == v1::ENTITY_TYPE_PERSON) {
      // Every later word may be how the text refers back: "Morales" in
      // "Evo Morales", "Freire" in "Ramón Freire Serrano".
      for (uint32_t i = seg.first_token + 1; i < seg.last_token; ++i) {
        if (!s.is_word(i) || s.is_connector(i) || s.text(i).size() < 2) continue;
        AddForm(&index->by_last_word, FoldToAscii(s.text(i)), seg.key);
      }
      if (s.text(seg.first_token).size() >= 2 && !s.token(seg.first_token).Is(kAllUpper)) {
        AddForm(&index->by_person_first_word, FoldToAscii(s.text(seg.first_token)), seg.key);
      }
    }
    // "Mahan" for "Mahan Air": companies and media go by their first word.
    if (Words(seg) >= 2 && seg.type == v1::ENTITY_TYPE_ORGANIZATION && seg.gazetteer_id.empty() &&
        (seg.subtype == v1::ENTITY_SUBTYPE_COMPANY || seg.subtype == v1::ENTITY_SUBTYPE_MEDIA) &&
        !s.is_connector(seg.first_token + 1)) {
      AddForm(&index->by_first_word, s.text(seg.first_token), seg.key);
    }
  }
}

// "Federal Security Service (FSB)": the acronym names what it follows.
void LinkBracketedAcronyms(ArticleNames* names) {
  for (size_t i = 0; i + 1 < names->segments.size(); ++i) {
    Segment& name = names->segments[i];
    // Names nested in this one ("Korea" in "Korea Free Trade Agreement")
    // come between it and the bracket.
    size_t j = i + 1;
    while (j + 1 < names->segments.size() && names->segments[j].nested) ++j;
    Segment& acronym = names->segments[j];
    if (!name.is_name() || !acronym.is_name() || name.sentence != acronym.sentence ||
        acronym.nested) {
      continue;
    }
    const SentenceView& s = names->sentences[name.sentence];
    if (acronym.first_token != name.last_token + 1 || !s.is_punct(name.last_token, "(") ||
        Words(acronym) != 1 || !s.token(acronym.first_token).Is(kAllUpper) ||
        !s.is_punct(acronym.last_token, ")")) {
      continue;
    }
    if (name.type == v1::ENTITY_TYPE_UNSPECIFIED) name.type = v1::ENTITY_TYPE_ORGANIZATION;
    if (name.key.empty() || name.key.rfind("name:", 0) == 0) name.key = NameKey(name.type, name.name);
    name.acronym = std::string(s.text(acronym.first_token));
    acronym.type = name.type;
    acronym.subtype = name.subtype;
    acronym.key = name.key;
    acronym.form = v1::MENTION_FORM_ACRONYM;
    acronym.rule = "bracketed-acronym";
  }
  // The acronym elsewhere in the article stands for the same name: "KORUS"
  // after "Free Trade Agreement (KORUS)" is the agreement, not a body the
  // sentence rules guessed.
  absl::flat_hash_map<std::string_view, const Segment*> defined;
  for (const Segment& seg : names->segments) {
    // Only bodies and named things: a place rarely goes by an acronym the
    // text defines, and when the name before the bracket was taken for one
    // the guess is usually wrong.
    if (seg.is_name() && std::string_view(seg.rule) == "bracketed-acronym" &&
        (seg.type == v1::ENTITY_TYPE_ORGANIZATION || seg.type == v1::ENTITY_TYPE_MISC)) {
      defined.emplace(Surface(*names, seg), &seg);
    }
  }
  if (defined.empty()) return;
  for (Segment& seg : names->segments) {
    if (!seg.is_name() || std::string_view(seg.rule) != "acronym") continue;
    auto it = defined.find(Surface(*names, seg));
    if (it == defined.end()) continue;
    const Segment& definition = *it->second;
    seg.type = definition.type;
    seg.subtype = definition.subtype;
    seg.key = definition.key;
    seg.rule = "bracketed-acronym";
  }
}

// Gives an untyped or short name the type and key of the entity it refers to.
bool ResolveByIndex(const ArticleNames& names, const NameIndex& index, Segment* seg) {
  const SentenceView& s = names.sentences[seg->sentence];
  const std::string_view surface = Surface(names, *seg);
  if (IsCommonAcronym(surface)) return false;
  const std::string* key = nullptr;
  // One word that is the surname of a person named in full is that person
  // before anything else ("Kishida" after "Fumio Kishida").
  const std::string folded = Words(*seg) == 1 ? FoldToAscii(surface) : std::string();
  if (Words(*seg) == 1) {
    if (auto it = index.by_last_word.find(folded); it != index.by_last_word.end()) key = &it->second;
  }
  if (key == nullptr) {
    if (auto it = index.by_form.find(AsAbsl(surface)); it != index.by_form.end()) key = &it->second;
  }
  if (key == nullptr && Words(*seg) == 1) {
    if (auto it2 = index.by_first_word.find(AsAbsl(surface)); it2 != index.by_first_word.end()) {
      key = &it2->second;
    } else if (auto it3 = index.by_person_first_word.find(folded);
               it3 != index.by_person_first_word.end() && seg->type == v1::ENTITY_TYPE_UNSPECIFIED) {
      key = &it3->second;
    }
  }
  // "President Trump" after "Donald Trump": the last word of a short person name.
  if (key == nullptr && seg->type == v1::ENTITY_TYPE_PERSON && Words(*seg) == 1) return false;
  if (key == nullptr) return false;
  if (*key == seg->key) return true;
  auto typed = index.typed.find(*key);
  if (typed == index.typed.end()) return false;
  const Segment& target = *typed->second;
  // A one-word town or region that is the surname of a person the article
  // names in full ("Morales" after "Evo Morales") is that person.
  const bool surname_over_place = target.type == v1::ENTITY_TYPE_PERSON &&
                                  seg->type == v1::ENTITY_TYPE_LOCATION &&
                                  (seg->subtype == v1::ENTITY_SUBTYPE_CITY ||
                                   seg->subtype == v1::ENTITY_SUBTYPE_REGION);
  if (seg->type != v1::ENTITY_TYPE_UNSPECIFIED && seg->type != target.type && !surname_over_place) {
    return false;
  }
  seg->form = v1::MENTION_FORM_NAME;
  seg->alias.clear();
  seg->type = target.type;
  seg->subtype = target.subtype;
  seg->key = target.key;
  seg->name = target.name;
  seg->country = target.country;
  seg->sector = target.sector;
  seg->gazetteer_id = target.gazetteer_id;
  seg->latitude = target.latitude;
  seg->longitude = target.longitude;
  if (seg->form == v1::MENTION_FORM_NAME && s.token(seg->first_token).Is(kAllUpper) &&
      Words(*seg) == 1 && Words(target) > 1) {
    seg->form = v1::MENTION_FORM_ACRONYM;
  }
  seg->rule = "alias";
  return true;
}

// "A, B and C": untyped names in a list take the type of a typed one.
void ShareTypesInLists(const NameLookup& lookup, ArticleNames* names) {
  auto& segs = names->segments;
  for (size_t i = 0; i + 1 < segs.size(); ++i) {
    Segment& a = segs[i];
    Segment& b = segs[i + 1];
    if (!a.is_name() || !b.is_name() || a.sentence != b.sentence || a.nested || b.nested) continue;
    const SentenceView& s = names->sentences[a.sentence];
    const uint32_t gap = b.first_token - a.last_token;
    const bool listed =
        (gap == 1 && (s.is_punct(a.last_token, ",") || s.lower(a.last_token) == "and")) ||
        (gap == 2 && s.is_punct(a.last_token, ",") && s.lower(a.last_token + 1) == "and");
    if (!listed) continue;
    Segment* typed = a.type != v1::ENTITY_TYPE_UNSPECIFIED ? &a : &b;
    Segment* untyped = a.type != v1::ENTITY_TYPE_UNSPECIFIED ? &b : &a;
    if (Words(*untyped) == 1 &&
        lookup.IsCommonWordAsWritten(names->sentences[untyped->sentence].text(untyped->first_token))) {
      continue;
    }
    if (typed->type == v1::ENTITY_TYPE_UNSPECIFIED || untyped->type != v1::ENTITY_TYPE_UNSPECIFIED) {
      continue;
    }
    if (typed->type != v1::ENTITY_TYPE_ORGANIZATION && typed->type != v1::ENTITY_TYPE_PERSON) {
      continue;
    }
    // Only lists that a descriptor introduced ("firms including A, B and
    // C") are reliable enough.
    // "Li and Viya": a word paired with a person by "and" is a person too.
    const bool pair_of_people = typed->type == v1::ENTITY_TYPE_PERSON && Words(*untyped) == 1 &&
                                gap == 1 && s.lower(a.last_token) == "and" &&
                                !s.token(untyped->first_token).Is(kAllUpper);
    if (std::string_view(typed->rule) != "descriptor" && std::string_view(typed->rule) != "list" &&
        !pair_of_people) {
      continue;
    }
    untyped->type = typed->type;
    untyped->subtype = typed->gazetteer_id.empty() ? typed->subtype : v1::ENTITY_SUBTYPE_UNSPECIFIED;
    untyped->sector = typed->gazetteer_id.empty() ? typed->sector : "";
    untyped->key = NameKey(untyped->type, untyped->name);
    untyped->rule = "list";
    untyped->confidence = 0.6;
    // Both directions: a later typed name can type an earlier one.
    if (i > 0) i -= 1;
  }
}

// Words that open the names of places, clubs and bodies in the languages
// news borrows from, never a person's ("San Lorenzo", "Copa Libertadores").
// Words that open the names of feasts and holidays ("Eid al-Adha").
bool OpensNamedEvent(std::string_view word) {
  static constexpr std::string_view kWords[] = {"Eid",    "Ramadan", "Ramzan",   "Diwali",
                                                "Easter", "Nowruz",  "Hanukkah", "Passover",
                                                "Christmas", "Holi",  "Vesak",    "Songkran"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

bool OpensPlaceOrBody(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "San", "Santa", "Santo", "Saint", "St", "Copa", "Club", "Los", "Las", "La", "Le", "Les",
      "El", "Al", "Real", "Deportivo", "Atletico", "Atlético", "Sporting", "Racing", "Rio", "Río",
      "Porto", "Puerto", "Port", "Mount", "Lake", "Cape", "Fort", "Bahia", "Bahía", "Islas",
      "Isla", "Villa", "Ciudad", "Nueva", "Nuevo", "New", "North", "South", "East", "West",
      "Upper", "Lower", "Greater", "Banco", "Grupo", "Partido", "Frente", "Movimiento"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// "South China", "Western Mexico": words naming a part of a country.
bool IsPartOfCountry(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
      "Central", "Upper", "Lower", "Greater", "Northeast", "Northwest", "Southeast",
      "Southwest", "Mainland", "Rural", "Coastal", "Inner", "Outer"};
  for (std::string_view w : kWords) {
    if (word == w) return true;
  }
  return false;
}

// "Defiende Venezuela", "Natural Resources Canada", "OK Zimbabwe": an
// unknown name run that ends in a country's name is an organization of
// that country (a party, an NGO, an agency, a firm). The country stays a
// nested name inside it.
void TypeNamesEndingInCountry(ArticleNames* names) {
  std::vector<Segment>& segs = names->segments;
  for (size_t i = 0; i + 1 < segs.size(); ++i) {
    Segment& run = segs[i];
    Segment& country = segs[i + 1];
    if (!run.is_name() || run.type != v1::ENTITY_TYPE_UNSPECIFIED || run.bare_head ||
        !country.is_name() || country.subtype != v1::ENTITY_SUBTYPE_COUNTRY ||
        country.form != v1::MENTION_FORM_NAME || country.sentence != run.sentence ||
        country.first_token != run.last_token) {
      continue;
    }
    const SentenceView& s = names->sentences[run.sentence];
    if (s.is_headline() || IsPartOfCountry(s.text(run.first_token)) ||
        s.text(run.first_token).find('-') != std::string_view::npos) {
      continue;
    }
    // "NGO Defiende Venezuela": the word saying what it is stays out.
    uint32_t first = run.first_token;
    while (first + 1 < run.last_token &&
           (IsCommonAcronym(s.text(first)) || FindDescriptor(s.lower(first)) != nullptr)) {
      ++first;
    }
    run.first_token = first;
    run.begin = s.token(first).begin;
    run.last_token = country.last_token;
    run.end = country.end;
    run.name = std::string(s.span_text(run.first_token, run.last_token));
    run.type = v1::ENTITY_TYPE_ORGANIZATION;
    run.country = country.country;
    run.key = NameKey(run.type, run.name);
    run.rule = "name+country";
    run.confidence = 0.5;
    country.nested = true;
  }
}

// "Dr" before a name the rules could not join to it ("Dr. Richard
// Tanenbaum"): an honorific is never a name by itself.
void DropLoneHonorifics(ArticleNames* names) {
  for (Segment& seg : names->segments) {
    if (!seg.is_name() || Words(seg) != 1) continue;
    if (names->sentences[seg.sentence].is_honorific(seg.first_token)) {
      seg.type = v1::ENTITY_TYPE_UNSPECIFIED;  // dropped
    }
  }
}

// "Oujda, Morocco", "Guadalajara, Jalisco": a town and, after a comma, the
// region or country it lies in are one mention of the town (as "Washington,
// DC" is). Not a list: "Paris, France and Spain" keeps France.
void JoinTownsWithTheirRegion(ArticleNames* names) {
  std::vector<Segment>& segs = names->segments;
  for (size_t i = 0; i + 1 < segs.size(); ++i) {
    Segment& town = segs[i];
    Segment& region = segs[i + 1];
    if (!town.is_name() || !region.is_name() || town.sentence != region.sentence ||
        town.type != v1::ENTITY_TYPE_LOCATION || region.type != v1::ENTITY_TYPE_LOCATION ||
        town.subtype != v1::ENTITY_SUBTYPE_CITY || town.country.empty() ||
        town.country != region.country || region.form != v1::MENTION_FORM_NAME ||
        (region.subtype != v1::ENTITY_SUBTYPE_COUNTRY &&
         region.subtype != v1::ENTITY_SUBTYPE_REGION) ||
        region.first_token != town.last_token + 1) {
      continue;
    }
    const SentenceView& s = names->sentences[town.sentence];
    if (!s.is_punct(town.last_token, ",") || s.is_headline()) continue;
    const uint32_t after = region.last_token;
    const bool list_goes_on =
        after < s.size() &&
        (s.lower(after) == "and" || s.lower(after) == "or" ||
         (s.is_punct(after, ",") && i + 2 < segs.size() && segs[i + 2].sentence == town.sentence &&
          segs[i + 2].first_token == after + 1 && segs[i + 2].type == v1::ENTITY_TYPE_LOCATION));
    if (list_goes_on) continue;
    town.last_token = region.last_token;
    town.end = region.end;
    region.nested = true;
    ++i;
  }
}

// "Mae Sai district", "the town of Tira": a place; "the Trump
// administration": a person. Types `seg` when a noun next to it says what
// it is.
bool TypeFromNounNextTo(const SentenceView& s, Segment* seg) {
  const uint32_t next = seg->last_token;
  v1::EntityType type = v1::ENTITY_TYPE_UNSPECIFIED;
  if (HasPlaceNoun(s, seg->first_token, next)) {
    type = v1::ENTITY_TYPE_LOCATION;
  } else if (next < s.size() && !s.is_name_like(next) &&
             (s.lower(next) == "administration" || s.lower(next) == "administrations")) {
    type = v1::ENTITY_TYPE_PERSON;
  } else {
    return false;
  }
  seg->type = type;
  seg->key = NameKey(type, seg->name);
  seg->rule = "noun-next-to";
  seg->confidence = 0.6;
  return true;
}

// How many words of the name are in the people-name lists ("Recep Tayyip
// Erdoğan", "Omara Ruiz Urquiola").
int FamilyOrGivenNames(const NameLookup& lookup, const SentenceView& s, const Segment& seg) {
  int n = 0;
  for (uint32_t i = seg.first_token; i < seg.last_token; ++i) {
    const std::string_view w = s.text(i);
    if (lookup.IsFamilyName(w) || lookup.IsGivenName(w)) ++n;
  }
  return n;
}

// What is still unknown gets a default type, or is dropped (type stays
// UNSPECIFIED) when a capitalised word alone says too little.
void DefaultTypes(const NameLookup& lookup, ArticleNames* names) {
  for (Segment& seg : names->segments) {
    if (!seg.is_name() || seg.type != v1::ENTITY_TYPE_UNSPECIFIED) continue;
    const SentenceView& s = names->sentences[seg.sentence];
    const uint32_t words = Words(seg);
    if (OpensNamedEvent(s.text(seg.first_token))) {
      seg.type = v1::ENTITY_TYPE_MISC;
      seg.subtype = v1::ENTITY_SUBTYPE_NAMED_EVENT;
      seg.key = NameKey(seg.type, seg.name);
      seg.rule = "named-event";
      seg.confidence = 0.6;
      continue;
    }
    if (!s.is_headline() && TypeFromNounNextTo(s, &seg)) continue;
    if (words < 2) continue;
    int common = 0, proper = 0, initials = 0, short_common = 0;
    bool hyphen_lower = false;  // "Jae-in", "Ting-kwok": Korean and Chinese given names
    for (uint32_t i = seg.first_token; i < seg.last_token; ++i) {
      if (s.is_punct(i, ".")) continue;
      const std::string_view w = s.text(i);
      if (s.is_connector(i)) {
        if (!IsNameParticle(w)) ++common;
        continue;
      }
      if (w.size() == 1 || (w.size() == 2 && s.token(i).Is(kAllUpper))) {
        ++initials;  // "T P Harris", "MS Golwalkar"
        continue;
      }
      const size_t dash = w.find('-');
      if (dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' &&
          w[dash + 1] <= 'z') {
        hyphen_lower = true;
      }
      const bool is_common = lookup.IsCommonWordAsWritten(w) || s.head(i) != nullptr ||
                             s.is_title_head(i) || s.is_title_modifier(i);
      (is_common ? common : proper) += 1;
      if (is_common && w.size() <= 3) ++short_common;  // "Xi", "Li", "Wu": family names
    }
    // A person: a Korean or Chinese given name, initials and a surname, or
    // two or three words most of which are no English words ("Xi Jinping",
    // "Irakli Garibashvili", "Dalai Lama").
    // Initials come before the surname ("T P Harris"), not after ("SKW A").
    const bool ends_in_initial = s.text(seg.last_token - 1).size() == 1;
    const bool person =
        !OpensPlaceOrBody(s.text(seg.first_token)) && !ends_in_initial &&
        (hyphen_lower || (initials > 0 && proper > 0 && common == 0) ||
         (words == 2 && initials == 0 && (common == 0 || (proper == 1 && short_common == 1))) ||
         (words == 3 && initials == 0 && common == 0 && FamilyOrGivenNames(lookup, s, seg) >= 1));
    // Capitalised phrases of common words ("World Heritage Site", "Special
    // Rapporteur") are more often named things than organizations.
    const bool misc = !person && common > 0;
    if (!person && !misc) continue;  // too little to go on: dropped
    seg.type = person ? v1::ENTITY_TYPE_PERSON : v1::ENTITY_TYPE_MISC;
    seg.key = NameKey(seg.type, seg.name);
    seg.rule = person ? "default:person" : "default:misc";
    seg.confidence = 0.4;
  }
}

// One capitalised word the lexicons do not know ("Viya", "Prawit"), not a
// common English word, is a person when it is a given name. Other cues —
// a speech verb after it, "in" before it, being named twice — type such a
// word wrongly about as often as rightly on held-out news (measured with
// tools/newsgraph_eval on ../shared/eval), so the word is left out.
void TypeUnknownWords(const NameLookup& lookup, ArticleNames* names) {
  for (Segment& seg : names->segments) {
    if (!seg.is_name() || seg.type != v1::ENTITY_TYPE_UNSPECIFIED || seg.bare_head ||
        Words(seg) != 1) {
      continue;
    }
    const SentenceView& s = names->sentences[seg.sentence];
    const std::string_view word = s.text(seg.first_token);
    if (s.token(seg.first_token).Is(kAllUpper) || s.is_headline() ||
        lookup.IsCommonWordAsWritten(word)) {
      continue;
    }
    // "in Nilambur", "in Chiloé": a word no list knows after "in" is a
    // place more often than not (measured on ../shared/eval/ner_dev).
    if (seg.first_token > 0 && s.lower(seg.first_token - 1) == "in" &&
        !s.token(seg.first_token).Is(kHasDigit) && !lookup.IsGivenName(word) &&
        !lookup.IsFamilyName(word)) {
      seg.type = v1::ENTITY_TYPE_LOCATION;
      seg.rule = "in+unknown-word";
      seg.key = NameKey(seg.type, seg.name);
      seg.confidence = 0.35;
      continue;
    }
    // "Chan said", "..., Tong said.": a surname that speaks.
    const bool speaks = (lookup.IsFamilyName(word) || lookup.IsGivenName(word)) &&
                        seg.last_token < s.size() &&
                        s.is_speech_verb(seg.last_token);
    if (!speaks && (s.is_sentence_start(seg.first_token) || !lookup.IsGivenName(word))) continue;
    seg.type = v1::ENTITY_TYPE_PERSON;
    seg.rule = speaks ? "surname+speech-verb" : "given-name:alone";
    seg.key = NameKey(seg.type, seg.name);
    seg.confidence = 0.35;
  }
}

bool IsNamedBody(std::string_view head) {
  return head == "cabinet" || head == "diet" || head == "senate" || head == "congress" ||
         head == "parliament" || head == "politburo" || head == "knesset" || head == "duma" ||
         head == "majlis" || head == "legislature";
}

// A town kept aside by the sentence pass ("Amethi") is a place when the
// article names a place of its country: news about India names Indian
// towns.
void PromoteWeakPlaces(ArticleNames* names) {
  absl::flat_hash_set<std::string> countries;
  for (const Segment& seg : names->segments) {
    if (seg.is_name() && seg.type == v1::ENTITY_TYPE_LOCATION && !seg.country.empty()) {
      countries.insert(seg.country);
    }
  }
  for (Segment& seg : names->segments) {
    if (std::string_view(seg.rule) != "gazetteer:weak" || seg.type != v1::ENTITY_TYPE_UNSPECIFIED ||
        !countries.contains(seg.country)) {
      continue;
    }
    seg.type = v1::ENTITY_TYPE_LOCATION;
    seg.key = seg.gazetteer_id;
    seg.rule = "gazetteer:country-context";
    seg.confidence = 0.6;
  }
}

// "The Plan", "the Ministry": a head noun alone refers to the one named
// entity of the article with that head, or to nothing.
void ResolveBareHeads(ArticleNames* names) {
  absl::flat_hash_map<std::string, std::string> by_head;  // head word -> key
  absl::flat_hash_set<std::string> ambiguous;
  for (const Segment& seg : names->segments) {
    if (!seg.is_name() || seg.bare_head || seg.type == v1::ENTITY_TYPE_UNSPECIFIED) continue;
    const SentenceView& s = names->sentences[seg.sentence];
    for (uint32_t i = seg.first_token; i < seg.last_token; ++i) {
      if (s.head(i) == nullptr) continue;
      auto [it, inserted] = by_head.emplace(std::string(s.lower(i)), seg.key);
      if (!inserted && it->second != seg.key) ambiguous.insert(std::string(s.lower(i)));
    }
  }
  for (Segment& seg : names->segments) {
    if (!seg.bare_head) continue;
    const SentenceView& s = names->sentences[seg.sentence];
    const std::string head(s.lower(seg.first_token));
    auto it = by_head.find(head);
    if (it == by_head.end() || ambiguous.contains(head)) {
      // "the Cabinet", "the Diet": a national body news capitalises is a
      // name of its own; other lone heads are dropped.
      if (IsNamedBody(head) && !s.is_sentence_start(seg.first_token) && !s.is_headline()) {
        seg.name = std::string(s.text(seg.first_token));
        seg.key = NameKey(seg.type, seg.name);
        seg.rule = "named-body";
        seg.bare_head = false;
      } else {
        seg.type = v1::ENTITY_TYPE_UNSPECIFIED;  // dropped
      }
      continue;
    }
    seg.key = it->second;
    seg.form = v1::MENTION_FORM_NOMINAL;
    seg.rule = "bare-head";
  }
}

// Keeps only the headline names the body confirms, or the gazetteer knows.
void FilterHeadline(const absl::flat_hash_set<std::string>& body_keys, ArticleNames* names) {
  for (Segment& seg : names->segments) {
    if (!seg.is_name() || !names->sentences[seg.sentence].is_headline()) continue;
    if (body_keys.contains(seg.key) || !seg.gazetteer_id.empty()) continue;
    seg.type = v1::ENTITY_TYPE_UNSPECIFIED;
  }
}

// The name without the country it is qualified by: "Islamic Revolutionary
// Guard Corps of Iran" and "Iranian Islamic Revolutionary Guard Corps" ->
// "Islamic Revolutionary Guard Corps".
std::string WithoutCountry(const NameLookup& lookup, const std::string& name) {
  std::vector<GazetteerHit> hits;
  auto is_country = [&](std::string_view phrase) {
    return lookup.Find(phrase, &hits) && (BestHit(hits).subtype == v1::ENTITY_SUBTYPE_COUNTRY);
  };
  std::string out = name;
  for (std::string_view of : {" of the ", " of "}) {
    const size_t pos = out.rfind(of);
    if (pos != std::string::npos && is_country(std::string_view(out).substr(pos + of.size()))) {
      out.resize(pos);
      break;
    }
  }
  const size_t space = out.find(' ');
  if (space != std::string::npos && is_country(std::string_view(out).substr(0, space))) {
    out.erase(0, space + 1);
  }
  return out;
}

// Organizations named with and without their country are one entity
// when the countries agree: the fuller name's key wins.
void MergeCountryQualifiedNames(const NameLookup& lookup, ArticleNames* names) {
  struct Variant {
    std::string key;
    std::string name;
    std::string country;
  };
  absl::flat_hash_map<std::string, Variant> by_stripped;
  absl::flat_hash_map<std::string, std::string> rekey;
  for (const Segment& seg : names->segments) {
    if (!seg.is_name() || seg.type != v1::ENTITY_TYPE_ORGANIZATION || !seg.gazetteer_id.empty() ||
        seg.name.rfind("Ministry", 0) == 0) {
      continue;
    }
    const std::string stripped = NameKey(seg.type, WithoutCountry(lookup, seg.name));
    auto [it, inserted] = by_stripped.emplace(stripped, Variant{seg.key, seg.name, seg.country});
    if (inserted || it->second.key == seg.key) continue;
    Variant& v = it->second;
    if (!v.country.empty() && !seg.country.empty() && v.country != seg.country) continue;
    if (seg.name.size() > v.name.size()) {
      rekey[v.key] = seg.key;
      v = Variant{seg.key, seg.name, seg.country.empty() ? v.country : seg.country};
    } else {
      rekey[seg.key] = v.key;
    }
  }
  if (rekey.empty()) return;
  for (Segment& seg : names->segments) {
    for (int hops = 0; hops < 4; ++hops) {
      auto it = rekey.find(seg.key);
      if (it == rekey.end()) break;
      seg.key = it->second;
    }
  }
}

void BuildEntities(ArticleNames* names) {
  // Keys are views of the segments' keys, which stay put from here on.
  absl::flat_hash_map<absl::string_view, int> index_of;
  names->entity_of.assign(names->segments.size(), -1);
  // A name inside a longer one ("Baku" in "Baku-Tbilisi-Ceyhan pipeline")
  // is an entity only when the text also names it on its own.
  absl::flat_hash_set<absl::string_view> standalone;
  for (const Segment& seg : names->segments) {
    if (seg.is_name() && !seg.nested) standalone.insert(seg.key);
  }
  for (size_t i = 0; i < names->segments.size(); ++i) {
    const Segment& seg = names->segments[i];
    if (!seg.is_name() || seg.type == v1::ENTITY_TYPE_UNSPECIFIED || seg.key.empty()) continue;
    if (seg.nested && !standalone.contains(seg.key)) continue;
    auto [it, inserted] = index_of.emplace(seg.key, static_cast<int>(names->entities.size()));
    if (inserted) {
      EntityRecord record;
      record.key = seg.key;
      record.name = seg.name;
      record.type = seg.type;
      names->entities.push_back(std::move(record));
    }
    EntityRecord& e = names->entities[it->second];
    names->entity_of[i] = it->second;
    ++e.mentions;
    e.confidence = std::max(e.confidence, seg.confidence);
    if (e.subtype == v1::ENTITY_SUBTYPE_UNSPECIFIED) e.subtype = seg.subtype;
    if (e.country.empty()) e.country = seg.country;
    if (e.sector.empty()) e.sector = seg.sector;
    if (e.gazetteer_id.empty()) {
      e.gazetteer_id = seg.gazetteer_id;
      e.latitude = seg.latitude;
      e.longitude = seg.longitude;
    }
    // The fullest name wins: more words, then longer.
    const auto words = [](const std::string& n) { return std::count(n.begin(), n.end(), ' '); };
    if (seg.gazetteer_id.empty() && seg.form == v1::MENTION_FORM_NAME && !seg.nested &&
        (words(seg.name) > words(e.name) ||
         (words(seg.name) == words(e.name) && seg.name.size() > e.name.size()))) {
      e.aliases.push_back(e.name);
      e.name = seg.name;
    }
    const std::string_view surface =
        seg.form == v1::MENTION_FORM_NOMINAL ? std::string_view() : Surface(*names, seg);
    for (const std::string_view form :
         {surface, std::string_view(seg.alias), std::string_view(seg.acronym),
          std::string_view(seg.name)}) {
      if (!form.empty() && form != e.name &&
          std::find(e.aliases.begin(), e.aliases.end(), form) == e.aliases.end()) {
        e.aliases.emplace_back(form);
      }
    }
  }
  for (EntityRecord& e : names->entities) {
    e.aliases.erase(std::remove(e.aliases.begin(), e.aliases.end(), e.name), e.aliases.end());
  }
}

}  // namespace

void ArticleNameFinder::Find(const v1::Article& article, const text::CodePointIndex& index,
                             ArticleNames* out) {
  const std::string& content = article.content();
  out->sentences.clear();
  out->segments.clear();
  out->entities.clear();
  out->segments.reserve(static_cast<size_t>(article.sentences_size()) * 4);
  out->sentences.reserve(static_cast<size_t>(article.sentences_size()));
  text::CodePointCursor cursor(content, index);
  for (int i = 0; i < article.sentences_size(); ++i) {
    const v1::TextSpan& span = article.sentences(i).span();
    const auto begin = static_cast<uint32_t>(cursor.ToByte(span.start()));
    const auto end = static_cast<uint32_t>(cursor.ToByte(span.end()));
    out->sentences.emplace_back(content, begin, end, i, IsHeadlineSentence(article, i),
                                article.format() == v1::ARTICLE_FORMAT_NEWSWIRE);
    segmenter_.Segment(out->sentences.back(), &out->segments);
  }
  LinkBracketedAcronyms(out);
  TypeNamesEndingInCountry(out);
  DefaultTypes(*lookup_, out);
  NameIndex names;
  IndexTyped(*out, &names);
  for (Segment& seg : out->segments) {
    if (seg.is_name() && !seg.bare_head &&
        (seg.type == v1::ENTITY_TYPE_UNSPECIFIED || Words(seg) == 1)) {
      ResolveByIndex(*out, names, &seg);
    }
  }
  ShareTypesInLists(*lookup_, out);
  TypeUnknownWords(*lookup_, out);
  PromoteWeakPlaces(out);
  JoinTownsWithTheirRegion(out);
  DropLoneHonorifics(out);
  ResolveBareHeads(out);
  absl::flat_hash_set<std::string> body_keys;
  for (const Segment& seg : out->segments) {
    if (seg.is_name() && !out->sentences[seg.sentence].is_headline()) body_keys.insert(seg.key);
  }
  FilterHeadline(body_keys, out);
  MergeCountryQualifiedNames(*lookup_, out);
  BuildEntities(out);
}

}  // namespace newsgraph::extract
