// EntityRecord and RoleRecord: the stored state of a canonical entity and
// of one role of a person, as resolution reads and merges it, and how what
// one article says is folded into them (fullest name, first known
// country, sector and subtype, first and last seen dates, role status).
//
// The store reads a record, lets these functions merge an article into
// it, and writes it back in the same transaction; counts are added by the
// store itself (increments), so that concurrent writers never lose one.
//
// Plain values; the functions are pure and thread-safe.
#ifndef NEWSGRAPH_SHARED_RESOLUTION_ENTITY_RECORD_H_
#define NEWSGRAPH_SHARED_RESOLUTION_ENTITY_RECORD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "newsgraph/v1/common.pb.h"
#include "newsgraph/v1/extraction.pb.h"
#include "shared/resolution/entity_context.h"

namespace newsgraph::resolution {

// The first and last publication dates seen. Keys are the dates' first
// days, "YYYY-MM-DD" (date::FirstDayKey), which order them; dates are the
// canonical texts "YYYY-MM-DD", "YYYY-MM" or "YYYY". All "" until a dated
// article is seen.
struct SeenDates {
  std::string first_key;
  std::string first_date;
  std::string last_key;
  std::string last_date;
};

struct EntityRecord {
  std::string entity_id;
  std::string canonical_key;
  std::string name_key;  // the family's name key; == canonical_key for strong keys
  std::string display_name;
  v1::EntityType type = v1::ENTITY_TYPE_UNSPECIFIED;
  v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED;
  std::string country_code;  // "" when unknown
  std::string sector;
  std::string gazetteer_id;
  // A gazetteer place's coordinates in degrees, when known.
  std::optional<double> latitude;
  std::optional<double> longitude;
  SeenDates seen;
  // Every surface form seen (the display name too) with how often, at most
  // kMaxStoredForms, in the order first seen.
  std::vector<SurfaceForm> forms;
  int64_t article_count = 0;  // as stored; read-only here
};

inline constexpr size_t kMaxStoredForms = 64;

// One role of a person: a title (by RoleKey) of one body (or none).
struct RoleRecord {
  std::string entity_id;
  std::string role_key;
  std::string affiliation_id;  // "" when none
  std::string title;           // as the first article gave it
  v1::RoleKind kind = v1::ROLE_KIND_UNSPECIFIED;
  v1::RoleStatus status = v1::ROLE_STATUS_UNSPECIFIED;
  std::string status_key;  // the date key of the article that gave `status`
  SeenDates seen;
  int64_t article_count = 0;
};

// Whether `candidate` is a fuller name than `current`: more words, else
// more characters, else more non-ASCII characters (the accented
// spelling); an empty current name loses to any other.
bool IsFullerName(std::string_view candidate, std::string_view current);

// Folds one article's report of the entity into `record`: the fuller
// display name, and the subtype, country (entity or context), sector and
// gazetteer id when the record has none yet.
void MergeArticleEntity(const v1::ArticleEntity& entity, const EntityContext& context,
                        EntityRecord* record);

// Adds each form's count to the record's form of that exact text, or
// appends it (while the record holds fewer than kMaxStoredForms; later new
// forms are not kept). Returns the texts of the forms it appended.
std::vector<std::string> AddSurfaceForms(absl::Span<const SurfaceForm> forms, EntityRecord* record);

// The aliases to show: every form but `display_name`, most often seen
// first, ties in text order.
std::vector<std::string> AliasesMostSeenFirst(const std::vector<SurfaceForm>& forms,
                                              std::string_view display_name);

// The stored encoding of a record's forms (varint count, varint length,
// bytes; per form), and back. DATA_LOSS for bytes that do not decode.
std::string EncodeSurfaceForms(const std::vector<SurfaceForm>& forms);
absl::StatusOr<std::vector<SurfaceForm>> DecodeSurfaceForms(std::string_view encoded);

// A coarse popularity that changes rarely as an entity's article count
// grows: its bit length (0 for 0, 1 for 1, 2 for 2-3, 3 for 4-7, ...).
// Stores index it instead of the count, so that counting an article
// rewrites an index entry only when the count crosses a power of two.
int PopularityOf(int64_t article_count);

// Widens `seen` to include `published` (ignored when unset). On equal
// keys the more precise date wins.
void MergeSeenDate(const v1::PartialDate& published, SeenDates* seen);

// Folds one article's report of the role into `record` (whose key fields
// are set): title and kind when missing, the status of the latest
// article (by published date; a later-stored article wins ties), dates.
void MergeRoleReport(const v1::Role& role, const v1::PartialDate& published, RoleRecord* record);

}  // namespace newsgraph::resolution

#endif  // NEWSGRAPH_SHARED_RESOLUTION_ENTITY_RECORD_H_
