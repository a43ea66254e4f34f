#include "ingest_service/extract/quotes/referent_resolver.h"

#include <algorithm>

#include "ingest_service/extract/quotes/text_scan.h"

namespace newsgraph::extract::quotes {
namespace {

constexpr int kMaxCandidates = 120;  // mentions looked at per resolution
constexpr int kWordsBeforeName = 4;  // "AU trade and industry commissioner <name>"
constexpr int kWordsInApposition = 8;

std::string_view Slice(std::string_view text, ByteSpan span) {
  return text.substr(span.begin, span.end - span.begin);
}

// Whether `word` is `role_word`, or one of its hyphenated parts is
// ("Secretary-General" has "secretary").
bool WordHasRole(std::string_view word, std::string_view role_word) {
  while (true) {
    const size_t dash = word.find('-');
    if (EqualsIgnoreAsciiCase(word.substr(0, dash), role_word)) return true;
    if (dash == std::string_view::npos) return false;
    word.remove_prefix(dash + 1);
  }
}

bool IsPossessiveAt(std::string_view text, size_t end) {
  const Char c = CharAt(text, end);
  if (c.cp != '\'' && c.cp != 0x2019) return false;
  const Char next = CharAt(text, c.end);
  if (next.cp == 's' || next.cp == 'S') return !IsWordChar(CharAt(text, next.end).cp);
  const Char before = CharBefore(text, end);
  return (before.cp == 's' || before.cp == 'S') && !IsWordChar(next.cp);
}

// Calls `fn(word)` for each word of text[span) until it returns true.
template <typename Fn>
bool AnyWordIn(std::string_view text, ByteSpan span, Fn fn) {
  size_t pos = span.begin;
  while (pos < span.end) {
    const ByteSpan word = WordAfter(text, pos, span.end);
    if (word.empty()) {
      pos = CharAt(text, word.begin).end;
      if (pos <= word.begin) break;
      continue;
    }
    if (fn(Slice(text, word))) return true;
    pos = word.end;
  }
  return false;
}

// Calls `fn(word)` for up to `limit` words before `pos`, stopping at
// punctuation, until it returns true.
template <typename Fn>
bool AnyWordBefore(std::string_view text, size_t pos, int limit, Fn fn) {
  for (int i = 0; i < limit; ++i) {
    const ByteSpan word = WordBefore(text, pos, 0);
    if (word.empty()) return false;
    if (fn(Slice(text, word))) return true;
    pos = word.begin;
  }
  return false;
}

}  // namespace

void ReferentResolver::AddSpeaker(size_t end, int entity) {
  if (entity >= 0) speakers_.push_back({end, entity});
}

bool ReferentResolver::InsideQuotation(const MentionBytes& mention) const {
  auto it = std::upper_bound(
      passages_.begin(), passages_.end(), mention.span.begin,
      [](size_t pos, const QuotedPassage& passage) { return pos < passage.outer.begin; });
  return it != passages_.begin() && std::prev(it)->outer.Contains(mention.span.begin);
}

bool ReferentResolver::InSubjectPosition(const MentionBytes& mention) const {
  if (IsPossessiveAt(text_, mention.span.end)) return false;
  size_t pos = mention.span.begin;
  for (int i = 0; i < 6; ++i) {
    const ByteSpan span = WordBefore(text_, pos, 0);
    if (span.empty()) return true;
    const std::string_view word = Slice(text_, span);
    if (IsTimeName(word)) return true;  // "on Tuesday Mitsotakis met"
    if (IsPreposition(word)) {
      // "Secretary of State <name>": "of" inside a title.
      const ByteSpan before = WordBefore(text_, span.begin, 0);
      const bool in_title = EqualsIgnoreAsciiCase(word, "of") && !before.empty() &&
                            IsUpper(CharAt(text_, before.begin).cp);
      if (!in_title) return false;
    } else if (!IsDeterminer(word) && !IsUpper(CharAt(text_, span.begin).cp) &&
               ClassifyRoleNoun(word) == RoleKind::kNone) {
      return true;
    }
    pos = span.begin;
  }
  return true;
}

Gender ReferentResolver::GenderAround(const MentionBytes& mention) const {
  Gender gender = Gender::kUnknown;
  auto mark = [&gender](std::string_view word) {
    gender = GenderOfMarker(word);
    return gender != Gender::kUnknown;
  };
  if (AnyWordIn(text_, mention.span, mark)) return gender;
  if (AnyWordBefore(text_, mention.span.begin, 3, mark)) return gender;
  return Gender::kUnknown;
}

Gender ReferentResolver::GenderOf(int entity) const {
  const int first =
      entity < static_cast<int>(first_mentions_.size()) ? first_mentions_[entity] : -1;
  return first < 0 ? Gender::kUnknown : GenderAround(mentions_[first]);
}

bool ReferentResolver::Compatible(int entity, PronounKind kind) const {
  if (entity < 0 || entity >= static_cast<int>(entity_types_.size())) return false;
  const v1::EntityType type = entity_types_[entity];
  if (kind == PronounKind::kOrganization) return type == v1::ENTITY_TYPE_ORGANIZATION;
  if (type != v1::ENTITY_TYPE_PERSON) return false;
  const Gender gender = GenderOf(entity);
  if (kind == PronounKind::kMale) return gender != Gender::kFemale;
  return gender != Gender::kMale;
}

int ReferentResolver::FindPronounReferent(PronounKind kind, size_t pos, bool strict) const {
  auto mention = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                                  [](const MentionBytes& m, size_t p) { return m.span.begin < p; });
  auto speaker = std::lower_bound(speakers_.begin(), speakers_.end(), pos,
                                  [](const SpeakerAnchor& a, size_t p) { return a.end <= p; });
  for (int steps = 0; steps < kMaxCandidates; ++steps) {
    const bool has_mention = mention != mentions_.begin();
    const bool has_speaker = strict && speaker != speakers_.begin();
    if (!has_mention && !has_speaker) return -1;
    const bool take_speaker =
        has_speaker && (!has_mention || std::prev(speaker)->end > std::prev(mention)->span.begin);
    if (take_speaker) {
      --speaker;
      if (Compatible(speaker->entity, kind)) return speaker->entity;
      continue;
    }
    --mention;
    if (InsideQuotation(*mention) || !Compatible(mention->entity_index, kind)) continue;
    if (strict && !InSubjectPosition(*mention)) continue;
    return mention->entity_index;
  }
  return -1;
}

