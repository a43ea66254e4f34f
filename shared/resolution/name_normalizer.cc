#include "shared/resolution/name_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::resolution {
namespace {

// British spellings folded to the American ones, word by word.
struct SpellingFold {
  std::string_view from;
  std::string_view to;
};
constexpr std::array<SpellingFold, 6> kSpellingFolds = {{
    {"defence", "defense"},
    {"defences", "defenses"},
    {"organisation", "organization"},
    {"organisations", "organizations"},
    {"programme", "program"},
    {"programmes", "programs"},
}};

// Bit n is set when some spelling fold applies to words of n bytes.
constexpr uint64_t kSpellingFoldLengths = [] {
  uint64_t lengths = 0;
  for (const SpellingFold& fold : kSpellingFolds) lengths |= uint64_t{1} << fold.from.size();
  return lengths;
}();

// Letters that neither decompose nor case-fold to an ASCII letter but that
// transliterations drop to one (after case folding).
std::string_view HandFold(UChar32 c) {
  switch (c) {
    case 0x00DF:  // ß
      return "ss";
    case 0x00E6:  // æ
      return "ae";
    case 0x00F0:  // ð
    case 0x0111:  // đ
      return "d";
    case 0x00F8:  // ø
      return "o";
    case 0x00FE:  // þ
      return "th";
    case 0x0127:  // ħ
      return "h";
    case 0x0131:  // ı
      return "i";
    case 0x0142:  // ł
      return "l";
    case 0x0153:  // œ
      return "oe";
    case 0x0167:  // ŧ
      return "t";
    default:
      return {};
  }
}

bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x02BB;
}

bool IsAsciiAlnum(UChar32 c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsStopWordTail(std::string_view tail) {
  for (std::string_view word : {"of", "the", "and", "for"}) {
    if (tail.size() > word.size() && tail.substr(0, word.size()) == word &&
        tail[word.size()] == ' ') {
      return true;
    }
  }
  return false;
}

const icu::Normalizer2* Nfkd() {
  static const icu::Normalizer2* const nfkd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFKDInstance(status);
    return U_SUCCESS(status) ? instance : nullptr;
  }();
  return nfkd;
}

// Accumulates the words of a normalized name.
class NameBuilder {
 public:
  explicit NameBuilder(size_t capacity) { out_.reserve(capacity); }

  // Adds one code point of the input (not yet decomposed or folded).
  void Add(UChar32 c) {
    if (c < 0x80) {
      AddAsciiOrBreak(c);
      return;
    }
    if (IsApostrophe(c)) return;
    icu::UnicodeString decomposition;
    const icu::Normalizer2* nfkd = Nfkd();
    if (nfkd == nullptr || !nfkd->getDecomposition(c, decomposition)) {
      AddDecomposed(c);
      return;
    }
    for (int32_t i = 0; i < decomposition.length();) {
      const UChar32 d = decomposition.char32At(i);
      AddDecomposed(d);
      i += U16_LENGTH(d);
    }
  }

  // Ends the current word, if any.
  void Break() {
    if (!in_word_) return;
    in_word_ = false;
    const std::string_view word = std::string_view(out_).substr(word_start_);
    for (const SpellingFold& fold : kSpellingFolds) {
      if (word == fold.from) {
        out_.resize(word_start_);
        out_.append(fold.to);
        return;
      }
    }
  }

  std::string Finish() {
    Break();
    constexpr std::string_view kThe = "the ";
    if (out_.size() > kThe.size() && std::string_view(out_).substr(0, kThe.size()) == kThe) {
      out_.erase(0, kThe.size());
    }
    return std::move(out_);
  }

 private:
  void StartWord() {
    if (in_word_) return;
    if (!out_.empty()) out_.push_back(' ');
    word_start_ = out_.size();
    in_word_ = true;
  }

  void AddAsciiOrBreak(UChar32 c) {
    if (IsAsciiAlnum(c)) {
      StartWord();
      out_.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    } else if (c == '&') {
      Break();
      StartWord();
      out_.append("and");
      Break();
    } else if (!IsApostrophe(c)) {
      Break();
    }
  }

