// Related tallies: what ties an entity to one other entity (events by
// category, articles stating relations by type and direction) as an
// internal::v1::RelatedTally, built from counts and merged, and turned into
// the fields of a v1::RelatedEntity. The store keeps one RelatedTally per
// ordered pair, with its weight indexed, so that an entity's heaviest
// related entities are its first rows; the same functions fold the counts
// of an exact recomputation, so both answer alike.
//
// Plain functions over messages the caller owns; no I/O.
#ifndef NEWSGRAPH_SHARED_GRAPH_RELATED_TALLY_H_
#define NEWSGRAPH_SHARED_GRAPH_RELATED_TALLY_H_

#include <cstdint>
#include <string_view>

#include "newsgraph/internal/v1/related_tally.pb.h"
#include "newsgraph/v1/graph.pb.h"

namespace newsgraph::graph {

// Counts `count` more events of `category` (an EventCategory value).
void AddEventsToTally(int category, int count, internal::v1::RelatedTally* tally);

// Counts `articles` more articles stating a relation of `type`, in which
// the tally's entity is the subject (else the object).
void AddRelationToTally(std::string_view type, bool as_subject, int articles,
                        internal::v1::RelatedTally* tally);

// Adds every count of `delta` to `into`.
void MergeTally(const internal::v1::RelatedTally& delta, internal::v1::RelatedTally* into);

// Events plus relation articles: what ranks related entities and weighs
// graph edges.
int64_t TallyWeight(const internal::v1::RelatedTally& tally);

// Sets weight, event_count, relation_article_count, relation_types (the
// subject's types, then the object's others) and categories (most events
// first; ties by category value) of `out`.
void FillRelatedEntity(const internal::v1::RelatedTally& tally, v1::RelatedEntity* out);

}  // namespace newsgraph::graph

#endif  // NEWSGRAPH_SHARED_GRAPH_RELATED_TALLY_H_
