#include "ingest_service/extract/gazetteer/name_folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdint>

namespace newsgraph::extract {
namespace {

// What a code point folds to: up to three ASCII characters, nothing
// (combining marks), or itself.
struct Folding {
  static constexpr uint8_t kKeep = 0xFF;
  uint8_t length = kKeep;
  char text[3] = {0, 0, 0};
};

// Letters NFKD does not decompose, spelt as English news spells them.
struct SpecialFolding {
  char32_t c;
  const char* ascii;
};
constexpr SpecialFolding kSpecialFoldings[] = {
    {U'ß', "ss"}, {U'ẞ', "SS"}, {U'æ', "ae"}, {U'Æ', "AE"}, {U'œ', "oe"}, {U'Œ', "OE"}, {U'ø', "o"},
    {U'Ø', "O"},  {U'đ', "d"},  {U'Đ', "D"},  {U'ð', "d"},  {U'Ð', "D"},  {U'ł', "l"},  {U'Ł', "L"},
    {U'þ', "th"}, {U'Þ', "TH"}, {U'ı', "i"},  {U'ə', "a"},  {U'Ə', "A"},  {U'ǝ', "e"},  {U'Ǝ', "E"},
    {U'ħ', "h"},  {U'Ħ', "H"},  {U'ŧ', "t"},  {U'Ŧ', "T"},  {U'ĸ', "k"},  {U'ŀ', "l"},  {U'Ŀ', "L"},
    {U'ŉ', "n"},  {U'ſ', "s"},  {U'ƒ', "f"},  {U'ŋ', "ng"}, {U'Ŋ', "NG"}, {U'ɛ', "e"},  {U'Ɛ', "E"},
    {U'ɨ', "i"},  {U'Ɨ', "I"},  {U'ʻ', "'"},  {U'ʼ', "'"},
};

class FoldTable {
 public:
  FoldTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    for (char32_t c = kLowFirst; c <= kLowLast; ++c) low_[c - kLowFirst] = Compute(c, nfkd, status);
    for (char32_t c = kHighFirst; c <= kHighLast; ++c) {
      high_[c - kHighFirst] = Compute(c, nfkd, status);
    }
  }

  // nullptr when `c` folds to itself.
  const Folding* Find(char32_t c) const {
    const Folding* folding = nullptr;
    if (c >= kLowFirst && c <= kLowLast) folding = &low_[c - kLowFirst];
    if (c >= kHighFirst && c <= kHighLast) folding = &high_[c - kHighFirst];
    if (folding == nullptr || folding->length == Folding::kKeep) return nullptr;
    return folding;
  }

 private:
  static constexpr char32_t kLowFirst = 0x80, kLowLast = 0x36F;
  static constexpr char32_t kHighFirst = 0x1E00, kHighLast = 0x1EFF;

  static Folding Spell(std::string_view ascii) {
    Folding folding;
    folding.length = static_cast<uint8_t>(ascii.size());
    for (size_t i = 0; i < ascii.size() && i < 3; ++i) folding.text[i] = ascii[i];
    return folding;
  }

  static Folding Compute(char32_t c, const icu::Normalizer2* nfkd, UErrorCode status) {
    for (const SpecialFolding& special : kSpecialFoldings) {
      if (special.c == c) return Spell(special.ascii);
    }
    if (u_getCombiningClass(c) != 0 || (c >= 0x300 && c <= 0x36F)) return Spell("");
    if (U_FAILURE(status) || nfkd == nullptr) return Folding();
    icu::UnicodeString decomposition;
    if (!nfkd->getDecomposition(static_cast<UChar32>(c), decomposition)) return Folding();
    std::string ascii;
    for (int32_t i = 0; i < decomposition.length(); ++i) {
      const char16_t unit = decomposition.charAt(i);
      if (unit < 0x80) {
        ascii.push_back(static_cast<char>(unit));
      } else if (u_getCombiningClass(unit) == 0) {
        return Folding();  // decomposes to something that is not ASCII + marks
      }
    }
    if (ascii.empty() || ascii.size() > 3 || !u_isalpha(static_cast<UChar32>(c))) return Folding();
    return Spell(ascii);
  }

  std::array<Folding, kLowLast - kLowFirst + 1> low_;
  std::array<Folding, kHighLast - kHighFirst + 1> high_;
};

const FoldTable& Table() {
  static const FoldTable* const kTable = new FoldTable();
  return *kTable;
}

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Appends the folded form of normalized `name` to `out` (capacity
// `capacity`); as a folded-index key when `as_key`. Returns the length, or
// -1 when it does not fit.
ptrdiff_t FoldInto(std::string_view name, bool as_key, char* out, size_t capacity) {
  const FoldTable& table = Table();
  size_t n = 0;
  bool pending_space = false;
  const auto put = [&](char c) -> bool {
    if (as_key) {
      if (c == '\'' || c == '.' || c == ',') return true;
      if (c == '-' || c == ' ') {
        pending_space = n > 0;
        return true;
      }
      c = AsciiLower(c);
    }
    if (n + (pending_space ? 1 : 0) + 1 > capacity) return false;
    if (pending_space) out[n++] = ' ';
    pending_space = false;
    out[n++] = c;
    return true;
  };
  size_t i = 0;
  while (i < name.size()) {
    const size_t start = i;
    const char32_t c = DecodeUtf8(name, &i);
    const Folding* folding = c < 0x80 ? nullptr : table.Find(c);
    if (folding != nullptr) {
      for (uint8_t k = 0; k < folding->length; ++k) {
        if (!put(folding->text[k])) return -1;
      }
    } else {
      for (size_t k = start; k < i; ++k) {
        if (!put(name[k])) return -1;
      }
    }
  }
  return static_cast<ptrdiff_t>(n);
}

std::string Fold(std::string_view name, bool as_key) {
  const std::string normal = NormalizedName(name);
  std::string out(normal.size() * 2 + 4, '\0');
  const ptrdiff_t n = FoldInto(normal, as_key, out.data(), out.size());
  out.resize(n < 0 ? 0 : static_cast<size_t>(n));
  return out;
}

}  // namespace

bool IsAscii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::string AsciiSpelling(std::string_view name) { return Fold(name, /*as_key=*/false); }

std::string FoldedKey(std::string_view name) { return Fold(name, /*as_key=*/true); }

std::optional<std::string_view> FoldedKey(std::string_view phrase, PhraseBuffer& buffer) {
  PhraseBuffer normal_buffer;
  const std::optional<std::string_view> normal = NormalizePhrase(phrase, normal_buffer);
  if (!normal.has_value()) return std::nullopt;
  const ptrdiff_t n = FoldInto(*normal, /*as_key=*/true, buffer.data, PhraseBuffer::kCapacity);
  if (n < 0) return std::nullopt;
  return std::string_view(buffer.data, static_cast<size_t>(n));
}

}  // namespace newsgraph::extract
