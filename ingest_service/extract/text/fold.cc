#include "ingest_service/extract/text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace newsgraph::extract {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Letters that do not decompose to an ASCII base.
const char* Replacement(UChar32 c) {
  switch (c) {
    case 0x0131: return "i";   // ı
    case 0x0130: return "I";   // İ
    case 0x0142: return "l";   // ł
    case 0x0141: return "L";
    case 0x00F8: return "o";   // ø
    case 0x00D8: return "O";
    case 0x0111: return "d";   // đ
    case 0x0110: return "D";
    case 0x00DF: return "ss";  // ß
    case 0x00E6: return "ae";  // æ
    case 0x00C6: return "AE";
    case 0x0153: return "oe";  // œ
    case 0x0152: return "OE";
    case 0x0259: return "e";   // ə
    case 0x018F: return "E";
    case 0x00F0: return "d";   // ð
    case 0x00FE: return "th";  // þ
    default: return nullptr;
  }
}

}  // namespace

std::string FoldToAscii(std::string_view word) {
  if (IsAscii(word)) return std::string(word);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(word);
  const icu::UnicodeString decomposed = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))),
      status);
  if (U_FAILURE(status)) return std::string(word);
  icu::UnicodeString folded;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (const char* r = Replacement(c)) {
      folded.append(icu::UnicodeString(r));
    } else {
      folded.append(c);
    }
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

}  // namespace newsgraph::extract
