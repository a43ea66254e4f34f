#include "ingest_service/extract/events/trigger_lexicon.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsgraph::extract::events {
namespace {

constexpr auto AGREE = v1::EVENT_CATEGORY_AGREE;
constexpr auto CONSULT = v1::EVENT_CATEGORY_CONSULT;
constexpr auto SUPPORT = v1::EVENT_CATEGORY_SUPPORT;
constexpr auto CONCEDE = v1::EVENT_CATEGORY_CONCEDE;
constexpr auto COOPERATE = v1::EVENT_CATEGORY_COOPERATE;
constexpr auto AID = v1::EVENT_CATEGORY_AID;
constexpr auto RETREAT = v1::EVENT_CATEGORY_RETREAT;
constexpr auto REQUEST = v1::EVENT_CATEGORY_REQUEST;
constexpr auto ACCUSE = v1::EVENT_CATEGORY_ACCUSE;
constexpr auto REJECT = v1::EVENT_CATEGORY_REJECT;
constexpr auto THREATEN = v1::EVENT_CATEGORY_THREATEN;
constexpr auto PROTEST = v1::EVENT_CATEGORY_PROTEST;
constexpr auto SANCTION = v1::EVENT_CATEGORY_SANCTION;
constexpr auto MOBILIZE = v1::EVENT_CATEGORY_MOBILIZE;
constexpr auto COERCE = v1::EVENT_CATEGORY_COERCE;
constexpr auto ASSAULT = v1::EVENT_CATEGORY_ASSAULT;

constexpr uint16_t N = kNoun;

// One row per surface form. Verbs are listed in the forms news uses; the
// coder decides voice, negation and tense around them.
constexpr TriggerRule kRules[] = {
    // CONSULT: meetings, talks, visits, calls, negotiations.
    {"met", CONSULT, "040", "", kVisit},
    {"meet", CONSULT, "040", "", kVisit},
    {"meets", CONSULT, "040", "", kVisit},
    {"meeting", CONSULT, "040", "", N | kVisit},
    {"meetings", CONSULT, "040", "", N | kVisit | kWeak},
    {"summit", CONSULT, "040", "", N | kJoint},
    {"talks", CONSULT, "040", "", N | kJoint},
    {"held talks", CONSULT, "040", "", kJoint},
    {"discussed", CONSULT, "040", "", kJoint},
    {"discussions", CONSULT, "040", "", N | kJoint},
    {"exchange of views", CONSULT, "040", "", N | kJoint},
    {"visited", CONSULT, "042", "visit", kVisit},
    {"visit", CONSULT, "042", "visit", N | kVisit},
    {"visits", CONSULT, "042", "visit", N | kVisit | kWeak},
    {"visiting", CONSULT, "042", "visit", kVisit},
    {"hosted", CONSULT, "043", "visit", kVisit | kHost},
    {"phone call", CONSULT, "041", "phone", N | kJoint},
    {"phone conversation", CONSULT, "041", "phone", N | kJoint},
    {"telephone conversation", CONSULT, "041", "phone", N | kJoint},
    {"spoke on the phone", CONSULT, "041", "phone", kJoint},
    {"spoke by phone", CONSULT, "041", "phone", kJoint},
    {"phoned", CONSULT, "041", "phone", kJoint},
    {"negotiated", CONSULT, "046", "", kJoint},
    {"negotiations", CONSULT, "046", "", N | kJoint},
    // SUPPORT: sign, praise, endorse, recognize.
    {"signed", SUPPORT, "057", "", kJoint},
    {"sign", SUPPORT, "057", "", kJoint},
    {"signs", SUPPORT, "057", "", kJoint},
    {"signing", SUPPORT, "057", "", N | kJoint},
    {"ratified", SUPPORT, "057", "", kJoint},
    {"entered into an agreement", SUPPORT, "057", "", kJoint},
    {"reached an agreement", SUPPORT, "057", "", kJoint},
    {"reached a deal", SUPPORT, "057", "", kJoint},
    {"announced their agreement", SUPPORT, "057", "", kJoint},
    {"praised", SUPPORT, "051", "", 0},
    {"hailed", SUPPORT, "051", "", 0},
    {"welcomed", SUPPORT, "051", "", 0},
    {"applauded", SUPPORT, "051", "", 0},
    {"applaud", SUPPORT, "051", "", 0},
    {"commended", SUPPORT, "051", "", 0},
    {"congratulated", SUPPORT, "051", "", 0},
    {"endorsed", SUPPORT, "051", "", 0},
    {"seconded", SUPPORT, "051", "", 0},
    {"thanked", SUPPORT, "051", "", 0},
    {"thank", SUPPORT, "051", "", 0},
    {"supported", SUPPORT, "051", "", 0},
    {"expressed its support", SUPPORT, "051", "", 0},
    {"expressed support", SUPPORT, "051", "", 0},
    {"letter of support", SUPPORT, "051", "", N},
    {"recognized", SUPPORT, "054", "", 0},
    // AGREE: promises and commitments (and, by the coder, future cooperation).
    {"pledged", AGREE, "030", "", kPledge},
    {"pledge", AGREE, "030", "", kPledge},
    {"promised", AGREE, "030", "", kPledge},
    {"vowed", AGREE, "030", "", kPledge},
    {"agreed", AGREE, "030", "", kPledge | kJoint},
    {"committed to", AGREE, "030", "", kPledge},
    {"committing to", AGREE, "030", "", kPledge},
    {"offered", AGREE, "030", "", kPledge},
    {"reaffirmed", AGREE, "030", "", 0},
    // CONCEDE: apologies, admissions, easing.
    {"apologized", CONCEDE, "080", "", 0},
    {"apologised", CONCEDE, "080", "", 0},
    {"apology", CONCEDE, "080", "", N},
    {"acknowledged", CONCEDE, "080", "", 0},
    {"admitted", CONCEDE, "080", "", 0},
    {"conceded", CONCEDE, "080", "", 0},
    {"accede", CONCEDE, "083", "", 0},
    {"acceded", CONCEDE, "083", "", 0},
    {"suspended", CONCEDE, "080", "", 0},
    {"lifted", CONCEDE, "081", "", 0},
    {"eased", CONCEDE, "081", "", 0},
    // COOPERATE: material cooperation.
    {"cooperation", COOPERATE, "060", "", N | kWeak},
    {"cooperate", COOPERATE, "060", "", kWeak},
    {"acquired", COOPERATE, "061", "economic", 0},
    {"bought", COOPERATE, "061", "economic", 0},
    {"purchased", COOPERATE, "061", "economic", 0},
    {"licensed", COOPERATE, "061", "economic", 0},
    {"joint venture", COOPERATE, "061", "economic", N},
    {"joint exercises", COOPERATE, "062", "military", N | kJoint},
    {"joint military exercises", COOPERATE, "062", "military", N | kJoint},
    // AID.
    {"donated", AID, "071", "economic", 0},
    {"funded", AID, "071", "economic", 0},
    {"aid", AID, "070", "", N | kWeak},
    {"airlifted", AID, "073", "humanitarian", 0},
    {"evacuated", AID, "073", "humanitarian", 0},
    {"rescued", AID, "073", "humanitarian", 0},
    {"granted asylum", AID, "075", "asylum", 0},
    // RETREAT: resignations, releases, withdrawals.
    {"resigned", RETREAT, "08", "", 0},
    {"resign", RETREAT, "08", "", 0},
    {"resigning", RETREAT, "08", "", 0},
    {"resignation", RETREAT, "08", "", N},
    {"stepped down", RETREAT, "08", "", 0},
    {"step down", RETREAT, "08", "", 0},
    {"steps down", RETREAT, "08", "", 0},
    {"tendered", RETREAT, "08", "", 0},
    {"released", RETREAT, "0841", "release", kWeak},
    {"freed", RETREAT, "0841", "release", kWeak},
    {"withdrew", RETREAT, "0872", "withdraw", 0},
    {"withdraw", RETREAT, "0872", "withdraw", 0},
    {"withdrawal", RETREAT, "0872", "withdraw", N},
    {"leaving", RETREAT, "0872", "withdraw", kWeak},
    {"leave", RETREAT, "0872", "withdraw", kWeak},
    {"pulled out", RETREAT, "0872", "withdraw", 0},
    {"pull out", RETREAT, "0872", "withdraw", 0},
    // REQUEST: demands, calls, appeals, orders.
    {"demanded", REQUEST, "100", "", 0},
    {"demands", REQUEST, "100", "", N},
    {"called for", REQUEST, "100", "", 0},
    {"calls for", REQUEST, "100", "", 0},
    {"calling for", REQUEST, "100", "", 0},
    {"called on", REQUEST, "100", "", 0},
    {"calls on", REQUEST, "100", "", 0},
    {"called upon", REQUEST, "100", "", 0},
    {"urged", REQUEST, "100", "", 0},
    {"urge", REQUEST, "100", "", 0},
    {"urges", REQUEST, "100", "", 0},
    {"urging", REQUEST, "100", "", 0},
    {"asked", REQUEST, "100", "", 0},
    {"requested", REQUEST, "100", "", 0},
    {"appealed", REQUEST, "100", "", 0},
    {"encouraged", REQUEST, "100", "", 0},
    {"encouraging", REQUEST, "100", "", 0},
    {"recommended", REQUEST, "100", "", 0},
    {"instructed", REQUEST, "100", "", 0},
    {"pressed", REQUEST, "100", "", 0},
    {"count on", REQUEST, "100", "", 0},
    {"expect from", REQUEST, "100", "", 0},
    // ACCUSE: criticism, accusations, investigations, lawsuits.
    {"accused", ACCUSE, "112", "", 0},
    {"accuses", ACCUSE, "112", "", 0},
    {"accusing", ACCUSE, "112", "", 0},
    {"criticized", ACCUSE, "111", "", 0},
    {"criticised", ACCUSE, "111", "", 0},
    {"criticizing", ACCUSE, "111", "", 0},
    {"criticism", ACCUSE, "111", "", N},
    {"condemned", ACCUSE, "111", "", 0},
    {"condemns", ACCUSE, "111", "", 0},
    {"condemning", ACCUSE, "111", "", 0},
    {"denounced", ACCUSE, "111", "", 0},
    {"blamed", ACCUSE, "112", "", 0},
    {"blames", ACCUSE, "112", "", 0},
    {"blame", ACCUSE, "112", "", 0},
    {"blaming", ACCUSE, "112", "", 0},
    {"alleged", ACCUSE, "112", "allege", 0},
    {"spoke out against", ACCUSE, "111", "", 0},
    {"characterized", ACCUSE, "111", "", kLabel},
    {"characterised", ACCUSE, "111", "", kLabel},
    {"named", ACCUSE, "112", "", kLabel},
    {"branded", ACCUSE, "112", "", kLabel},
    {"labelled", ACCUSE, "112", "", kLabel},
    {"labeled", ACCUSE, "112", "", kLabel},
    {"opposed", ACCUSE, "110", "", 0},
    {"disappointed", ACCUSE, "110", "", kNoPassive},
    {"investigate", ACCUSE, "090", "investigate", 0},
    {"investigated", ACCUSE, "090", "investigate", 0},
    {"sued", ACCUSE, "115", "allege", 0},
    {"filed a lawsuit", ACCUSE, "115", "allege", 0},
    {"petition", ACCUSE, "115", "allege", N | kWeak},
    // REJECT.
    {"rejected", REJECT, "120", "", 0},
    {"rejects", REJECT, "120", "", 0},
    {"denied", REJECT, "120", "", 0},
    {"denies", REJECT, "120", "", 0},
    {"refused", REJECT, "120", "", 0},
    {"refuses", REJECT, "120", "", 0},
    {"declined", REJECT, "120", "", 0},
    {"dismissed", REJECT, "120", "", 0},
    {"vetoed", REJECT, "129", "", 0},
    {"voted against", REJECT, "120", "", 0},
    // THREATEN.
    {"threatened", THREATEN, "130", "", 0},
    {"threatens", THREATEN, "130", "", 0},
    {"warned", THREATEN, "130", "", 0},
    {"warn", THREATEN, "130", "", 0},
    {"warns", THREATEN, "130", "", 0},
    {"ultimatum", THREATEN, "130", "", N},
    // PROTEST.
    {"protest", PROTEST, "141", "demo", N},
    {"protests", PROTEST, "141", "demo", N},
    {"protested", PROTEST, "141", "demo", 0},
    {"rally", PROTEST, "141", "demo", N},
    {"rallies", PROTEST, "141", "demo", N},
    {"demonstrations", PROTEST, "141", "demo", N},
    {"marched", PROTEST, "141", "demo", 0},
    {"hunger strike", PROTEST, "142", "hunger", N},
    {"boycotted", PROTEST, "143", "boycott", 0},
    {"boycott", PROTEST, "143", "boycott", N},
    // SANCTION.
    {"sanctioned", SANCTION, "160", "", 0},
    {"sanctions", SANCTION, "160", "", N},
    {"banned", SANCTION, "160", "", kBan},
    {"bans", SANCTION, "160", "", N | kBan},
    {"ban", SANCTION, "160", "", N | kBan},
    {"expelled", SANCTION, "166", "expel", 0},
    {"expel", SANCTION, "166", "expel", 0},
    {"expulsion", SANCTION, "166", "expel", N},
    {"cut ties", SANCTION, "161", "withdraw", 0},
    {"severed ties", SANCTION, "161", "withdraw", 0},
    {"embargo", SANCTION, "160", "", N},
    {"designated", SANCTION, "160", "", kLabel},
    // MOBILIZE.
    {"deployed", MOBILIZE, "154", "troops", 0},
    {"deploying", MOBILIZE, "154", "troops", 0},
    {"deploy", MOBILIZE, "154", "troops", 0},
    {"mobilized", MOBILIZE, "154", "troops", 0},
    // COERCE.
    {"arrested", COERCE, "173", "arrest", 0},
    {"arrest", COERCE, "173", "arrest", N},
    {"arrests", COERCE, "173", "arrest", N},
    {"detained", COERCE, "173", "arrest", 0},
    {"detention", COERCE, "173", "arrest", N},
    {"jailed", COERCE, "173", "arrest", 0},
    {"imprisoned", COERCE, "173", "arrest", 0},
    {"deported", COERCE, "174", "deport", 0},
    {"cease and desist", COERCE, "1721", "censor", N},
    {"censored", COERCE, "1721", "censor", 0},
    {"imposed", COERCE, "172", "restrict", 0},
    {"martial law", COERCE, "1724", "martial-law", N},
    {"seized", COERCE, "192", "seize", 0},
    {"occupied", COERCE, "192", "seize", 0},
    // ASSAULT.
    {"attacked", ASSAULT, "180", "", 0},
    {"attack", ASSAULT, "180", "", N},
    {"attacks", ASSAULT, "180", "", N},
    {"killed", ASSAULT, "190", "", 0},
    {"killing", ASSAULT, "190", "", N},
    {"bombing", ASSAULT, "183", "explosives", N},
    {"bombings", ASSAULT, "183", "explosives", N},
    {"suicide bombing", ASSAULT, "183", "suicide-attack", N},
    {"suicide bombings", ASSAULT, "183", "suicide-attack", N},
    {"suicide attack", ASSAULT, "183", "suicide-attack", N},
    {"bombed", ASSAULT, "183", "explosives", 0},
    {"airstrike", ASSAULT, "195", "aerial", N},
    {"airstrikes", ASSAULT, "195", "aerial", N},
    {"air strike", ASSAULT, "195", "aerial", N},
    {"air strikes", ASSAULT, "195", "aerial", N},
    {"drone strikes", ASSAULT, "195", "drone", N},
    {"drone strike", ASSAULT, "195", "drone", N},
    {"shot down", ASSAULT, "190", "", 0},
    {"shot", ASSAULT, "193", "firearms", 0},
    {"assassinated", ASSAULT, "186", "assassinate", 0},
    {"assassination", ASSAULT, "186", "assassinate", N},
    {"abducted", ASSAULT, "181", "abduct", 0},
    {"kidnapped", ASSAULT, "181", "abduct", 0},
    {"invaded", ASSAULT, "190", "", 0},
    {"invasion", ASSAULT, "190", "", N},
    {"offensive", ASSAULT, "190", "", N},
    {"launched missiles", ASSAULT, "190", "", 0},
    {"fired missiles", ASSAULT, "190", "", 0},
    {"shelled", ASSAULT, "190", "", 0},
};

struct Entry {
  const TriggerRule* rule;
  std::vector<std::string_view> words;  // after the first
};

constexpr size_t kMaxWord = 16;

// A cheap hash of a word: its length and its first eight bytes, with ASCII
// capitals folded to lower case (`|0x20` leaves lower-case letters and
// digits as they are), mixed by one multiplication. `word` holds only
// letters and digits. A filter hit is checked exactly by Index::Find.
inline uint32_t FilterHash(const char* word, size_t length, bool may_read_8) {
  uint64_t bytes = 0;
  if (may_read_8 && std::endian::native == std::endian::little) {
    std::memcpy(&bytes, word, 8);  // one load; the mask below drops the excess
  } else {
    // Built in a register: a variable-length copy through memory would stall
    // the 8-byte load that follows.
    for (size_t k = length < 8 ? length : 8; k-- > 0;) {
      bytes = (bytes << 8) | static_cast<unsigned char>(word[k]);
    }
  }
  const uint64_t mask = length >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * length)) - 1;
  bytes = (bytes | uint64_t{0x2020202020202020}) & mask;
  return static_cast<uint32_t>(((bytes ^ length) * uint64_t{0x9E3779B97F4A7C15}) >> 40);
}

