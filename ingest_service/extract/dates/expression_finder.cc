#include "ingest_service/extract/dates/expression_finder.h"

#include <cstdint>

#include "ingest_service/extract/dates/date_lexicon.h"
#include "ingest_service/extract/dates/deictic_rules.h"
#include "ingest_service/extract/dates/month_rules.h"
#include "ingest_service/extract/dates/number_rules.h"
#include "ingest_service/extract/dates/rule_support.h"
#include "ingest_service/extract/dates/sentence_tokens.h"
#include "ingest_service/extract/dates/unit_rules.h"
#include "ingest_service/extract/dates/weekday_rules.h"

namespace newsgraph::extract::dates {
namespace {

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Whether the ASCII letters [begin, end) are a whole word: a non-ASCII
// letter next to them would make them part of a longer one ("Erdoğan").
bool IsWholeWord(const SentenceTokens& tokens, const unsigned char* bytes, size_t size,
                 size_t begin, size_t end) {
  const bool touches_non_ascii =
      (begin > 0 && bytes[begin - 1] >= 0x80) || (end < size && bytes[end] >= 0x80);
  if (!touches_non_ascii) return true;
  const Token token = tokens.Next(begin);
  return token.begin == begin && token.end == end;
}

// Runs the rules for the head word `head`.
bool MatchHead(const RuleContext& context, Token head, const HeadWord& word, DateExpression* out) {
  switch (word.kind) {
    case HeadKind::kMonth:
      return MatchMonthDate(context, head, word, out);
    case HeadKind::kWeekday:
      return MatchWeekdayDate(context, head, word, out);
    case HeadKind::kDeictic:
      return MatchDeicticDate(context, head, word, out);
    case HeadKind::kPartOfDay:
      return MatchPartOfDayDate(context, head, out);
    case HeadKind::kYearUnit:
    case HeadKind::kMonthUnit:
    case HeadKind::kDayUnit:
      return MatchUnitDate(context, head, word, out);
    case HeadKind::kNone:
      break;
  }
  return false;
}

}  // namespace

void FindDateExpressions(std::string_view sentence, std::vector<DateExpression>* out) {
  const SentenceTokens tokens(sentence);
  RuleContext context{tokens};
  const auto* bytes = reinterpret_cast<const unsigned char*>(sentence.data());
  const size_t size = sentence.size();
  DateExpression found;
  size_t i = 0;
  while (i < size) {
    const unsigned char c = bytes[i];
    bool matched = false;
    if (IsDigit(c)) {
      size_t end = i + 1;
      while (end < size && IsDigit(bytes[end])) ++end;
      const Token number{static_cast<uint32_t>(i), static_cast<uint32_t>(end), TokenKind::kNumber};
      matched = i >= context.previous_end && MatchNumberDate(context, number, &found);
      i = end;
    } else if (IsAsciiLetter(c)) {
      const size_t end = AsciiLetterRunEnd(sentence, i + 1);
      const std::string_view word = sentence.substr(i, end - i);
      if (MayBeHeadWord(word) && i >= context.previous_end) {
        const HeadWord head_word = LookUpHead(word);
        if (head_word.kind != HeadKind::kNone && IsWholeWord(tokens, bytes, size, i, end)) {
          const Token head{static_cast<uint32_t>(i), static_cast<uint32_t>(end), TokenKind::kWord};
          matched = MatchHead(context, head, head_word, &found);
        }
      }
      i = end;
    } else {
      ++i;
    }
    if (matched && found.begin >= context.previous_end) {
      out->push_back(found);
      context.previous_end = found.end;
      if (i < found.end) i = found.end;
    }
  }
}

}  // namespace newsgraph::extract::dates
