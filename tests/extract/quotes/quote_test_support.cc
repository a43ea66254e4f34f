#include "tests/extract/quotes/quote_test_support.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "ingest_service/article/article_reader.h"

namespace newsgraph::extract::testing {
namespace {

// Code point offsets of every byte offset of `text` (size + 1 entries).
std::vector<int> CodePointsAtBytes(std::string_view text) {
  std::vector<int> cps(text.size() + 1);
  int cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    cps[i] = cp;
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++cp;
  }
  cps[text.size()] = cp;
  return cps;
}

size_t ByteOfCodePoint(std::string_view text, int cp) {
  int count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (count == cp) return i;
    ++count;
  }
  return text.size();
}

bool IsPythonWordChar(UChar32 c) {
  return c == '_' || u_isalpha(c) || u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

bool IsPythonSpace(UChar32 c) { return u_isUWhiteSpace(c) || u_charType(c) == U_SPACE_SEPARATOR; }

// The character that ends at byte `pos` (-1 at the start).
UChar32 CharEndingAt(std::string_view text, size_t pos) {
  if (pos == 0) return -1;
  size_t begin = pos - 1;
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data() + begin, static_cast<int32_t>(pos - begin)));
  return s.length() > 0 ? s.char32At(0) : -1;
}

// The character that starts at byte `pos` (-1 at the end).
UChar32 CharStartingAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return -1;
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(
      text.data() + pos, static_cast<int32_t>(std::min<size_t>(4, text.size() - pos))));
  return s.length() > 0 ? s.char32At(0) : -1;
}

// Whether a name may span text[begin, end): no letter or digit touches it.
bool IsWholeWords(std::string_view text, size_t begin, size_t end) {
  const UChar32 before = CharEndingAt(text, begin);
  const UChar32 after = CharStartingAt(text, end);
  return (before < 0 || !u_isalnum(before)) && (after < 0 || !u_isalnum(after));
}

struct Occurrence {
  size_t begin;
  size_t end;
  int entity;
};

}  // namespace

v1::EntityType EntityTypeFromName(std::string_view name) {
  if (name == "PERSON") return v1::ENTITY_TYPE_PERSON;
  if (name == "ORGANIZATION") return v1::ENTITY_TYPE_ORGANIZATION;
  if (name == "LOCATION") return v1::ENTITY_TYPE_LOCATION;
  if (name == "MISC") return v1::ENTITY_TYPE_MISC;
  return v1::ENTITY_TYPE_UNSPECIFIED;
}

absl::StatusOr<v1::Article> ReadText(std::string_view text, bool plain) {
  article::ArticleInput input;
  input.content = text;
  if (plain) input.format = v1::ARTICLE_FORMAT_PLAIN;
  return article::ReadArticle(input, article::ReaderLimits());
}

void AddOracleMentions(const std::vector<KnownEntity>& entities, v1::Article* article) {
  const std::string& text = article->content();
  std::vector<std::pair<size_t, size_t>> parts;
  for (const v1::TextSpan* span : {&article->title_span(), &article->body_span()}) {
    if (span->end() <= span->start()) continue;
    parts.push_back({ByteOfCodePoint(text, span->start()), ByteOfCodePoint(text, span->end())});
  }
  std::vector<Occurrence> found;
  for (size_t e = 0; e < entities.size(); ++e) {
    std::vector<std::string> forms = entities[e].aliases;
    forms.push_back(entities[e].name);
    for (const std::string& form : forms) {
      if (form.empty()) continue;
      for (size_t pos = text.find(form); pos != std::string::npos; pos = text.find(form, pos + 1)) {
        const size_t end = pos + form.size();
        const bool inside = std::any_of(parts.begin(), parts.end(), [&](const auto& part) {
          return pos >= part.first && end <= part.second;
        });
        if (inside && IsWholeWords(text, pos, end)) {
          found.push_back({pos, end, static_cast<int>(e)});
        }
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  // Longest first: drop any occurrence that overlaps a longer kept one.
  std::vector<Occurrence> by_length = found;
  std::stable_sort(
      by_length.begin(), by_length.end(),
      [](const Occurrence& a, const Occurrence& b) { return a.end - a.begin > b.end - b.begin; });
  std::vector<Occurrence> kept;
  for (const Occurrence& o : by_length) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Occurrence& k) {
      return o.begin < k.end && k.begin < o.end;
    });
    if (!overlaps) kept.push_back(o);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Occurrence& a, const Occurrence& b) { return a.begin < b.begin; });

  article->clear_entities();
  article->clear_mentions();
  for (const KnownEntity& known : entities) {
    v1::ArticleEntity* entity = article->add_entities();
    entity->set_name(known.name);
    entity->set_type(known.type);
    for (const std::string& alias : known.aliases) entity->add_aliases(alias);
  }
  const std::vector<int> cps = CodePointsAtBytes(text);
  for (const Occurrence& o : kept) {
    v1::EntityMention* mention = article->add_mentions();
    mention->set_entity_index(o.entity);
    mention->set_type(entities[o.entity].type);
    mention->set_text(text.substr(o.begin, o.end - o.begin));
    mention->mutable_span()->set_start(cps[o.begin]);
    mention->mutable_span()->set_end(cps[o.end]);
    mention->set_rule("oracle");
    article->mutable_entities(o.entity)->set_mention_count(
        article->entities(o.entity).mention_count() + 1);
  }
}

