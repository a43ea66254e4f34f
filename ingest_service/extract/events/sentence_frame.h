// SentenceFrame: one sentence as the event coder reads it: its tokens, the
// entity mentions that may be participants or places ("candidates"), the
// named things (MISC mentions) an action may be about, and the triggers the
// lexicon finds. Built from an ArticleContext, which must outlive it.
//
// A candidate is skipped as a participant when it is only part of a longer
// name ("Georgia" in "Parliament of Georgia"), when it names where ("in
// Tbilisi"), or when it is the affiliation inside a title before a name
// ("US Secretary of State Mike Pompeo", "ex-Georgian Defence Minister Levan
// Izoria"): the person acts, not the country. A demonym heading a group
// ("Iranian officials") stays: the group is its country.
//
// Not thread-safe to build; const afterwards.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_SENTENCE_FRAME_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_SENTENCE_FRAME_H_

#include <vector>

#include "ingest_service/extract/events/article_context.h"
#include "ingest_service/extract/events/sentence_tokens.h"
#include "ingest_service/extract/events/trigger_lexicon.h"

namespace newsgraph::extract::events {

struct Candidate {
  int mention = -1;  // index into Article.mentions
  int entity = -1;   // index into Article.entities
  v1::EntityType type = v1::ENTITY_TYPE_UNSPECIFIED;
  int first = 0;  // token range, inclusive
  int last = 0;
  bool locative = false;  // "in X": a place where something happened
  bool modifier = false;  // an affiliation inside a title before a name
  bool demonym = false;
  bool participant() const { return !locative && !modifier; }
};

struct Trigger {
  int token = 0;   // the first token of the phrase
  int length = 1;  // tokens in the phrase
  const TriggerRule* rule = nullptr;
};

// The buffers a SentenceFrame reads its sentence into, so that the
// sentences of an article reuse one set of allocations. One frame at a
// time: a new frame overwrites what the last one read.
struct SentenceScratch {
  SentenceTokens tokens;
  std::vector<Candidate> candidates;
  std::vector<Candidate> things;
  std::vector<Trigger> triggers;
  std::vector<int> candidate_at;
  std::vector<bool> in_name;
};

class SentenceFrame {
 public:
  // Reads sentence `sentence_index` into `scratch`, which must outlive the
  // frame and which the caller may reuse for the next sentence once this
  // frame is gone.
  SentenceFrame(const ArticleContext& context, int sentence_index, SentenceScratch* scratch);

  SentenceFrame(const SentenceFrame&) = delete;
  SentenceFrame& operator=(const SentenceFrame&) = delete;

  int sentence_index() const { return sentence_index_; }
  const ArticleContext& context() const { return context_; }
  const SentenceTokens& tokens() const { return tokens_; }
  // People, organizations and places, in text order.
  const std::vector<Candidate>& candidates() const { return candidates_; }
  // Named things (MISC; facilities not named as a place), in text order.
  const std::vector<Candidate>& things() const { return things_; }
  const std::vector<Trigger>& triggers() const { return triggers_; }

  // True when token `i` starts a trigger phrase.
  bool IsTriggerAt(int i) const;
  // The candidate that covers token `i`, or -1.
  int CandidateAt(int i) const;

 private:
  void FindCandidates();
  void MarkModifiers();
  bool IsTitleGap(int from, int to) const;
  bool IsLocativeAt(int first) const;
  void FindTriggers();
  void DropTriggersInNames();

  const ArticleContext& context_;
  const int sentence_index_;
  const SentenceTokens& tokens_;
  // In the scratch space:
  std::vector<Candidate>& candidates_;
  std::vector<Candidate>& things_;
  std::vector<Trigger>& triggers_;
  std::vector<int>& candidate_at_;  // per token: candidate index or -1
  std::vector<bool>& in_name_;      // per token: inside any mention
};

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_SENTENCE_FRAME_H_
