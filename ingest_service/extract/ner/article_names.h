// ArticleNames: entity recognition over a whole article. Segments every
// sentence (SentenceSegmenter), then settles what one sentence cannot:
// a surname alone is the person named in full elsewhere ("Hasanov" →
// Zakir Hasanov), an acronym is the name it follows in brackets, "Mahan"
// is "Mahan Air", a word in a list with typed names shares their type,
// "the Plan" is the plan named before; names still unknown get a default
// type or are dropped. Then groups the name segments into entities, each
// with a canonical name and the other forms the text uses.
//
// Not thread-safe (its segmenter reuses buffers): one per article, like the
// lookup, which it does not own.
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_ARTICLE_NAMES_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_ARTICLE_NAMES_H_

#include <memory>
#include <string>
#include <vector>

#include "ingest_service/extract/ner/name_lookup.h"
#include "ingest_service/extract/ner/segment.h"
#include "ingest_service/extract/ner/sentence_segmenter.h"
#include "ingest_service/extract/ner/sentence_view.h"
#include "newsgraph/v1/article.pb.h"
#include "shared/text/utf8.h"

namespace newsgraph::extract {

// One entity of the article.
struct EntityRecord {
  std::string key;
  std::string name;
  v1::EntityType type = v1::ENTITY_TYPE_UNSPECIFIED;
  v1::EntitySubtype subtype = v1::ENTITY_SUBTYPE_UNSPECIFIED;
  std::string country;
  std::string sector;
  std::string gazetteer_id;
  float latitude = 0;  // a gazetteer place's coordinates; both 0: none
  float longitude = 0;
  std::vector<std::string> aliases;
  int mentions = 0;
  double confidence = 0;
};

// What recognition found in one article.
struct ArticleNames {
  std::vector<SentenceView> sentences;  // one per Article.sentences
  std::vector<Segment> segments;       // every sentence's, in text order
  std::vector<int> entity_of;          // per segment: index into entities, or -1
  std::vector<EntityRecord> entities;  // in order of first mention
};

class ArticleNameFinder {
 public:
  explicit ArticleNameFinder(const NameLookup* lookup) : lookup_(lookup), segmenter_(lookup) {}

  // `article` has been read (content, paragraphs, sentences); `index` maps
  // its content's byte and code point offsets.
  void Find(const v1::Article& article, const text::CodePointIndex& index, ArticleNames* out);

 private:
  const NameLookup* lookup_;
  SentenceSegmenter segmenter_;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_NER_ARTICLE_NAMES_H_
