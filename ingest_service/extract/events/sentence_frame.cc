#include "ingest_service/extract/events/sentence_frame.h"

#include "absl/strings/match.h"
#include "ingest_service/extract/events/word_classes.h"

namespace newsgraph::extract::events {
namespace {

bool Contains(const v1::TextSpan& outer, const v1::TextSpan& inner) {
  return outer.start() <= inner.start() && inner.end() <= outer.end() &&
         (outer.start() != inner.start() || outer.end() != inner.end());
}

std::string_view SentenceText(const v1::Article& article, int s) {
  return article.sentences(s).text();
}

int32_t SentenceStart(const v1::Article& article, int s) {
  return article.sentences(s).span().start();
}

}  // namespace

SentenceFrame::SentenceFrame(const ArticleContext& context, int sentence_index,
                             SentenceScratch* scratch)
    : context_(context),
      sentence_index_(sentence_index),
      tokens_(scratch->tokens),
      candidates_(scratch->candidates),
      things_(scratch->things),
      triggers_(scratch->triggers),
      candidate_at_(scratch->candidate_at),
      in_name_(scratch->in_name) {
  scratch->tokens.Reset(SentenceText(context.article(), sentence_index),
                        SentenceStart(context.article(), sentence_index));
  candidates_.clear();
  things_.clear();
  triggers_.clear();
  candidate_at_.clear();
  in_name_.clear();
  FindTriggers();
  if (triggers_.empty()) return;  // most sentences: nothing more to read
  candidate_at_.assign(tokens_.size(), -1);
  in_name_.assign(tokens_.size(), false);
  FindCandidates();
  MarkModifiers();
  DropTriggersInNames();
}

void SentenceFrame::FindCandidates() {
  const v1::Article& article = context_.article();
  const absl::Span<const int> mentions = context_.MentionsIn(sentence_index_);
  for (size_t k = 0; k < mentions.size(); ++k) {
    const v1::EntityMention& m = article.mentions(mentions[k]);
    if (!context_.ValidEntity(m.entity_index())) continue;
    bool nested = false;
    for (size_t o = 0; o < mentions.size() && !nested; ++o) {
      const v1::EntityMention& outer = article.mentions(mentions[o]);
      // "Defense Ministries of Azerbaijan and Georgia" names two ministries
      // (the outer mention is the second), not the countries.
      const bool coordinated =
          absl::StrContains(outer.rule(), "coordinated") && outer.type() == m.type();
      nested = o != k && Contains(outer.span(), m.span()) && !coordinated;
    }
    if (nested) continue;
    Candidate c;
    c.mention = mentions[k];
    c.entity = m.entity_index();
    c.type = m.type();
    c.first = tokens_.TokenAtOrAfter(m.span().start());
    if (c.first >= tokens_.size() || tokens_[c.first].start >= m.span().end()) continue;
    c.last = c.first;
    while (c.last + 1 < tokens_.size() && tokens_[c.last + 1].start < m.span().end()) ++c.last;
    for (int i = c.first; i <= c.last; ++i) in_name_[i] = true;
    // Buildings, pipelines and bases are where, or what; never who.
    const bool facility =
        article.entities(c.entity).subtype() == v1::ENTITY_SUBTYPE_FACILITY;
    if (c.type == v1::ENTITY_TYPE_MISC || (facility && !IsLocativeAt(c.first))) {
      things_.push_back(c);
      continue;
    }
    c.demonym = m.form() == v1::MENTION_FORM_DEMONYM;
    c.locative = c.type == v1::ENTITY_TYPE_LOCATION && IsLocativeAt(c.first);
    const int index = static_cast<int>(candidates_.size());
    for (int i = c.first; i <= c.last; ++i) {
      if (candidate_at_[i] < 0) candidate_at_[i] = index;
    }
    candidates_.push_back(c);
  }
}

// "in X", "at the X": token `first` starts a place where.
bool SentenceFrame::IsLocativeAt(int first) const {
  int before = first - 1;
  if (tokens_.WordAt(before) == "the") --before;
  return IsLocativePreposition(tokens_.WordAt(before));
}

// Tokens from..to (exclusive) are title words, capitalized words or other
// names: the words between an affiliation and the name it qualifies.
bool SentenceFrame::IsTitleGap(int from, int to) const {
  if (to - from > 7) return false;
  for (int i = from; i < to; ++i) {
    const Token& t = tokens_[i];
    if (candidate_at_[i] >= 0) continue;
    if (t.word == ",") {
      if (i + 1 >= to || !tokens_[i + 1].capitalized) return false;
      continue;
    }
    if (t.capitalized && !IsClauseWord(t.word) && !IsPreposition(t.word)) continue;
    if (!IsTitleWord(t.word)) return false;
  }
  return true;
}

void SentenceFrame::MarkModifiers() {
  for (size_t k = 0; k < candidates_.size(); ++k) {
    Candidate& c = candidates_[k];
    if (c.type == v1::ENTITY_TYPE_PERSON) continue;
    for (size_t n = k + 1; n < candidates_.size(); ++n) {
      const Candidate& next = candidates_[n];
      if (next.first <= c.last) continue;  // overlapping (coordinated) names
      if (next.type == v1::ENTITY_TYPE_LOCATION) break;
      const bool affiliation = context_.IsAffiliationOf(c.entity, next.entity);
      if (next.first - c.last > 9) break;
      if (affiliation || IsTitleGap(c.last + 1, next.first)) {
        bool gap_has_trigger = false;
        for (int i = c.last + 1; i < next.first; ++i) {
          int length = 0;
          gap_has_trigger |= MatchTrigger(tokens_, i, &length) != nullptr;
        }
        if (!gap_has_trigger && (affiliation || next.first - c.last <= 7)) c.modifier = true;
      }
      break;
    }
  }
}

void SentenceFrame::FindTriggers() {
  for (int i = 0; i < tokens_.size(); ++i) {
    int length = 0;
    const TriggerRule* rule = MatchTrigger(tokens_, i, &length);
    if (rule == nullptr) continue;
    triggers_.push_back(Trigger{i, length, rule});
    i += length - 1;
  }
}

// "Attack" in "Operation Attack", "Summit" in a named summit: part of a name.
void SentenceFrame::DropTriggersInNames() {
  std::erase_if(triggers_, [this](const Trigger& t) {
    return in_name_[t.token] && tokens_[t.token].capitalized;
  });
}

bool SentenceFrame::IsTriggerAt(int i) const {
  for (const Trigger& t : triggers_) {
    if (t.token == i) return true;
  }
  return false;
}

int SentenceFrame::CandidateAt(int i) const {
  if (i < 0 || i >= tokens_.size()) return -1;
  return candidate_at_[i];
}

}  // namespace newsgraph::extract::events
