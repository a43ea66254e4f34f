#include "ingest_service/extract/quotes/quoted_passages.h"

#include <algorithm>

#include "ingest_service/extract/quotes/text_scan.h"

namespace newsgraph::extract::quotes {
namespace {

// Pairs the marks of one family, paragraph by paragraph, carrying an
// unclosed quotation into the next paragraph when that one re-opens it.
class FamilyPairer {
 public:
  FamilyPairer(std::string_view text, QuoteFamily family, std::vector<QuotedPassage>* out)
      : text_(text), family_(family), out_(out) {}

  // Pairs the marks of this family among `marks` (all marks of
  // `paragraph`, in order). `next_reopens` says whether the next paragraph
  // starts with an opening mark of this family.
  void AddParagraph(ByteSpan paragraph, const std::vector<QuoteMark>& marks, bool next_reopens);

 private:
  void CollectFamilyMarks(const std::vector<QuoteMark>& marks);
  void MarkStrongClosesAhead();
  void OnMark(ByteSpan paragraph, size_t index);
  void Open(const QuoteMark& mark);
  void EndPiece(size_t end);
  void Close(const QuoteMark& mark);
  void Abandon();
  bool FollowsSentenceEnd(ByteSpan paragraph, const QuoteMark& mark) const;
  // When an opening mark inside an open quotation follows a colon ("He
  // added: "), ends the open quotation, unclosed, at the last sentence end
  // before that clause and returns true.
  bool CloseBeforeIntroduction(ByteSpan paragraph, const QuoteMark& mark);

  std::string_view text_;
  QuoteFamily family_;
  std::vector<QuotedPassage>* out_;

  std::vector<QuoteMark> marks_;          // this family's marks in the paragraph
  std::vector<bool> strong_close_ahead_;  // a non-weak close follows before an opening