// What a byte is to MayHaveTrigger's scan.
enum ByteClass : unsigned char { kSeparator = 0, kAlnum = 1, kNonAscii = 2 };

constexpr std::array<unsigned char, 256> MakeByteClasses() {
  std::array<unsigned char, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    classes[c] = alnum ? kAlnum : c >= 0x80 ? kNonAscii : kSeparator;
  }
  return classes;
}
constexpr std::array<unsigned char, 256> kByteClass = MakeByteClasses();

constexpr uint32_t kFilterBits = 1u << 14;

// The rules by their first word's first letter and length; a word is
// compared only with the few first words of its letter and length. A bit
// filter over the first words' hashes turns most other words away first.
struct Index {
  uint64_t filter[kFilterBits / 64] = {};
  bool MayContain(uint32_t hash) const {
    const uint32_t bit = hash & (kFilterBits - 1);
    return (filter[bit / 64] >> (bit % 64)) & 1;
  }
  std::vector<std::pair<std::string_view, std::vector<Entry>>> buckets[26][kMaxWord + 1];
  const std::vector<Entry>* Find(std::string_view word) const {
    if (word.size() < 2 || word.size() > kMaxWord) return nullptr;
    const unsigned letter = static_cast<unsigned char>(word[0]) - 'a';
    if (letter >= 26) return nullptr;
    for (const auto& [first, entries] : buckets[letter][word.size()]) {
      if (first == word) return &entries;
    }
    return nullptr;
  }
  void Add(std::string_view first, Entry entry) {
    const uint32_t bit = FilterHash(first.data(), first.size(), false) & (kFilterBits - 1);
    filter[bit / 64] |= uint64_t{1} << (bit % 64);
    auto& bucket = buckets[first[0] - 'a'][first.size()];
    for (auto& [key, entries] : bucket) {
      if (key == first) {
        entries.push_back(std::move(entry));
        return;
      }
    }
    bucket.emplace_back(first, std::vector<Entry>{std::move(entry)});
  }
};