v1::Article ArticleWith(std::string_view text, const std::vector<KnownEntity>& entities,
                        bool plain) {
  absl::StatusOr<v1::Article> article = ReadText(text, plain);
  if (!article.ok()) return v1::Article();
  AddOracleMentions(entities, &*article);
  return *std::move(article);
}

std::optional<std::string> EvalDir() {
  const std::string dir = std::string(NEWSGRAPH_CORPUS_DIR) + "/../eval";
  std::error_code error;
  if (!std::filesystem::exists(dir + "/dev.gold.jsonl", error)) return std::nullopt;
  return dir;
}

std::vector<GoldDoc> ReadGold(const std::string& path) {
  std::vector<GoldDoc> docs;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json json = nlohmann::json::parse(line);
    GoldDoc doc;
    doc.doc = json.at("doc").get<std::string>();
    for (const nlohmann::json& e : json.value("entities", nlohmann::json::array())) {
      KnownEntity entity;
      entity.name = e.at("name").get<std::string>();
      entity.type = EntityTypeFromName(e.value("type", ""));
      for (const nlohmann::json& alias : e.value("aliases", nlohmann::json::array())) {
        if (alias.is_string()) entity.aliases.push_back(alias.get<std::string>());
      }
      doc.entities.push_back(std::move(entity));
    }
    for (const nlohmann::json& q : json.value("quotes", nlohmann::json::array())) {
      ScoredQuote quote;
      if (q.contains("speaker") && q["speaker"].is_string()) {
        quote.speaker = q["speaker"].get<std::string>();
      }
      quote.text = q.at("text").get<std::string>();
      quote.optional = q.value("optional", false);
      doc.quotes.push_back(std::move(quote));
    }
    docs.push_back(std::move(doc));
  }
  return docs;
}

std::string NormalizeName(std::string_view text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.toLower();
  s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), icu::UnicodeString("'"));
  // re.sub(r"'s\b", "", s); re.sub(r"[^\w\s]", " ", s)
  std::vector<UChar32> chars;
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    const int32_t next = s.moveIndex32(i, 1);
    if (c == '\'' && next < s.length() && s.char32At(next) == 's') {
      const int32_t after = s.moveIndex32(next, 1);
      if (after >= s.length() || !IsPythonWordChar(s.char32At(after))) {
        i = after;
        continue;
      }
    }
    chars.push_back(IsPythonWordChar(c) || IsPythonSpace(c) ? c : ' ');
    i = next;
  }
  // re.sub(r"^\s*the\s+", "", s)
  size_t start = 0;
  while (start < chars.size() && IsPythonSpace(chars[start])) ++start;
  if (start + 3 < chars.size() && chars[start] == 't' && chars[start + 1] == 'h' &&
      chars[start + 2] == 'e' && IsPythonSpace(chars[start + 3])) {
    start += 3;
  } else {
    start = 0;
  }
  // " ".join(s.split())
  std::string result;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!result.empty()) result += ' ';
    result += word;
    word.clear();
  };
  for (size_t i = start; i < chars.size(); ++i) {
    if (IsPythonSpace(chars[i])) {
      flush();
    } else {
      icu::UnicodeString(chars[i]).toUTF8String(word);
    }
  }
  flush();
  return result;
}

