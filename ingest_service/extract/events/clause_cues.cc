#include "ingest_service/extract/events/clause_cues.h"

#include <string_view>

#include "ingest_service/extract/events/word_classes.h"

namespace newsgraph::extract::events {
namespace {

bool EndsWith(std::string_view word, std::string_view suffix) {
  return word.size() >= suffix.size() && word.substr(word.size() - suffix.size()) == suffix;
}

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list) {
    if (word == w) return true;
  }
  return false;
}

// A token that ends the clause a cue may reach back into.
bool EndsClause(const Token& token) {
  if (!token.is_word) return token.word == ";" || token.word == ":" || token.word == ",";
  return IsClauseWord(token.word);
}

bool IsIntentVerb(std::string_view word) {
  return IsOneOf(word, {"plans", "plan", "planned", "planning", "is", "are", "was", "were",
                        "agreed", "agree", "agrees", "pledged", "promised", "vowed", "expected",
                        "going", "set", "ready", "committed", "decided", "wants", "want",
                        "hopes", "hope", "seeks", "intends", "intend", "aims", "prepared",
                        "willing", "offered", "announced", "proposed", "scheduled", "due"});
}

}  // namespace

bool IsNegated(const SentenceTokens& tokens, int t) {
  for (int i = t - 1; i >= 0 && i >= t - 3; --i) {
    const std::string_view w = tokens[i].word;
    if (w == "not" || w == "'t" || w == "never" || w == "no") return true;
    if (EndsClause(tokens[i])) break;
  }
  const std::string_view before = tokens.WordAt(t - 2);
  return tokens.WordAt(t - 1) == "to" &&
         IsOneOf(before, {"refused", "declined", "failed", "refuses", "declines", "refusing"});
}

bool IsFuture(const SentenceTokens& tokens, int t) {
  for (int i = t - 1; i >= 0 && i >= t - 4; --i) {
    const std::string_view w = tokens[i].word;
    if (w == "will" || w == "would" || w == "shall" || w == "'ll") return true;
    if (w == "to" && IsIntentVerb(tokens.WordAt(i - 1))) return true;
    if (w == "to" && tokens.WordAt(i - 1) == "able") return true;
    if (EndsClause(tokens[i])) break;
  }
  return false;
}

bool IsHypothetical(const SentenceTokens& tokens, int t) {
  for (int i = t - 1; i >= 0 && i >= t - 6; --i) {
    const std::string_view w = tokens[i].word;
    if (IsOneOf(w, {"if", "could", "might", "may", "unless", "whether", "should"})) return true;
    if (!tokens[i].is_word && (w == ";" || w == ":")) break;
  }
  return false;
}

bool IsPassive(const SentenceTokens& tokens, int t) {
  const std::string_view w = tokens[t].word;
  const bool participle = EndsWith(w, "ed") || w == "shot" || w == "held" || w == "hit" || w == "met";
  if (!participle) return false;
  int i = t - 1;
  if (i >= 0 && (EndsWith(tokens[i].word, "ly") ||
                 IsOneOf(tokens[i].word, {"further", "also", "then", "later", "already", "not",
                                          "never", "first", "since", "reportedly"}))) {
    --i;  // "was later arrested", "was further sanctioned"
  }
  return IsOneOf(tokens.WordAt(i), {"was", "were", "been", "being", "is", "are", "be", "got"});
}

}  // namespace newsgraph::extract::events
