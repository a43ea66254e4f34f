// SentenceSegmenter: finds the names, titles, ranks, honorifics and status
// words of one sentence.
//
// It first gathers chunks — runs of capitalised words joined by
// connectors ("of", "and", "al") — and then parses each chunk left to
// right into segments: a status word ("Former"), a title ("Defense
// Minister", "Secretary of State") or rank ("Colonel General"), an
// organization or named thing built around a head noun ("Parliament of
// Georgia", "Azerbaijan Defense Ministry", "Partnership for Peace
// Program"), a gazetteer name (country, place, demonym, known
// organization), and what is left, a run of words that is usually a
// person's name. Names it cannot type yet are left UNSPECIFIED for the
// article pass, which sees every sentence.
//
// Not thread-safe: it reuses its buffers from sentence to sentence (use
// one per article, as the lookup is). Does not own the lookup.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SENTENCE_SEGMENTER_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SENTENCE_SEGMENTER_H_

#include <vector>

#include "ingest_service/extract/ner/name_lookup.h"
#include "ingest_service/extract/ner/name_rules.h"
#include "ingest_service/extract/ner/segment.h"
#include "ingest_service/extract/ner/sentence_view.h"

namespace newsgraph::extract {

class SentenceSegmenter {
 public:
  explicit SentenceSegmenter(const NameLookup* lookup) : lookup_(lookup) {}

  // Appends the segments of `sentence`, in text order, to `out`.
  void Segment(const SentenceView& sentence, std::vector<extract::Segment>* out);

  // Buffers reused from chunk to chunk and sentence to sentence.
  struct Scratch {
    std::vector<ChunkBounds> chunks;
    std::vector<GazetteerHit> hits;
    std::vector<uint32_t> longest;
  };

 private:
  const NameLookup* lookup_;
  Scratch scratch_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_SENTENCE_SEGMENTER_H_