const Index& TheIndex() {
  static const Index* index = [] {
    auto* built = new Index();
    for (const TriggerRule& rule : kRules) {
      std::vector<std::string_view> words;
      std::string_view rest = rule.phrase;
      for (size_t space = rest.find(' '); space != std::string_view::npos;
           space = rest.find(' ')) {
        words.push_back(rest.substr(0, space));
        rest.remove_prefix(space + 1);
      }
      words.push_back(rest);
      Entry entry{&rule, std::vector<std::string_view>(words.begin() + 1, words.end())};
      built->Add(words.front(), std::move(entry));
    }
    return built;
  }();
  return *index;
}

bool FollowsAt(const SentenceTokens& tokens, int i, const std::vector<std::string_view>& words) {
  for (size_t k = 0; k < words.size(); ++k) {
    if (tokens.WordAt(i + 1 + static_cast<int>(k)) != words[k]) return false;
  }
  return true;
}


// Bit j: byte j of the 64 at `p` is a word byte (an ASCII letter or digit,
// or a non-ASCII byte).
inline uint64_t WordBytes64(const unsigned char* p) {
#if defined(__SSE2__)
  uint64_t bits = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    // Unsigned range tests as signed compares: x - lo in [0, n) when
    // (x - lo - 128) < n - 128. `| 0x20` folds capitals to lower case.
    const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
    const __m128i alpha = _mm_cmplt_epi8(_mm_sub_epi8(lower, _mm_set1_epi8(static_cast<char>('a' + 128))),
                                         _mm_set1_epi8(static_cast<char>(26 - 128)));
    const __m128i digit = _mm_cmplt_epi8(_mm_sub_epi8(v, _mm_set1_epi8(static_cast<char>('0' + 128))),
                                         _mm_set1_epi8(static_cast<char>(10 - 128)));
    // The sign bit of `v` marks the non-ASCII bytes.
    const __m128i word = _mm_or_si128(v, _mm_or_si128(alpha, digit));
    bits |= static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(word))) << (16 * k);
  }
  return bits;
