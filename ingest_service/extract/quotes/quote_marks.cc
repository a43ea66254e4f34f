#include "ingest_service/extract/quotes/quote_marks.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>

#include "ingest_service/extract/quotes/text_scan.h"

namespace newsgraph::extract::quotes {
namespace {

// The glyph of a candidate mark, before its neighbours are looked at.
enum class Glyph : uint8_t {
  kStraightDouble,  // "
  kStraightSingle,  // '
  kLeftDouble,      // “ „ «
  kRightDouble,     // ” »
  kLeftSingle,      // ‘ ‹
  kRightSingle,     // ’ ›
};

struct GlyphAt {
  Glyph glyph;
  uint8_t length;
};

std::optional<GlyphAt> GlyphAtPos(std::string_view text, size_t pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 == '"') return GlyphAt{Glyph::kStraightDouble, 1};
  if (b0 == '\'') return GlyphAt{Glyph::kStraightSingle, 1};
  if (b0 == 0xC2 && pos + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[pos + 1]);
    if (b1 == 0xAB) return GlyphAt{Glyph::kLeftDouble, 2};   // «
    if (b1 == 0xBB) return GlyphAt{Glyph::kRightDouble, 2};  // »
    return std::nullopt;
  }
  if (b0 != 0xE2 || pos + 2 >= text.size()) return std::nullopt;
  const auto b1 = static_cast<unsigned char>(text[pos + 1]);
  const auto b2 = static_cast<unsigned char>(text[pos + 2]);
  if (b1 != 0x80) return std::nullopt;
  switch (b2) {
    case 0x98:  // ‘
    case 0xB9:  // ‹
      return GlyphAt{Glyph::kLeftSingle, 3};
    case 0x99:  // ’
    case 0xBA:  // ›
      return GlyphAt{Glyph::kRightSingle, 3};
    case 0x9C:  // “
    case 0x9E:  // „
      return GlyphAt{Glyph::kLeftDouble, 3};
    case 0x9D:  // ”
      return GlyphAt{Glyph::kRightDouble, 3};
    default:
      return std::nullopt;
  }
}

// What the characters around a mark say about it.
struct Flanks {
  bool space_before;  // start of range, a space, an opening bracket or dash
  bool space_after;   // end of range or a space
  bool punct_after;   // closing punctuation after: . , ; : ! ? ) ] …
  bool letter_before;
  bool letter_after;
  bool digit_after;
  bool s_before;  // the word before ends in "s"
};

bool IsClosingPunct(int cp) {
  switch (cp) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '}':
    case 0x2026:  // …
    case 0x2013:  // –
    case 0x2014:  // —
      return true;
    default:
      return false;
  }
}

Flanks FlanksOf(std::string_view text, ByteSpan range, ByteSpan mark) {
  const Char before = mark.begin > range.begin ? CharBefore(text, mark.begin) : Char{};
  const Char after = mark.end < range.end ? CharAt(text, mark.end) : Char{};
  Flanks f;
  f.space_before = before.cp < 0 || IsSpace(before.cp) || IsOpeningContext(before.cp) ||
                   before.cp == ':' || before.cp == '"' || before.cp == 0x201C;
  f.space_after = after.cp < 0 || IsSpace(after.cp);
  f.punct_after = IsClosingPunct(after.cp) || after.cp == '"' || after.cp == 0x201D;
  f.letter_before = IsWordChar(before.cp);
  f.letter_after = IsLetter(after.cp);
  f.digit_after = IsDigit(after.cp);
  f.s_before = before.cp == 's' || before.cp == 'S';
  return f;
}

// The role of a straight mark from its neighbours; nullopt for neither.
MarkRole StraightRole(const Flanks& f) {
  if (f.space_before && !f.space_after) return MarkRole::kOpens;
  if (!f.space_before && (f.space_after || f.punct_after)) return MarkRole::kCloses;
  return MarkRole::kEither;
}