int ReferentResolver::ResolvePronoun(PronounKind kind, size_t pos) const {
  if (kind == PronounKind::kNone) return -1;
  const int entity = FindPronounReferent(kind, pos, /*strict=*/true);
  return entity >= 0 ? entity : FindPronounReferent(kind, pos, /*strict=*/false);
}

bool ReferentResolver::HasRole(const MentionBytes& mention, std::string_view role_word) const {
  auto is_role = [role_word](std::string_view word) { return WordHasRole(word, role_word); };
  if (AnyWordIn(text_, mention.span, is_role)) return true;
  if (AnyWordBefore(text_, mention.span.begin, kWordsBeforeName, is_role)) return true;
  // An apposition: "<name>, the chief executive of Hong Kong,".
  const size_t after = SkipSpaces(text_, mention.span.end, text_.size());
  if (CharAt(text_, after).cp != ',') return false;
  size_t pos = after + 1;
  for (int i = 0; i < kWordsInApposition; ++i) {
    const ByteSpan word = WordAfter(text_, pos, text_.size());
    if (word.empty()) return false;
    if (is_role(Slice(text_, word))) return true;
    pos = word.end;
  }
  return false;
}

int ReferentResolver::ResolveDescription(RoleKind kind, std::string_view role_word,
                                         size_t pos) const {
  const v1::EntityType type =
      kind == RoleKind::kPerson ? v1::ENTITY_TYPE_PERSON : v1::ENTITY_TYPE_ORGANIZATION;
  auto mention = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                                  [](const MentionBytes& m, size_t p) { return m.span.begin < p; });
  for (int steps = 0; steps < kMaxCandidates && mention != mentions_.begin(); ++steps) {
    --mention;
    if (mention->entity_index < 0 || mention->type != type || InsideQuotation(*mention)) continue;
    if (HasRole(*mention, role_word)) return mention->entity_index;
    const int first = first_mentions_[mention->entity_index];
    if (first >= 0 && HasRole(mentions_[first], role_word)) return mention->entity_index;
  }
  return -1;
}

}  // namespace newsgraph::extract::quotes
