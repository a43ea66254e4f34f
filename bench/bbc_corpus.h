// The BBC corpus (../shared/corpus/bbc, read in place) for the benchmarks:
// every article the reader accepts (one of the 2,225 files is Latin-1 and
// is left out), as raw text and as read records. Loaded once, on first use,
// in file-name order; empty when the corpus is absent (the benchmarks then
// skip with an error).
#ifndef NEWSGRAPH_BENCH_BBC_CORPUS_H_
#define NEWSGRAPH_BENCH_BBC_CORPUS_H_

#include <string>
#include <vector>

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::bench {

// The raw text of each article.
const std::vector<std::string>& BbcTexts();

// The same articles read by article::ReadArticle, dated 2005-03-16 (the
// corpus gives no dates; a fixed one keeps date resolution deterministic).
const std::vector<v1::Article>& BbcArticles();

}  // namespace newsgraph::bench

#endif  // NEWSGRAPH_BENCH_BBC_CORPUS_H_