  bool open_ = false;
  int depth_ = 0;  // nested quotations inside the open one (double family)
  size_t piece_begin_ = 0;
  QuotedPassage current_;
};

void FamilyPairer::CollectFamilyMarks(const std::vector<QuoteMark>& marks) {
  marks_.clear();
  for (const QuoteMark& mark : marks) {
    if (mark.family == family_) marks_.push_back(mark);
  }
}

void FamilyPairer::MarkStrongClosesAhead() {
  strong_close_ahead_.assign(marks_.size(), false);
  bool ahead = false;
  for (size_t i = marks_.size(); i-- > 0;) {
    strong_close_ahead_[i] = ahead;
    const QuoteMark& mark = marks_[i];
    if (mark.role == MarkRole::kOpens) ahead = false;
    if (mark.role != MarkRole::kOpens && !mark.weak) ahead = true;
  }
}

void FamilyPairer::AddParagraph(ByteSpan paragraph, const std::vector<QuoteMark>& marks,
                                bool next_reopens) {
  CollectFamilyMarks(marks);
  MarkStrongClosesAhead();
  size_t first = 0;
  if (open_) {
    // Carried over: the paragraph must open with a mark of this family.
    const size_t start = SkipSpaces(text_, paragraph.begin, paragraph.end);
    if (!marks_.empty() && marks_[0].span.begin == start && marks_[0].role != MarkRole::kCloses) {
      piece_begin_ = marks_[0].span.end;
      depth_ = 0;
      first = 1;
    } else {
      Abandon();
    }
  }
  for (size_t i = first; i < marks_.size(); ++i) OnMark(paragraph, i);
  if (!open_) return;
  EndPiece(paragraph.end);
  current_.outer.end = SkipSpacesBack(text_, paragraph.end, current_.outer.begin);
  if (!next_reopens) Abandon();
}

void FamilyPairer::OnMark(ByteSpan paragraph, size_t index) {
  const QuoteMark& mark = marks_[index];
  if (!open_) {
    if (mark.role != MarkRole::kCloses) Open(mark);
    return;  // a closing mark with nothing open is a stray: ignored
  }
  if (depth_ > 0) {
    depth_ += mark.role == MarkRole::kOpens ? 1 : -1;
    return;
  }
  if (mark.role != MarkRole::kOpens) {
    if (mark.weak && strong_close_ahead_[index]) return;  // a possessive apostrophe
    Close(mark);
    return;
  }
  if (family_ == QuoteFamily::kSingle) {
    Open(mark);  // the earlier opening was an apostrophe ('em, 'n')
  } else if (FollowsSentenceEnd(paragraph, mark)) {
    EndPiece(mark.span.begin);  // the quotation's next paragraph, run in
    piece_begin_ = mark.span.end;
  } else if (CloseBeforeIntroduction(paragraph, mark)) {
    Open(mark);  // 'Muslim. He added: "The ...': the earlier close was missing
  } else {
    ++depth_;
  }
}

bool FamilyPairer::CloseBeforeIntroduction(ByteSpan paragraph, const QuoteMark& mark) {
  const size_t before = SkipSpacesBack(text_, mark.span.begin, paragraph.begin);
  const Char colon = CharBefore(text_, before);
  if (colon.cp != ':') return false;
  // The last sentence end before the introducing clause.
  for (size_t pos = colon.begin; pos > piece_begin_;) {
    const Char c = CharBefore(text_, pos);
    if (IsSentenceFinal(c.cp) && IsSpace(CharAt(text_, pos).cp)) {
      EndPiece(pos);
      current_.outer.end = pos;
      Abandon();
      return true;
    }
    pos = c.begin;
  }
  return false;
}

bool FamilyPairer::FollowsSentenceEnd(ByteSpan paragraph, const QuoteMark& mark) const {
  const size_t before = SkipSpacesBack(text_, mark.span.begin, paragraph.begin);
  if (before == mark.span.begin) return false;  // no space: not a new sentence
  return IsSentenceFinal(CharBefore(text_, before).cp);
}

void FamilyPairer::Open(const QuoteMark& mark) {
  open_ = true;
  depth_ = 0;
  current_.pieces.clear();
  current_.outer = mark.span;
  current_.family = family_;
  current_.closed = true;
  piece_begin_ = mark.span.end;
}

void FamilyPairer::EndPiece(size_t end) {
  const size_t begin = SkipSpaces(text_, piece_begin_, end);
  end = SkipSpacesBack(text_, end, begin);
  if (begin < end) current_.pieces.push_back({begin, end});
  piece_begin_ = end;
}

void FamilyPairer::Close(const QuoteMark& mark) {
  EndPiece(mark.span.begin);
  current_.outer.end = mark.span.end;
  current_.closed = true;
  if (!current_.pieces.empty()) out_->push_back(std::move(current_));
  open_ = false;
}

void FamilyPairer::Abandon() {
  if (family_ == QuoteFamily::kDouble && !current_.pieces.empty()) {
    current_.closed = false;
    out_->push_back(std::move(current_));
  }
  open_ = false;
}

// Keeps the outermost of nested or crossing passages (the earlier one).
std::vector<QuotedPassage> MergeFamilies(std::vector<QuotedPassage> passages) {
  std::stable_sort(
      passages.begin(), passages.end(),
      [](const QuotedPassage& a, const QuotedPassage& b) { return a.outer.begin < b.outer.begin; });
  std::vector<QuotedPassage> kept;
  kept.reserve(passages.size());
  size_t covered_until = 0;
  for (QuotedPassage& passage : passages) {
    if (!kept.empty() && passage.outer.begin < covered_until) continue;
    covered_until = passage.outer.end;
    kept.push_back(std::move(passage));
  }
  return kept;
}

}  // namespace

std::vector<QuotedPassage> FindQuotedPassages(std::string_view text,
                                              const std::vector<ByteSpan>& paragraphs) {
  std::vector<QuotedPassage> passages;
  FamilyPairer doubles(text, QuoteFamily::kDouble, &passages);
  FamilyPairer singles(text, QuoteFamily::kSingle, &passages);
  std::vector<QuoteMark> marks;
  LeadByteFinder finder(text);
  bool any_single = false;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    marks.clear();
    FindQuoteMarks(text, paragraphs[i], &finder, &marks);
    size_t next_start = text.size();
    if (i + 1 < paragraphs.size()) {
      next_start = SkipSpaces(text, paragraphs[i + 1].begin, paragraphs[i + 1].end);
    }
    doubles.AddParagraph(paragraphs[i], marks,
                         OpeningMarkAt(text, next_start, QuoteFamily::kDouble));
    singles.AddParagraph(paragraphs[i], marks,
                         OpeningMarkAt(text, next_start, QuoteFamily::kSingle));
    for (const QuoteMark& mark : marks) any_single |= mark.family == QuoteFamily::kSingle;
  }
  if (!any_single) return passages;  // one family: already in order, none nested
  return MergeFamilies(std::move(passages));
}

}  // namespace newsgraph::extract::quotes
