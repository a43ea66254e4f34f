// Clause cues around a trigger: negation ("did not meet", "refused to
// sign"), future or promise ("will meet", "plans to sign", "is to"),
// hypothesis ("could", "if") and passive voice ("was signed", "were
// arrested"). Each looks at a few tokens before (or at) the trigger within
// its clause. Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_CLAUSE_CUES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_CLAUSE_CUES_H_

#include "ingest_service/extract/events/sentence_tokens.h"

namespace newsgraph::extract::events {

// "not", "n't", "never" within three words before token `t`, or "refused
// to", "declined to", "failed to" just before it.
bool IsNegated(const SentenceTokens& tokens, int t);

// "will", "would", "shall", "'ll", or "to" after a verb of intent ("plans
// to", "is to", "agreed to", "pledged to") within four words before `t`.
bool IsFuture(const SentenceTokens& tokens, int t);

// "if", "could", "might", "may", "unless", "whether" within six words before
// `t`, in its clause.
bool IsHypothetical(const SentenceTokens& tokens, int t);

// A form of "be" (an adverb may come between) just before a past
// participle at `t`: "was signed", "were later arrested".
bool IsPassive(const SentenceTokens& tokens, int t);

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_CLAUSE_CUES_H_