  // Adds a code point that needs no further decomposition.
  void AddDecomposed(UChar32 c) {
    if (c < 0x80) {
      AddAsciiOrBreak(c);
      return;
    }
    const uint32_t category = U_GET_GC_MASK(c);
    if ((category & (U_GC_MN_MASK | U_GC_ME_MASK)) != 0) return;  // accents
    if (IsApostrophe(c)) return;
    const UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    const std::string_view by_hand = HandFold(folded);
    if (!by_hand.empty()) {
      StartWord();
      out_.append(by_hand);
      return;
    }
    if ((U_GET_GC_MASK(folded) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_MC_MASK)) == 0) {
      Break();
      return;
    }
    if (folded < 0x80) {
      AddAsciiOrBreak(folded);
      return;
    }
    StartWord();
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, folded);
    out_.append(buffer, static_cast<size_t>(length));
  }

  std::string out_;
  size_t word_start_ = 0;
  bool in_word_ = false;
};

}  // namespace

std::string NormalizeName(std::string_view name) {
  NameBuilder builder(name.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(name.data());
  const auto length = static_cast<int32_t>(name.size());
  for (int32_t i = 0; i < length;) {
    if (bytes[i] < 0x80) {
      builder.Add(bytes[i++]);
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      builder.Break();
    } else {
      builder.Add(c);
    }
  }
  return builder.Finish();
}

bool NormalizeAsciiWord(std::string_view word, std::string* out) {
  if (word.empty()) return false;
  out->resize(word.size());
  char* folded = out->data();
  for (const char c : word) {
    if (!IsAsciiAlnum(static_cast<unsigned char>(c))) return false;
    *folded++ = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (out->size() >= 64 || ((kSpellingFoldLengths >> out->size()) & 1) == 0) return true;
  for (const SpellingFold& fold : kSpellingFolds) {
    if (*out == fold.from) {
      out->assign(fold.to);
      break;
    }
  }
  return true;
}

int CountWords(std::string_view normalized) {
  if (normalized.empty()) return 0;
  int words = 1;
  for (char c : normalized) words += c == ' ';
  return words;
}

std::string_view LastWord(std::string_view normalized) {
  const size_t space = normalized.rfind(' ');
  return space == std::string_view::npos ? normalized : normalized.substr(space + 1);
}

std::vector<std::string_view> WordTails(std::string_view normalized) {
  std::vector<std::string_view> tails;
  if (normalized.empty()) return tails;
  tails.push_back(normalized);
  for (size_t i = 0; i < normalized.size(); ++i) {
    if (normalized[i] != ' ' || i + 1 >= normalized.size()) continue;
    const std::string_view tail = normalized.substr(i + 1);
    if (!IsStopWordTail(tail)) tails.push_back(tail);
  }
  return tails;
}

std::string PrefixUpperBound(std::string_view prefix) {
  std::string bound(prefix);
  while (!bound.empty()) {
    size_t start = bound.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(bound[start]) & 0xC0) == 0x80) --start;
    const auto* bytes = reinterpret_cast<const uint8_t*>(bound.data());
    auto index = static_cast<int32_t>(start);
    UChar32 c = 0;
    U8_NEXT(bytes, index, static_cast<int32_t>(bound.size()), c);
    bound.resize(start);
    if (c < 0 || c >= 0x10FFFF) continue;  // nothing above it: carry to the previous one
    ++c;
    if (c == 0xD800) c = 0xE000;  // skip the surrogates
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer, length, c);
    bound.append(buffer, static_cast<size_t>(length));
    return bound;
  }
  return "\xF4\x8F\xBF\xBF";  // U+10FFFF
}

bool LooksLikeAcronym(std::string_view surface) {
  int upper = 0;
  int lower = 0;
  int digits = 0;
  for (char c : surface) {
    if (c == '.') continue;
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (c >= 'a' && c <= 'z') {
      ++lower;
    } else if (c >= '0' && c <= '9') {
      ++digits;
    } else {
      return false;
    }
  }
  const int total = upper + lower + digits;
  return total >= 2 && total <= 10 && upper >= lower && (upper >= 2 || (upper >= 1 && digits >= 1));
}

}  // namespace newsgraph::resolution
