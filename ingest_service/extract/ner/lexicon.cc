#include "ingest_service/extract/ner/lexicon.h"

#include <initializer_list>
#include <string>
#include <vector>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "shared/base/string_view.h"

namespace newsgraph::extract {
namespace {

using Set = absl::flat_hash_set<absl::string_view>;

const Set& MakeSet(std::initializer_list<absl::string_view> words) {
  return *new Set(words);
}

bool In(const Set& set, std::string_view word) { return set.contains(AsAbsl(word)); }

constexpr auto kOrg = v1::ENTITY_TYPE_ORGANIZATION;
constexpr auto kLoc = v1::ENTITY_TYPE_LOCATION;
constexpr auto kMisc = v1::ENTITY_TYPE_MISC;

const absl::flat_hash_map<absl::string_view, HeadInfo>& Heads() {
  static const auto* heads = [] {
    auto* m = new absl::flat_hash_map<absl::string_view, HeadInfo>();
    auto add = [&](std::initializer_list<absl::string_view> words, HeadInfo info) {
      for (absl::string_view w : words) m->emplace(w, info);
    };
    const HeadInfo gov{kOrg, v1::ENTITY_SUBTYPE_GOVERNMENT, "GOV", false, false};
    const HeadInfo gov_open{kOrg, v1::ENTITY_SUBTYPE_GOVERNMENT, "GOV", false, true};
    const HeadInfo mil{kOrg, v1::ENTITY_SUBTYPE_GOVERNMENT, "MIL", false, false};
    const HeadInfo police{kOrg, v1::ENTITY_SUBTYPE_GOVERNMENT, "COP", false, false};
    const HeadInfo leg{kOrg, v1::ENTITY_SUBTYPE_GOVERNMENT, "LEG", false, false};
    const HeadInfo jud{kOrg, v1::ENTITY_SUBTYPE_GOVERNMENT, "JUD", false, false};
    const HeadInfo company{kOrg, v1::ENTITY_SUBTYPE_COMPANY, "BUS", false, false};
    const HeadInfo media{kOrg, v1::ENTITY_SUBTYPE_MEDIA, "MED", false, false};
    const HeadInfo party{kOrg, v1::ENTITY_SUBTYPE_PARTY, "PTY", false, false};
    const HeadInfo ngo{kOrg, v1::ENTITY_SUBTYPE_NGO, "NGO", false, false};
    const HeadInfo edu{kOrg, v1::ENTITY_SUBTYPE_ORGANIZATION_OTHER, "EDU", false, true};
    const HeadInfo org_other{kOrg, v1::ENTITY_SUBTYPE_ORGANIZATION_OTHER, "", false, false};
    const HeadInfo facility{kLoc, v1::ENTITY_SUBTYPE_FACILITY, "", true, false};
    const HeadInfo facility_cap{kLoc, v1::ENTITY_SUBTYPE_FACILITY, "", false, false};
    const HeadInfo region{kLoc, v1::ENTITY_SUBTYPE_REGION, "", true, false};
    const HeadInfo city{kLoc, v1::ENTITY_SUBTYPE_CITY, "", false, false};
    const HeadInfo place_other{kLoc, v1::ENTITY_SUBTYPE_LOCATION_OTHER, "", true, false};
    const HeadInfo place_open{kLoc, v1::ENTITY_SUBTYPE_LOCATION_OTHER, "", false, true};
    const HeadInfo agreement{kMisc, v1::ENTITY_SUBTYPE_AGREEMENT, "", false, false};
    const HeadInfo programme{kMisc, v1::ENTITY_SUBTYPE_PROGRAMME, "", false, false};
    const HeadInfo law{kMisc, v1::ENTITY_SUBTYPE_LAW, "", false, false};
    const HeadInfo event{kMisc, v1::ENTITY_SUBTYPE_NAMED_EVENT, "", false, false};

    add({"ministry", "ministries", "department", "office", "embassy"}, gov_open);
    add({"government", "cabinet", "administration",
         "agency", "office", "bureau", "authority", "authorities", "commission", "directorate",
         "secretariat", "service", "services", "embassy", "consulate", "presidency",
         "inspectorate", "treasury", "customs", "council", "committee", "municipality",
         "prefecture", "board", "panel", "taskforce"},
        gov);
    add({"army", "navy", "forces", "force", "military", "guard", "guards", "corps", "command",
         "brigade", "division", "regiment", "battalion", "fleet", "marines"},
        mil);
    add({"police", "gendarmerie", "constabulary"}, police);
    add({"parliament", "assembly", "senate", "congress", "duma", "majlis", "legislature",
         "house", "chamber", "rada", "sejm", "bundestag", "knesset"},
        leg);
    add({"court", "tribunal", "judiciary", "prosecutor", "prosecution"}, jud);
    add({"inc", "inc.", "corp", "corp.", "corporation", "co.", "company", "ltd", "ltd.", "limited",
         "llc", "plc", "ag", "gmbh", "sa", "nv", "group", "holdings", "holding", "airlines",
         "airways", "air", "motors", "industries", "petroleum", "oil", "gas", "telecom",
         "technologies", "technology", "systems", "pharmaceuticals", "bank", "energy", "mining",
         "steel", "electric", "insurance", "capital", "partners", "ventures", "foods", "brands",
         "stores", "exchange", "railways", "shipping", "logistics", "studios", "records",
         "entertainment", "pictures", "software", "labs", "enterprises", "investments", "kft",
         "zrt", "nyrt", "spa", "srl", "bv", "oy", "oyj", "asa", "pte", "bhd", "pjsc", "ojsc",
         "jsc", "llp", "sarl", "s.a.", "s.p.a.", "n.v.", "b.v.", "a.g.", "inc.", "tbk", "cie",
         "securities", "futures", "financial", "minerals", "studio", "funds", "consulting",
         "solutions", "networks", "brewery", "pharma", "biotech", "semiconductor", "automotive",
         "aerospace", "resources", "cement", "chemicals", "textiles", "properties", "realty"},
        company);
    add({"news", "times", "post", "herald", "tribune", "journal", "gazette", "daily", "television",
         "tv", "radio", "broadcasting", "press", "newspaper", "magazine", "channel", "network",
         "media", "chronicle", "observer", "telegraph", "express", "mail", "monitor"},
        media);
    add({"party", "front", "bloc", "alliance"}, party);
    add({"foundation", "society", "association", "federation", "union", "fund", "watch",
         "international", "coalition", "institute", "trust", "charity", "network", "movement",
         "forum",
         "organization", "organisation", "league", "club", "church", "team", "fc",
         "confederation", "cooperative", "syndicate", "initiative", "center", "centre",
         "commission"},
        ngo);
    add({"university", "college", "school", "academy"}, edu);
    add({"group", "brigades", "army"}, org_other);
    add({"airport", "pipeline", "railway", "railroad", "bridge", "dam", "canal", "tunnel",
         "highway", "motorway", "stadium", "arena", "palace", "square", "station", "port", "base",
         "tower", "building", "hotel", "mosque", "cathedral", "temple", "museum", "prison",
         "hospital", "plant", "refinery", "terminal", "mall", "camp", "embankment",
         "field", "complex", "headquarters", "hall", "interconnector", "mine", "reactor",
         "cemetery", "shrine", "monument", "memorial", "bazaar", "market", "corridor", "route"},
        facility);
    add({"street", "avenue", "road", "boulevard"}, facility_cap);
    add({"province", "region", "state", "county", "district", "governorate", "oblast",
         "prefecture", "municipality", "territory", "republic", "emirate", "canton", "department"},
        region);
    add({"city", "town", "village"}, city);
    add({"mount", "river", "lake"}, place_open);
    add({"river", "sea", "ocean", "lake", "gulf", "bay", "strait", "mountains", "mountain",
         "valley", "desert", "island", "islands", "peninsula", "coast", "basin", "delta",
         "rainforest", "forest", "plateau", "plain", "steppe", "park"},
        place_other);
    add({"agreement", "treaty", "accord", "accords", "convention", "protocol", "pact", "charter",
         "declaration", "memorandum", "deal", "plan"},
        agreement);
    add({"program", "programme", "project", "strategy", "doctrine", "partnership", "scheme",
         "mission"},
        programme);
    add({"act", "law", "bill", "resolution", "code", "amendment", "constitution", "decree"}, law);
    add({"war", "revolution", "games", "olympics", "cup", "championship", "championships",
         "summit", "conference", "festival", "award", "awards", "prize", "election", "elections",
         "crisis", "uprising", "spring", "day", "expo", "tournament", "league", "marathon"},
        event);
    return m;
  }();
  return *heads;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

const HeadInfo* FindHead(std::string_view lower_word) {
  const auto& heads = Heads();
  auto it = heads.find(AsAbsl(lower_word));
  return it == heads.end() ? nullptr : &it->second;
}

const Set& TitleHeads() {
  static const Set& kHeads = MakeSet({
      "president", "presidents", "minister", "ministers", "chancellor", "premier", "chairman",
      "chairwoman", "chairperson", "chair", "spokesperson", "spokesman", "spokeswoman",
      "secretary", "secretary-general", "ambassador", "envoy", "king", "queen", "prince",
      "princess", "emir", "sultan", "sheikh", "pope", "archbishop", "bishop", "cardinal",
      "ayatollah", "leader", "governor", "mayor", "senator", "congressman", "congresswoman",
      "representative", "speaker", "director", "director-general", "head", "chief", "ceo",
      "cfo", "coo", "executive", "founder", "co-founder", "commissioner", "attorney",
      "attorney-general", "judge", "justice", "prosecutor", "lawmaker", "legislator", "mp",
      "deputy", "adviser", "advisor", "advisers", "counsellor", "counselor", "aide", "official",
      "officer", "commander", "commander-in-chief", "general", "colonel", "admiral", "captain",
      "lieutenant", "major", "sergeant", "marshal", "brigadier", "coach", "manager", "owner",
      "candidate", "nominee", "chief-of-staff", "vice-president", "vice-chairman", "consul",
      "diplomat", "negotiator", "mufti", "rabbi", "imam", "patriarch", "metropolitan",
      "solicitor", "solicitor-general", "ombudsman", "auditor", "treasurer", "dean", "rector",
      "professor", "editor", "editor-in-chief", "correspondent", "reporter", "journalist",
      "analyst", "economist", "spokespeople", "emperor", "empress", "monarch", "duke", "duchess",
      "crown", "regent", "khan", "raja", "maharaja", "sheikha", "caliph", "president-elect",
      "gen", "col", "lt", "maj", "capt", "sgt", "adm", "brig", "cmdr", "gov", "sen", "rep",
      "member",
  });
  return kHeads;
}

bool IsTitleHead(std::string_view lower_word) { return In(TitleHeads(), lower_word); }

const Set& TitleModifiers() {
  static const Set& kModifiers = MakeSet({
      "prime", "deputy", "vice", "first", "acting", "interim", "foreign", "defense", "defence",
      "interior", "home", "finance", "economy", "economic", "justice", "health", "education",
      "energy", "trade", "labour", "labor", "culture", "tourism", "transport", "environment",
      "information", "agriculture", "industry", "commerce", "communications", "security",
      "national", "state", "chief", "senior", "junior", "assistant", "associate", "executive",
      "managing", "general", "special", "presidential", "military", "supreme", "crown", "grand",
      "lord", "high", "permanent", "principal", "regional", "provincial", "federal", "opposition",
      "party", "government", "army", "police", "foreign-affairs", "emergency", "emergencies",
      "development", "sports", "youth", "water", "housing", "planning", "technology", "science",
      "digital", "social", "welfare", "immigration", "fisheries", "mines", "petroleum", "oil",
      "public", "works", "affairs", "internal", "external", "european", "legal", "economic",
      "commerce", "media", "press", "protocol", "campaign", "parliamentary", "cabinet",
      "technical", "operating", "financial", "political", "spiritual", "religious", "head",
      "colonel", "lieutenant", "major", "brigadier", "rear", "field", "air", "staff", "solicitor",
      "attorney", "court", "outgoing", "incoming", "newly", "elected", "de", "facto",
  });
  return kModifiers;
}

bool IsTitleModifier(std::string_view lower_word) { return In(TitleModifiers(), lower_word); }

bool IsRank(std::string_view lower_phrase) {
  static const Set& kRanks = MakeSet({
      "general", "colonel general", "lieutenant general", "major general", "brigadier general",
      "brigadier", "colonel", "lieutenant colonel", "lieutenant", "major", "captain", "sergeant",
      "corporal", "private", "admiral", "vice admiral", "rear admiral", "field marshal",
      "marshal", "commander", "lieutenant commander", "commodore", "air marshal", "air chief marshal",
      "gen.", "col.", "lt.", "lt. col.", "lt. gen.", "maj.", "maj. gen.", "capt.", "sgt.", "adm.",
      "gen", "col", "lt", "lt col", "lt gen", "maj", "maj gen", "capt", "sgt", "adm", "brig",
      "brig.", "brig. gen.", "cmdr.", "col. gen.", "army general", "police general",
      "police colonel", "police major", "police captain", "staff sergeant", "master sergeant",
      "warrant officer", "second lieutenant", "first lieutenant",
  });
  return In(kRanks, lower_phrase);
}

const Set& Honorifics() {
  static const Set& kHonorifics = MakeSet({
      "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame",
      "Lord", "Lady", "Rev", "Rev.", "Reverend", "Madam", "Madame", "Monsieur", "Herr", "Frau",
      "Señor", "Senor", "Señora", "Hajji", "Haji", "Ustad", "Mullah", "Mister",
  });
  return kHonorifics;
}

bool IsHonorific(std::string_view word) { return In(Honorifics(), word); }

v1::RoleStatus StatusWord(std::string_view lower_word) {
  static const Set& kFormer = MakeSet({"former", "ex", "ex-", "late", "erstwhile", "previous",
                                       "one-time", "onetime", "then"});
  static const Set& kActing = MakeSet({"acting", "interim", "caretaker", "provisional"});
  static const Set& kElect = MakeSet({"elect", "-elect", "incoming", "designate"});
  if (In(kFormer, lower_word)) return v1::ROLE_STATUS_FORMER;
  if (In(kActing, lower_word)) return v1::ROLE_STATUS_ACTING;
  if (In(kElect, lower_word)) return v1::ROLE_STATUS_ELECT;
  return v1::ROLE_STATUS_UNSPECIFIED;
}

const Set& Particles() {
  static const Set& kParticles = MakeSet({
      "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "di", "du", "der", "den",
      "del", "della", "dos", "das", "do", "la", "le", "ter", "ten", "y", "e", "af", "zu", "st.",
      "ben", "ould", "ag",
  });
  return kParticles;
}

bool IsNameParticle(std::string_view word) { return In(Particles(), word); }

const Set& NeverNames() {
  static const Set& kNever = MakeSet({
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
      "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "I", "I'm", "I've", "I'd", "I'll", "Mondays", "Tuesdays",
      "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "AM", "PM", "OK",
  });
  return kNever;
}

bool IsNeverName(std::string_view word) { return In(NeverNames(), word); }

const Set& PlacePrepositions() {
  static const Set& kPrepositions = MakeSet({
      "in", "at", "near", "from", "to", "across", "into", "outside", "inside", "throughout",
      "around", "towards", "toward", "via", "through", "between", "within", "visit", "visited",
      "visiting", "entered", "leave", "left", "reached",
  });
  return kPrepositions;
}

bool IsPlacePreposition(std::string_view lower_word) { return In(PlacePrepositions(), lower_word); }

const absl::flat_hash_map<absl::string_view, HeadInfo>& Descriptors();

const Set& DescriptorWords() {
  static const Set* words = [] {
    auto* out = new Set();
    for (const auto& [w, info] : Descriptors()) out->insert(w);
    return out;
  }();
  return *words;
}

const HeadInfo* FindDescriptor(std::string_view lower_word) {
  auto it = Descriptors().find(AsAbsl(lower_word));
  return it == Descriptors().end() ? nullptr : &it->second;
}

const absl::flat_hash_map<absl::string_view, HeadInfo>& Descriptors() {
  static const auto* descriptors = [] {
    auto* m = new absl::flat_hash_map<absl::string_view, HeadInfo>();
    const HeadInfo company{kOrg, v1::ENTITY_SUBTYPE_COMPANY, "BUS", false, false};
    const HeadInfo media{kOrg, v1::ENTITY_SUBTYPE_MEDIA, "MED", false, false};
    const HeadInfo party{kOrg, v1::ENTITY_SUBTYPE_PARTY, "PTY", false, false};
    const HeadInfo ngo{kOrg, v1::ENTITY_SUBTYPE_NGO, "NGO", false, false};
    const HeadInfo group{kOrg, v1::ENTITY_SUBTYPE_ORGANIZATION_OTHER, "", false, false};
    for (absl::string_view w : {"airline", "carrier", "company", "companies", "firm", "firms",
                                "giant", "conglomerate", "bank", "banks", "lender", "insurer",
                                "retailer", "automaker", "carmaker", "manufacturer", "operator",
                                "startup", "start-up", "brand", "maker", "supplier", "producer",
                                "miner", "group", "telecoms", "developer", "subsidiary"}) {
      m->emplace(w, company);
    }
    for (absl::string_view w : {"newspaper", "broadcaster", "daily", "outlet", "agency",
                                "channel", "magazine", "website", "network", "tabloid",
                                "weekly", "station"}) {
      m->emplace(w, media);
    }
    m->emplace("party", party);
    for (absl::string_view w : {"charity", "organisation", "organization", "ngo", "watchdog",
                                "nonprofit", "non-profit"}) {
      m->emplace(w, ngo);
    }
    for (absl::string_view w : {"group", "militia", "movement", "club", "team", "side"}) {
      m->emplace(w, group);
    }
    return m;
  }();
  return *descriptors;
}

const Set& FunctionWords() {
  static const Set& kWords = MakeSet({
      "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from",
      "to", "of", "with", "without", "about", "after", "before", "during", "since", "until",
      "while", "when", "where", "why", "how", "what", "which", "who", "whom", "whose", "whoever",
      "whatever", "if", "unless", "although", "though", "because", "as", "but", "and", "or",
      "nor", "so", "yet", "however", "meanwhile", "moreover", "furthermore", "also", "still",
      "then", "thus", "therefore", "earlier", "later", "now", "today", "yesterday", "tomorrow",
      "he", "she", "it", "they", "we", "you", "i", "his", "her", "its", "their", "our", "your",
      "my", "him", "them", "us", "me", "there", "here", "some", "many", "most", "more", "several",
      "few", "all", "both", "each", "every", "any", "no", "not", "none", "other", "another",
      "such", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "first", "second", "third", "last", "next", "is", "are", "was", "were", "be", "been",
      "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should",
      "may", "might", "must", "shall", "according", "despite", "following", "under", "over",
      "against", "among", "between", "into", "through", "throughout", "within", "across",
      "behind", "beyond", "around", "near", "along", "amid", "amongst", "upon", "toward",
      "towards", "instead", "once", "only", "even", "just", "already", "again", "perhaps",
      "indeed", "currently", "recently", "previously", "initially", "finally", "overall",
      "additionally", "similarly", "likewise", "nevertheless", "nonetheless", "otherwise",
      "altogether", "afterwards", "afterward", "elsewhere", "speaking", "asked", "unlike",
      "like", "per", "via", "whether", "either", "neither", "than", "although", "whereas",
      "thereafter", "soon", "ago", "yes", "oh", "well", "please", "let", "including",
      "regarding", "concerning", "considering", "given", "besides", "except", "beside",
  });
  return kWords;
}

bool IsFunctionWord(std::string_view lower_word) { return In(FunctionWords(), lower_word); }

const Set& SpeechVerbs() {
  static const Set& kVerbs = MakeSet({
      "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "wrote",
      "writes", "tweeted", "tweets", "asked", "explained", "announced", "announces", "warned",
      "warns", "noted", "notes", "reported", "reports", "claimed", "claims", "insisted",
      "argued", "declared", "confirmed", "confirms", "denied", "denies", "urged", "urges",
      "stressed", "emphasized", "emphasised", "commented", "replied", "responded", "acknowledged",
      "admitted", "alleged", "described", "accused", "criticized", "criticised", "praised",
      "called", "vowed", "promised", "pledged", "suggested", "estimated", "predicted",
  });
  return kVerbs;
}

bool IsSpeechVerb(std::string_view lower_word) { return In(SpeechVerbs(), lower_word); }

bool HasSurnameEnding(std::string_view word) {
  static constexpr std::string_view kEndings[] = {
      "vili", "dze", "shvili", "ov", "ova", "ev", "eva", "yev", "yeva", "enko", "ko", "sky",
      "ski", "ska", "skiy", "skaya", "vich", "vych", "ovich", "evich", "ovna", "yan", "ian",
      "uk", "chuk", "czyk", "ić", "ic", "ović", "ević", "escu", "oglu", "oğlu", "zade", "zadeh",
      "pour", "nejad", "son", "sen", "sson", "stein", "berg", "mann", "ez", "ães", "ović",
      "ides", "opoulos", "akis", "ou", "iak", "wicz", "ani", "ayev", "ayeva", "bekov",
  };
  if (word.size() < 5) return false;
  for (std::string_view e : kEndings) {
    if (word.size() > e.size() + 2 && word.substr(word.size() - e.size()) == e) return true;
  }
  return false;
}

const WordInfo& LookupWord(std::string_view lower_word) {
  static const auto* table = [] {
    auto* t = new absl::flat_hash_map<std::string, WordInfo>();
    // Every word any list holds, with the flags of each list; built by
    // asking the lists themselves, so that the two never disagree.
    std::vector<std::string> words;
    for (const auto& [w, info] : Heads()) words.emplace_back(w);
    static constexpr std::string_view kSeeds[] = {
        "of", "for", "and", "the", "on", "former", "ex", "ex-", "late", "acting", "interim",
        "caretaker", "elect", "-elect", "incoming", "designate", "erstwhile", "previous",
        "provisional", "then", "one-time", "onetime"};
    for (std::string_view w : kSeeds) words.emplace_back(w);
    auto add_set = [&](const Set& set) {
      for (absl::string_view w : set) words.emplace_back(AsciiLower(AsStd(w)));
    };
    add_set(TitleHeads());
    add_set(TitleModifiers());
    add_set(FunctionWords());
    add_set(Particles());
    add_set(PlacePrepositions());
    add_set(SpeechVerbs());
    add_set(NeverNames());
    add_set(Honorifics());
    add_set(DescriptorWords());
    absl::flat_hash_set<std::string> never_names, honorifics;
    for (absl::string_view w : NeverNames()) never_names.insert(AsciiLower(AsStd(w)));
    for (absl::string_view w : Honorifics()) honorifics.insert(AsciiLower(AsStd(w)));
    for (const std::string& w : words) {
      WordInfo info;
      if (IsTitleHead(w)) info.flags |= kWordTitleHead;
      if (IsTitleModifier(w)) info.flags |= kWordTitleModifier;
      if (IsFunctionWord(w)) info.flags |= kWordFunction;
      if (In(Particles(), w)) info.flags |= kWordParticle;
      if (IsPlacePreposition(w)) info.flags |= kWordPlacePreposition;
      if (IsSpeechVerb(w)) info.flags |= kWordSpeechVerb;
      if (never_names.contains(w)) info.flags |= kWordNeverName;
      if (honorifics.contains(w)) info.flags |= kWordHonorific;
      info.head = FindHead(w);
      info.descriptor = FindDescriptor(w);
      info.status = StatusWord(w);
      (*t)[w] = info;
    }
    return t;
  }();
  static const WordInfo kNone;
  auto it = table->find(AsAbsl(lower_word));
  return it == table->end() ? kNone : it->second;
}

}  // namespace newsgraph::extract
