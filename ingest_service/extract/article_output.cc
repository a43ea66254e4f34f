#include "ingest_service/extract/article_output.h"

#include <cmath>

#include "shared/text/utf8.h"

namespace newsgraph::extract {
namespace {

// The index keeps coordinates as floats; five decimals (about a metre)
// is all they hold, and all the API gives.
double Degrees(float value) { return std::round(static_cast<double>(value) * 1e5) / 1e5; }

}  // namespace

void ClearExtraction(v1::Article* article) {
  article->clear_mentions();
  article->clear_entities();
  article->clear_roles();
  article->clear_relations();
  article->clear_dates();
  article->clear_quotes();
  article->clear_events();
}

void WriteNames(const ArticleNames& names, const text::CodePointIndex& index,
                v1::Article* article) {
  for (const EntityRecord& e : names.entities) {
    v1::ArticleEntity* out = article->add_entities();
    out->set_name(e.name);
    out->set_type(e.type);
    out->set_subtype(e.subtype);
    for (const std::string& alias : e.aliases) out->add_aliases(alias);
    out->set_country_code(e.country);
    out->set_sector(e.sector);
    out->set_gazetteer_id(e.gazetteer_id);
    if (e.latitude != 0 || e.longitude != 0) {
      out->set_latitude(Degrees(e.latitude));
      out->set_longitude(Degrees(e.longitude));
    }
    out->set_confidence(e.confidence);
    out->set_mention_count(e.mentions);
  }
  const std::string& content = article->content();
  text::CodePointCursor cursor(content, index);
  for (size_t i = 0; i < names.segments.size(); ++i) {
    const int entity = names.entity_of[i];
    if (entity < 0) continue;
    const Segment& seg = names.segments[i];
    v1::EntityMention* m = article->add_mentions();
    m->set_entity_index(entity);
    m->set_type(names.entities[entity].type);
    m->set_text(content.substr(seg.begin, seg.end - seg.begin));
    m->mutable_span()->set_start(cursor.ToCodePoint(seg.begin));
    m->mutable_span()->set_end(cursor.ToCodePoint(seg.end));
    m->set_sentence_index(seg.sentence);
    m->set_confidence(seg.confidence);
    m->set_rule(seg.rule);
    m->set_form(seg.form);
  }
}

namespace {

v1::TextSpan Span(const text::CodePointIndex& index, uint32_t begin, uint32_t end) {
  v1::TextSpan span;
  span.set_start(index.ToCodePoint(begin));
  span.set_end(index.ToCodePoint(end));
  return span;
}

}  // namespace

void WriteRoles(const std::vector<RoleRecord>& roles, const text::CodePointIndex& index,
                v1::Article* article) {
  for (const RoleRecord& r : roles) {
    v1::Role* out = article->add_roles();
    out->set_person_index(r.person);
    out->set_title(r.title);
    out->set_kind(r.kind);
    if (r.affiliation >= 0) out->set_affiliation_index(r.affiliation);
    out->set_status(r.status);
    out->set_implied(r.implied);
    out->set_sentence_index(r.sentence);
    *out->mutable_span() = Span(index, r.begin, r.end);
    out->set_confidence(r.confidence);
    out->set_rule(r.rule);
  }
}

void WriteRelations(const std::vector<RelationRecord>& relations,
                    const text::CodePointIndex& index, v1::Article* article) {
  for (const RelationRecord& r : relations) {
    v1::Relation* out = article->add_relations();
    out->set_type(r.type);
    out->set_subject_index(r.subject);
    out->set_object_index(r.object);
    out->set_sentence_index(r.sentence);
    *out->mutable_span() = Span(index, r.begin, r.end);
    out->set_confidence(r.confidence);
    out->set_rule(r.rule);
  }
}

}  // namespace newsgraph::extract
