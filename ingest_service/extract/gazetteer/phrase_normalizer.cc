#include "ingest_service/extract/gazetteer/phrase_normalizer.h"

#include <cstdint>

namespace newsgraph::extract {
namespace {

enum class CharClass { kOther, kApostrophe, kDash, kSpace, kDropped };

CharClass Classify(char32_t c) {
  switch (c) {
    case U'\'':
    case U'`':
    case 0x00B4:  // acute accent
    case 0x02BB:  // modifier letter turned comma (okina)
    case 0x02BC:  // modifier letter apostrophe
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:  // prime
      return CharClass::kApostrophe;
    case U'-':
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:  // minus sign
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      return CharClass::kDash;
    case U' ':
    case U'\t':
    case U'\n':
    case U'\r':
    case U'\f':
    case U'\v':
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return CharClass::kSpace;
    case 0x00AD:  // soft hyphen
    case 0x200B:  // zero-width space
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return CharClass::kDropped;
    default:
      if (c >= 0x2000 && c <= 0x200A) return CharClass::kSpace;
      return CharClass::kOther;
  }
}

// Whether `phrase` is already in normal form: ASCII without tabs, line
// breaks, backquotes or doubled, leading or trailing spaces.
bool IsAlreadyNormal(std::string_view phrase) {
  if (phrase.empty()) return true;
  if (phrase.front() == ' ' || phrase.back() == ' ') return false;
  char previous = 0;
  for (const char ch : phrase) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || c < 0x20 || c == '`' || (c == ' ' && previous == ' ')) return false;
    previous = ch;
  }
  return true;
}

// Writes the normal form of `phrase` to `out` (capacity `capacity`);
// returns its length, or -1 when it does not fit.
ptrdiff_t NormalizeInto(std::string_view phrase, char* out, size_t capacity) {
  size_t n = 0;
  bool pending_space = false;
  size_t i = 0;
  while (i < phrase.size()) {
    const size_t start = i;
    const char32_t c = DecodeUtf8(phrase, &i);
    const CharClass kind = Classify(c);
    if (kind == CharClass::kDropped) continue;
    if (kind == CharClass::kSpace) {
      pending_space = n > 0;
      continue;
    }
    const size_t width = (kind == CharClass::kOther) ? i - start : 1;
    if (n + (pending_space ? 1 : 0) + width > capacity) return -1;
    if (pending_space) out[n++] = ' ';
    pending_space = false;
    if (kind == CharClass::kApostrophe) {
      out[n++] = '\'';
    } else if (kind == CharClass::kDash) {
      out[n++] = '-';
    } else {
      for (size_t k = start; k < i; ++k) out[n++] = phrase[k];
    }
  }
  return static_cast<ptrdiff_t>(n);
}

}  // namespace

char32_t DecodeUtf8(std::string_view s, size_t* i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(*i);
  int length = 0;
  char32_t c = 0;
  if (lead < 0x80) {
    ++*i;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    c = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    c = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    c = lead & 0x07;
  } else {
    ++*i;
    return lead;
  }
  if (*i + length > s.size()) {
    ++*i;
    return lead;
  }
  for (int k = 1; k < length; ++k) {
    const unsigned char next = byte(*i + k);
    if ((next & 0xC0) != 0x80) {
      ++*i;
      return lead;
    }
    c = (c << 6) | (next & 0x3F);
  }
  *i += length;
  return c;
}

size_t EncodeUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

std::optional<std::string_view> NormalizePhrase(std::string_view phrase, PhraseBuffer& buffer) {
  if (IsAlreadyNormal(phrase)) {
    if (phrase.size() > PhraseBuffer::kCapacity) return std::nullopt;
    return phrase;
  }
  const ptrdiff_t n = NormalizeInto(phrase, buffer.data, PhraseBuffer::kCapacity);
  if (n < 0) return std::nullopt;
  return std::string_view(buffer.data, static_cast<size_t>(n));
}

std::string NormalizedName(std::string_view name) {
  if (IsAlreadyNormal(name)) return std::string(name);
  std::string out(name.size(), '\0');
  const ptrdiff_t n = NormalizeInto(name, out.data(), out.size());
  out.resize(n < 0 ? 0 : static_cast<size_t>(n));
  return out;
}

}  // namespace newsgraph::extract