#else
  uint64_t bits = 0;
  for (int j = 0; j < 64; ++j) bits |= uint64_t{kByteClass[p[j]] != kSeparator} << j;
  return bits;
#endif
}

// True when the word text[start, end) (a run of word bytes) is the first
// word of a trigger phrase. Most words are turned away by the filter.
inline bool IsTriggerWord(const Index& index, std::string_view text, size_t start, size_t end) {
  const size_t length = end - start;
  if (length < 2 || length > kMaxWord) return false;
  const char* word = text.data() + start;
  if (!index.MayContain(FilterHash(word, length, start + 8 <= text.size()))) return false;
  // Every trigger word is ASCII: a word with a non-ASCII byte is none.
  char lowered[kMaxWord];
  for (size_t k = 0; k < length; ++k) {
    if (kByteClass[static_cast<unsigned char>(word[k])] != kAlnum) return false;
    lowered[k] = static_cast<char>(word[k] | 0x20);
  }
  return index.Find(std::string_view(lowered, length)) != nullptr;
}

}  // namespace

// Words are maximal runs of word bytes. The text is read 64 bytes at a
// time as a bit mask of its word bytes, so that word boundaries are found
// with bit operations rather than a branch per byte.
bool MayHaveTrigger(std::string_view text) {
  const Index& index = TheIndex();
  const unsigned char* const p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  uint64_t carry = 0;     // 1 when the byte before the chunk is a word byte
  size_t open_start = 0;  // where that byte's word starts
  for (size_t base = 0;; base += 64) {
    uint64_t bits;
    const bool last = base + 64 > n;
    if (!last) {
      bits = WordBytes64(p + base);
    } else {
      // The tail, padded with separators (zero bytes): the last word ends.
      unsigned char tail[64] = {};
      std::memcpy(tail, p + base, n - base);
      bits = WordBytes64(tail);
    }
    const uint64_t before = (bits << 1) | carry;
    const uint64_t starts = bits & ~before;
    uint64_t ends = ~bits & before;  // bit j: a word ends before byte base + j
    while (ends != 0) {
      const int j = std::countr_zero(ends);
      ends &= ends - 1;
      const uint64_t earlier = starts & ((uint64_t{1} << j) - 1);
      const size_t start =
          earlier != 0 ? base + 63 - static_cast<size_t>(std::countl_zero(earlier)) : open_start;
      if (IsTriggerWord(index, text, start, base + j)) return true;
    }
    if (last) return false;
    carry = bits >> 63;
    if (carry != 0 && starts != 0) {
      open_start = base + 63 - static_cast<size_t>(std::countl_zero(starts));
    }
  }
}

const TriggerRule* MatchTrigger(const SentenceTokens& tokens, int i, int* length) {
  const Token& token = tokens[i];
  if (!token.is_word) return nullptr;
  const Index& index = TheIndex();
  if (token.word.size() < 2 || token.word.size() > kMaxWord ||
      !index.MayContain(FilterHash(token.word.data(), token.word.size(), false))) {
    return nullptr;
  }
  const std::vector<Entry>* entries = index.Find(token.word);
  if (entries == nullptr) return nullptr;
  const Entry* best = nullptr;
  for (const Entry& entry : *entries) {
    if (!FollowsAt(tokens, i, entry.words)) continue;
    if (best == nullptr || entry.words.size() > best->words.size()) best = &entry;
  }
  if (best == nullptr) return nullptr;
  *length = 1 + static_cast<int>(best->words.size());
  return best->rule;
}

}  // namespace newsgraph::extract::events