// Classifies a single-family glyph; nullopt for an apostrophe.
std::optional<QuoteMark> SingleMark(Glyph glyph, const Flanks& f, ByteSpan span) {
  QuoteMark mark{span, QuoteFamily::kSingle, MarkRole::kEither, false};
  if (f.letter_before && (f.letter_after || f.digit_after)) return std::nullopt;  // don't
  if (f.space_before && f.digit_after) return std::nullopt;                       // '90s
  const bool can_open = f.space_before && !f.space_after;
  const bool can_close = !f.space_before && (f.space_after || f.punct_after);
  if (glyph == Glyph::kLeftSingle) {
    if (!can_open && can_close) return std::nullopt;  // a misused apostrophe
    mark.role = MarkRole::kOpens;
    return mark;
  }
  if (can_open && glyph == Glyph::kStraightSingle) {
    mark.role = MarkRole::kOpens;
    return mark;
  }
  if (can_open && f.letter_after) {  // ’ used as an opening mark
    mark.role = MarkRole::kOpens;
    return mark;
  }
  if (!can_close) return std::nullopt;
  mark.role = MarkRole::kCloses;
  mark.weak = f.s_before && f.space_after;  // "the Netherlands’ envoy"
  return mark;
}

std::optional<QuoteMark> Classify(std::string_view text, ByteSpan range, size_t pos,
                                  const GlyphAt& glyph) {
  const ByteSpan span{pos, pos + glyph.length};
  const Flanks f = FlanksOf(text, range, span);
  switch (glyph.glyph) {
    case Glyph::kStraightDouble:
      return QuoteMark{span, QuoteFamily::kDouble, StraightRole(f), false};
    case Glyph::kLeftDouble: {
      // “ misused as a closing mark: after a word, before a space.
      const bool closes = !f.space_before && (f.space_after || f.punct_after);
      return QuoteMark{span, QuoteFamily::kDouble, closes ? MarkRole::kCloses : MarkRole::kOpens,
                       false};
    }
    case Glyph::kRightDouble: {
      // ” misused as an opening mark: after a space, before a word.
      const bool opens = f.space_before && (f.letter_after || f.digit_after);
      return QuoteMark{span, QuoteFamily::kDouble, opens ? MarkRole::kOpens : MarkRole::kCloses,
                       false};
    }
    case Glyph::kStraightSingle:
    case Glyph::kLeftSingle:
    case Glyph::kRightSingle:
      return SingleMark(glyph.glyph, f, span);
  }
  return std::nullopt;
}

}  // namespace

LeadByteFinder::LeadByteFinder(std::string_view text) : text_(text) {
  const char kValues[] = {'"', '\'', '\xC2', '\xE2'};
  for (size_t i = 0; i < cursors_.size(); ++i) cursors_[i].value = kValues[i];
}

size_t LeadByteFinder::Next(size_t pos, size_t end) {
  if (pos >= end) return end;
  size_t next = end;
  for (Cursor& cursor : cursors_) {
    if (pos < cursor.from || pos > cursor.found) {
      cursor.from = pos;
      cursor.found = text_.size();
      if (pos < text_.size()) {
        const void* hit = std::memchr(text_.data() + pos, cursor.value, text_.size() - pos);
        if (hit != nullptr) cursor.found = static_cast<const char*>(hit) - text_.data();
      }
    }
    next = std::min(next, cursor.found);
  }
  return next;
}

void FindQuoteMarks(std::string_view text, ByteSpan range, std::vector<QuoteMark>* marks) {
  LeadByteFinder finder(text);
  FindQuoteMarks(text, range, &finder, marks);
}

void FindQuoteMarks(std::string_view text, ByteSpan range, LeadByteFinder* finder,
                    std::vector<QuoteMark>* marks) {
  const size_t end = std::min(range.end, text.size());
  for (size_t pos = finder->Next(range.begin, end); pos < end; pos = finder->Next(pos, end)) {
    const std::optional<GlyphAt> glyph = GlyphAtPos(text, pos);
    if (!glyph.has_value() || pos + glyph->length > end) {
      ++pos;
      continue;
    }
    if (std::optional<QuoteMark> mark = Classify(text, {range.begin, end}, pos, *glyph)) {
      marks->push_back(*mark);
    }
    pos += glyph->length;
  }
}

bool OpeningMarkAt(std::string_view text, size_t pos, QuoteFamily family) {
  if (pos >= text.size()) return false;
  const std::optional<GlyphAt> glyph = GlyphAtPos(text, pos);
  if (!glyph.has_value()) return false;
  const std::optional<QuoteMark> mark = Classify(text, {pos, text.size()}, pos, *glyph);
  return mark.has_value() && mark->family == family && mark->role != MarkRole::kCloses;
}

}  // namespace newsgraph::extract::quotes
