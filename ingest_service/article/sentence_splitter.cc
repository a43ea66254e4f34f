#include "ingest_service/article/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <memory>
#include <string>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/synchronization/mutex.h"
#include "ingest_service/article/abbreviations.h"
#include "ingest_service/article/sentence_break_repair.h"

namespace newsgraph::article {
namespace {

// A thread's scratch buffer larger than this is released after use.
constexpr size_t kMaxKeptScratchBytes = 1 << 20;

absl::Status IcuError(const char* what, UErrorCode code) {
  return absl::InternalError(
      absl::StrCat("ICU sentence splitter: ", what, " failed: ", u_errorName(code)));
}

absl::StatusOr<std::unique_ptr<icu::BreakIterator>> BuildPrototype() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> base(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
  if (U_FAILURE(status)) return IcuError("createSentenceInstance", status);
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createEmptyInstance(status));
  if (U_FAILURE(status)) return IcuError("FilteredBreakIteratorBuilder", status);
  for (std::string_view abbreviation : SuppressedAbbreviations()) {
    builder->suppressBreakAfter(
        icu::UnicodeString::fromUTF8(
            icu::StringPiece(abbreviation.data(), static_cast<int32_t>(abbreviation.size()))),
        status);
  }
  if (U_FAILURE(status)) return IcuError("suppressBreakAfter", status);
  std::unique_ptr<icu::BreakIterator> filtered(
      builder->wrapIteratorWithFilter(base.release(), status));
  if (U_FAILURE(status)) return IcuError("wrapIteratorWithFilter", status);
  return filtered;
}

// The prototype every thread clones, built once.
class Prototype {
 public:
  static Prototype& Get() {
    static Prototype* const kInstance = new Prototype();
    return *kInstance;
  }

  absl::StatusOr<std::unique_ptr<icu::BreakIterator>> Clone() {
    absl::MutexLock lock(&mu_);
    if (!iterator_.ok()) return iterator_.status();
    std::unique_ptr<icu::BreakIterator> clone((*iterator_)->clone());
    if (clone == nullptr) return absl::InternalError("ICU sentence splitter: clone failed");
    return clone;
  }

 private:
  Prototype() : iterator_(BuildPrototype()) {}

  absl::Mutex mu_;
  // Cloned under mu_ (ICU documents cloning, not sharing, as safe).
  absl::StatusOr<std::unique_ptr<icu::BreakIterator>> iterator_ ABSL_GUARDED_BY(mu_);
};

// One thread's iterator and buffers.
struct ThreadState {
  std::unique_ptr<icu::BreakIterator> iterator;
  std::string scratch;
  std::vector<int32_t> breaks;
};

// Copies `paragraph` into `*out` with line breaks (LF, CR, VT, FF, NEL,
// LINE SEPARATOR, PARAGRAPH SEPARATOR) replaced by as many spaces as they
// have bytes.
void CopyWithoutLineBreaks(std::string_view paragraph, std::string* out) {
  out->assign(paragraph.data(), paragraph.size());
  char* s = out->data();
  const size_t n = out->size();
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      s[i] = ' ';
    } else if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(s[i + 1]) == 0x85) {
      s[i] = s[i + 1] = ' ';
    } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0xA8 ||
                static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      s[i] = s[i + 1] = s[i + 2] = ' ';
    }
  }
}

// Fills state->breaks with ICU's boundaries over state->scratch.
absl::Status RunIterator(ThreadState* state) {
  UErrorCode status = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, state->scratch.data(), static_cast<int64_t>(state->scratch.size()),
                 &status);
  if (U_FAILURE(status)) return IcuError("utext_openUTF8", status);
  state->iterator->setText(&text, status);
  if (U_FAILURE(status)) {
    utext_close(&text);
    return IcuError("setText", status);
  }
  state->breaks.clear();
  for (int32_t b = state->iterator->first(); b != icu::BreakIterator::DONE;
       b = state->iterator->next()) {
    state->breaks.push_back(b);
  }
  utext_close(&text);
  return absl::OkStatus();
}

absl::StatusOr<ThreadState*> GetThreadState() {
  thread_local ThreadState state;
  if (state.iterator == nullptr) {
    auto iterator = Prototype::Get().Clone();
    if (!iterator.ok()) return iterator.status();
    state.iterator = *std::move(iterator);
  }
  return &state;
}

}  // namespace

absl::Status SplitSentences(std::string_view paragraph, std::vector<ByteRange>* sentences) {
  if (paragraph.empty()) return absl::OkStatus();
  absl::StatusOr<ThreadState*> state_or = GetThreadState();
  if (!state_or.ok()) return state_or.status();
  ThreadState* state = *state_or;
  CopyWithoutLineBreaks(paragraph, &state->scratch);
  absl::Status status = RunIterator(state);
  if (status.ok()) {
    RepairSentenceBreaks(state->scratch, &state->breaks);
    const std::vector<int32_t>& b = state->breaks;
    for (size_t i = 0; i + 1 < b.size(); ++i) {
      const ByteRange sentence =
          Trim(paragraph, {static_cast<size_t>(b[i]), static_cast<size_t>(b[i + 1])});
      if (!sentence.empty()) sentences->push_back(sentence);
    }
  }
  if (state->scratch.capacity() > kMaxKeptScratchBytes) std::string().swap(state->scratch);
  return status;
}

}  // namespace newsgraph::article
