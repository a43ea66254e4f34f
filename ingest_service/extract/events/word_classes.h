// Closed word classes the event coder's rules test tokens against:
// prepositions, clause boundaries, speech verbs, title words. Lower-case
// words; compiled-in sets; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_WORD_CLASSES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_WORD_CLASSES_H_

#include <string_view>

namespace newsgraph::extract::events {

// "in", "at", "near": what follows is where, not who.
bool IsLocativePreposition(std::string_view word);

// Prepositions after which a name is not a clause's subject.
bool IsPreposition(std::string_view word);

// Words that start a new clause: "who", "which", "that", "while", "after".
bool IsClauseWord(std::string_view word);

// Verbs of saying: "said", "announced", "told".
bool IsSpeechVerb(std::string_view word);

// Lower-case words that may stand inside a title before a name ("foreign",
// "minister", "airline", "ex"): a place named before them is the name's
// affiliation, not a participant of its own.
bool IsTitleWord(std::string_view word);

// Nouns for a group of people ("leaders", "officials"): "leaders of X" is X.
bool IsGroupNoun(std::string_view word);

// Auxiliaries and adverbs that may stand between a subject and its verb:
// "has", "had", "was", "will", "also", "later", "strongly", any "-ly" word.
bool IsVerbGroupWord(std::string_view word);

// Personal pronouns that can be a clause's subject: "he", "she", "we",
// "i", "they", "it".
bool IsSubjectPronoun(std::string_view word);

}  // namespace newsgraph::extract::events

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_EVENTS_WORD_CLASSES_H_
