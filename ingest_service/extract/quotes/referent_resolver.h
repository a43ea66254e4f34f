// Resolves the pronouns and definite descriptions that attribute
// quotations ("he said", "the commissioner said", "the party informed")
// to the entities they stand for:
//   - he/she: the most recent person in subject position (not a
//     possessive, not the object of a preposition, not inside a quotation)
//     whose title does not say the other gender; it/they: the same for
//     organizations. The speaker of an earlier quotation counts as a
//     mention where that quotation ends, so "... he added" after a quoted
//     exchange goes to the last speaker;
//   - "the <role>": the most recent person (for "president", "spokesman"
//     ...) or organization (for "party", "ministry" ...) whose name, title
//     or apposition holds the role noun ("AU trade commissioner Albert
//     Muchanga", "Carrie Lam, the chief executive", "Thai Raksa Chart
//     Party").
//
// Keeps references to its inputs: they must outlive it. Not thread-safe
// (AddSpeaker mutates). Each resolution looks back over a bounded number
// of mentions.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_REFERENT_RESOLVER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_REFERENT_RESOLVER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "ingest_service/extract/quotes/article_bytes.h"
#include "ingest_service/extract/quotes/lexicon.h"
#include "ingest_service/extract/quotes/quoted_passages.h"

namespace newsgraph::extract::quotes {

class ReferentResolver {
 public:
  ReferentResolver(std::string_view text, const std::vector<MentionBytes>& mentions,
                   const std::vector<int>& first_mentions,
                   const std::vector<QuotedPassage>& passages,
                   const std::vector<v1::EntityType>& entity_types)
      : text_(text),
        mentions_(mentions),
        first_mentions_(first_mentions),
        passages_(passages),
        entity_types_(entity_types) {}

  // Records that the quotation ending at `end` was attributed to `entity`.
  // Calls must come in text order.
  void AddSpeaker(size_t end, int entity);

  // The entity a pronoun of `kind` at `pos` stands for, or -1.
  int ResolvePronoun(PronounKind kind, size_t pos) const;
  // The entity "the <role_word>" at `pos` stands for, or -1.
  int ResolveDescription(RoleKind kind, std::string_view role_word, size_t pos) const;

 private:
  struct SpeakerAnchor {
    size_t end;
    int entity;
  };

  bool InsideQuotation(const MentionBytes& mention) const;
  bool InSubjectPosition(const MentionBytes& mention) const;
  bool Compatible(int entity, PronounKind kind) const;
  Gender GenderOf(int entity) const;
  Gender GenderAround(const MentionBytes& mention) const;
  bool HasRole(const MentionBytes& mention, std::string_view role_word) const;
  int FindPronounReferent(PronounKind kind, size_t pos, bool strict) const;

  std::string_view text_;
  const std::vector<MentionBytes>& mentions_;
  const std::vector<int>& first_mentions_;
  const std::vector<QuotedPassage>& passages_;
  const std::vector<v1::EntityType>& entity_types_;
  std::vector<SpeakerAnchor> speakers_;
};

}  // namespace newsgraph::extract::quotes

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_QUOTES_REFERENT_RESOLVER_H_
