#include "tests/extract/dates/gold_scoring.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace newsgraph::extract::testing {
namespace {

bool IsWordChar(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c >= 0x80;
}

bool IsSpaceChar(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string ReplaceAll(std::string s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

// re.sub(r"'s\b", "", s)
std::string DropPossessives(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == 's' &&
        (i + 2 == s.size() || !IsWordChar(static_cast<unsigned char>(s[i + 2])))) {
      ++i;
      continue;
    }
    out += s[i];
  }
  return out;
}

// re.sub(r"^\s*the\s+", "", s) after " ".join(...) equivalents.
std::string DropLeadingThe(const std::string& s) {
  size_t i = 0;
  while (i < s.size() && IsSpaceChar(static_cast<unsigned char>(s[i]))) ++i;
  if (s.compare(i, 3, "the") != 0) return s;
  size_t j = i + 3;
  if (j >= s.size() || !IsSpaceChar(static_cast<unsigned char>(s[j]))) return s;
  while (j < s.size() && IsSpaceChar(static_cast<unsigned char>(s[j]))) ++j;
  return s.substr(j);
}

std::string CollapseSpaces(const std::string& s) {
  std::string out;
  bool pending_space = false;
  for (char c : s) {
    if (IsSpaceChar(static_cast<unsigned char>(c))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

// unique_dates(): one item per (normalized text, value), a required one
// winning over an optional one.
std::vector<ScoredDate> UniqueDates(const std::vector<ScoredDate>& items) {
  std::vector<ScoredDate> out;
  std::map<std::pair<std::string, std::string>, size_t> seen;
  for (const ScoredDate& item : items) {
    auto key = std::make_pair(NormalizeForScoring(item.text), item.value);
    auto it = seen.find(key);
    if (it == seen.end()) {
      seen.emplace(key, out.size());
      out.push_back(item);
    } else if (out[it->second].optional && !item.optional) {
      out[it->second] = item;
    }
  }
  return out;
}

bool DatesMatch(const ScoredDate& gold, const ScoredDate& predicted) {
  const std::string a = NormalizeForScoring(gold.text);
  const std::string b = NormalizeForScoring(predicted.text);
  if (a.empty() || b.empty()) return false;
  const bool overlap = a.find(b) != std::string::npos || b.find(a) != std::string::npos;
  return overlap && gold.value == predicted.value;
}

// score.py's augment(): a depth-first augmenting path from gold item `i`.
bool Augment(size_t i, const std::vector<std::vector<size_t>>& adjacent,
             std::map<size_t, size_t>* owner, std::set<size_t>* seen) {
  for (size_t j : adjacent[i]) {
    if (!seen->insert(j).second) continue;
    auto it = owner->find(j);
    if (it == owner->end() || Augment(it->second, adjacent, owner, seen)) {
      (*owner)[j] = i;
      return true;
    }
  }
  return false;
}

}  // namespace

void DateScore::Add(const DateScore& other) {
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
  missed.insert(missed.end(), other.missed.begin(), other.missed.end());
  unmatched.insert(unmatched.end(), other.unmatched.begin(), other.unmatched.end());
}

double DateScore::Precision() const { return tp + fp == 0 ? 0.0 : 1.0 * tp / (tp + fp); }
double DateScore::Recall() const { return tp + fn == 0 ? 0.0 : 1.0 * tp / (tp + fn); }
double DateScore::F1() const {
  const double p = Precision();
  const double r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

std::string NormalizeForScoring(std::string_view text) {
  std::string s = ReplaceAll(Lower(text), "\u2019", "'");
  s = DropPossessives(s);
  for (char& c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (!IsWordChar(u) && !IsSpaceChar(u)) c = ' ';
  }
  return CollapseSpaces(DropLeadingThe(s));
}

DateScore ScoreDates(const std::vector<ScoredDate>& gold_items,
                     const std::vector<ScoredDate>& predicted_items) {
  const std::vector<ScoredDate> gold = UniqueDates(gold_items);
  const std::vector<ScoredDate> predicted = UniqueDates(predicted_items);
  std::vector<std::vector<size_t>> adjacent(gold.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < predicted.size(); ++j) {
      if (DatesMatch(gold[i], predicted[j])) adjacent[i].push_back(j);
    }
  }
  std::vector<size_t> order(gold.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return !gold[a].optional && gold[b].optional; });
  std::map<size_t, size_t> owner;  // predicted index -> gold index
  for (size_t i : order) {
    std::set<size_t> seen;
    Augment(i, adjacent, &owner, &seen);
  }
  std::set<size_t> matched_gold;
  for (const auto& [j, i] : owner) matched_gold.insert(i);
  DateScore score;
  for (size_t i = 0; i < gold.size(); ++i) {
    if (gold[i].optional) continue;
    if (matched_gold.count(i)) {
      ++score.tp;
    } else {
      ++score.fn;
      score.missed.push_back(gold[i]);
    }
  }
  score.fp = static_cast<int>(predicted.size() - owner.size());
  for (size_t j = 0; j < predicted.size(); ++j) {
    if (!owner.count(j)) score.unmatched.push_back(predicted[j]);
  }
  return score;
}

}  // namespace newsgraph::extract::testing
