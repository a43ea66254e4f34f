// The normal form every gazetteer name is stored in and every looked-up
// phrase is brought to before an exact lookup: typographic apostrophes
// (’ ‘ ʼ ʻ ´ ′ `) become "'", dashes and hyphens (‐ ‑ ‒ – — ― −) become
// "-", every run of white space (including no-break and thin spaces)
// becomes one space, zero-width characters and soft hyphens are dropped,
// and leading and trailing spaces are trimmed. Letters and case are left
// alone. The output is never longer than the input.
//
// Pure functions; thread-safe.
//
// Example:
//   PhraseBuffer buffer;
//   std::optional<std::string_view> key = NormalizePhrase("Kars–Tbilisi", buffer);
//   // *key == "Kars-Tbilisi", pointing into `buffer`
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_PHRASE_NORMALIZER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_PHRASE_NORMALIZER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace newsgraph::extract {

// Stack space for one normalized phrase; no name in the index is longer.
struct PhraseBuffer {
  static constexpr size_t kCapacity = 256;
  char data[kCapacity];
};

// The normal form of `phrase`: `phrase` itself when it is already normal
// (the common case, no copy), else a view into `buffer`. nullopt when the
// normal form would not fit in the buffer (no name is that long).
std::optional<std::string_view> NormalizePhrase(std::string_view phrase, PhraseBuffer& buffer);

// The normal form as a string, for the index builder (no length limit).
std::string NormalizedName(std::string_view name);

// Decodes one UTF-8 code point at `s[*i]` and advances `*i`; an invalid
// byte decodes as itself (0x80..0xFF) and advances by one.
char32_t DecodeUtf8(std::string_view s, size_t* i);

// Appends the UTF-8 encoding of `c` to `out`, which must have room for 4
// bytes; returns the number of bytes written.
size_t EncodeUtf8(char32_t c, char* out);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_PHRASE_NORMALIZER_H_