namespace {

std::set<std::string> FormsOf(const std::vector<KnownEntity>& entities, const std::string& name) {
  std::set<std::string> forms;
  for (const KnownEntity& entity : entities) {
    if (entity.name != name) continue;
    forms.insert(NormalizeName(entity.name));
    for (const std::string& alias : entity.aliases) {
      if (!alias.empty()) forms.insert(NormalizeName(alias));
    }
  }
  if (forms.empty()) forms.insert(NormalizeName(name));
  forms.erase("");
  return forms;
}

std::vector<std::string> SplitWords(const std::string& normalized) {
  std::vector<std::string> words;
  std::istringstream in(normalized);
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

}  // namespace

bool QuoteMatches(const std::vector<KnownEntity>& entities, const ScoredQuote& gold,
                  const ScoredQuote& predicted) {
  if (!gold.speaker.has_value() || !predicted.speaker.has_value()) {
    if (gold.speaker.has_value() || predicted.speaker.has_value()) return false;
  } else {
    const std::set<std::string> gold_forms = FormsOf(entities, *gold.speaker);
    const std::set<std::string> predicted_forms = FormsOf(entities, *predicted.speaker);
    const bool shared = std::any_of(predicted_forms.begin(), predicted_forms.end(),
                                    [&](const std::string& f) { return gold_forms.count(f) > 0; });
    if (!shared) return false;
  }
  const std::vector<std::string> gold_words = SplitWords(NormalizeName(gold.text));
  const std::vector<std::string> predicted_list = SplitWords(NormalizeName(predicted.text));
  const std::set<std::string> predicted_words(predicted_list.begin(), predicted_list.end());
  if (gold_words.empty()) return false;
  const auto in_predicted =
      std::count_if(gold_words.begin(), gold_words.end(),
                    [&](const std::string& w) { return predicted_words.count(w) > 0; });
  return in_predicted * 2 >= static_cast<long>(gold_words.size());
}

MatchCounts MatchQuotes(const std::vector<KnownEntity>& entities,
                        const std::vector<ScoredQuote>& gold,
                        const std::vector<ScoredQuote>& predicted) {
  std::vector<std::vector<int>> adjacent(gold.size());
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < predicted.size(); ++p) {
      if (QuoteMatches(entities, gold[g], predicted[p])) adjacent[g].push_back(static_cast<int>(p));
    }
  }
  std::vector<int> owner(predicted.size(), -1);  // predicted -> gold
  std::function<bool(int, std::vector<bool>&)> augment = [&](int g, std::vector<bool>& seen) {
    for (int p : adjacent[g]) {
      if (seen[p]) continue;
      seen[p] = true;
      if (owner[p] < 0 || augment(owner[p], seen)) {
        owner[p] = g;
        return true;
      }
    }
    return false;
  };
  std::vector<int> order(gold.size());
  for (size_t i = 0; i < gold.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return !gold[a].optional && gold[b].optional; });
  for (int g : order) {
    std::vector<bool> seen(predicted.size(), false);
    augment(g, seen);
  }
  MatchCounts counts;
  counts.gold_matched.assign(gold.size(), -1);
  counts.predicted_matched = owner;
  int owned = 0;
  for (size_t p = 0; p < predicted.size(); ++p) {
    if (owner[p] < 0) continue;
    ++owned;
    counts.gold_matched[owner[p]] = static_cast<int>(p);
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (gold[g].optional) continue;
    if (counts.gold_matched[g] >= 0) {
      ++counts.true_positives;
    } else {
      ++counts.false_negatives;
    }
  }
  counts.false_positives = static_cast<int>(predicted.size()) - owned;
  return counts;
}

std::optional<std::string> SpeakerName(const v1::Article& article, const v1::Quote& quote) {
  if (!quote.has_speaker_index()) return std::nullopt;
  const int index = quote.speaker_index();
  if (index < 0 || index >= article.entities_size()) return std::nullopt;
  return article.entities(index).name();
}

}  // namespace newsgraph::extract::testing
